"""What every booking-tools test starts from: the tools' dependencies on the sandbox, and calls
opened like the pipeline opens them and hung up when the test is over.

Import the fixtures into a test module (`from tests.tools_fixtures import deps, open_call`);
they build on `calendar`, `ledger`, `clock` and `salon` from tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

import pytest

from calendar_adapter.clock import FixedClock
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.session import CallSession

CALLER = "+4915112345678"
STRANGER = "+4917099998888"
FRIDAY = "2026-11-27"

OpenCall = Callable[..., Awaitable[BookingTools]]


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    # No settling pause after a lost answer: the sandbox commits atomically, and tests that
    # need a late commit deliver it themselves.
    return BookingDeps(
        backend=calendar,
        ledger=ledger,
        clock=clock,
        salon=salon,
        hold_minutes=10,
        lost_answer_settle_seconds=0.0,
    )


@pytest.fixture
async def open_call(deps: BookingDeps) -> AsyncIterator[OpenCall]:
    """Start calls like the pipeline does; every call is ended (hang-up) after the test."""
    sessions: list[CallSession] = []

    async def _open(
        phone: str | None = CALLER, *, mode: str = "text", language: str = "de"
    ) -> BookingTools:
        session = CallSession(
            deps, caller_phone=phone, mode=mode, keepalive_seconds=None, language=language
        )
        await session.start()
        sessions.append(session)
        return BookingTools(session)

    yield _open
    for s in sessions:
        await s.end("test over")


async def let_the_keepalive_see(clock: FixedClock, session: CallSession, delta: timedelta) -> None:
    """Move the call's clock by `delta` once its keep-alive is asleep again: moved while the
    keep-alive still finishes a round, the move would land before it sleeps, and it would wait
    for the next move instead of running the round the test expects."""
    if session.keepalive is not None:
        await clock.settle([session.keepalive])
    clock.advance(delta)


def ours(sandbox, call_id: str) -> list[dict]:
    """The sandbox's bookings made by this call (the call id travels in `metadata`)."""
    return [b for b in sandbox.bookings() if (b.get("metadata") or {}).get("callId") == call_id]


async def book_on_the_web(
    calendar, *, stylist: str, service: str, start, phone: str = CALLER, name: str = "Erika Muster"
) -> None:
    """A booking made on the salon's website under `phone` (the ledger has never seen it)."""
    from calendar_adapter.backend import Attendee, BookingRequest

    catalog = await calendar.get_catalog()
    [offering] = [
        o
        for o in catalog.offerings
        if o.service_slug == service and catalog.stylist(o.stylist_user_id).name == stylist
    ]
    await calendar.create_booking(
        BookingRequest(
            event_type_id=offering.event_type_id,
            start=start,
            attendee=Attendee(name, "Europe/Berlin", phone_number=phone, language="de"),
            request_id=f"web-{offering.event_type_id}-{start.isoformat()}",
        )
    )


def cancel_lands_then_cal_com_goes_away(backend, monkeypatch) -> None:
    """A cancellation that Cal.com carries out, whose answer is lost, after which Cal.com
    answers nothing about the booking: nobody can confirm whether it was cancelled."""
    from calendar_adapter.backend import ServerError

    send_cancel = backend.cancel_booking

    async def cancel_then_gone(uid, **kwargs):
        await send_cancel(uid, **kwargs)

        async def unreachable(*args, **kwargs):
            raise ServerError("503 from Cal.com", status=503)

        monkeypatch.setattr(backend, "get_booking", unreachable)
        raise ServerError("the answer was lost", status=502)

    monkeypatch.setattr(backend, "cancel_booking", cancel_then_gone)
