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
# an apology after the denial (claims132): "Es ist also doch nichts gebucht, tut mir leid."
_APOLOGY_TAIL = lazy(
    r"\s*[,–—]\s*(?:(?:das\s+)?tut\s+mir\s+(?:sehr\s+)?leid|entschuldigung|verzeihung|sorry|"
    r"i'm\s+(?:so\s+|very\s+)?sorry)\W*$",
    _F,
)
_BOOKED_DE = r"(?:gebucht|eingetragen|eingebucht|bestätigt|angemeldet)"  # not "fest" (the clause reader reads it; convention 132)
_SUBJ_DE = r"(?:er|es|der\s+termin|ihr\s+termin)"
_BOOKING_DE = r"(?:der\s+termin|ihr\s+termin|die\s+buchung|ihre\s+buchung)"
_FOR_YOU_DE = r"(?:für\s+sie|auf\s+ihren\s+namen|bei\s+uns(?:\s+für\s+sie)?)"
_DE = lazy(
    rf"\b(?:(?:sie\s+sind|sind\s+sie|ist\s+{_SUBJ_DE}|{_SUBJ_DE}\s+ist)\s+(?:noch\s+)?nicht\s+"
    rf"{_BOOKED_DE}|{_BOOKED_DE}\s+(?:ist\s+{_SUBJ_DE}|sind\s+sie)\s+(?:noch\s+)?nicht|"
    # claims132: taken back with no earlier turn told ("die Buchung ist doch nicht im System",
    # "Der Termin steht doch nicht im Kalender", "ist der Termin gar nicht eingetragen")
    rf"(?:(?:ist|steht)\s+{_BOOKING_DE}|{_BOOKING_DE}\s+(?:ist|steht))\s+(?:noch\s+|gar\s+)?nicht\s+"
    rf"(?:{_BOOKED_DE}|im\s+(?:system|kalender))|"
    r"(?:gibt\s+es|existiert|besteht)\s+(?:für\s+sie\s+(?:noch\s+)?keine\s+buchung|"
    r"(?:noch\s+)?keine\s+buchung\s+(?:für\s+sie|auf\s+ihren\s+namen))|"
    # claims98 (blind 40): "Es ist nichts gebucht", "Da ist nichts eingetragen"; claims132: the
    # same after a fronted adverb the particles took ("Im Moment ist für Sie nichts gebucht",
    # "Zurzeit ist auf Ihren Namen nichts gebucht", "Im Kalender ist für Sie nichts eingetragen")
    rf"^\W*(?:(?:es|da|bei\s+mir|bei\s+uns|im\s+(?:kalender|system)|in\s+unserem\s+kalender)\s+)?"
    rf"ist\s+(?:{_FOR_YOU_DE}\s+)?nichts\s+(?:{_FOR_YOU_DE}\s+)?{_BOOKED_DE}(?=\W*$)|"
    # "Im Moment haben Sie keine Termine bei uns"
    r"\bhaben\s+sie\s+(?:(?:derzeit|aktuell|momentan|gerade)\s+)?keine(?:n)?\s+termine?\b(?!\s+mehr\b))",
    _F,
)
_SUBJ_EN = r"(?:it|the\s+appointment|your\s+appointment|(?:the|your)\s+booking)"
_EN = lazy(
    rf"\b(?:(?:you\s+are\s+not|you're\s+not|you\s+aren't|{_SUBJ_EN}\s+(?:is\s+not|isn't)|"
    rf"{_SUBJ_EN}'s\s+not)\s+(?:yet\s+)?(?:booked|confirmed|entered)(?:\s+in)?|"
    rf"{_SUBJ_EN}\s+(?:has\s+not|hasn't)\s+been\s+(?:booked|confirmed)|"
    # claims132: taken back with no earlier turn told ("the booking isn't in the system after
    # all", "the appointment isn't there after all", "the booking doesn't exist after all")
    r"\b(?:the|your)\s+(?:booking|appointment)\s+(?:(?:is\s+not|isn't)\s+(?:there|in\s+(?:the|our)\s+"
    r"(?:system|calendar|diary))|(?:does\s+not|doesn't)\s+exist)|"
    r"there(?:\s+is|'s)\s+no\s+(?:booking|appointment)\s+(?:under|in)\s+your\s+name|"
    r"(?:we|i)\s+(?:have\s+not|haven't)\s+(?:booked|put|entered|added)\s+you\b.*\byet|"
    # claims98 (blind 40): "…, but we haven't booked anything yet"
    r"(?:we|i)\s+(?:have\s+not|haven't)\s+(?:booked|entered)\s+anything\s+(?:for\s+you\s+)?yet|"
    # claims98 (blind 40): "nothing is booked on my side", "nothing's in the calendar"
    r"^\W*(?:(?:for\s+now|so\s+far)\s*,?\s*)?nothing(?:\s+is|'s|\s+has\s+been)\s+(?:yet\s+)?(?:booked|entered|"
    r"in\s+the\s+(?:calendar|diary|system|book))(?:\s+(?:on\s+my\s+(?:side|end)|for\s+you))?"
    r"(?=\W*$)|"
    # claims132: the calendar said empty with a booking word ("There's nothing booked for you in
    # the calendar", "The calendar has no booking for you", "You've got nothing booked")
    r"^\W*there(?:\s+is|'s)\s+nothing\s+booked\s+for\s+you(?:\s+in\s+(?:the|our)\s+(?:calendar|"
    r"system|diary))?(?=\W*$)|"
    r"^\W*(?:the|our)\s+(?:calendar|system|diary)\s+has\s+no\s+(?:booking|appointment)\s+for\s+you"
    r"(?=\W*$)|"
    r"^\W*you(?:'ve|\s+have)\s+got\s+nothing\s+booked(?:\s+in\s+(?:the|our)\s+(?:calendar|system))?"
    r"(?=\W*$)|"
    # "You don't have any appointments with us at the moment"
    r"\byou\s+(?:don't|do\s+not)\s+have\s+any\s+(?:appointments?|bookings?)\b)",
    _F,
)
_NOT = lazy(
    r"\?|\b(?:nicht\s+mehr|no\s+longer|any\s*more|worden|werden|konnte|wurde|wenn|falls|"
    r"sobald|ob|dass|weil|müssen|"
    r"können|sollen|if|once|whether|that|because|must|can|should|would|could|unless|until|"
    r"ihres|ihrer\s+(?:frau|tochter|mutter)|your\s+(?:wife|husband|son|daughter|friend)|"
    # a denial inside a litotes (claims132, blind 5): "It's not like your appointment isn't there"
    r"not\s+like|nicht\s+so,?\s+als\s+(?:ob|wäre))\b",
    _F,
)


def denied_plainly(sentence: str, lang: str, names: Names) -> str | None:
    """The plain not-booked statement a softened present denial makes, or None (see above)."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    plain = _APOLOGY_TAIL.sub("", _PARTICLES.sub("", text))
    if not (_DE if lang == "de" else _EN).search(plain):
        return None
    if not read_details(fold(text).text, names).empty:
        return None
    return "Es ist noch nichts gebucht." if lang == "de" else "Nothing is booked yet."
