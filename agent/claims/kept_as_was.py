"""The appointment said kept after a change was denied or failed (blind 25, claims43).

"Nein, nichts ist storniert, Ihr Termin steht", "Storniert ist gar nichts, Sie bleiben am Freitag
um zehn", "Nicht abgesagt, nicht verschoben – alles wie gehabt", "Das Verschieben hat nicht
geklappt, Sie bleiben bei Freitag um zehn", "Nothing moved, nothing cancelled, Friday stands",
"The cancellation failed, so your appointment stands": the caller's appointment stays as it was
(conventions 13, 26): a STANDS claim with the day and time of the clause that keeps it, false
where the appointment was moved (its old place is gone) or cancelled.

The speaker's failed act ("Ich konnte den Termin nicht stornieren", "Stornieren ging leider
nicht") is a failed change too (claims74).

Not: German "steht" alone ("Nein, storniert ist nichts, Ihr Termin steht": the tune split labels it
the booking), a question, a condition, a sentence with no cancellation or move denied or failed.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_CHANGE = r"(?:storniert|abgesagt|verschoben|verlegt|gestrichen|cancell?ed|moved|changed)"
_DENIED = lazy(
    rf"\b(?:nichts|nicht|nothing|not)\s+(?:(?:ist|wurde|has\s+been|'s\s+been|is|was)\s+)?{_CHANGE}\b|"
    rf"\bnothing(?:'s|\s+has)\s+been\s+{_CHANGE}\b|"
    rf"\b{_CHANGE}\s+(?:ist|wurde)\s+(?:gar\s+|überhaupt\s+)?nichts\b|"
    r"\b(?:die\s+stornierung|das\s+verschieben|die\s+verlegung|die\s+absage|the\s+cancellation|"
    r"the\s+move|the\s+change)\s+(?:hat\s+nicht\s+geklappt|ist\s+fehlgeschlagen|failed|"
    r"didn't\s+(?:go\s+through|work))\b|"
    # the speaker's failed act (blind 32, claims74): "Ich konnte den Termin nicht stornieren",
    # "Stornieren ging leider nicht"
    r"\b(?:konnte|konnten)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+)?(?:stornieren|absagen|"
    r"verschieben|verlegen|umbuchen)\b|"
    r"\b(?:stornieren|absagen|verschieben|verlegen|umbuchen)\s+(?:ging|klappte|hat)\s+"
    r"(?:leider\s+)?nicht\b"
)
_KEPT = lazy(
    r"\b(?:bleibt|bleiben|stands|still\s+stands|remains|wie\s+gehabt|as\s+it\s+was|"
    r"as\s+before)\b"
)
_NOT_STATED = lazy(r"\?\s*$|\b(?:wenn|falls|sobald|if|once|unless|would|würde)\b")


def kept_as_was(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A STANDS claim for the appointment kept after a change denied or failed (above)."""
    text = fold(sentence).text
    if any(c.kind is ClaimKind.STANDS for c in claims) or _NOT_STATED.search(text):
        return ()
    denied, kept = _DENIED.search(text), _KEPT.search(text)
    if not (denied and kept) or kept.start() < denied.start():
        return ()
    d = read_details(text[denied.end() :], names)  # what is kept, not what was not changed
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return (Claim(ClaimKind.STANDS, 0, len(sentence), details),)
