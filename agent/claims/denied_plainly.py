"""The caller's appointment denied now, behind an apology, a time adverb or a particle (blind 27,
claims48).

"Tut mir leid, gebucht ist er leider nicht", "…, gebucht ist der Termin also nicht", "Stand
jetzt sind Sie nicht eingetragen", "Derzeit sind Sie nicht eingetragen", "Aktuell gibt es keine
Buchung auf Ihren Namen", "My mistake, the appointment isn't booked after all", "Apologies, it
hasn't been booked", "As things stand, you aren't booked", "There's currently no booking under
your name", "We haven't booked you in yet": the caller's appointment said not booked in the
present, whatever opens or softens it, says what "Es ist noch nichts gebucht" says (conventions
5, 33 and 40: `not_booked`). `denied_plainly` gives that statement, read as any sentence
(`amended`, `restated`), when the sentence names no day, time, stylist or service (the clause
reader keeps those). Not: "nicht mehr" (gone, not never booked), a question, a condition, a
modal, another person's appointment, a failure told in the past ("konnte nicht gebucht werden").
"""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold, straight_apostrophes

_F = re.IGNORECASE
_PARTICLES = lazy(
    r"\b(?:leider|doch|also|wohl|aber|eben|halt|ja|derzeit|momentan|aktuell|stand\s+jetzt|"
    r"bislang|bisher|im\s+moment|zurzeit|after\s+all|i'm\s+afraid|currently|at\s+present|"
    r"right\s+now|as\s+things\s+stand|at\s+the\s+moment|actually|still)\b,?\s*",
    _F,
)
_BOOKED_DE = r"(?:gebucht|eingetragen|eingebucht|bestätigt|angemeldet)"  # not "fest" (the clause reader reads it; convention 132)
_SUBJ_DE = r"(?:er|es|der\s+termin|ihr\s+termin)"
_DE = lazy(
    rf"\b(?:(?:sie\s+sind|sind\s+sie|ist\s+{_SUBJ_DE}|{_SUBJ_DE}\s+ist)\s+(?:noch\s+)?nicht\s+"
    rf"{_BOOKED_DE}|{_BOOKED_DE}\s+(?:ist\s+{_SUBJ_DE}|sind\s+sie)\s+(?:noch\s+)?nicht|"
    r"(?:gibt\s+es|existiert|besteht)\s+(?:für\s+sie\s+(?:noch\s+)?keine\s+buchung|"
    r"(?:noch\s+)?keine\s+buchung\s+(?:für\s+sie|auf\s+ihren\s+namen))|"
    # claims98 (blind 40): "Es ist nichts gebucht", "Da ist nichts eingetragen"
    rf"^\W*(?:es|da|bei\s+mir|bei\s+uns)\s+ist\s+nichts\s+{_BOOKED_DE}(?=\W*$)|"
    # "Im Moment haben Sie keine Termine bei uns"
    r"\bhaben\s+sie\s+(?:(?:derzeit|aktuell|momentan|gerade)\s+)?keine(?:n)?\s+termine?\b(?!\s+mehr\b))",
    _F,
)
_SUBJ_EN = r"(?:it|the\s+appointment|your\s+appointment|your\s+booking)"
_EN = lazy(
    rf"\b(?:(?:you\s+are\s+not|you're\s+not|you\s+aren't|{_SUBJ_EN}\s+(?:is\s+not|isn't)|"
    rf"{_SUBJ_EN}'s\s+not)\s+(?:yet\s+)?(?:booked|confirmed|entered)(?:\s+in)?|"
    rf"{_SUBJ_EN}\s+(?:has\s+not|hasn't)\s+been\s+(?:booked|confirmed)|"
    r"there(?:\s+is|'s)\s+no\s+(?:booking|appointment)\s+(?:under|in)\s+your\s+name|"
    r"(?:we|i)\s+(?:have\s+not|haven't)\s+(?:booked|put|entered|added)\s+you\b.*\byet|"
    # claims98 (blind 40): "…, but we haven't booked anything yet"
    r"(?:we|i)\s+(?:have\s+not|haven't)\s+(?:booked|entered)\s+anything\s+(?:for\s+you\s+)?yet|"
    # claims98 (blind 40): "nothing is booked on my side", "nothing's in the calendar"
    r"^\W*(?:(?:for\s+now|so\s+far)\s*,?\s*)?nothing(?:\s+is|'s)\s+(?:yet\s+)?(?:booked|entered|"
    r"in\s+the\s+(?:calendar|diary|system|book))(?:\s+(?:on\s+my\s+(?:side|end)|for\s+you))?"
    r"(?=\W*$)|"
    # "You don't have any appointments with us at the moment"
    r"\byou\s+(?:don't|do\s+not)\s+have\s+any\s+(?:appointments?|bookings?)\b)",
    _F,
)
_NOT = lazy(
    r"\?|\b(?:nicht\s+mehr|no\s+longer|any\s*more|worden|werden|konnte|wurde|wenn|falls|"
    r"sobald|ob|dass|weil|müssen|"
    r"können|sollen|if|once|whether|that|because|must|can|should|would|could|unless|until|"
    r"ihres|ihrer\s+(?:frau|tochter|mutter)|your\s+(?:wife|husband|son|daughter|friend))\b",
    _F,
)


def denied_plainly(sentence: str, lang: str, names: Names) -> str | None:
    """The plain not-booked statement a softened present denial makes, or None (see above)."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    plain = _PARTICLES.sub("", text)
    if not (_DE if lang == "de" else _EN).search(plain):
        return None
    if not read_details(fold(text).text, names).empty:
        return None
    return "Es ist noch nichts gebucht." if lang == "de" else "Nothing is booked yet."
