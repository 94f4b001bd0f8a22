"""The caller's data said deleted is no cancellation (blind 38, claims87; convention 571): "Ich
habe Ihre Telefonnummer aus dem System gelöscht", "Ihre Kontaktdaten habe ich entfernt" delete the
number or the data, not the appointment, so the cancellation the reader takes from "gelöscht"
is dropped where no appointment is named. The deletion itself is no calendar outcome: the gated
labels read it neutral (the tune split's "I've deleted your data.", blind 25's deletions beside a
cancellation), so nothing is claimed in its place. An appointment named beside it ("Ich habe
Ihren Termin storniert und Ihre Nummer gelöscht") keeps its own reading.

Not: the request passed on or noted ("Ihren Wunsch nach Löschung habe ich weitergegeben"), a
condition, an offer or a question, a deletion denied.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DATA = (
    r"(?:\w*daten|(?:telefon|handy|mobil)?nummer|angaben|data|details|(?:phone\s+)?number|"
    r"personal\s+information|information|info)"
)
_DELETED = r"(?:gelöscht|entfernt|vernichtet|getilgt|rausgenommen|deleted|removed|erased|wiped)"
_SAID = lazy(
    rf"\b(?:ihre|ihren|your)\s+(?:\w+\s+)?{_DATA}\b[^.;!?]*?\b{_DELETED}\b|"
    rf"\b{_DELETED}\b[^.;!?]*?\b(?:ihre|ihren|your)\s+(?:\w+\s+)?{_DATA}\b"
)
_NOT_SAID = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|wenn|falls|sofern|ob|soll|sollen|möchten|können|könnte|kann|"
    r"wird|werden|lassen|wunsch\w*|anfrage|antrag|weiter\w*|not|no|never|if|unless|whether|can|"
    r"could|shall|should|would|will|want|like|request\w*|passed|forward\w*|ask\w*|wish\w*|"
    r"recorded|noted|to\s+have)\b|n't\b|'ll\b"
)
_APPOINTMENT = lazy(r"\b(?:\w*termin\w*|buchung|appointment|booking)\b")
_DROPPED = frozenset({ClaimKind.CANCELLED, ClaimKind.GONE})


def data_deleted(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a cancellation read from the caller's data said deleted (above)."""
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    text = fold(sentence).text
    if not _SAID.search(text) or _NOT_SAID.search(text) or _APPOINTMENT.search(text):
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
