"""The caller's data said deleted (blind 38, claims87; convention 571): "Ihre Daten sind
gelöscht", "Ich habe Ihre Telefonnummer aus dem System gelöscht", "Ihre Kontaktdaten habe ich
entfernt", "Your data has been deleted", "I've removed your details from our records". No tool
of the agent deletes data (the prompt passes a deletion request on to the salon), so a FOLLOW_UP
`deletion` claim, backed by nothing: false in every state, as money taken (29) and a calendar
invite sent are. A cancellation read from "gelöscht" with no appointment named is dropped (the
number is not the appointment); an appointment named beside it keeps its own reading.

Not: the request passed on or noted ("Ihren Wunsch nach Löschung habe ich weitergegeben", "your
deletion request"), a rule, a condition, an offer or a question, a deletion denied ("Löschen
kann ich Ihre Daten nicht selbst").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
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
    """`claims` with a FOLLOW_UP `deletion` claim where `sentence` says the caller's data is
    deleted (above), without a cancellation read from the deletion alone."""
    text = fold(sentence).text
    if not _SAID.search(text) or _NOT_SAID.search(text):
        return claims
    if not _APPOINTMENT.search(text):
        claims = tuple(c for c in claims if c.kind not in _DROPPED)
    claim = Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.DELETION)
    return (*claims, claim)
