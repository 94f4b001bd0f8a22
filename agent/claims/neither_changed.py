"""The caller's appointment said neither cancelled nor moved (blind 30, negation scope): "Ihr
Termin ist weder abgesagt noch verlegt, er bleibt", "Weder storniert noch verschoben: Ihr Termin
steht", "Neither cancelled nor moved — your appointment stands", "Your appointment was neither
cancelled nor rescheduled".

Both changes denied say the appointment stays as it was: STANDS (booked, and not a move's new
place), false after a move, a cancellation, and with no booking at all. The negation's scope is
the pair, so the "stands" the clause reader finds beside it is no plain booking. Not: the
speaker's own acts denied ("Ich habe den Termin weder verschoben noch abgesagt", "I've neither
moved nor cancelled it": what the speaker did, labelled `not_cancelled` alone by convention
280), another person's appointment, a question or a condition.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_CANCEL = r"(?:storniert|abgesagt|gestrichen|annulliert|cancell?ed|called\s+off)"
_MOVE = r"(?:verschoben|verlegt|umgelegt|umgebucht|moved|rescheduled|postponed)"
_NEITHER = lazy(
    rf"\b(?:weder|neither)\s+(?:\w+\s+)?(?:{_CANCEL}\s+(?:noch|nor)\s+(?:\w+\s+)?{_MOVE}|"
    rf"{_MOVE}\s+(?:noch|nor)\s+(?:\w+\s+)?{_CANCEL})\b"
)
# the speaker's acts, someone else's appointment, a question or a condition
_NOT_OURS = lazy(
    r"\b(?:ich|wir)\s+(?:habe|hab|haben)\b|\b(?:i|we)(?:'ve|\s+have|\s+had|\s+did)\b|"
    r"\b(?:ihre?[mnrs]?|your)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|frau|kind\w*|son|"
    r"daughter|mum|mom|mother|father|dad|husband|wife|friend|partner\w*)\b|"
    r"\b(?:kund\w*|customer|client)\b|\?|\b(?:wenn|falls|ob|if|whether|unless)\b"
)


def neither_changed(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A STANDS claim where `sentence` says the caller's appointment was neither cancelled nor
    moved (see above)."""
    text = fold(sentence).text
    if not _NEITHER.search(text) or _NOT_OURS.search(text):
        return ()
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (Claim(ClaimKind.STANDS, 0, len(sentence), details),)
