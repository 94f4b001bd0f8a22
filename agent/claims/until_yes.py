"""A state said to last until the caller's yes or the salon's answer (blind 32, claims74;
conventions 5, 75 and 150).

- a hold bounded by the caller's yes or by the booking: "Bevor er gebucht ist, ist der Termin
  nur reserviert", "Until you say yes, it's only held", "Solange Sie nicht zugestimmt haben, ist
  der Termin nur vorgemerkt": the slot is held now and the booking is still to come (`held` +
  `not_booked`). The clause reader takes the lead clause for a condition and the main clause
  with it; the hold is read from the main clause alone and the booking denied. Not: the
  speaker's act to come ("Bevor ich Sie eintrage, …", convention 5's neutral plan), a main
  clause with no hold in it, a question.
- nothing fixed while the salon still checks: "Solange der Salon Ihre Anfrage noch prüft, ist
  nichts fest", "While the salon is still checking, nothing is confirmed": the request awaits
  the salon (`pending`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_I = re.IGNORECASE
_LEAD = lazy(
    r"^\W*(?:bevor|ehe|bis|solange|until|till|before|as\s+long\s+as|while)\b(?P<lead>[^,;:–—]+)"
    r"[,;:–—]\s*(?P<main>.+)$",
    _I,
)
# the caller's yes, or the appointment (not the speaker) as the one to be booked
_YES_OR_BOOKED = lazy(
    r"\b(?:sie\s+(?:nicht\s+|noch\s+nicht\s+)?(?:zustimmen|zugestimmt|zusagen|zugesagt|"
    r"bestätigen|bestätigt|einverstanden)|ja\s+(?:sagen|gesagt)|ihr\w*\s+(?:ja|okay|ok)|"
    r"(?:er|es|der\s+termin|die\s+buchung)\s+(?:\w+\s+)?(?:gebucht|fest|bestätigt)\s+(?:ist|wird)|"
    r"you\s+(?:say\s+yes|agree|confirm|give\s+(?:me\s+)?(?:the\s+)?(?:ok|okay|go-ahead))|"
    r"(?:it|it's|it\s+is|the\s+booking)\s+(?:is\s+|gets\s+|'s\s+)?(?:booked|confirmed))",
    _I,
)
_HOLD = lazy(
    r"\b(?:reserviert|vorgemerkt|geblockt|freigehalten|gehalten|held|reserved|on\s+hold|"
    r"pencill?ed\s+in|blocked)\b",
    _I,
)
_SALON_CHECKS = lazy(
    r"\b(?:salon|team|fabian|lena)\b[^,;:]*\b(?:noch\s+(?:\w+\s+)?(?:prüft|checkt|anschaut|"
    r"nicht\s+(?:geantwortet|bestätigt|zugesagt))|(?:is\s+)?still\s+(?:checking|looking|"
    r"deciding)|(?:has|hasn't|has\s+not)\s+(?:not\s+)?(?:yet\s+)?(?:answered|replied|confirmed))",
    _I,
)
_NOTHING_FIXED = lazy(
    r"\b(?:nichts|noch\s+nichts)\s+(?:\w+\s+)?(?:fest|verbindlich|fix|bestätigt|gebucht)\b|"
    r"\bnothing(?:'s|\s+is)\s+(?:\w+\s+)?(?:fixed|confirmed|booked|final|set)\b",
    _I,
)
_SPEAKER_ACTS = lazy(r"\b(?:ich|wir|i|we)\b", _I)


def until_yes(
    sentence: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of a state bounded by the caller's yes or the salon's answer (above)."""
    if "?" in sentence:
        return ()
    m = _LEAD.match(sentence)
    if m is None:
        return ()
    lead, main = m["lead"], m["main"]
    whole = (0, len(sentence))
    if _SALON_CHECKS.search(lead) and _NOTHING_FIXED.search(main):
        return (Claim(ClaimKind.PENDING, *whole, ClaimDetails()),)
    if not _YES_OR_BOOKED.search(lead) or _SPEAKER_ACTS.search(lead) or not _HOLD.search(main):
        return ()
    held = tuple(
        Claim(c.kind, *whole, c.details, c.follow_up)
        for c in read_whole(main[:1].upper() + main[1:])
        if c.kind is ClaimKind.HELD
    )
    return (*held, Claim(ClaimKind.NOT_BOOKED, *whole, ClaimDetails()))
