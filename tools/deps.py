"""What the booking tools need, built once per process and shared by every call."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calendar_adapter.backend import CalendarBackend
    from calendar_adapter.clock import Clock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.salon import SalonFile


@dataclass
class BookingDeps:
    backend: CalendarBackend
    ledger: Ledger
    clock: Clock
    salon: SalonFile
    hold_minutes: int
    # After a lost booking answer the slot is re-held (a fence against the request landing later)
    # and Cal.com gets this long to finish a request that was already past its hold check.
    lost_answer_settle_seconds: float = 1.0
    # The ledger's stylist table is synced from the catalog once per process, not once per call.
    _catalog_synced: bool = field(default=False, init=False, repr=False)
    _sync_lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)
