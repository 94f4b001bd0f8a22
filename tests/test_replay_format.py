"""Replay files: what a reader of a broken file is told, and how expectations judge a call.

No pipeline here: the loader, the checks and the pipecat expectation matching on a recorded call.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from agent.replay.checks import check_phrases, check_tools, phrase_found
from agent.replay.loader import ReplayFileError, load_replay
from agent.replay.pipecat_expect import check_turn
from agent.replay.record import Item, ToolCall, TurnRecord
from agent.replay.spec import ToolExpect, parse_duration

REPLAYS = Path(__file__).resolve().parent.parent / "replays"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "call.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_every_shipped_replay_loads():
    files = sorted(REPLAYS.glob("*.yaml"))
    assert len(files) >= 12
    for path in files:
        assert load_replay(path).spec.turns


def test_a_typo_in_a_key_is_an_error_that_names_the_place(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        turns:
          - user: "Hallo"
            sayz: ["Hallo"]
        """,
    )
    with pytest.raises(ReplayFileError) as err:
        load_replay(path)
    assert "turns[0].sayz: unknown key (a typo?)" in str(err.value)
    assert str(path) in str(err.value)


def test_a_model_step_must_be_tool_calls_or_say(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        turns:
          - user: "Hallo"
            model:
              - {say: "Hallo", tool_calls: [{name: release_hold}]}
        """,
    )
    with pytest.raises(ReplayFileError, match=r"turns\[0\]\.model\[0\]: a model step is either"):
        load_replay(path)


def test_names_the_salon_does_not_know_are_reported_before_anything_runs(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        calendar:
          bookings: [{stylist: Lea, service: Dauerwelle, start: "2026-11-27 10:00"}]
        turns:
          - user: "Hallo"
        expect:
          calendar:
            bookings: [{stylist: Lenna, start: "27.11. 10 Uhr"}]
        """,
    )
    with pytest.raises(ReplayFileError) as err:
        load_replay(path)
    text = str(err.value)
    assert "calendar.bookings[0]: Lea Hofmann does not offer Dauerwelle" in text
    assert "expect.calendar.bookings[0].stylist: unknown stylist 'Lenna'" in text
    assert "expect.calendar.bookings[0].start: not a time: '27.11. 10 Uhr'" in text


def test_a_hangup_must_end_the_call(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        turns:
          - events: [{hangup: true}]
          - user: "Hallo?"
        """,
    )
    with pytest.raises(ReplayFileError, match="a hang-up ends the call"):
        load_replay(path)


def test_on_is_a_key_not_a_yaml_boolean(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        turns:
          - events:
              - external_booking: {stylist: Fabian, service: Dauerwelle, start: "2026-11-27 10:00", on: "POST /v2/bookings"}
            user: "Nein."
        """,
    )
    replay = load_replay(path)
    assert replay.spec.turns[0].events[0].external_booking.on == "POST /v2/bookings"
    assert replay.spec.turns[0].user == "Nein."


def with_expect(tmp_path: Path, expect: str) -> Path:
    """A one-turn replay whose turn carries these pipecat.evals expectations (YAML list)."""
    head = 'now: "2026-11-24 09:00"\nturns:\n  - user: "Hallo"\n    expect:\n'
    body = textwrap.indent(textwrap.dedent(expect).strip("\n"), "      ")
    return write(tmp_path, head + body + "\n")


def test_pipecat_expectations_are_parsed_by_pipecat(tmp_path):
    path = with_expect(
        tmp_path,
        """
        - event: function_call
          absent: true
          text_contains: "x"
        """,
    )
    with pytest.raises(
        ReplayFileError, match="'absent: true' cannot be combined with 'text_contains'"
    ):
        load_replay(path)


def test_durations_read_the_way_people_write_them():
    assert parse_duration("30s").total_seconds() == 30
    assert parse_duration("4m").total_seconds() == 240
    assert parse_duration(90).total_seconds() == 90
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration("4 Minuten")


