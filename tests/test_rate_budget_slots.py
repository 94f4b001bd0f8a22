"""Slot answers kept for seconds, identical questions asked once, and forgotten as soon as a
stylist's calendar changes: by our own holds, releases, bookings, cancels and moves, and by
Cal.com's booking webhooks. A kept answer is never the last word: Cal.com's hold is.

Against the embedded sandbox over HTTP; kept answers live on the fast timebase
(tests/budget_fixtures.py), so "5 seconds" pass in half a real second.
"""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import httpx
import pytest

from calendar_adapter.backend import Attendee, BookingRequest, ServerError, SlotUnavailableError
from calendar_adapter.budget import SlotAnswers, SlotQuery, fresh_slot_answers
from calendar_adapter.webhooks import apply_webhook
from tests.budget_fixtures import SPEED, SentLog, fast, gated_client  # noqa: F401
from tests.conftest import BERLIN, FRIDAY_10, berlin
from tests.waiting import PATIENCE_SECONDS
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.session import CallSession

FRIDAY = berlin(2026, 11, 27)
SATURDAY = FRIDAY + timedelta(days=1)
CALLER = "+4915112345678"
SECRET = "whsec_salon"


def _ids(sandbox) -> dict[str, int]:
    """Fabian's Dauerwelle and Herrenhaarschnitt (one stylist, two event types), Mehmet's
    Herrenhaarschnitt (another stylist)."""
    return {
        "fabian_perm": sandbox.event_type_id("fabian-spitzer", "dauerwelle"),
        "fabian_cut": sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt"),
        "mehmet_cut": sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt"),
    }


async def _friday(client, event_type_id: int) -> list[datetime]:
    return await client.get_slots(event_type_id, FRIDAY, SATURDAY)


def _asked(log: SentLog, event_type_id: int) -> int:
    return sum(1 for s in log.slot_questions if s.params.get("eventTypeId") == str(event_type_id))


def _booking(event_type_id: int, start: datetime, request_id: str, **more) -> BookingRequest:
    return BookingRequest(
        event_type_id=event_type_id,
        start=start,
        attendee=Attendee("Anna Becker", "Europe/Berlin", phone_number=CALLER),
        request_id=request_id,
        **more,
    )


# -- shared and kept ---------------------------------------------------------------------------


async def test_identical_questions_asked_at_once_are_sent_once(sandbox, salon, fast):
    sandbox.faults.latency(0.2, "GET /v2/slots")  # all 30 are in flight together
    log = SentLog()
    perm = _ids(sandbox)["fabian_perm"]
    async with gated_client(sandbox, salon, fast, log=log) as client:
        answers = await asyncio.gather(*(_friday(client, perm) for _ in range(30)))
        metrics = client.gate.metrics()
    assert len(log.slot_questions) == 1
    assert all(a == answers[0] for a in answers) and FRIDAY_10 in answers[0]
    assert (metrics.cache_misses, metrics.coalesced) == (1, 29)


async def test_an_answer_is_kept_for_its_seconds_and_then_asked_again(sandbox, salon, fast):
    log = SentLog()
    perm = _ids(sandbox)["fabian_perm"]
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=5) as client:
        first = await _friday(client, perm)
        assert await _friday(client, perm) == first
        assert len(log.slot_questions) == 1
        await asyncio.sleep(5 / SPEED + 0.1)
        await _friday(client, perm)
        metrics = client.gate.metrics()
    assert len(log.slot_questions) == 2
    assert (metrics.cache_hits, metrics.cache_misses) == (1, 2)


async def test_a_different_question_is_not_answered_by_another_ones_answer(sandbox, salon, fast):
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log) as client:
        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["fabian_cut"])
        await client.get_slots(ids["fabian_perm"], FRIDAY, SATURDAY, time_zone="Europe/Berlin")
    assert len(log.slot_questions) == 3


async def test_an_error_is_not_kept(sandbox, salon, fast):
    log = SentLog()
    perm = _ids(sandbox)["fabian_perm"]
    sandbox.faults.fail_next(4, "5xx", "GET /v2/slots")  # the client's three retries, and more
    async with gated_client(sandbox, salon, fast, log=log) as client:
        with pytest.raises(ServerError):
            await _friday(client, perm)
        assert FRIDAY_10 in await _friday(client, perm)
    assert [s.status for s in log.slot_questions] == [500, 500, 500, 500, 200]


async def test_a_fresh_question_does_not_take_the_place_of_one_in_flight():
    """A fresh question (after a refused hold) is sent on its own; a question asked while the
    earlier one is still out joins that one, even when the fresh one came back first."""
    answers = SlotAnswers[str](ttl=0)
    query = SlotQuery(1003, (("start", "friday"),))
    released = {"first": asyncio.Event(), "fresh": asyncio.Event()}
    sent: list[str] = []

    def fetch(name: str):
        async def go() -> str:
            sent.append(name)
            await released[name].wait()
            return name

        return go

    first = asyncio.create_task(answers.answer(query, fetch("first")))
    await asyncio.sleep(0)
    with fresh_slot_answers():
        fresh = asyncio.create_task(answers.answer(query, fetch("fresh")))
        await asyncio.sleep(0)
    released["fresh"].set()
    assert await fresh == "fresh"
    joined = asyncio.create_task(answers.answer(query, fetch("joined")))
    await asyncio.sleep(0)
    released["first"].set()
    assert (await first, await joined) == ("first", "first")
    assert sent == ["first", "fresh"]
    assert (answers.counts.coalesced, answers.counts.fresh) == (1, 1)


