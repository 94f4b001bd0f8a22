"""The caller in the book "with" their own details (blind 33, claims73; convention 77).

"Sie stehen mit Ihrer Handynummer in unserem Buch", "Sie sind mit Name und Nummer im
Terminbuch", "You're down in the book with your mobile number", "You're in the diary under your
surname": the caller is written into the book, and the details ride along. The phrase of the
caller's details ("mit Ihrer Handynummer", "with your mobile number", "under your surname")
keeps the clause reader from seeing the caller in the book; read without it the sentence says
what it says without it. Only the booking is taken from that reading: dropping the phrase must
not make a callback or a text of "Wir rufen Sie mit Ihrer Nummer zurück".

Not: the caller's details noted alone ("Ihre Nummer habe ich notiert", "I've got your number",
convention 77: neutral), which has no phrase of this kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.restated import restated

_DATUM_DE = r"(?:vor-\s+und\s+)?\w*(?:nummer|name|namen|adresse|daten|e-mail(?:-adresse)?|angaben)"
_DATUM_EN = (
    r"(?:\w+\s+)?(?:number|name|surname|details|email(?:\s+address)?|mobile(?:\s+number)?|"
    r"phone\s+number)"
)
_WITH_DATA = {
    "de": lazy(
        rf"\s+mit\s+(?:ihre[mnr]?\s+|dem\s+|der\s+|vollem\s+|allen\s+|sämtlichen\s+)?{_DATUM_DE}"
        rf"(?:\s+und\s+(?:ihre[mnr]?\s+)?{_DATUM_DE})?\b",
        re.IGNORECASE,
    ),
    "en": lazy(
        rf"\s+(?:with|under)\s+(?:your\s+|the\s+)?{_DATUM_EN}"
        rf"(?:\s+and\s+(?:your\s+)?{_DATUM_EN})?\b",
        re.IGNORECASE,
    ),
}
# the caller as the one in the book: "Sie sind/stehen …", "You're …"
_CALLER_SUBJECT = {
    # blind 35 (claims79): the speaker's report, "Ich habe Sie mit allen Angaben eingetragen"
    "de": lazy(
        r"^\W*(?:sie\s+(?:sind|stehen)|(?:ich|wir)\s+(?:habe|hab|haben)\s+sie)\b", re.IGNORECASE
    ),
    "en": lazy(r"^\W*(?:you're|you\s+are)\b", re.IGNORECASE),
}


def in_book_with_data(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The booking `sentence` says once its phrase of the caller's details is left out."""
    subject, phrase = _CALLER_SUBJECT.get(lang), _WITH_DATA.get(lang)
    if subject is None or phrase is None or not subject.search(sentence):
        return ()
    text = sentence.replace("’", "'")
    if not phrase.search(text):
        return ()
    bare = phrase.sub("", text, count=1)
    return tuple(c for c in restated(sentence, bare, whole) if c.kind is ClaimKind.BOOKED)
