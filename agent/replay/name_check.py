"""Names a replay file uses that the code does not know, found before anything runs.

A check that names a tool, a ledger state or a timeline kind that does not exist can never fail
(`not_tools: [book_apointment]` holds for every call); a script placeholder that can never be
filled would be sent to a tool or spoken. Each is reported with its place in the file and the
names that do exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipecat.evals.script import EvalExpectation

from agent.replay.spec import Replay, ToolExpect
from agent.replay.vocabulary import (
    SAY_PLACEHOLDER,
    ledger_states,
    message_kinds,
    timeline_kinds,
    tool_names,
    unknown_name,
)
from agent.standins import _PLACEHOLDER as PLACEHOLDER

Path = tuple[str | int, ...]
Problem = tuple[Path, str]


def unknown_names(spec: Replay, pipecat_expect: list[list[EvalExpectation]]) -> list[Problem]:
    """Every unknown tool, state, timeline kind, message kind and placeholder, in file order."""
    tools, states, kinds = tool_names(), ledger_states(), timeline_kinds()
    problems: list[Problem] = []

    def tool(path: Path, name: str) -> None:
        if name not in tools:
            problems.append((path, unknown_name("tool", name, tools)))

    def expected_tools(path: Path, entries: list[ToolExpect]) -> None:
        for i, entry in enumerate(entries):
            tool((*path, i, "name"), entry.name)

    def kind(path: Path, name: str) -> None:
        if name not in kinds:
            problems.append((path, unknown_name("timeline kind", name, kinds)))

    for ti, turn in enumerate(spec.turns):
        here: Path = ("turns", ti)
        for ei, event in enumerate(turn.events):
            if event.during is not None:
                at: Path = (*here, "events", ei, event.kind)
                tool((*at, "tool"), event.during.tool)
                kind((*at, "at"), event.during.at)
        for si, step in enumerate(turn.model):
            for ci, call in enumerate(step.tool_calls or []):
                tool((*here, "model", si, "tool_calls", ci, "name"), call.name)
        expected_tools((*here, "tools"), turn.tools)
        expected_tools((*here, "not_tools"), turn.not_tools)
        for ei, exp in enumerate(pipecat_expect[ti] if ti < len(pipecat_expect) else []):
            for call in exp.calls or []:
                tool((*here, "expect", ei), call.name)

    want = spec.expect
    expected_tools(("expect", "tools"), want.tools)
    expected_tools(("expect", "not_tools"), want.not_tools)
    if want.ledger is not None:
        for state in want.ledger.states:
            if state not in states:
                problems.append(
                    (("expect", "ledger", "states", state), unknown_name("state", state, states))
                )
        for i, appointment in enumerate(want.ledger.appointments):
            if appointment.state not in states:
                problems.append(
                    (
                        ("expect", "ledger", "appointments", i, "state"),
                        unknown_name("state", appointment.state, states),
                    )
                )
        for key in ("timeline", "not_timeline"):
            for i, name in enumerate(getattr(want.ledger, key)):
                kind(("expect", "ledger", key, i), name)

    known_kinds = message_kinds()
    for i, message in enumerate(want.salon_messages):
        if message.kind not in known_kinds:
            problems.append(
                (
                    ("expect", "salon_messages", i, "kind"),
                    unknown_name("message kind", message.kind, known_kinds),
                )
            )

    problems += _placeholders(spec, tools)
    problems += _nothing_in_flight(spec)
    return problems


def _placeholders(spec: Replay, tools: tuple[str, ...]) -> list[Problem]:
    """`{say}` needs a tool result of the same turn before it (or a late result handed over at
    the turn's start, after a barge-in); `{tool.field}` a call of that tool in an earlier step."""
    problems: list[Problem] = []
    called: set[str] = set()
    names = (SAY_PLACEHOLDER, *tools)
    for ti, turn in enumerate(spec.turns):
        before = spec.turns[ti - 1] if ti > 0 else None
        # after a barge-in, the interrupted tool's result is handed over at this turn's start
        said_after_tool = before is not None and any(e.barge_in_during for e in before.events)
        for si, step in enumerate(turn.model):
            here: Path = ("turns", ti, "model", si)
            texts = [((*here, "say"), step.say)] if step.say is not None else []
            for ci, call in enumerate(step.tool_calls or []):
                texts += _strings((*here, "tool_calls", ci, "arguments"), call.arguments)
            for path, text in texts:
                for m in PLACEHOLDER.finditer(text):
                    name = m.group(1)
                    tool_name, dot, _ = name.partition(".")
                    if name == SAY_PLACEHOLDER:
                        if not said_after_tool:
                            problems.append(
                                (
                                    path,
                                    "placeholder {say} is never filled: no tool is called "
                                    "before it in this turn",
                                )
                            )
                    elif not dot or tool_name not in tools:
                        what = "tool in placeholder" if dot else "placeholder"
                        problems.append((path, unknown_name(what, tool_name, names)))
                    elif tool_name not in called:
                        problems.append(
                            (
                                path,
                                f"placeholder {{{name}}} is never filled: the script does not "
                                f"call {tool_name} before this step",
                            )
                        )
            for call in step.tool_calls or []:
                called.add(call.name)
                said_after_tool = True
    return problems


def _nothing_in_flight(spec: Replay) -> list[Problem]:
    """A hang-up or barge-in during a tool call needs the script to call that tool just before."""
    problems: list[Problem] = []
    for ti, turn in enumerate(spec.turns):
        during = turn.during
        if during is None or ti == 0:
            continue
        before = spec.turns[ti - 1]
        scripted = [c.name for s in before.model for c in s.tool_calls or []]
        if before.model and during.tool not in scripted:
            problems.append(
                (
                    ("turns", ti, "events", 0, turn.events[0].kind),
                    f"turns[{ti - 1}]'s script never calls {during.tool} (it calls "
                    f"{', '.join(scripted) or 'no tool'}), so nothing would be in flight",
                )
            )
    return problems


def _strings(path: Path, value: Any) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings((*path, k), v)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings((*path, i), v)
