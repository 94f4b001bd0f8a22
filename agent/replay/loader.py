"""Reading replay files, with errors that name the file, the place and what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pipecat.evals.script import EvalExpectation, _parse_expectation
from pydantic import ValidationError

from agent.replay.name_check import Path as SpecPath
from agent.replay.name_check import unknown_names
from agent.replay.refs import RefError, SalonRefs
from agent.replay.spec import AppointmentExpect, BookingExpect, HoldExpect, Replay, SlotRef
from calendar_adapter.salon import SalonFile, load_salon


class _ReplayYamlLoader(yaml.SafeLoader):
    """YAML 1.1 reads `on:`, `yes`, `no` as booleans; in a replay `on:` is a key and a caller may
    say "no". Only true/false are booleans here."""


_ReplayYamlLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
yaml.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
    Loader=_ReplayYamlLoader,
)


class ReplayFileError(ValueError):
    """A replay file that cannot be run; the message says where and why."""


@dataclass
class LoadedReplay:
    """A validated replay with its salon and its pipecat expectations parsed."""

    path: Path
    spec: Replay
    salon: SalonFile
    refs: SalonRefs
    pipecat_expect: list[list[EvalExpectation]]  # per turn

    @property
    def name(self) -> str:
        return self.spec.name or self.path.stem


def load_replay(path: str | Path) -> LoadedReplay:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=_ReplayYamlLoader)
    except FileNotFoundError:
        raise ReplayFileError(f"{path}: no such replay file") from None
    except yaml.YAMLError as exc:
        raise ReplayFileError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ReplayFileError(f"{path}: the top level must be a mapping (now:, turns:, ...)")
    lines = Lines(text)
    try:
        spec = Replay.model_validate(raw)
    except ValidationError as exc:
        raise ReplayFileError(_describe(path, exc, lines)) from None

    salon_path = (path.parent / spec.salon) if spec.salon else None
    try:
        salon = load_salon(salon_path)
    except (FileNotFoundError, ValidationError, ValueError) as exc:
        raise ReplayFileError(f"{path}: salon: {exc}") from None
    refs = SalonRefs(salon)
    _check_refs(path, spec, refs, lines)

    pipecat_expect: list[list[EvalExpectation]] = []
    for ti, turn in enumerate(spec.turns):
        parsed = []
        for ei, entry in enumerate(turn.expect):
            try:
                parsed.append(_parse_expectation(entry, path, ti, ei))
            except ValueError as exc:
                raise ReplayFileError(str(exc)) from None
            if parsed[-1].eval is not None:
                raise ReplayFileError(
                    f"{path}: turns[{ti}].expect[{ei}]: 'eval:' needs a judge model; replays "
                    "check text with text_contains / says: instead"
                )
        pipecat_expect.append(parsed)
    unknown = sorted(unknown_names(spec, pipecat_expect), key=lambda p: lines.line(p[0]) or 0)
    if unknown:
        raise ReplayFileError(
            "\n".join(
                [
                    f"{path}: names the code does not know:",
                    *(f"  {lines.where(place)}: {msg}" for place, msg in unknown),
                ]
            )
        )
    return LoadedReplay(path, spec, salon, refs, pipecat_expect)


class Lines:
    """The line of each key and list item in the file, so an error can say where it is."""

    def __init__(self, text: str):
        self._at: dict[SpecPath, int] = {}
        try:
            root = yaml.compose(text, Loader=_ReplayYamlLoader)
        except yaml.YAMLError:
            return
        if root is not None:
            self._walk(root, ())

    def _walk(self, node: yaml.Node, path: SpecPath) -> None:
        self._at.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = (*path, key.value)
                self._at[here] = key.start_mark.line + 1
                self._walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._walk(item, (*path, i))

    def line(self, path: SpecPath) -> int | None:
        """The line of `path`, or of the nearest enclosing key the file has."""
        for n in range(len(path), 0, -1):
            if path[:n] in self._at:
                return self._at[path[:n]]
        return None

    def where(self, path: SpecPath) -> str:
        """`line 12, expect.not_tools[0]`."""
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        line = self.line(path)
        return f"line {line}, {dotted or '(top)'}" if line else dotted or "(top)"


def _describe(path: Path, exc: ValidationError, lines: Lines) -> str:
    out = [f"{path}: not a valid replay file:"]
    for err in exc.errors():
        place = tuple(p for p in err["loc"] if isinstance(p, str | int))
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (a typo?)"
        out.append(f"  {lines.where(place)}: {msg}")
    return "\n".join(out)


def _check_refs(path: Path, spec: Replay, refs: SalonRefs, lines: Lines) -> None:
    """Every stylist, service and time the file names must exist, before anything runs."""
    problems: list[str] = []

    def check(where: SpecPath, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except RefError as exc:
            problems.append(f"  {lines.where(where)}: {exc}")

    check(("now",), refs.instant, spec.now)
    slots: list[tuple[SpecPath, SlotRef]] = [
        *((("calendar", "bookings", i), b) for i, b in enumerate(spec.calendar.bookings)),
        *((("calendar", "holds", i), h) for i, h in enumerate(spec.calendar.holds)),
    ]
    for ti, turn in enumerate(spec.turns):
        for ei, event in enumerate(turn.events):
            ext = event.external_booking
            if ext is not None:
                here: SpecPath = ("turns", ti, "events", ei, "external_booking")
                slots.append((here, ext))
                if ext.at is not None:
                    check((*here, "at"), refs.instant, ext.at)
    for where, slot in slots:
        check(where, refs.offering, slot.stylist, slot.service)
        check((*where, "start"), refs.instant, slot.start)

    expect = spec.expect
    wanted: list[tuple[SpecPath, AppointmentExpect | BookingExpect | HoldExpect]] = []
    if expect.ledger:
        wanted += [
            (("expect", "ledger", "appointments", i), a)
            for i, a in enumerate(expect.ledger.appointments)
        ]
    if expect.calendar:
        wanted += [
            (("expect", "calendar", "bookings", i), b)
            for i, b in enumerate(expect.calendar.bookings)
        ]
        wanted += [
            (("expect", "calendar", "holds", i), h) for i, h in enumerate(expect.calendar.holds)
        ]
    for where, item in wanted:
        if item.stylist:
            check((*where, "stylist"), refs.stylist, item.stylist)
        if item.service:
            check((*where, "service"), refs.service, item.service)
        if item.start is not None:
            check((*where, "start"), refs.instant, item.start)
    if problems:
        raise ReplayFileError("\n".join([f"{path}: names the salon does not know:", *problems]))
