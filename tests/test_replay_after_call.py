"""The replay expectations about what a call leaves for afterwards: texts sent to the caller
(`sms`, `sms_count`), messages for the salon (`salon_messages`, `salon_messages_count`) and
hand-overs (`transfers`, and `line: local` for a call that cannot be put through). Each is shown
failing on a call that did not do it and holding on one that did; the calls run through the
real pipeline, and texts through the real outbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.replay.loader import ReplayFileError, load_replay
from tests.test_replay_run_checks import ASK, BOOK, CALLER, failed, replay_file, report, run

TRANSFER = """
  - user: "Kann ich mit jemandem sprechen?"
    model:
      - tool_calls:
          - {name: transfer_call, arguments: {reason: "möchte jemanden sprechen"}}
      - say: "Gern."
"""
MESSAGE = """
  - user: "Dann rufen Sie mich bitte zurück, Anna Berg."
    model:
      - tool_calls:
          - {name: take_message, arguments: {reason: "Rückruf erbeten", name: Anna Berg}}
      - say: "Sonst noch etwas?"
"""


async def test_a_text_after_a_booking_is_checked_against_what_the_outbox_sent(tmp_path):
    good = await run(
        replay_file(
            tmp_path,
            ASK + BOOK,
            """
            sms: [{says: ["Herrenhaarschnitt", "15:00 Uhr", "Kastanienallee"]}]
            sms_count: 1
            """,
        )
    )
    assert good.passed, report(good)
    assert [to for to, _ in good.record.texts] == [CALLER]


async def test_a_text_expected_but_not_sent_fails(tmp_path):
    held_only = await run(replay_file(tmp_path, ASK, "sms: [{says: [gebucht]}]\nsms_count: 1"))
    problems = failed(held_only)
    assert problems[("sms", "1 text(s) sent")].startswith("got 0")
    assert ("sms", "text to +49151****5678 saying ['gebucht']") in problems


async def test_a_text_that_must_not_be_sent_fails_when_it_was(tmp_path):
    bad = await run(replay_file(tmp_path, ASK + BOOK, "sms: [{absent: true, says: [gebucht]}]"))
    assert ("sms", "no text to +49151****5678 saying ['gebucht']") in failed(bad)


async def test_a_salon_that_opted_out_gets_no_texts(tmp_path):
    salon = Path(__file__).parents[1] / "calendar_adapter" / "data" / "salon.yaml"
    text = salon.read_text(encoding="utf-8").replace(
        "sms_confirmations: true", "sms_confirmations: false"
    )
    (tmp_path / "salon").mkdir()
    (tmp_path / "salon" / "salon.yaml").write_text(text, encoding="utf-8")
    outcome = await run(
        replay_file(tmp_path, ASK + BOOK, "sms_count: 0", extra="salon: salon/salon.yaml\n")
    )
    assert outcome.passed, report(outcome)


async def test_a_hand_over_and_a_message_are_checked(tmp_path):
    good = await run(
        replay_file(
            tmp_path,
            TRANSFER,
            'transfers: ["+49 30 12345678"]\nsalon_messages_count: 0',
        )
    )
    assert good.passed, report(good)

    wrong = await run(replay_file(tmp_path, TRANSFER, 'transfers: ["+49 30 99999999"]'))
    assert ("line", "put through to ['+493099999999']") in failed(wrong)


async def test_a_local_line_cannot_put_anyone_through(tmp_path):
    local = await run(
        replay_file(
            tmp_path,
            TRANSFER + MESSAGE,
            """
            transfers: []
            tools:
              - {name: transfer_call, status: not_transferred, result: {reason: line_cannot_transfer}}
              - {name: take_message, status: taken}
            salon_messages: [{kind: callback, name: Anna Berg, phone: "+4915112345678"}]
            """,
            extra="line: local\n",
        )
    )
    assert local.passed, report(local)


async def test_a_message_expected_but_not_taken_fails(tmp_path):
    none = await run(
        replay_file(
            tmp_path, TRANSFER, "salon_messages: [{kind: callback}]\nsalon_messages_count: 1"
        )
    )
    problems = failed(none)
    assert ("messages", "a callback message for the salon") in problems
    assert problems[("messages", "1 message(s) for the salon")].startswith("got 0")


def test_a_misspelt_message_kind_is_refused_before_anything_runs(tmp_path):
    path = replay_file(tmp_path, MESSAGE, "salon_messages: [{kind: calback}]")
    with pytest.raises(ReplayFileError) as refused:
        load_replay(path)
    text = str(refused.value)
    assert "unknown message kind 'calback'" in text and "did you mean 'callback'" in text
