"""How long personal data stays in the ledger, and removing it once that time is over.

GDPR Art. 5(1)(e) (storage limitation): what identifies a caller is kept only as long as the salon
needs it. Here that is `days` (RETENTION_DAYS, default 90):

- a call's transcript (what was said: `user_said`, `bot_said`, the guard's sentences, the tools'
  arguments and results), its caller number and its recording are removed `days` after the call
  ended; the call's other timeline entries stay (what was held, booked, released: the trail
  `status` and the salon's bookkeeping need) without the names in them;
- an appointment's caller number and names are removed `days` after the appointment was over
  (until then the caller may still ask for it, move or cancel it by phone); what, when, with whom,
  its state and the Cal.com booking uid stay (the booking itself is the salon's record, in
  Cal.com);
- entries about bookings made elsewhere (webhooks) lose their personal fields after `days` too.

`purge` does it (`run_agent.py purge`, and `serve` once a day through `PurgeSchedule`); a
purged call is marked with the time (`status` says so), and its timeline notes
`personal_data_removed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from loguru import logger

from .clock import Clock
from .ledger import Ledger

DEFAULT_RETENTION_DAYS = 90
# Transcript entries: what was said, and the tools' arguments and results (names, numbers).
TRANSCRIPT_KINDS = frozenset(
    {"user_said", "bot_said", "bot_cut", "guard_blocked", "tool_called", "tool_result"}
)
# Keys of the entries that are kept which may name or reach a person.
PERSONAL_KEYS = (
    "text",
    "sentence",
    "replacement",
    "arguments",
    "result",
    "for_person",
    "person",
    "customer_name",
    "name",
    "phone",
    "caller_phone",
    "email",
    "attendee",
    "attendees",
    "path",
)
SCRUB: dict[str | None, tuple[str, ...]] = {
    None: PERSONAL_KEYS,
    "webhook_received": ("reason",),  # a cancellation reason the customer typed
}
BATCH = 100

Progress = Callable[[str], None]


@dataclass
class PurgeReport:
    cutoff_calls: datetime  # calls ended before this were purged
    cutoff_appointments: datetime  # appointments over before this were anonymized
    dry_run: bool
    calls: int = 0
    transcript_entries: int = 0
    appointments: int = 0
    other_entries: int = 0  # entries of bookings made elsewhere that lost personal fields
    recordings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would remove" if self.dry_run else "removed"
        return (
            f"purge {verb}: {self.calls} call(s) (transcript entries: "
            f"{self.transcript_entries}, recordings: {len(self.recordings)}), caller data of "
            f"{self.appointments} appointment(s), personal fields of {self.other_entries} "
            f"other entr(ies); calls ended before {self.cutoff_calls:%Y-%m-%d %H:%M} UTC, "
            f"appointments over before {self.cutoff_appointments:%Y-%m-%d %H:%M} UTC"
        )


async def purge(
    ledger: Ledger,
    *,
    now: datetime,
    days: int = DEFAULT_RETENTION_DAYS,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> PurgeReport:
    """Remove (or with `dry_run` count) the personal data whose time is over (module docstring)."""
    cutoff = now - timedelta(days=days)
    report = PurgeReport(cutoff_calls=cutoff, cutoff_appointments=cutoff, dry_run=dry_run)
    say = progress or (lambda _line: None)
    seen: set[str] = set()
    while True:
        batch = [c for c in await ledger.calls_to_purge(cutoff, limit=BATCH) if c not in seen]
        if not batch:
            break
        for call_id in batch:
            seen.add(call_id)
            deleted, recording = await ledger.purge_call(
                call_id, drop_kinds=TRANSCRIPT_KINDS, scrub=SCRUB, dry_run=dry_run
            )
            report.calls += 1
            report.transcript_entries += deleted
            if recording:
                report.recordings.append(recording)
                if not dry_run:
                    await _delete_file(recording)
            if not dry_run:
                await ledger.log(call_id, "personal_data_removed", retention_days=days)
        say(f"calls: {report.calls} ({report.transcript_entries} transcript entries)")
        if dry_run and len(batch) < BATCH:
            break
    done: set[int] = set()
    while True:
        ids = [i for i in await ledger.appointments_to_anonymize(cutoff) if i not in done]
        if not ids:
            break
        done.update(ids)
        report.appointments += len(ids) if dry_run else await ledger.anonymize_appointments(ids)
        say(f"appointments: {report.appointments}")
        if dry_run:
            break
    report.other_entries = await ledger.scrub_timeline_without_call(cutoff, SCRUB, dry_run=dry_run)
    say(report.summary())
    return report


async def _delete_file(path: str) -> None:
    try:
        await asyncio.to_thread(os.remove, path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        logger.error(f"purge: could not delete the recording {path}: {exc}")


class PurgeSchedule:
    """`purge` in the background of a serving process: at start, then every `every` hours."""

    def __init__(self, ledger: Ledger, clock: Clock, *, days: int, every_hours: float = 24.0):
        self._ledger = ledger
        self._clock = clock
        self._days = days
        self._every = every_hours * 3600
        self._task: asyncio.Task | None = None
        self.runs = 0

    async def __aenter__(self) -> PurgeSchedule:
        self._task = asyncio.create_task(self._run(), name="purge-schedule")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            try:
                report = await purge(self._ledger, now=self._clock.now(), days=self._days)
                logger.info(report.summary())
            except Exception:  # the next run tries again; a purge never stops the server
                logger.exception("purge: the scheduled run failed")
            self.runs += 1
            await self._clock.sleep(self._every)
