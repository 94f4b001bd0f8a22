"""Cal.com's per-key request budget, slot answers kept for seconds, identical questions shared.

`RequestGate` is what `CalComClient` sends every request through; `gate_for(config, ...)` builds
the one a process uses from its `CalendarConfig`. The budget's state lives behind `BudgetStore`:
`InProcessBudgetStore` for one process, `LedgerBudgetStore` (a row per key in the ledger) when
several workers share the ledger; their kept slot answers are kept in step by `SlotChangeFeed`.
Background work run inside `give_way` never waits for a token while a caller waits for it.
"""

from __future__ import annotations

import hashlib

from ..config import CalendarConfig
from .changes import SlotChangeFeed
from .gate import (
    CALCOM_LIMIT,
    CALCOM_WINDOW_SECONDS,
    REAL_TIME,
    Budget,
    GateMetrics,
    RequestGate,
    Timebase,
)
from .giving_way import give_way, give_way_if_wanted
from .ledger_store import LedgerBudgetStore
from .requests import GateRequest, Priority
from .slot_answers import HostMap, SlotAnswers, SlotQuery, fresh_slot_answers
from .store import BudgetState, BudgetStore, Grant, InProcessBudgetStore

__all__ = [
    "CALCOM_LIMIT",
    "CALCOM_WINDOW_SECONDS",
    "REAL_TIME",
    "Budget",
    "BudgetState",
    "BudgetStore",
    "GateMetrics",
    "GateRequest",
    "Grant",
    "HostMap",
    "InProcessBudgetStore",
    "LedgerBudgetStore",
    "Priority",
    "RequestGate",
    "SlotAnswers",
    "SlotChangeFeed",
    "SlotQuery",
    "Timebase",
    "budget_key",
    "fresh_slot_answers",
    "gate_for",
    "give_way",
    "give_way_if_wanted",
]


def budget_key(base_url: str, api_key: str | None) -> str:
    """The name a key's budget is stored under: never the key itself."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{api_key or ''}".encode()).hexdigest()
    return f"calcom:{digest[:16]}"


def gate_for(
    config: CalendarConfig,
    *,
    base_url: str,
    api_key: str | None,
    store: BudgetStore | None = None,
    timebase: Timebase = REAL_TIME,
) -> RequestGate:
    """The gate for the key a process talks to Cal.com with, as `config` says (a
    `rate_limit` of 0: not metered)."""
    budget = (
        Budget(
            limit=config.rate_limit,
            window_seconds=config.rate_window_seconds,
            headroom=config.rate_headroom,
            write_reserve=config.rate_write_reserve,
        )
        if config.rate_limit > 0
        else None
    )
    return RequestGate(
        key=budget_key(base_url, api_key),
        budget=budget,
        store=store,
        slot_cache_seconds=config.slot_cache_seconds,
        timebase=timebase,
    )
