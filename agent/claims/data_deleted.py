"""The caller's data said deleted (blind 38; claims87, claims90; conventions 571 and 600): "Ihre
Daten sind gelöscht", "Ich habe Ihre Telefonnummer aus dem System gelöscht", "Your data has been
deleted", "I've removed your details from our records". The lead's decision (600): no tool of
the agent deletes data (the prompts' rule 9: the wish goes to the salon as a message), so the
caller would believe something that did not happen: a FOLLOW_UP `deletion` claim, backed by
nothing, false in every state (as money taken, 29, and a calendar invite sent). A cancellation
read from "gelöscht" with no appointment named is dropped (the number is not the appointment);
an appointment named beside it keeps its own reading ("Ich habe Ihren Termin storniert und Ihre
Nummer gelöscht": `cancelled` and the deletion).

Not: the request passed on or noted ("Ihren Wunsch nach Löschung habe ich weitergegeben", "your
deletion request"), a condition, an offer or a question, a deletion denied ("Löschen kann ich
Ihre Daten nicht selbst").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_DATA = (
    r"(?:\w*daten|(?:telefon|handy|mobil)?nummer|\w*angaben|data|details|(?:phone\s+)?number|"
    r"(?:personal\s+)?information|info)"
)
_DELETED = (
    r"(?:gelöscht|entfernt|vernichtet|getilgt|rausgenommen|deleted|removed|erased|wiped|purged)"
)
_YOUR = r"(?:ihre|ihren|ihrer|your)\s+(?:\w+\s+)?"
_SAID = lazy(
    rf"\b{_YOUR}{_DATA}\b[^.;!?]*?\b{_DELETED}\b|"
    rf"\b{_DELETED}\b[^.;!?]*?\b{_YOUR}{_DATA}\b|"
    # "Your personal information is gone now, I deleted it."
    rf"\b{_YOUR}{_DATA}\b[^.;!?]*?\b(?:i|ich)\s+(?:have\s+|habe\s+)?(?:deleted|removed|erased)\s+it\b"
)
_NOT_SAID = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|wenn|falls|sofern|ob|soll|sollen|möchten|können|könnte|kann|"
    r"wird|werden|lassen|wunsch\w*|\w*wunsch|anfrage|antrag|weiter\w*|not|no|never|if|unless|"
    r"whether|can|could|shall|should|would|will|want|like|request\w*|passed|forward\w*|ask\w*|"
    r"wish\w*|recorded|noted|to\s+have|able)\b|n't\b|'ll\b"
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


# the wish to have the data deleted, named by its event noun: "Ihren Wunsch nach Löschung Ihrer
# Daten", "Ihre Bitte um Entfernung Ihrer Nummer" (blind 38: a request passed on, a message)
_DELETION_WISHED = lazy(
    r"\b(?:\w*wunsch|bitte|anfrage|antrag)\s+(?:nach|um|auf|zur)\s+(?:der\s+)?(?:löschung|"
    rf"entfernung)\s+(?:ihrer|der)\s+(?:\w+\s+)?{_DATA}\b"
)


def deletion_wished(text: str) -> bool:
    """Whether folded `text` names the caller's wish to have their data deleted (above): the
    event noun "Löschung" there is the request's content, no cancellation said."""
    return bool(_DELETION_WISHED.search(text))
