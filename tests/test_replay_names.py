"""A replay that names a tool, a ledger state, a timeline kind or a placeholder the code does not
know is refused before anything runs: such a check could never fail (`not_tools:
[book_apointment]` holds for every call) and such a placeholder would be spoken or sent to a tool.

The message names the file, the line, the unknown name and the names that exist. The known names
are read from the code each time, never from a copy.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from agent.replay.loader import ReplayFileError, load_replay
from agent.replay.vocabulary import ledger_states, timeline_kinds, tool_names
from calendar_adapter.ledger import AppointmentState
from calendar_adapter.ledger.timeline_kinds import TIMELINE_KINDS
from tools.booking_tools import BookingTools

ROOT = Path(__file__).resolve().parent.parent

# A call that books: every replay below is this one with one name changed.
BOOKING_CALL = """
now: "2026-11-24 09:00"
turns:
  - user: "Herrenhaarschnitt bei Mehmet morgen um drei."
    model:
      - tool_calls:
          - {name: check_availability, arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: morgen, time: "15:00"}}
      - say: "Morgen um 15 Uhr ist frei. Auf welchen Namen?"
  - user: "Tobias Brandt."
    model:
      - tool_calls:
          - {name: book_appointment, arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}}
      - say: "{say}"
expect:
  tools: [book_appointment]
