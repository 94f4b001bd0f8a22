"""Holding a sentence's claims against the facts of the call (interim: by kind only)."""

from __future__ import annotations

from agent.claims.model import CallFacts, ClaimKind, Decision
from agent.claims.read import read_sentence
from calendar_adapter.ledger import AppointmentState

S = AppointmentState
_BACKED_BY = {
    ClaimKind.BOOKED: {S.CONFIRMED},
    ClaimKind.CANCELLED: {S.CANCELLED},
    ClaimKind.RESCHEDULED: {S.CONFIRMED},
    ClaimKind.DONE: {S.CONFIRMED, S.CANCELLED},
}


def decide(sentence: str, facts: CallFacts) -> Decision:
    reading = read_sentence(sentence, facts.language)
    unbacked = []
    for claim in reading.claims:
        states = _BACKED_BY[claim.kind]
        candidates = [a for a in facts.appointments if a.state in states]
        if claim.kind is ClaimKind.RESCHEDULED:
            candidates = [a for a in candidates if a.moved_from is not None]
        if not candidates:
            unbacked.append(claim)
    return Decision(reading.claims, tuple(unbacked))
