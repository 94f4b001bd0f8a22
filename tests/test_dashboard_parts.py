"""The dashboard's parts on their own: a call's outcome from what its tools answered, the
needs-a-person sources (one broken source hides no other), percentiles, charts."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from agent.dashboard import needs_person, numbers, svg
from agent.dashboard.outcomes import call_outcomes
from calendar_adapter.ledger import AppointmentState as S
from calendar_adapter.ledger import TimelineEvent

AT = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def result(tool: str, status: str) -> TimelineEvent:
    return TimelineEvent("c", AT, "tool_result", {"tool": tool, "result": {"status": status}})


def row(state: S, booking_status: str | None = None):
    return SimpleNamespace(state=state, booking_status=booking_status)


def test_a_call_is_what_its_tools_answered():
    assert call_outcomes([], []) == ["nothing"]
    assert call_outcomes([result("check_availability", "held")], []) == ["nothing"]
    assert call_outcomes([result("book_appointment", "booked")], []) == ["booked"]
    both = [result("cancel_appointment", "cancelled"), result("book_appointment", "booked")]
    assert call_outcomes(both, []) == ["booked", "cancelled"]
    assert call_outcomes([result("reschedule_appointment", "rescheduled")], []) == ["moved"]
    # a retry that worked is no "nicht gebucht"
    retry = [result("book_appointment", "not_booked"), result("book_appointment", "booked")]
    assert call_outcomes(retry, []) == ["booked"]
    assert call_outcomes([result("book_appointment", "not_booked")], []) == ["not_booked"]
    # a message taken, a caller put through
    assert call_outcomes([result("take_message", "taken")], []) == ["message"]
    assert call_outcomes([result("transfer_call", "transferred")], []) == ["forwarded"]
    assert call_outcomes([result("transfer_call", "not_transferred")], []) == ["nothing"]


def test_an_unknown_answer_stays_open_until_the_ledger_settles_it():
    lost = [result("book_appointment", "unknown")]
    assert call_outcomes(lost, [row(S.UNKNOWN)]) == ["open"]
    assert call_outcomes(lost, [row(S.CONFIRMED)]) == ["booked"]
    assert call_outcomes(lost, [row(S.FAILED)]) == ["nothing"]
    asked = [result("book_appointment", "pending_approval")]
    assert call_outcomes(asked, [row(S.FAILED, "rejected")]) == ["requested", "refused"]


async def test_a_broken_source_hides_no_other_and_done_items_are_set_apart(ledger):
    async def works(ctx):
        return [
            needs_person.Item("a:1", "message", "Rückruf erbeten"),
            needs_person.Item("a:2", "message", "Frage zum Preis"),
        ]

    async def broken(ctx):
        raise RuntimeError("Cal.com nicht erreichbar")

    await ledger.mark_done("a:2", kind="message")
    found = await needs_person.collect(SimpleNamespace(ledger=ledger), [broken, works])
    assert [i.key for i in found.open] == ["a:1"]
    assert [(i.key, mark.kind) for i, mark in found.done] == [("a:2", "message")]
    assert found.failed == ["broken: Cal.com nicht erreichbar"]
    assert await ledger.mark_done("a:2", kind="message") is False  # once
    assert await ledger.unmark_done("a:2") is True


def test_percentiles_are_nearest_rank():
    values = [0.5, 0.7, 0.6, 2.0, 0.8, 0.9, 1.0, 0.4, 0.55, 0.65]
    assert numbers.percentile(values, 0.5) == 0.65
    assert numbers.percentile(values, 0.95) == 2.0
    assert numbers.percentile([], 0.5) is None


def test_charts_are_svg_with_a_tooltip_per_bar_and_escaped_labels():
    chart = str(svg.bar_chart([3, 0, 5], ["<Mo>", "Di", "Mi"], part=[1, 0, 5]))
    assert chart.startswith("<svg") and chart.count("<title>") == 3
    assert "&lt;Mo&gt;" in chart and "<Mo>" not in chart
    assert str(svg.bar_chart([], [])) == ""
    assert str(svg.histogram([0.4, 0.4])).count("<title>") == 10


async def test_a_browser_call_over_the_servers_call_limit_is_refused_and_takes_no_place():
    from agent.dashboard.browser_call import BrowserCalls, CallsFullError
    from agent.telephony.admission import Admission

    admission = Admission(1)
    taken = admission.admit(None)  # a phone call holds the only place
    ctx = SimpleNamespace(admit=lambda: admission.admit(None))
    calls = BrowserCalls(ctx)
    with pytest.raises(CallsFullError):
        await calls.offer("v=0", "offer")
    assert admission.active == 1 and admission.refused == 1
    taken.release()
    assert admission.accepting


async def test_open_messages_are_listed_for_a_person_until_marked_done(ledger):
    from calendar_adapter.ledger import MessageKind

    callback = await ledger.add_message(
        call_id="c-1",
        kind=MessageKind.CALLBACK,
        phone="+4915112345678",
        reason="Frage zur Farbe",
        name="Anna Berg",
        preferred_time="morgen früh",
    )
    deletion = await ledger.add_message(
        call_id="c-2", kind=MessageKind.DATA_DELETION, phone="+4917012345670", reason="Löschen"
    )
    ctx = SimpleNamespace(ledger=ledger, clock=ledger.clock)
    found = await needs_person.collect(ctx, [needs_person.open_messages])
    first, second = found.open
    assert (first.key, first.kind, first.call_id) == (callback.done_key, "message", "c-1")
    assert "Rückruf erbeten: Anna Berg, +4915112345678: Frage zur Farbe" in first.what
    assert "morgen früh" in first.what
    assert second.what.startswith("Daten löschen") and "ohne Namen" in second.what

    await ledger.mark_done(deletion.done_key, kind="message", call_id="c-2")
    found = await needs_person.collect(ctx, [needs_person.open_messages])
    assert [i.key for i in found.open] == [callback.done_key]
    assert [i.key for i, _ in found.done] == [deletion.done_key]  # set apart, can be reopened
    assert needs_person.open_messages in needs_person.SOURCES
