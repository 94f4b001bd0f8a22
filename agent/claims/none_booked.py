"""A present denial with a quantifier or a source (blind 26, claims45).

"Keiner der beiden Termine ist gebucht", "Es ist kein einziger Termin gebucht", "Nicht ein
Termin ist bisher fest", "Nothing at all is booked yet", "Not a single thing is booked", "Sie haben bei
uns keinen Termin", "Der Kalender zeigt für Sie keinen Termin", "Laut System ist nichts
eingetragen", "Neither is booked", "There are no appointments booked for you", "You've got zero
bookings with us", "None of you three is booked yet", "You currently have no appointment with us", "Noch sind Sie nicht eingetragen" (the "noch" put first): the caller's appointments denied in the present, whatever the quantifier
("kein", "kein einziger", "keiner (der beiden | Ihrer) Termine", "neither", "none of your",
"no", "zero") or the source it cites (the calendar, the system: convention 84), say what
"Es ist noch nichts gebucht" says (conventions 5 and 33: `not_booked`). `none_booked` gives that
statement, read as any sentence (`amended`, `restated`). Not: what the caller needs ("Sie
brauchen keinen Termin"), the salon's things ("keiner unserer Stylisten"), a day or time (left
to the reader), "keinen Termin mehr" (gone, not never booked), a question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DE = lazy(
    r"\b(?:(?:es\s+ist|ist)\s+(?:für\s+sie\s+)?(?:kein\s+einziger|kein)\s+termin\s+(?:für\s+sie\s+)?"
    r"(?:gebucht|eingetragen)|(?:kein|nicht\s+ein)(?:\s+einziger)?\s+termin\s+ist\s+"
    r"(?:(?:für\s+sie|bisher|noch|bis\s+jetzt)\s+)*(?:gebucht|eingetragen|fest|bestätigt)|keiner\s+(?:der\s+beiden|ihrer(?:\s+beiden)?)\s+termine\s+ist\s+"
    r"(?:gebucht|eingetragen|bestätigt|fest)|sie\s+haben\s+(?:(?:bei\s+uns|momentan|derzeit|"
    r"aktuell|im\s+moment|zurzeit)\s+)*keinen\s+termin(?!\s+mehr)|(?:kalender|system|programm|"
    r"app)\s+zeigt\s+(?:für\s+sie\s+|ihnen\s+)?keinen\s+termin|laut\s+(?:system|kalender|"
    r"programm|app)\s+ist\s+(?:für\s+sie\s+)?nichts\s+(?:gebucht|eingetragen)|im\s+(?:system|"
    r"kalender)\s+steht\s+(?:für\s+sie\s+)?kein\s+termin)\b",
    re.IGNORECASE,
)
# "noch" put first: "Noch sind Sie nicht eingetragen", "Noch ist der Termin nicht gebucht"
_DE_NOCH = lazy(
    r"^\W*noch\s+(?:sind\s+sie|ist\s+(?:er|es|der\s+termin|ihr\s+termin))\s+nicht\s+(?:gebucht|"
    r"eingetragen|bestätigt|fest)\b",
    re.IGNORECASE,
)
_EN = lazy(
    r"\b(?:neither(?:\s+(?:one|appointment|booking|of\s+them|of\s+your\s+appointments))?\s+"
    r"(?:is|was)\s+(?:booked|confirmed)|(?:nothing\s+(?:at\s+all|whatsoever)|not\s+(?:a\s+single|one)\s+"
    r"(?:thing|appointment|booking|one))\s+(?:is|has\s+been)\s+(?:booked|confirmed)|there\s+are\s+no\s+appointments\s+(?:booked\s+)?for\s+you|"
    r"none\s+of\s+your\s+appointments\s+(?:is|are)\s+(?:booked|confirmed)|you(?:'ve\s+got|\s+have"
    r"(?:\s+got)?)\s+(?:no|zero)\s+(?:bookings|appointments)(?!\s+(?:left|any\s*more))|"
    # claims157 (blind 55, 56): the caller among the people denied ("None of you three is booked
    # yet"); one appointment denied with no place of its own ("You currently have no appointment
    # with us")
    r"none\s+of\s+you(?:\s+(?:two|three|four|five|six|all))?\s+(?:is|are)\s+(?:(?:yet|still)\s+)?"
    r"(?:booked|confirmed|in)|you\s+(?:(?:currently|presently|now)\s+)?have\s+(?:no|zero)\s+"
    r"(?:booking|appointment)(?=\s+with\s+us\b|\s*[.!]?$))\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|solange|if|whether|once|unless)\b", re.IGNORECASE)


def none_booked(sentence: str, lang: str) -> str | None:
    """The plain not-booked statement a quantified or sourced denial makes, or None."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    if not (_DE if lang == "de" else _EN).search(text) and not (
        lang == "de" and _DE_NOCH.search(text)
    ):
        return None
    return "Es ist noch nichts gebucht." if lang == "de" else "Nothing is booked yet."