# ---------------------------------------------------------------------------------------------
# Checks on a recorded call
# ---------------------------------------------------------------------------------------------


def test_phrases_are_case_insensitive_and_regexes_work():
    assert phrase_found("IST GEBUCHT", "Ihr Termin ist   gebucht.")
    assert phrase_found("/termin ist (fest|gebucht)/", "Ihr TERMIN IST gebucht")
    assert not phrase_found("gebucht", "Ich kann die Buchung nicht bestätigen.")


def test_a_phrase_check_failure_shows_what_was_said():
    [said, not_said] = check_phrases(
        "turn 2", "Ihr Termin ist gebucht.", ["storniert"], ["gebucht"]
    )
    assert not said.passed and "bot said: 'Ihr Termin ist gebucht.'" in said.detail
    assert not not_said.passed


def test_tools_are_matched_in_order_by_name_arguments_and_status():
    calls = [
        ToolCall(
            "check_availability", {"stylist": "Fabian", "date": "Freitag"}, {"status": "held"}
        ),
        ToolCall("book_appointment", {"customer_name": "Sabine Keller"}, {"status": "not_booked"}),
    ]
    ok, wrong_status, wrong_order = check_tools(
        "call",
        calls,
        [
            ToolExpect(name="check_availability", args={"stylist": "fabian"}, status="held"),
            ToolExpect(name="book_appointment", status="booked"),
            ToolExpect(name="check_availability"),
        ],
        [],
    )
    assert ok.passed
    assert not wrong_status.passed
    assert (
        "expected book_appointment() -> booked, got: book_appointment(customer_name='Sabine Keller') -> not_booked"
        in wrong_status.detail
    )
    assert not wrong_order.passed  # the only check_availability came before


def test_a_forbidden_tool_that_was_called_fails():
    [check] = check_tools(
        "call",
        [ToolCall("cancel_appointment", {"ref": "x"}, {"status": "not_found"})],
        [],
        [ToolExpect(name="cancel_appointment")],
    )
    assert not check.passed and "cancel_appointment(ref='x') -> not_found" in check.detail


async def test_pipecat_expectations_match_a_recorded_turn(tmp_path):
    path = with_expect(
        tmp_path,
        """
        - event: function_call
          calls: [{name: check_availability, args: {stylist: Fabian}}]
        - event: response
          text_contains: "FREITAG"
        - event: function_call
          calls: [book_appointment]
          check_from: turn_start
        """,
    )
    replay = load_replay(path)
    turn = TurnRecord(
        0,
        "Hallo",
        [
            Item(
                "tool",
                tool=ToolCall("check_availability", {"stylist": "Fabian"}, {"status": "held"}),
            ),
            Item("bot", "Freitag um 10 Uhr ist frei."),
        ],
    )

    checks = await check_turn(turn, replay.pipecat_expect[0])

    assert [c.passed for c in checks] == [True, True, False]
    assert "expected book_appointment" in checks[2].detail
    assert "check_availability(stylist='Fabian') -> held" in checks[2].detail


