"""The tools' arguments: what each kind accepts, and how much of them the timeline keeps.

A tool declares its arguments in its signature (`service: Text`, `stylist: Name | None = None`);
`read` checks what the model sent against that declaration before the tool runs. A bad argument
is an `ArgumentError` (the tool answers `invalid_argument` and changes nothing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

from tools import hints

MAX_CHARS = 200
# The timeline keeps what the model sent, bounded: a runaway argument must not bloat the ledger.
TIMELINE_STRING_CHARS = 200
TIMELINE_TOTAL_CHARS = 2000
_TIMELINE_ITEMS = 20


class ArgumentError(Exception):
    """A bad argument: its field and what to do about it, a hint of `tools.hints` (`key`,
    filled with `fields`), rendered in the call's language by the one entry point."""

    def __init__(self, field: str, key: str, **fields: object):
        super().__init__(f"{field}: {hints.hint(key, 'de', **fields)}")
        self.field = field
        self.key = key
        self.fields = fields

    def hint_in(self, language: str) -> str:
        return hints.hint(self.key, language, **self.fields)


@dataclass(frozen=True)
class Kind:
    """What an argument of this kind must be: non-empty text of at most `max_chars`, and with
    `needs_letter`, text that contains a letter (a name: "🙂" or "???" is none)."""

    name: str
    max_chars: int = MAX_CHARS
    needs_letter: bool = False


TEXT = Kind("text")
NAME = Kind("name", needs_letter=True)

Text = Annotated[str, TEXT]
Name = Annotated[str, NAME]


@dataclass(frozen=True)
class Argument:
    name: str
    kind: Kind
    required: bool


def read(arguments: tuple[Argument, ...], raw: dict[str, Any]) -> dict[str, str | None]:
    """The declared arguments, checked and stripped; an optional one left empty is None.
    Arguments the tool does not declare are ignored."""
    return {a.name: _read_one(a, raw.get(a.name)) for a in arguments}


def _read_one(argument: Argument, value: Any) -> str | None:
    name = argument.name
    if value is None or (isinstance(value, str) and not value.strip() and not argument.required):
        if argument.required:
            raise ArgumentError(name, "argument_missing", name=name)
        return None
    if not isinstance(value, str) or not value.strip():
        raise ArgumentError(name, "argument_not_text", name=name)
    if len(value) > argument.kind.max_chars:
        raise ArgumentError(name, "argument_too_long", name=name)
    text = value.strip()
    if argument.kind.needs_letter and not any(c.isalpha() for c in text):
        raise ArgumentError(name, "argument_no_name", name=name, text=repr(text))
    return text


def parse(arguments: Any) -> Any:
    """Arguments as the model sent them: a JSON object (given as text or already parsed);
    anything else is returned as it is for the tool to refuse."""
    if isinstance(arguments, str):
        try:
            return json.loads(arguments) if arguments.strip() else {}
        except ValueError:
            return arguments
    return {} if arguments is None else arguments


def for_timeline(value: Any) -> Any:
    """`value` as the timeline keeps it: strings cut to TIMELINE_STRING_CHARS, at most
    _TIMELINE_ITEMS entries per object or list, the whole at most TIMELINE_TOTAL_CHARS of JSON
    (beyond that, a truncated text of it)."""
    capped = _cap(value, depth=0)
    text = json.dumps(capped, ensure_ascii=False, default=repr)
    if len(text) <= TIMELINE_TOTAL_CHARS:
        return capped
    return {"truncated": text[:TIMELINE_TOTAL_CHARS], "chars": len(text)}


def _cap(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        if len(value) <= TIMELINE_STRING_CHARS:
            return value
        return value[:TIMELINE_STRING_CHARS] + f"… ({len(value)} Zeichen)"
    if value is None or isinstance(value, bool | int | float):
        return value
    if depth >= 3:
        return _cap(repr(value), depth)
    if isinstance(value, dict):
        items = list(value.items())
        out = {
            str(k)[:TIMELINE_STRING_CHARS]: _cap(v, depth + 1) for k, v in items[:_TIMELINE_ITEMS]
        }
        if len(items) > _TIMELINE_ITEMS:
            out["…"] = f"{len(items) - _TIMELINE_ITEMS} more"
        return out
    if isinstance(value, list | tuple):
        out_list = [_cap(v, depth + 1) for v in value[:_TIMELINE_ITEMS]]
        if len(value) > _TIMELINE_ITEMS:
            out_list.append(f"… {len(value) - _TIMELINE_ITEMS} more")
        return out_list
    return _cap(repr(value), depth)