"""


def write(tmp_path: Path, text: str, name: str = "call.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(ReplayFileError) as err:
        load_replay(path)
    return str(err.value)


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_the_booking_call_itself_loads(tmp_path):
    assert load_replay(write(tmp_path, BOOKING_CALL)).spec.turns


# ---------------------------------------------------------------------------------------------
# The two examples of the issue
# ---------------------------------------------------------------------------------------------


def test_a_misspelt_tool_in_not_tools_is_refused_not_passed(tmp_path):
    path = write(tmp_path, BOOKING_CALL + "  not_tools: [book_apointment]\n")

    text = refused(path)

    assert str(path) in text
    assert (
        f"line {line_of(path, 'book_apointment')}, expect.not_tools[0].name: "
        "unknown tool 'book_apointment' (did you mean 'book_appointment'?" in text
    )
    assert "known: " + ", ".join(BookingTools.names) in text
    # spelt right it loads (and is a check that can fail)
    assert load_replay(write(tmp_path, BOOKING_CALL + "  not_tools: [cancel_appointment]\n"))


def test_a_misspelt_state_is_refused_not_passed(tmp_path):
    path = write(tmp_path, BOOKING_CALL + "  ledger:\n    states: {confirmd: 0}\n")

    text = refused(path)

    assert (
        f"line {line_of(path, 'confirmd')}, expect.ledger.states.confirmd: "
        "unknown state 'confirmd' (did you mean 'confirmed'?" in text
    )
    assert "known: " + ", ".join(s.value for s in AppointmentState) in text
    assert load_replay(write(tmp_path, BOOKING_CALL + "  ledger:\n    states: {failed: 0}\n"))


# ---------------------------------------------------------------------------------------------
# Every place a tool, state or kind is named
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("tools: [book_appointment]", "tools: [book_apointment]", "expect.tools[0].name"),
        (
            "{name: book_appointment, arguments",
            "{name: book_apointment, arguments",
            "turns[1].model[0].tool_calls[0].name",
        ),
        (
            '      - say: "{say}"\n',
            '      - say: "{say}"\n    not_tools: [{name: relase_hold}]\n',
            "turns[1].not_tools[0].name",
        ),
        (
            '      - say: "{say}"\n',
            '      - say: "{say}"\n    expect:\n      - {event: function_call, calls: [bok]}\n',
            "turns[1].expect[0]",
        ),
    ],
    ids=["call tools", "script", "turn not_tools", "pipecat expect"],
)
def test_an_unknown_tool_is_refused_wherever_it_is_named(tmp_path, old, new, where):
    assert old in BOOKING_CALL
    text = refused(write(tmp_path, BOOKING_CALL.replace(old, new, 1)))
    assert f", {where}: unknown tool" in text


def test_an_unknown_state_of_an_expected_appointment_is_refused(tmp_path):
    text = refused(
        write(tmp_path, BOOKING_CALL + "  ledger:\n    appointments: [{state: booked}]\n")
    )
    assert "expect.ledger.appointments[0].state: unknown state 'booked'" in text


@pytest.mark.parametrize("key", ["timeline", "not_timeline"])
def test_an_unknown_timeline_kind_is_refused(tmp_path, key):
    path = write(
        tmp_path, BOOKING_CALL + f"  ledger:\n    {key}: [hold_placed, booking_confimred]\n"
    )

    text = refused(path)

    assert (
        f"line {line_of(path, 'booking_confimred')}, expect.ledger.{key}[1]: unknown timeline "
        "kind 'booking_confimred' (did you mean 'booking_confirmed'?" in text
    )
    good = BOOKING_CALL + f"  ledger:\n    {key}: [hold_placed, booking_confirmed]\n"
    assert load_replay(write(tmp_path, good))


def test_every_unknown_name_is_reported_at_once(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL
            + "  not_tools: [book_apointment]\n  ledger:\n    states: {confirmd: 0}\n"
            + "    timeline: [hold_plced]\n",
        )
    )
    assert text.count("unknown ") == 3


def test_the_known_names_are_the_codes_own():
    assert tool_names() == tuple(BookingTools.names)
    assert ledger_states() == tuple(s.value for s in AppointmentState)
    assert timeline_kinds() == tuple(TIMELINE_KINDS)


# ---------------------------------------------------------------------------------------------
# Placeholders
# ---------------------------------------------------------------------------------------------


def test_an_unknown_placeholder_is_refused_with_a_suggestion(tmp_path):
    text = refused(write(tmp_path, BOOKING_CALL.replace('say: "{say}"', 'say: "{sayy}"')))
    assert "turns[1].model[1].say: unknown placeholder 'sayy' (did you mean 'say'?" in text


def test_a_placeholder_naming_an_unknown_tool_is_refused(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace("{check_availability.slot_id}", "{check_availabilty.slot_id}"),
        )
    )
    assert (
        "turns[1].model[0].tool_calls[0].arguments.slot_id: unknown tool in placeholder "
        "'check_availabilty' (did you mean 'check_availability'?" in text
    )


def test_say_without_a_tool_before_it_in_the_turn_is_never_filled(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace(
                'say: "Morgen um 15 Uhr ist frei. Auf welchen Namen?"', 'say: "{say}"'
            ).replace(
                "      - tool_calls:\n          - {name: check_availability",
                '      - say: "{say}"\n      - tool_calls:\n          - {name: check_availability',
            ),
        )
    )
    assert "turns[0].model[0].say: placeholder {say} is never filled" in text


def test_a_tool_field_before_the_tool_was_called_is_never_filled(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace(
                'say: "Morgen um 15 Uhr ist frei. Auf welchen Namen?"',
                'say: "Ihre Nummer ist {book_appointment.ref}."',
            ),
        )
    )
    assert (
        "turns[0].model[1].say: placeholder {book_appointment.ref} is never filled: the script "
        "does not call book_appointment before this step" in text
    )


# ---------------------------------------------------------------------------------------------
# Hang-up and barge-in during a tool call
# ---------------------------------------------------------------------------------------------


def test_a_hang_up_during_a_tool_the_turn_before_never_calls_is_refused(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace(
                "expect:", "  - events: [{hang_up_during: cancel_appointment}]\nexpect:"
            ),
        )
    )
    assert (
        "turns[2].events[0].hang_up_during: turns[1]'s script never calls cancel_appointment "
        "(it calls book_appointment), so nothing would be in flight" in text
    )


def test_a_hang_up_during_an_unknown_tool_or_kind_is_refused(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace(
                "expect:",
                "  - events: [{hang_up_during: {tool: book_apointment, at: bookng_sent}}]\nexpect:",
            ),
        )
    )
    assert "hang_up_during.tool: unknown tool 'book_apointment'" in text
    assert (
        "hang_up_during.at: unknown timeline kind 'bookng_sent' (did you mean 'booking_sent'?"
        in text
    )


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ("[{advance: 5s}, {hang_up_during: book_appointment}]", "must be the turn's first event"),
        (
            '[{barge_in_during: book_appointment}, {advance: 5s}]\n    user: "Hallo?"',
            "cannot move the clock",
        ),
        ("[{barge_in_during: book_appointment}]", "`barge_in_during` needs `user:`"),
    ],
)
def test_events_during_a_tool_call_must_be_playable(tmp_path, events, message):
    text = refused(
        write(tmp_path, BOOKING_CALL.replace("expect:", f"  - events: {events}\nexpect:"))
    )
    assert message in text


def test_a_hang_up_during_a_tool_call_ends_the_call(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL.replace(
                "expect:",
                '  - events: [{hang_up_during: book_appointment}]\n  - user: "Hallo?"\nexpect:',
            ),
        )
    )
    assert "a hang-up ends the call, so it must be the last turn" in text


def test_holds_left_and_no_hold_left_contradict_each_other(tmp_path):
    text = refused(
        write(
            tmp_path,
            BOOKING_CALL
            + '  calendar:\n    no_hold_left: true\n    holds: [{stylist: Mehmet, start: "2026-11-25 15:00"}]\n',
        )
    )
    assert "`no_hold_left: true` and `holds:` contradict each other" in text


# ---------------------------------------------------------------------------------------------
# The one list of timeline kinds
# ---------------------------------------------------------------------------------------------


def _kinds_written_in_source() -> dict[str, str]:
    """Every timeline kind the code writes as a literal: `x.log("kind", ...)`,
    `ledger.log(call_id, "kind", ...)`, `self._update(hold, r, "kind")` and direct inserts."""
    found: dict[str, str] = {}
    for root in ("agent", "tools", "calendar_adapter"):
        for path in (ROOT / root).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                args: list[ast.expr] = []
                if node.func.attr == "log":
                    args = node.args[:2]
                elif node.func.attr == "_update":
                    args = node.args[2:3]
                elif node.func.attr == "execute" and any(
                    isinstance(a, ast.Constant) and "INSERT INTO timeline" in str(a.value)
                    for a in node.args[:1]
                ):
                    args = node.args[1:2]
                for arg in args:
                    for c in ast.walk(arg):
                        if isinstance(c, ast.Constant) and isinstance(c.value, str):
                            if c.value.isidentifier():
                                found.setdefault(c.value, str(path.relative_to(ROOT)))
    return found


def test_every_timeline_kind_the_code_writes_is_listed():
    written = _kinds_written_in_source()
    assert len(written) >= 25  # the scan finds the writes at all
    assert {"hold_extended", "booking_not_confirmed", "release_queued"} <= set(written)
    missing = {k: where for k, where in written.items() if k not in TIMELINE_KINDS}
    assert not missing, f"add to calendar_adapter/ledger/timeline_kinds.py: {missing}"
