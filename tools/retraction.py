"""The words with which a caller takes back what they just said ("Sophie, nee, doch lieber
Fabian", "Strähnchen, nein, lieber Farbe", "highlights, no wait, just colour"): one list for the
stylist and the service matchers, each adding the few words only its own answers use."""

from __future__ import annotations

import re

# "ne" is also "eine" ("'ne Dauerwelle"): a retraction only before a word of choice
_TAKEN_BACK = (
    r"nee|nein|noe|no\s+wait|no\s+sorry|sorry|i\s+mean|ich\s+meine|quatsch|besser\s+gesagt"
    r"|or\s+rather|oder\s+besser|doch\s+lieber|doch\s+eher|lieber\s+doch"
    # "Fabian, actually make that Sophie", "highlights, scratch that, colour"
    r"|make\s+that|scratch\s+that"
    # as the date checker reads them ("Freitag, vergiss es, Samstag", "Friday, never mind, ...")
    r"|vergiss\s+es|vergiss\s+das|never\s+mind|forget\s+it|on\s+second\s+thought|stimmt\s+nicht"
)
_CHOICE = r"(?:doch|lieber|besser|eher)\b"


# "Lena, ach ne, Sophie": "ach ne" is never the article
_ACH_NE = r"ach\s+ne"
# Set off by commas, "ne" and "doch nicht" take back what came before ("Lena, ne, Sophie",
# "Sophie, nein, doch nicht, Fabian", "Sophie, doch nicht"); "doch nicht Sophie" excludes Sophie
_SET_OFF = r"|ne(?=\s+,)|doch\s+nicht(?=\s+,|\s*$)"


def retraction_words(*, extra: str = "", comma_before_choice: bool = False) -> re.Pattern[str]:
    """A pattern of the words of taking back, plus `extra` alternatives; with
    `comma_before_choice` the text keeps its commas spaced (" , ") and "ne , doch", "ne ," and
    "doch nicht ," count."""
    comma = r"(?:,\s+)?" if comma_before_choice else ""
    more = f"|{extra}" if extra else ""
    set_off = _SET_OFF if comma_before_choice else ""
    return re.compile(rf"\b(?:ne(?=\s+{comma}{_CHOICE})|{_ACH_NE}|{_TAKEN_BACK}{set_off}{more})\b")
