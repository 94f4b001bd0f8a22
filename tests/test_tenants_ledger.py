"""Many salons on one ledger: every row a salon owns is that salon's, on both engines.

Salon A's view (`ledger.for_salon("a")`) and salon B's share the connections; neither reads nor
changes the other's calls, appointments, timeline, catalog, webhook deliveries, done marks,
messages, outbox, caller notices or release outbox. Rows written before salons existed belong to
the implicit salon (`DEFAULT_SALON`), after the migration as before it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import aiosqlite
import psycopg
import pytest

from calendar_adapter.backend import Attendee, Booking, Catalog
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import (
    DEFAULT_SALON,
    AppointmentState,
    IllegalTransitionError,
    Ledger,
    OutboxChannel,
    engine_postgres,
    schema,
)
from calendar_adapter.ledger.engine_postgres import to_format_style
from tests.conftest import FRIDAY_10, LEDGER_ENGINES, record_hold
from tests.conftest import PINNED_NOW as T0
from tests.test_ledger_catalog import CATALOG, FABIAN

S = AppointmentState


@pytest.fixture
async def salons(ledger: Ledger) -> tuple[Ledger, Ledger]:
    """Salon A's and salon B's views of one ledger (the `ledger` fixture: both engines)."""
    return ledger.for_salon("a"), ledger.for_salon("b")


def booking(uid: str, *, event_type_id: int = 1003) -> Booking:
    return Booking(
        id=1,
        uid=uid,
        event_type_id=event_type_id,
        start=FRIDAY_10,
        end=FRIDAY_10 + timedelta(minutes=135),
        status="accepted",
        attendees=(
            Attendee(name="Anna Becker", email="anna@example.com", time_zone="Europe/Berlin"),
        ),
        host_user_ids=(101,),
    )


async def test_a_salon_sees_only_its_own_calls_appointments_and_timeline(salons):
    a, b = salons
    await a.start_call("call-a", caller_phone="+4915100000001", mode="twilio")
    await b.start_call("call-b", caller_phone="+4915100000002", mode="twilio")
    await a.log("call-a", "call_started")
    await b.log("call-b", "call_started")
    held_a = await record_hold(a, call_id="call-a", uid="res-a")
    held_b = await record_hold(b, call_id="call-b", uid="res-b")

    assert [c.call_id for c in await a.recent_calls()] == ["call-a"]
    assert (await a.get_call("call-a")).salon_id == "a"
    assert await a.get_call("call-b") is None
    assert [c.call_id for c in await b.open_calls()] == ["call-b"]
    assert await a.timeline("call-b") == []
    assert [e.kind for e in await b.timeline("call-b")] == ["call_started"]
    assert await a.get(held_b.id) is None
    assert await a.appointments_for_call("call-b") == []
    assert [x.id for x in await a.non_final()] == [held_a.id]
    assert [x.id for x in await b.reserving() + await b.non_final()] == [held_b.id]
    assert [
        x.id
        for x in await a.appointments_starting_between(FRIDAY_10, FRIDAY_10 + timedelta(hours=1))
    ] == [held_a.id]

    # Nothing of B's can be changed through A: not its state, its hold, its call.
    with pytest.raises(IllegalTransitionError):
        await a.transition(held_b.id, S.RELEASED)
    with pytest.raises(IllegalTransitionError):
        await a.update_hold(held_b.id, reservation_uid="res-x", until=T0 + timedelta(minutes=9))
    await a.end_call("call-b", reason="hangup")
    assert (await b.get_call("call-b")).ended_at is None
    assert (await b.get(held_b.id)).state is S.HELD


async def test_each_salon_has_its_own_catalog_even_with_the_same_calcom_ids(salons):
    a, b = salons
    renamed = Catalog(
        stylists=tuple(replace(s, name=f"{s.name} (B)") for s in CATALOG.stylists),
        services=CATALOG.services,
        offerings=CATALOG.offerings[:3],
    )
    await a.sync_catalog(CATALOG)
    await b.sync_catalog(renamed)
    await b.sync_catalog(renamed)

    assert {s.name for s in await a.list_stylists()} == {s.name for s in CATALOG.stylists}
    assert {s.name for s in await b.list_stylists()} == {s.name for s in renamed.stylists}
    # B's sync (three offerings) removed none of A's.
    for offering in CATALOG.offerings:
        assert await a.offering_for_event_type(offering.event_type_id) == (
            offering.stylist_user_id,
            offering.service_slug,
        )
    assert await b.offering_for_event_type(CATALOG.offerings[5].event_type_id) is None

    # An appointment joins its own salon's stylist row.
    offering = CATALOG.offering(FABIAN.user_id, "dauerwelle")
    held = await record_hold(
        b, call_id="call-b", event_type_id=offering.event_type_id, stylist_user_id=FABIAN.user_id
    )
    assert held.stylist_user_id == FABIAN.user_id
    assert await a.get(held.id) is None


async def test_a_booking_uid_is_unique_per_salon(salons):
    a, b = salons
    in_a = await a.add_from_calendar(
        call_id="webhook",
        booking=booking("bk-1"),
        state=S.CONFIRMED,
        stylist_user_id=101,
        service_slug="dauerwelle",
    )
    in_b = await b.add_from_calendar(
        call_id="webhook",
        booking=booking("bk-1"),
        state=S.CONFIRMED,
        stylist_user_id=101,
        service_slug="dauerwelle",
    )
    assert in_a.id != in_b.id
    assert (await a.find_by_booking_uid("bk-1")).id == in_a.id
    assert (await b.find_by_booking_uid("bk-1")).id == in_b.id
    # Idempotent within a salon, as before.
    again = await a.add_from_calendar(
        call_id="webhook",
        booking=booking("bk-1"),
        state=S.CONFIRMED,
        stylist_user_id=101,
        service_slug="dauerwelle",
    )
    assert again.id == in_a.id


async def test_webhook_deliveries_and_done_marks_are_per_salon(salons):
    a, b = salons
    for view in (a, b):
        assert await view.record_webhook(
            "key-1",
            call_id="webhook",
            trigger="BOOKING_CANCELLED",
            booking_uid="bk",
            outcome="recorded",
            data={"uid": "bk"},
        )
    assert await a.webhook_seen("key-1") and await b.webhook_seen("key-1")
    assert [e.kind for e in await a.timeline("webhook")] == ["webhook_received"]
    assert not await a.webhook_seen("key-2")

    assert await a.mark_done("message:1", kind="message")
    assert list(await b.done_marks()) == []
    assert await b.mark_done("message:1", kind="message")
    assert await b.unmark_done("message:1")
    assert list(await a.done_marks()) == ["message:1"]


async def test_messages_texts_notices_and_releases_stay_in_their_salon(salons):
    a, b = salons
    taken = await a.add_message(
        call_id="call-a", kind="callback", phone="+4915100000001", reason="Rückruf"
    )
    assert await b.get_message(taken.id) is None
    assert await b.open_messages() == [] and await b.messages_to_notify() == []
    assert [m.id for m in await a.open_messages()] == [taken.id]
    # A's "done" mark for message 1 does not close a message of B with the same number.
    await b.mark_done(f"message:{taken.id}", kind="message")
    assert [m.id for m in await a.open_messages()] == [taken.id]

    item = await a.queue_outbox(
        key="sms:a:1", channel=OutboxChannel.SMS, recipient="+4915100000001", body="Hallo"
    )
    assert await b.claim_outbox(until=T0 + timedelta(minutes=1)) == []
    await b.outbox_sent(item.id, provider_id="x")
    assert [i.id for i in await a.outbox_items(unsent_only=True)] == [item.id]
    assert [i.id for i in await a.claim_outbox(until=T0 + timedelta(minutes=1))] == [item.id]

    held = await record_hold(a, call_id="call-a")
    notice = await a.add_caller_notice(held, outcome="confirmed")
    await b.caller_notice_done(notice.id)
    assert await b.open_caller_notices() == []
    assert [n.id for n in await a.open_caller_notices()] == [notice.id]

    await a.queue_release("res-1", call_id="call-a", appointment_id=held.id, until=None, error="x")
    assert await b.pending_releases() == [] and await b.claim_releases("w-b") == []
    await b.release_done("res-1", outcome="released")
    [pending] = await a.pending_releases()
    assert pending.reservation_uid == "res-1"
    assert [r.reservation_uid for r in await a.claim_releases("w-a")] == ["res-1"]


async def test_purge_in_one_salon_leaves_the_others_personal_data(salons):
    a, b = salons
    for view, call in ((a, "call-a"), (b, "call-b")):
        await view.start_call(call, caller_phone="+4915100000009", mode="twilio")
        await view.log(call, "user_said", text="Ich bin Anna Becker")
        await view.end_call(call, reason="hangup")
    later = T0 + timedelta(days=1)
    assert await a.calls_to_purge(later) == ["call-a"]
    assert await b.purge_call("call-a", drop_kinds={"user_said"}, scrub={}) == (0, None)
    assert [e.kind for e in await a.timeline("call-a")] == ["user_said"]
    assert (await a.get_call("call-a")).caller_phone == "+4915100000009"
    await a.purge_call("call-a", drop_kinds={"user_said"}, scrub={})
    assert await a.timeline("call-a") == []
    assert [e.kind for e in await b.timeline("call-b")] == ["user_said"]


async def test_what_workers_share_is_global_and_closing_a_view_keeps_the_connections(ledger):
    a, b = ledger.for_salon("a"), ledger.for_salon("b")
    ledger.worker_id = "w-1"
    assert a.worker_id == b.worker_id == "w-1"
    await a.start_call("call-a", caller_phone=None, mode="twilio")
    assert (await a.get_call("call-a")).worker_id == "w-1"
    await b.queue_release("res-b", call_id="call-b", appointment_id=None, until=None, error="x")
    assert await ledger.salons_with_open_work_all_salons() == ["a", "b"]
    assert await ledger.salon_ids_all_salons() == ["a"]
    assert ledger.for_salon(DEFAULT_SALON) is ledger

    await a.close()  # a view: the ledger stays open
    assert await b.pending_releases()
    assert await ledger.recent_calls() == []  # the implicit salon has none of them


# -- a ledger from before salons --------------------------------------------------------------

V8_ROWS = (
    "INSERT INTO stylists (calcom_user_id, name) VALUES (101, 'Fabian Spitzer')",
    "INSERT INTO services (slug, name, minutes) VALUES ('dauerwelle', 'Dauerwelle', 135)",
    "INSERT INTO offerings (event_type_id, stylist_user_id, service_slug, minutes) "
    "VALUES (1003, 101, 'dauerwelle', 135)",
    "INSERT INTO calls (call_id, mode, started_at) VALUES ('c-old', 'phone', ?)",
    "INSERT INTO timeline (call_id, at, kind, data) VALUES ('c-old', ?, 'call_started', '{}')",
    "INSERT INTO appointments (call_id, state, event_type_id, stylist_id, service_slug, start,"
    " \"end\", booking_uid, created_at, updated_at) SELECT 'c-old', 'confirmed', 1003, id,"
    " 'dauerwelle', '2026-11-27T09:00:00.000000+00:00', '2026-11-27T11:15:00.000000+00:00',"
    " 'bk-old', ?, ? FROM stylists",
    "INSERT INTO done_marks (key, kind, done_at) VALUES ('message:1', 'message', ?)",
    "INSERT INTO webhook_deliveries (key, trigger, call_id, outcome, received_at) "
    "VALUES ('k-old', 'BOOKING_CREATED', 'webhook', 'recorded', ?)",
)


async def _v8_ledger(engine: str, tmp_path, fresh_url: str | None) -> str:
    at = T0.isoformat()
    if engine == "sqlite":
        path = str(tmp_path / "v8.sqlite3")
        async with aiosqlite.connect(path, isolation_level=None) as conn:
            assert await schema.migrate(conn, target=8) == 8
            for sql in V8_ROWS:
                await conn.execute(sql, (at,) * sql.count("?"))
        return path
    assert fresh_url is not None
    async with await psycopg.AsyncConnection.connect(fresh_url, autocommit=True) as conn:
        assert await engine_postgres.migrate(conn, target=8) == 8
        for sql in V8_ROWS:
            await conn.execute(to_format_style(sql), (at,) * sql.count("?"))
    return fresh_url


@pytest.mark.parametrize("engine", LEDGER_ENGINES)
async def test_rows_from_before_salons_belong_to_the_implicit_salon(engine, tmp_path, request):
    fresh = request.getfixturevalue("fresh_postgres_url") if engine == "postgres" else None
    target = await _v8_ledger(engine, tmp_path, fresh)
    ledger = await Ledger.open(target, clock=FixedClock(T0))
    try:
        assert ledger.salon_id == DEFAULT_SALON
        old = await ledger.find_by_booking_uid("bk-old")
        assert old is not None and old.stylist_user_id == 101
        assert [e.kind for e in await ledger.timeline("c-old")] == ["call_started"]
        assert list(await ledger.done_marks()) == ["message:1"]
        assert await ledger.webhook_seen("k-old")
        assert await ledger.offering_for_event_type(1003) == (101, "dauerwelle")
        await ledger.sync_catalog(CATALOG)  # the per-salon keys take the old rows' upserts
        assert await ledger.offering_for_event_type(1003) is None  # not in CATALOG: removed
        assert (await ledger.find_by_booking_uid("bk-old")).stylist_user_id == 101

        other = ledger.for_salon("b")
        assert await other.find_by_booking_uid("bk-old") is None
        assert await other.get_call("c-old") is None
        assert not await other.webhook_seen("k-old")
        assert await ledger.salon_ids_all_salons() == [DEFAULT_SALON]
    finally:
        await ledger.close()
    reopened = await Ledger.open(target)  # migrating again changes nothing
    await reopened.close()
