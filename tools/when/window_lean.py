"""A leaning said after a window of the day ("zwischen elf und eins, lieber früher", "von zehn
bis zwölf, eher etwas später", "zwischen zehn und zwölf, früher ist besser") or its edge said again ("zwischen neun und elf,
nicht früher"): the window stands and the leaning is dropped. The window is what the caller allows; the leaning only orders the
offers within it. "früher" holds a part-of-day stem, so left over it would make the whole phrase
asked; "lieber früher" said without a window is still asked (earlier than what?).

Works on normalized text (`tools.when.normalize`): folded, numbers as digits, no commas.
"""

from __future__ import annotations

import re

# two bounds of one day said before the leaning: "zwischen 11 und 1", "von 10 bis 12", "10 bis 12",
# "nicht vor 10 aber nicht nach 12", "fruehestens 2 spaetestens 4"
_WINDOW = re.compile(
    r"\b(?:zwischen|von|between|from)\s+\S+(?:\s+\S+){0,3}?\s+(?:und|bis|and|to|till|until)\s+\S+"
    r"|\d(?::\d{2})?\s*(?:-|bis)\s*\d"
    r"|\b(?:nicht\s+vor|nicht\s+frueher\s+als|fruehestens|ab)\s+\S+(?:\s+\S+){0,4}?\s+"
    r"(?:nicht\s+nach|nicht\s+spaeter\s+als|spaetestens|bis|vor)\s+\S+"
)
_SOFT = r"(?:(?:etwas|ein\s+bisschen|ein\s+wenig|ein\s+tick|eher)\s+)?"
_LEAN = re.compile(
    r"\s*(?:(?:aber|doch|also|und|wobei)\s+)?"
    rf"(?:(?:(?:am\s+)?liebsten|lieber|eher|besser|bevorzugt|moeglichst)\s+{_SOFT}(?:frueher|spaeter)"
    rf"|{_SOFT}(?:frueher|spaeter)\s+(?:ist|waere|waer|ware)\s+(?:mir\s+)?(?:besser|lieber)"
    # the window's own edge said again: "zwischen neun und elf, nicht früher" (round 59)
    r"|(?:nicht|not)\s+(?:frueher|spaeter|earlier|later))"
    r"(?:\s+(?:wenn\s+(?:es\s+)?geht|bitte))?\s*$"
)


def drop_window_lean(text: str) -> str:
    """`text` without a leaning to the earlier or later end said after a window."""
    m = _LEAN.search(text)
    if m is None or _WINDOW.search(text[: m.start()]) is None:
        return text
    return text[: m.start()]