def test_a_live_model_that_strays_from_the_script_is_a_finding_not_a_failure(tmp_path):
    from agent.replay.record import CallRecord
    from agent.replay.runner import _findings

    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        turns:
          - user: "Dauerwelle bei Fabian am Freitag um zehn."
            model:
              - tool_calls:
                  - {name: check_availability, arguments: {service: Dauerwelle, stylist: Fabian, date: Freitag}}
              - say: "Frei."
          - user: "Ja, Sabine Keller."
            model:
              - tool_calls:
                  - {name: book_appointment, arguments: {slot_id: "{check_availability.slot_id}", customer_name: Sabine Keller}}
              - say: "{say}"
        """,
    )
    replay = load_replay(path)
    record = CallRecord(
        turns=[
            TurnRecord(
                0,
                "Dauerwelle bei Fabian am Freitag um zehn.",
                [
                    Item(
                        "tool",
                        tool=ToolCall(
                            "check_availability",
                            {
                                "service": "Dauerwelle",
                                "stylist": "Fabian Spitzer",
                                "date": "freitag",
                            },
                            {"status": "held"},
                        ),
                    ),
                ],
            ),
            TurnRecord(1, "Ja, Sabine Keller.", [Item("bot", "Auf welchen Namen?")]),
        ]
    )

    findings = _findings(replay.spec.turns, record)

    assert findings == [
        "turn 1: check_availability arguments differ (stylist: script 'Fabian', model 'Fabian Spitzer')",
        "turn 2: script calls ['book_appointment'], the model called no tools",
    ]


async def test_tool_arguments_are_what_the_model_sent_not_the_masked_log(tmp_path):
    """The timeline may mask a phone number; an expectation on `phone` must still see it."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from agent.replay.play import ModelToolCalls, ToolItems
    from calendar_adapter.ledger import TimelineEvent

    at = datetime(2026, 11, 24, 8, tzinfo=UTC)
    masked = {"slot_id": "s1", "customer_name": "Ute", "phone": "+49151*****678"}
    timeline = [
        TimelineEvent("c", at, "tool_called", {"tool": "book_appointment", "arguments": masked}),
        TimelineEvent(
            "c", at, "tool_result", {"tool": "book_appointment", "result": {"status": "booked"}}
        ),
        TimelineEvent("c", at, "tool_called", {"tool": "release_hold", "arguments": {}}),
    ]
    ledger = SimpleNamespace(timeline=lambda call_id: _async(timeline))
    asked = ModelToolCalls()
    sent = {"slot_id": "s1", "customer_name": "Ute", "phone": "+4915112345678"}
    await asked.on_started(
        None, [SimpleNamespace(function_name="book_appointment", arguments=sent)]
    )
    items: list[Item] = []

    await ToolItems(ledger, "c", asked).update(0, items.append)

    [booked, released] = [i.tool for i in items]
    assert booked.arguments == sent and booked.status == "booked"
    assert released.name == "release_hold" and released.result is None  # no result logged
    [check] = check_tools(
        "turn 1",
        [booked],
        [ToolExpect(name="book_appointment", args={"phone": "+4915112345678"}, status="booked")],
        [],
    )
    assert check.passed


async def _async(value):
    return value


def test_silence_is_an_event_with_a_duration_and_limits_are_the_salons_settings(tmp_path):
    from datetime import timedelta

    from agent.replay.runner import replay_settings

    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        limits: {max_call: 15m, silence: 6s, after_goodbye: 1s}
        turns:
          - user: "Hallo"
            says: ["Hallo"]
          - events: [{silence: 9s}, {silence: 7}]
        """,
    )
    replay = load_replay(path)
    events = replay.spec.turns[1].events
    assert [e.kind for e in events] == ["silence", "silence"]
    assert [e.silence for e in events] == [timedelta(seconds=9), timedelta(seconds=7)]
    from agent.config import Settings

    settings = replay_settings(replay, Settings(_env_file=None))
    assert settings.max_call_minutes == 15
    assert settings.silence_prompt_seconds == 6
    assert settings.hang_up_after_goodbye_seconds == 1


@pytest.mark.parametrize(
    ("turns", "error"),
    [
        ("  - events: [{silence: soon}]", "not a duration"),
        ("  - events: [{silence: 9s, advance: 1s}]", "exactly one of"),
    ],
)
def test_a_silence_event_that_cannot_be_read_is_refused(tmp_path, turns, error):
    path = write(tmp_path, f'now: "2026-11-24 09:00"\nturns:\n  - user: "Hallo"\n{turns}\n')
    with pytest.raises(ReplayFileError, match=error):
        load_replay(path)


def test_unknown_limits_are_refused(tmp_path):
    path = write(
        tmp_path,
        """
        now: "2026-11-24 09:00"
        limits: {max_cal: 15m}
        turns:
          - user: "Hallo"
        """,
    )
    with pytest.raises(ReplayFileError, match=r"limits\.max_cal"):
        load_replay(path)
