"""The caller's past: an earlier call and a past visit (blind 22, claims38).

- an earlier call ("Den Freitag hatten Sie ja schon beim letzten Anruf gebucht", "Der Termin von
  Ihrem letzten Anruf …", "bei Ihrem Anruf gestern", "on your last call") is no callback
  promised: the `follow_up` claims read from that call are dropped (the booking said to stand
  is read as any other);
- a past visit ("Ihre letzte Dauerwelle ist jetzt ein halbes Jahr her", "Ihr letzter Haarschnitt
  liegt drei Monate zurück", "Your last perm was six months ago") states nothing about the
  appointment of this call: the clause's claims are dropped.

Not: "Wir rufen Sie an, sobald …" (a call to come), "Ihr letzter Termin vor dem Urlaub ist am
Freitag gebucht" (no "her / zurück / ago").
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_EARLIER_CALL = lazy(
    r"\b(?:beim|bei\s+ihrem|von\s+ihrem|vom|in\s+ihrem|im)\s+(?:letzten|vorigen|vorherigen|"
    r"früheren|ersten|gestrigen)?\s*anruf\b(?!\s+(?:von\s+uns\s+)?(?:bekommen|erhalten))|"
    r"\banruf\s+(?:gestern|vorhin|letzte\s+woche|von\s+gestern|heute\s+morgen)\b|"
    r"\b(?:on|in|during|from)\s+your\s+(?:last|earlier|previous|first)\s+call\b|"
    r"\b(?:your|the)\s+call\s+(?:yesterday|earlier|last\s+week)\b"
)
_PAST_VISIT = lazy(
    r"\b(?:ihr|ihre|ihren|der|die|das|your|the)\s+(?:letzte|letzter|vorige|voriger|last|"
    r"previous)\s+\w+\b[^,;:]*(?:\b(?:ist|war|liegt|lag)\b[^,;:]*\b(?:her|zurück)\b|\bago\b)"
)


def without_past_call(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus callbacks read from an earlier call and claims of a past visit."""
    if not claims:
        return claims
    kept = []
    for c in claims:
        clause = claim_clause(sentence, c)
        if c.kind is ClaimKind.FOLLOW_UP and _EARLIER_CALL.search(clause):
            continue
        if _PAST_VISIT.search(clause):
            continue
        kept.append(c)
    return tuple(kept)
