"""A status the calendar shows, read as a status claim (blind 31, claims64; conventions 1, 21, 84).

One module for the status words said of the caller's appointment, whoever says where they come
from (claims64 wrote three readers of them; one reading, one place):

- An English status read off the calendar without "that" (`seen_clause`): "I can see your Friday
  appointment's been cancelled", "I see the booking has been moved". The frame only tells where
  the speaker read it (84: a status read off the calendar is the claim of that status); the
  readers took "I can see your Friday appointment" for the booking and lost the clause, so the
  clause is read alone. Only a clause in the perfect passive ("has been", "'s been", "was")
  after "I (can) see" / "it shows": what the agent sees as the caller's appointment alone ("I
  can see your appointment on Friday") is left to the readers.
- A status awaiting the salon (`_pending`): "Laut Kalender steht Ihr Termin auf ausstehend, der
  Salon muss ihn noch annehmen", "The system has your appointment as pending". The readers take
  "steht Ihr Termin" for the booking; the status it stands on is the request awaiting the salon
  (1): the booking read beside a pending claim is dropped. Only where a status word of the open
  request is said ("ausstehend", "offen", "angefragt", "pending", "awaiting") and no booking
  word ("gebucht", "bestätigt", "booked", "confirmed").
- The caller's place told empty again (`_emptied`): "Am Freitag ist Ihr Platz bei Fabian jetzt
  wieder leer", "Your chair on Friday is empty again". Convention 21 reads the caller's own place
  said freed ("Ihr Platz am Freitag ist wieder frei") as the cancellation; "wieder leer" is the
  same wording. The booking the readers take in "Ihr Platz bei Fabian am Freitag" becomes the
  cancellation, with what it names. Only "wieder leer" / "empty again" / "jetzt leer" of the
  caller's place, not denied.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_FRAME = lazy(
    r"^\W*(?:i\s+can\s+see|i\s+see|i'm\s+seeing|i\s+can\s+tell|it\s+shows|the\s+calendar\s+"
    r"shows)\s+(?:(?:here|now|that)\s+)*(?=(?:your|the)\s)"
)
_PASSIVE = lazy(r"\b(?:has|have|'s|is|was|were)\s+been\s+\w+")
_PENDING_STATUS = lazy(
    r"\b(?:auf|als)\s+(?:\"|„)?(?:ausstehend|offen|angefragt|unbestätigt)\b|"
    r"\bas\s+(?:\")?(?:pending|awaiting|requested|unconfirmed)\b"
)
_PENDING_BOOKED = lazy(r"\b(?:gebucht|eingetragen|fest|booked|confirmed)\b")
_PLACE = lazy(r"\b(?:ihr|your)\s+(?:platz|stuhl|slot|spot|chair)\b")
_EMPTY = lazy(r"\b(?:wieder|jetzt|nun)\s+leer\b|\bempty\s+again\b|\bnow\s+empty\b")
_DENIED = lazy(r"\b(?:nicht|kein\w*|not|never)\b|n't\b")


def seen_clause(sentence: str, lang: str) -> str | None:
    """The clause a calendar frame reports ("your Friday appointment's been cancelled"), or None."""
    if lang != "en":
        return None
    text = fold(sentence).text
    frame = _FRAME.match(text)
    if frame is None or not _PASSIVE.search(text, frame.end()):
        return None
    return text[frame.end() :]


def pending_status(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` without the booking read beside a status awaiting the salon; None if not."""
    kinds = {c.kind for c in claims}
    if K.BOOKED not in kinds or K.PENDING not in kinds:
        return None
    text = fold(sentence).text
    if not _PENDING_STATUS.search(text) or _PENDING_BOOKED.search(text):
        return None
    return tuple(c for c in claims if c.kind is not K.BOOKED)


def place_emptied(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the booking read in the place told empty again made the cancellation."""
    if not any(c.kind is K.BOOKED for c in claims):
        return None
    text = fold(sentence).text
    if not (_PLACE.search(text) and _EMPTY.search(text)) or _DENIED.search(text):
        return None
    return tuple(replace(c, kind=K.CANCELLED) if c.kind is K.BOOKED else c for c in claims)
