"""A sentence's reading shared between decisions whose facts differ only in what the reading
never looked at.

`decide` reads a sentence (what it claims: the readers, `amended`, the rewordings) and then asks
the ledger whether each claim is so (`backed`). The reading is most of a decision, yet it looks at
few of the facts: the language, the salon's names, the caller's last words; the appointments only
for an end time or "bei ihr". The corpus decides every sentence under a dozen call states, and
the guard may decide a sentence again once the ledger has moved on. So `read_once` runs a reading
with the facts behind a recording view (`_Seen`) that notes every attribute asked for and its
value, and keeps the result with those (attribute, value) pairs, by the reading function and the
sentence. A later reading of the same sentence by the same function reuses it only when the
current facts give an equal value for every attribute noted. Values are compared as immutable
data (`frozen`: strings, numbers, enums, dates with their zone, tuples, frozensets, frozen
dataclasses field by field, types included), and a reading that met anything else (a mutable or
unknown object, a method) is not kept. It is sound because a reading is a function of the
sentence and of what it reads of the facts: the same sentence and the same values read give the
same reading, whatever else differs.

One view serves the readings of one facts object in a row, and a kept reading notes everything
that view was asked so far, not only what it asked itself: `amended` keeps restatements it read
(`_WHOLE`) by the facts object it was given, here the view, so a reading may use what an earlier
one with the same view read; the view's record covers that too (a superset: fewer reuses, never
a wrong one). A reading inside a reading runs as it is, on the outer view. Kept readings are few
(the least recently used dropped) and emptied by `memo.forget` with the other kept results; while
`rule_gate.checking()` runs, no kept reading stands in for one (every gated rule must run).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from agent.claims.memo import kept_dict
from agent.claims.model import CallFacts
from agent.claims.rule_gate import is_checking

_KEPT = 4096  # sentences (by reading function) kept, the least recently used dropped
_VARIANTS = 4  # readings kept per sentence (facts that differ in what was read: the caller's words)
T = TypeVar("T")  # what a reading gives: immutable (claims, a text), handed out again as it is
_SCALARS = (type(None), bool, int, str, bytes)


class Unfit(Exception):
    """A value that is not immutable data: a reading that met it is not kept."""


class _Seen:
    """`facts` as the reading sees them, every attribute asked for noted with its value."""

    __slots__ = ("_seen_asked", "_seen_facts")

    def __init__(self, facts: CallFacts) -> None:
        self._seen_facts = facts
        self._seen_asked: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:  # only for names not found on the view itself
        value = getattr(self._seen_facts, name)
        self._seen_asked.setdefault(name, value)
        return value


# (reading function, sentence) -> its readings kept, newest first: (attributes asked, with their
# values and the objects read, result); a dict keeps its order, so the first key is the one used
# least recently
_READINGS: dict[tuple, list[tuple[tuple, Any]]] = kept_dict()
_LAST: dict[str, _Seen] = kept_dict()  # "view": the view of the facts read last
# values (`frozen`) of the facts' tuples by the object's id, the object held: the salon's names
# and the appointments are the same objects in every decision of a call (and of every state of
# the corpus), so they are walked once. Not results, so `memo.forget` leaves them.
_DATA: dict[int, tuple[Any, Any]] = {}
_DATA_KEPT = 8192
# each distinct value of `_DATA`, once: equal tuples of different objects (each call state of
# the corpus, each turn of a call builds the salon's names anew) get the very same value, so a
# reading's facts compare by identity instead of walking two equal values (`_same`)
_EQUAL: dict[Any, Any] = {}


def read_once(read: Callable[[str, CallFacts], T], sentence: str, facts: CallFacts) -> T:
    """`read(sentence, facts)`, reused from an earlier reading of `sentence` whose facts gave
    the same values for everything that reading asked of them (see above)."""
    if type(facts) is _Seen:  # a reading inside a reading: what it asks is noted already
        return read(sentence, facts)
    key = (read, sentence)
    variants = _READINGS.pop(key, [])
    _READINGS[key] = variants  # now the most recently used
    if not is_checking():
        for asked, out in variants:
            if _same(asked, facts):
                return out
    view = _LAST.get("view")
    if view is None or view._seen_facts is not facts:
        view = _LAST["view"] = _Seen(facts)
    out = read(sentence, view)  # type: ignore[arg-type]
    try:
        asked = tuple((name, frozen_kept(value), value) for name, value in view._seen_asked.items())
    except Unfit:
        return out
    variants.insert(0, (asked, out))
    del variants[_VARIANTS:]
    if len(_READINGS) > _KEPT:
        _READINGS.pop(next(iter(_READINGS)), None)  # the least recently used
    return out


def facts_behind(facts: CallFacts) -> CallFacts:
    """The facts a reading was given: those behind its view, or `facts` as they are."""
    return facts._seen_facts if type(facts) is _Seen else facts  # type: ignore[attr-defined]


def _same(asked: tuple[tuple[str, Any, Any], ...], facts: CallFacts) -> bool:
    """Whether `facts` give the value noted for every attribute in `asked`: the very object
    read then (immutable data, so the same value; the corpus's call states and a call's later
    facts share most of theirs), else an equal one."""
    try:
        for name, value, read in asked:
            now = getattr(facts, name)
            if now is not read:
                kept = frozen_kept(now)
                if kept is not value and kept != value:
                    return False
    except Unfit:
        return False
    return True


def frozen_kept(value: Any) -> Any:
    """`frozen(value)`, kept by the object's id for a tuple (see `_DATA`): the salon's names and
    the appointments are the same tuples in every sentence of a call, walked once (the guard's
    decisions ahead compare facts with it too, `agent.guard.ahead`)."""
    if type(value) is not tuple:
        return frozen(value)
    kept = _DATA.get(id(value))
    if kept is not None and kept[0] is value:
        return kept[1]
    return _hold(value, frozen(value))


def _hold(value: Any, out: Any) -> Any:
    """`out` kept as `value`'s, or the equal value kept before it (see `_EQUAL`)."""
    if len(_DATA) >= _DATA_KEPT:
        _DATA.clear()
        _EQUAL.clear()
    out = _EQUAL.setdefault(out, out)
    _DATA[id(value)] = (value, out)  # held, so its id is never another object's
    return out


def frozen(value: Any) -> Any:
    """`value` as immutable data compared by value, its types included (True is not 1, a date
    in one zone is not the same instant in another); `Unfit` for anything else."""
    kind = type(value)
    if kind in _SCALARS:
        return (kind, value)
    if kind is float:
        return (kind, repr(value))
    if isinstance(value, enum.Enum):
        return (kind, value.name)
    if kind is tuple:
        return (kind, tuple(frozen(v) for v in value))
    if kind is frozenset:
        return (kind, frozenset(frozen(v) for v in value))
    if kind is datetime or kind is time:
        return (kind, value.replace(tzinfo=None), value.fold, _zone(value.tzinfo))
    if kind is date or kind is timedelta:
        return (kind, value)
    params = getattr(kind, "__dataclass_params__", None)  # (a class's own type has none)
    if params is not None and params.frozen:
        return (kind, tuple(frozen(getattr(value, f.name)) for f in dataclasses.fields(value)))
    raise Unfit(kind.__name__)


def _zone(zone: tzinfo | None) -> Any:
    if zone is None:
        return None
    if type(zone) is ZoneInfo and zone.key is not None:  # (one read from a file has no key)
        return (ZoneInfo, zone.key)
    if type(zone) is timezone:
        return (timezone, zone.utcoffset(None), zone.tzname(None))
    raise Unfit(type(zone).__name__)
