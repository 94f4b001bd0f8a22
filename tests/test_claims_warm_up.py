"""The reader's warm-up loads the tables it would otherwise load while a call waits: a server
process runs it before its first call (agent/server_process.py), so no reply is the one that
pays for a table (the confusables table took ~40 ms at the first reply with a letter beyond
ASCII, on the event loop)."""

from __future__ import annotations

import importlib

from agent.claims import warm_up
from agent.claims.memo import forget

normalize = importlib.import_module("agent.claims.normalize")  # the module, not its function


def test_warm_up_loads_the_confusables_table_a_reply_with_an_umlaut_needs():
    forget()  # sentences read before would not be read again
    normalize._fold_one.cache_clear()  # nor letters folded before (an umlaut of another test)
    normalize._confusables.cache_clear()
    warm_up()
    assert normalize._confusables.cache_info().currsize == 1


def test_after_warm_up_a_calls_first_booking_replies_rebuild_no_gate_scan(monkeypatch):
    from datetime import UTC, datetime

    from agent.claims import CallFacts, decide, gate

    monkeypatch.setattr(gate, "_REGISTRY", gate._Registry())  # as in a fresh process
    forget()
    warm_up()
    built = gate._REGISTRY.version
    now = datetime(2026, 12, 3, 15, tzinfo=UTC)
    decide("Ihr Termin am Samstag um 11 Uhr bei Lena ist gebucht.", CallFacts(now=now))
    decide("Your appointment on Saturday at 11 with Lena is booked.", CallFacts(now, "en"))
    assert gate._REGISTRY.version == built