# -- forgotten when our own writes change a stylist's calendar -----------------------------------


async def _nothing(client, ids):
    return None


async def _hold(client, ids):
    return await client.reserve_slot(ids["fabian_cut"], FRIDAY_10)


async def _release(client, ids, reservation):
    await client.release_reservation(reservation.uid)


async def _book(client, ids, _=None):
    return await client.create_booking(_booking(ids["fabian_cut"], FRIDAY_10, "our-booking"))


async def _cancel(client, ids, booking):
    await client.cancel_booking(booking.uid, reason="test")


async def _move(client, ids, booking):
    await client.reschedule_booking(booking.uid, berlin(2026, 11, 27, 15, 0))


async def _hold_it(client, ids, _):
    await _hold(client, ids)


@pytest.mark.parametrize(
    ("before", "write", "ten_free_after"),
    [
        (_nothing, _hold_it, False),
        (_hold, _release, True),
        (_nothing, _book, False),
        (_book, _cancel, True),
        (_book, _move, True),
    ],
    ids=["hold", "release", "booking", "cancel", "move"],
)
async def test_our_write_forgets_the_stylists_answers_in_all_their_event_types(
    sandbox, salon, fast, before, write, ten_free_after
):
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        await client.get_catalog()  # where the gate learns which event types are whose
        made = await before(client, ids)
        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
        asked = dict(perm=_asked(log, ids["fabian_perm"]), mehmet=_asked(log, ids["mehmet_cut"]))

        await write(client, ids, made)  # on Fabian's other event type (his haircut) at 10:00

        perm_after = await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
    # Fabian's Dauerwelle was asked again (his haircut at 10:00 changes it); Mehmet's was not.
    assert _asked(log, ids["fabian_perm"]) == asked["perm"] + 1
    assert _asked(log, ids["mehmet_cut"]) == asked["mehmet"]
    assert (FRIDAY_10 in perm_after) is ten_free_after


async def test_a_write_whose_stylist_is_unknown_forgets_every_answer(sandbox, salon, fast):
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        # No catalog read through this client: it cannot tell whose event type that is.
        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
        await client.reserve_slot(ids["fabian_cut"], FRIDAY_10)
        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
    assert len(log.slot_questions) == 4


async def test_a_refused_hold_forgets_the_answer_that_showed_the_time_free(sandbox, salon, fast):
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        await client.get_catalog()
        assert FRIDAY_10 in await _friday(client, ids["fabian_perm"])
        sandbox.place_booking(ids["fabian_cut"], FRIDAY_10)  # a web booker; no webhook (yet)
        assert FRIDAY_10 in await _friday(client, ids["fabian_perm"])  # kept: not known yet
        with pytest.raises(SlotUnavailableError):
            await client.reserve_slot(ids["fabian_perm"], FRIDAY_10)  # Cal.com is the truth
        assert FRIDAY_10 not in await _friday(client, ids["fabian_perm"])
    assert _asked(log, ids["fabian_perm"]) == 2


async def test_a_question_in_flight_during_our_write_is_not_kept(sandbox, salon, fast):
    """An answer asked before our hold landed may show the held time: it is handed to whoever
    asked, but not kept for the next."""
    log = SentLog()
    ids = _ids(sandbox)
    sandbox.faults.latency(0.3, "GET /v2/slots")
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        await client.get_catalog()
        asking = asyncio.create_task(_friday(client, ids["fabian_perm"]))
        await asyncio.sleep(0.05)
        await client.reserve_slot(ids["fabian_cut"], FRIDAY_10)
        await asking
        assert FRIDAY_10 not in await _friday(client, ids["fabian_perm"])
    assert _asked(log, ids["fabian_perm"]) == 2


# -- forgotten on Cal.com's webhooks -------------------------------------------------------------


