"""What workers on one ledger share, decided by the ledger (each test on SQLite and PostgreSQL,
every worker with a ledger connection of its own): a stream token opens one stream across all
workers; a pending release is retried by one worker at a time; a worker's live calls are never
recovered by another, a dead worker's are; each worker's admission stays its own."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from agent.telephony.admission import Admission
from agent.telephony.presence import Presence
from agent.telephony.twilio import LedgerUsedTokens, StreamTokens
from calendar_adapter import releases
from calendar_adapter.backend import CalendarError
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import AppointmentState, Ledger
from calendar_adapter.upkeep import Upkeep
from calendar_adapter.workers import WORKER_STALE, orphaned_calls
from tests.conftest import PINNED_NOW, record_hold

AUTH = "twilio-auth"
CALLER = "+4915112345678"


class WallClock:
    def __init__(self, at: float = 1_800_000_000.0):
        self.at = at

    def __call__(self) -> float:
        return self.at


# -- stream tokens --------------------------------------------------------------------------


async def test_a_token_issued_by_one_worker_opens_one_stream_on_any_worker(two_ledgers):
    a, b = two_ledgers
    now = WallClock()
    worker_a = StreamTokens(AUTH, used=LedgerUsedTokens(a), now=now)
    worker_b = StreamTokens(AUTH, used=LedgerUsedTokens(b), now=now)

    token = worker_a.issue("CA1", CALLER)
    assert await worker_b.redeem("CA1", CALLER, token)  # honoured by the other worker
    assert not await worker_a.redeem("CA1", CALLER, token)  # ...once: not again here
    assert not await worker_b.redeem("CA1", CALLER, token)  # nor there

    # Replayed at both workers at once, many times: exactly one stream opens.
    second = worker_b.issue("CA2", CALLER)
    attempts = [w.redeem("CA2", CALLER, second) for w in (worker_a, worker_b) for _ in range(5)]
    assert sorted(await asyncio.gather(*attempts)) == [False] * 9 + [True]
    assert await a.redeemed_stream_tokens(["CA1", "CA2", "CA3"]) == {"CA1", "CA2"}


async def test_used_tokens_are_forgotten_only_after_they_expired(two_ledgers):
    a, b = two_ledgers
    now = WallClock()
    tokens_a = StreamTokens(AUTH, used=LedgerUsedTokens(a), ttl=60, now=now)
    tokens_b = StreamTokens(AUTH, used=LedgerUsedTokens(b), ttl=60, now=now)
    first = tokens_a.issue("CA1", CALLER)
    assert await tokens_a.redeem("CA1", CALLER, first)
    now.at += 50  # another redemption purges expired rows; this one is not expired yet
    assert await tokens_b.redeem("CA9", CALLER, tokens_b.issue("CA9", CALLER))
    assert not await tokens_b.redeem("CA1", CALLER, first)
    now.at += 3600  # long gone: its row may go, and the token itself is expired anyway
    assert await tokens_b.redeem("CA8", CALLER, tokens_b.issue("CA8", CALLER))
    assert await a.redeemed_stream_tokens(["CA1"]) == set()
    assert not await tokens_b.redeem("CA1", CALLER, first)


# -- the release outbox ---------------------------------------------------------------------


class SlowCalendar:
    """A calendar whose DELETE takes a moment and counts per reservation (or fails)."""

    def __init__(self, *, fail: bool = False):
        self.deleted: list[str] = []
        self.fail = fail

    async def release_reservation(self, uid: str) -> None:
        self.deleted.append(uid)
        await asyncio.sleep(0.05)
        if self.fail:
            raise CalendarError("Cal.com unreachable")


async def queue(ledger: Ledger, n: int) -> list[str]:
    uids = [f"res-{i}" for i in range(n)]
    for uid in uids:
        await ledger.queue_release(
            uid,
            call_id="call-1",
            appointment_id=None,
            until=PINNED_NOW + timedelta(minutes=10),
            error="timeout",
        )
    return uids


async def test_workers_retrying_the_outbox_together_delete_each_reservation_once(
    two_ledgers, clock
):
    a, b = two_ledgers
    a.worker_id, b.worker_id = "worker-a", "worker-b"
    uids = await queue(a, 6)
    calendar = SlowCalendar()

    done = await asyncio.gather(
        releases.retry_releases(calendar, a, clock), releases.retry_releases(calendar, b, clock)
    )

    assert sorted(calendar.deleted) == sorted(uids)  # one DELETE per reservation, all in all
    assert sum(len(lines) for lines in done) == 6
    assert await a.pending_releases() == []


async def test_a_claim_keeps_other_workers_off_until_it_ends_or_lapses(two_ledgers, clock):
    a, b = two_ledgers
    await queue(a, 2)
    claimed = await a.claim_releases("worker-a")
    assert [r.reservation_uid for r in claimed] == ["res-0", "res-1"]
    assert await b.claim_releases("worker-b") == []  # a is on them

    await a.release_failed_again("res-0", error="again")  # the claim on res-0 ends
    [again] = await b.claim_releases("worker-b")
    assert (again.reservation_uid, again.attempts) == ("res-0", 2)
    await b.release_done("res-0", outcome="released")

    clock.advance(timedelta(minutes=2))  # worker a died holding res-1: its lease lapses
    assert [r.reservation_uid for r in await b.claim_releases("worker-b")] == ["res-1"]
    assert [r.reservation_uid for r in await a.pending_releases()] == ["res-1"]


async def test_a_failed_retry_stays_in_the_outbox_for_the_next_worker(two_ledgers, clock):
    a, b = two_ledgers
    await queue(a, 1)
    assert await releases.retry_releases(SlowCalendar(fail=True), a, clock) == []
    [pending] = await b.pending_releases()
    assert pending.attempts == 2 and pending.last_error == "Cal.com unreachable"
    assert [r.reservation_uid for r in await b.claim_releases("worker-b")] == ["res-0"]


# -- whose calls are whose ------------------------------------------------------------------


async def present(ledger: Ledger, worker_id: str) -> Presence:
    presence = Presence(ledger, Admission(3), worker_id=worker_id, every=3600)
    await presence.start()
    return presence


async def test_a_starting_worker_leaves_a_live_workers_calls_and_recovers_a_dead_ones(
    two_ledgers, clock: FixedClock
):
    a, b = two_ledgers
    presence_a = await present(a, "worker-a")
    await a.start_call("call-a", caller_phone=CALLER, mode="twilio")
    await a.start_call("call-console", caller_phone=CALLER, mode="console")
    a.worker_id = None  # (the console call above belongs to no worker)
    await a.start_call("call-nobody", caller_phone=CALLER, mode="console")
    a.worker_id = "worker-a"
    presence_b = await present(b, "worker-b")

    # Worker a beats: its call is alive; the call no worker runs is an orphan at start-up only.
    at_start = await orphaned_calls(b, clock.now(), include_unowned=True)
    assert [c.call_id for c in at_start] == ["call-nobody"]
    assert await orphaned_calls(b, clock.now(), include_unowned=False) == []

    clock.advance(WORKER_STALE + timedelta(seconds=1))  # a stops beating; b goes on
    await presence_b.beat()
    gone = await orphaned_calls(b, clock.now(), include_unowned=False)
    assert [c.call_id for c in gone] == ["call-a", "call-console"]
    await presence_a.stop()  # a clean stop: at once, whatever the clock
    await presence_b.stop()


async def test_the_upkeep_of_one_worker_frees_the_holds_of_a_worker_that_died(
    two_ledgers, clock: FixedClock, calendar
):
    a, b = two_ledgers
    for ledger in (a, b):
        await ledger.sync_catalog(await calendar.get_catalog())
    presence_a, presence_b = await present(a, "worker-a"), await present(b, "worker-b")
    await a.start_call("call-a", caller_phone=CALLER, mode="twilio")
    await b.start_call("call-b", caller_phone=CALLER, mode="twilio")
    hold_a = await record_hold(a, call_id="call-a", uid="res-a")
    hold_b = await record_hold(b, call_id="call-b", uid="res-b")
    upkeep_b = Upkeep(calendar, b, clock, hold_minutes=10, horizon=timedelta(minutes=5))

    assert await upkeep_b.recover_dead_workers() == []  # a is alive: nothing is touched
    assert (await b.get(hold_a.id)).state is AppointmentState.HELD

    clock.advance(WORKER_STALE + timedelta(seconds=1))
    await presence_b.beat()
    lines = await upkeep_b.recover_dead_workers()

    assert "call call-a: closed (its process ended)" in lines
    assert (await b.get_call("call-a")).end_reason == "process ended"
    assert (await b.get(hold_a.id)).state in (AppointmentState.RELEASED, AppointmentState.EXPIRED)
    assert (await b.get_call("call-b")).ended_at is None  # b's own call goes on
    assert (await b.get(hold_b.id)).state is AppointmentState.HELD
    await presence_a.stop()
    await presence_b.stop()


# -- admission: local decisions, visible counts ----------------------------------------------


async def test_each_worker_publishes_its_load_and_drops_places_another_worker_took(
    two_ledgers,
):
    a, b = two_ledgers
    admission_a = Admission(2)
    presence_a = Presence(a, admission_a, worker_id="worker-a", every=3600)
    await presence_a.start()
    presence_b = await present(b, "worker-b")

    assert admission_a.reserve("CA1") and admission_a.reserve("CA2")
    assert not admission_a.accepting  # a's own decision: two places promised
    await presence_a.beat()
    cluster = await presence_b.cluster()
    row_a = next(w for w in cluster["workers"] if w["worker"] == "worker-a")
    assert (row_a["reserved"], row_a["limit"], row_a["accepting"]) == (2, 2, False)
    assert cluster["limit"] == 5 and cluster["accepting"] == 1
    assert await presence_a.another_accepts()

    # CA1's stream opened on worker b: a's next beat frees that place.
    now = StreamTokens(AUTH, used=LedgerUsedTokens(b))
    assert await now.redeem("CA1", CALLER, now.issue("CA1", CALLER))
    await presence_a.beat()
    assert admission_a.reserved_keys() == ["CA2"] and admission_a.accepting
    await presence_a.stop()
    await presence_b.stop()
    assert not await presence_a.another_accepts()  # both stopped


def test_a_draining_worker_admits_only_the_streams_it_promised():
    admission = Admission(3)
    assert admission.reserve("CA1")
    admission.drain()
    assert not admission.accepting and not admission.reserve("CA2")
    assert admission.admit(None) is None and admission.admit("CA3") is None
    place = admission.admit("CA1")
    assert place is not None and admission.active == 1
    place.release()
    assert admission.active == 0 and admission.reserved == 0


async def test_an_earlier_process_with_this_pid_is_no_live_worker(ledger, clock):
    """A restarted container runs as pid 1 again: the row its previous life left (same host,
    same pid, another id) must not keep that life's calls alive."""
    import os

    from calendar_adapter.ledger import WorkerRow
    from calendar_adapter.workers import this_host

    await ledger.worker_beat(
        WorkerRow(worker_id="old-life", host=this_host(), pid=os.getpid(), started_at=clock.now())
    )
    ledger.worker_id = "old-life"
    await ledger.start_call("call-old", caller_phone=CALLER, mode="twilio")
    ledger.worker_id = None
    presence = await present(ledger, "new-life")
    orphans = await orphaned_calls(ledger, clock.now(), include_unowned=False)
    assert [c.call_id for c in orphans] == ["call-old"]
    await presence.stop()
