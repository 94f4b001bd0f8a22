"""Two stylists compared in a question to the receptionist: "Sophie macht das doch besser als
Fabian, oder?", "ist die Lena nicht geschickter als die Sophie?", "Mehmet is better than Fabian,
right?". The caller asks for the salon's view of who is better, as "wer ist besser, X oder Y?"
does (README W27): asked back, never the first name taken as the wish.

A preference said as such stays the caller's wish ("lieber Sophie als Lena", "der Fabian ist mir
lieber als die Sophie", "bei Mehmet war ich zufriedener als bei Fabian": `stylist_match`): only a
comparison of how the stylists work ("besser", "schneller", "geschickter", "better") with a
question tag ("oder?", "ne?", "gell?", "nicht wahr?", "right?", "don't you think?") or a question
mark is read here. Works on the caller's words as said (the question mark is kept)."""

from __future__ import annotations

import re

from tools.text_fold import fold

# a comparative of how a stylist works, then "als" / "than"
_COMPARED = re.compile(
    r"\b(?:besser|schoener|schneller|geschickter|sorgfaeltiger|genauer|erfahrener|netter"
    r"|better|faster|nicer|neater|more\s+(?:experienced|careful|skilled))\b.*\b(?:als|than)\b"
)
# the question tag at the end: "…, oder?", "… ne", "… gell", "…, right?", "… don't you think"
_TAG = re.compile(
    r"\b(?:oder|oder\s+nicht|ne|nich|gell|gelle|gelt|nicht\s+wahr|stimmts|stimmt\s+s|odda"
    r"|right|isnt\s+(?:she|he|it)|doesnt\s+(?:she|he)|dont\s+you\s+think|wouldnt\s+you\s+say)$"
)


def compared_as_question(text: str) -> bool:
    """`text` compares two stylists' work as a question to the receptionist."""
    folded = fold(text.replace("'", ""))
    if not _COMPARED.search(folded):
        return False
    return text.rstrip().endswith("?") or bool(_TAG.search(folded))


__all__ = ["compared_as_question"]