async def test_a_web_bookings_webhook_through_serve_forgets_that_stylists_answers(tmp_path, clock):
    """End to end: the sandbox posts BOOKING_CREATED to serve's /calcom/webhook; the answers of
    the booked stylist are forgotten (the next question goes to Cal.com), another's are kept."""
    from agent.server import create_app
    from calendar_adapter.runtime import open_calendar
    from tests.test_telephony_call import serving
    from tests.test_telephony_http import offline_settings

    settings = offline_settings(tmp_path, calcom_webhook_secret=SECRET)
    async with open_calendar(settings, clock=clock, ledger_path=":memory:") as runtime:
        sandbox, client = runtime.sandbox, runtime.backend
        ids = _ids(sandbox)
        async with serving(create_app(settings, runtime)) as base:
            async with httpx.AsyncClient(
                base_url=sandbox.url, headers={"Authorization": f"Bearer {sandbox.api_key}"}
            ) as api:
                hook = {"subscriberUrl": f"{base}/calcom/webhook", "secret": SECRET, "active": True}
                assert (await api.post("/v2/webhooks", json=hook)).status_code == 201
            assert FRIDAY_10 in await _friday(client, ids["fabian_perm"])
            await _friday(client, ids["mehmet_cut"])
            before = client.gate.metrics()

            sandbox.place_booking(ids["fabian_cut"], FRIDAY_10)  # on the salon's web page
            async with asyncio.timeout(PATIENCE_SECONDS):
                while not await runtime.ledger.timeline("webhook"):  # noqa: ASYNC110
                    await asyncio.sleep(0.02)

            assert FRIDAY_10 not in await _friday(client, ids["fabian_perm"])
            await _friday(client, ids["mehmet_cut"])
            after = client.gate.metrics()
    assert after.cache_misses == before.cache_misses + 1  # Fabian's asked again
    assert after.cache_hits == before.cache_hits + 1  # Mehmet's kept


def _web_event(trigger: str, *, event_type_id: int | None, organizer_id: int | None) -> dict:
    start = FRIDAY_10
    payload = {
        "uid": f"web-{trigger}-{event_type_id}-{organizer_id}",
        "bookingId": 4711,
        "startTime": start.isoformat(),
        "endTime": (start + timedelta(minutes=30)).isoformat(),
        "status": "ACCEPTED",
        "metadata": {},
        "organizer": {"id": organizer_id} if organizer_id is not None else {},
    }
    if event_type_id is not None:
        payload["eventTypeId"] = event_type_id
    return {"triggerEvent": trigger, "createdAt": "2026-11-24T08:05:00.000Z", "payload": payload}


@pytest.mark.parametrize(
    ("organizer", "mehmet_kept"),
    [("fabian-spitzer", True), (None, False)],
    ids=["organizer-known", "nobody-known"],
)
async def test_a_webhook_for_an_event_type_we_do_not_know(
    sandbox, salon, fast, ledger, organizer, mehmet_kept
):
    """A booking on an event type outside the catalog (a stylist's private one): the
    organizer's answers are forgotten; with no organizer we know, every answer is. The ledger
    records it as before."""
    log = SentLog()
    ids = _ids(sandbox)
    organizer_id = sandbox.user_id(organizer) if organizer else None
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        await client.get_catalog()
        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
        event = _web_event("BOOKING_CREATED", event_type_id=999_999, organizer_id=organizer_id)

        outcome = await apply_webhook(ledger, event, availability=client.gate)

        await _friday(client, ids["fabian_perm"])
        await _friday(client, ids["mehmet_cut"])
    assert outcome == "recorded"
    assert _asked(log, ids["fabian_perm"]) == 2
    assert _asked(log, ids["mehmet_cut"]) == (1 if mehmet_kept else 2)


async def test_a_webhook_this_agent_does_not_act_on_forgets_nothing(sandbox, salon, fast, ledger):
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        await client.get_catalog()
        await _friday(client, ids["fabian_perm"])
        event = _web_event("MEETING_ENDED", event_type_id=ids["fabian_perm"], organizer_id=None)
        assert await apply_webhook(ledger, event, availability=client.gate) == "ignored"
        await _friday(client, ids["fabian_perm"])
    assert _asked(log, ids["fabian_perm"]) == 1


# -- the hold is the truth: what a kept answer got wrong is asked fresh ---------------------------


async def test_a_time_a_kept_answer_shows_free_but_cal_com_will_not_hold_gets_fresh_alternatives(
    sandbox, salon, fast, ledger, clock
):
    """A web booker took Fabian from 10:00 to 12:15 (no webhook has come yet). The caller asks
    for 10:00: the kept answer shows it free, Cal.com refuses the hold, and the alternatives
    offered come from a fresh question: none of them inside the web booking."""
    log = SentLog()
    ids = _ids(sandbox)
    async with gated_client(sandbox, salon, fast, log=log, slot_cache_seconds=60) as client:
        deps = BookingDeps(backend=client, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)
        session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=None)
        await session.start()
        tools = BookingTools(session)
        try:
            asked = {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-27"}
            looked = await tools.call("check_availability", asked)  # a day: nothing held
            assert looked["status"] == "available"
            web = sandbox.place_booking(ids["fabian_perm"], FRIDAY_10)
            answer = await tools.call("check_availability", {**asked, "time": "10 Uhr"})
        finally:
            await session.end("test over")
    assert answer["status"] == "unavailable"
    taken = (datetime.fromisoformat(web["start"]), datetime.fromisoformat(web["end"]))
    offered = [
        datetime.fromisoformat(f"{a['date']}T{a['time']}").replace(tzinfo=BERLIN)
        for a in answer["alternatives"]
    ]
    assert offered and not [t for t in offered if taken[0] <= t < taken[1]]
    assert _asked(log, ids["fabian_perm"]) == 2  # the day, then fresh after the refusal
    assert client.gate.metrics().fresh == 1
