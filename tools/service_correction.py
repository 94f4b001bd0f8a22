"""A caller taking a service back for another: "Strähnchen, ach nee, doch nur Farbe", "Dauerwelle,
nein, lieber Strähnchen", "highlights, no wait, just colour". What follows the last word of taking
back is the wish; a retraction with nothing after it ("Strähnchen, nee") leaves no wish (asked).
"""

from __future__ import annotations

import re

from tools.retraction import retraction_words
from tools.text_fold import fold

# taken back alone, they leave no wish; the others ("sorry", "actually") alone are no change
_ALONE = re.compile(
    r"nee|nein|noe|no\s+wait|quatsch|vergiss\s+es|vergiss\s+das|never\s+mind|forget\s+it"
)
_DOCH_NICHT_SET_OFF = re.compile(r"\bdoch\s+nicht\s*(?:,|$)", re.IGNORECASE)
_RETRACTED = retraction_words(extra=r"actually|ach\s+was")  # "Damenschnitt, ach was, Färben"


def after_retraction(text: str) -> str | None:
    """The words after the caller's last retraction (folded), or None when nothing was taken
    back; "" when the retraction ends the wish."""
    # "Strähnchen, nein, doch nicht, Farbe", "Strähnchen, doch nicht": set off by a comma it
    # takes back (read as "nee")
    folded = fold(_DOCH_NICHT_SET_OFF.sub(" nee ", text.replace("'", "")))
    found = list(_RETRACTED.finditer(folded))
    if not found or found[0].start() == 0:  # "nein, Damenhaarschnitt": an answer, not a change
        return None
    after = folded[found[-1].end() :].strip(" ,.")
    if not after and not _ALONE.fullmatch(found[-1][0]):  # "Damenhaarschnitt, sorry"
        return None
    return after
