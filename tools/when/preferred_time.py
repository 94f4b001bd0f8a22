"""Two times, then which one the caller prefers ("um zehn oder elf, am liebsten elf", "neun oder
zehn, zehn wäre mir lieber", "um vier oder fünf, wobei vier mir besser passen würde", "at 2 or 3,
preferably 2", "zwölf oder eins, eher zwölf"): the preferred time is what the caller wants
first, so it is read alone (the other is what to offer if it is taken; the model hears both).
"so neun oder zehn, zehn wäre mir lieber" is ten: the "so" hedged the pair, not the choice.

Only a preference said after both times, naming one of the two, settles it: "um zehn oder
lieber elf" (when.yaml: asked which), "zehn oder elf" and "zehn oder elf, lieber zwölf" are left
as they are.

Works on normalized text (`tools.when.normalize`: number words are digits).
"""

from __future__ import annotations

import re

_T = r"(?:halb\s+|half\s+past\s+)?\d{1,2}(?::\d{2})?(?:\s+uhr)?"
# said before the preferred time: "lieber", "am liebsten", "aber eher", "preferably", "I'd prefer"
_BEFORE = (
    r"(?:(?:aber|doch|also|wobei|though|but)\s+)?(?:(?:am\s+)?liebsten|lieber|eher|besser"
    r"|vorzugsweise|bevorzugt|idealerweise|am\s+besten|preferably|ideally|rather|better"
    r"|id\s+(?:prefer|rather|like)|i\s+(?:would\s+)?prefer|(?:i\s+)?(?:would\s+)?rather)"
)
# said after it: "zehn wäre mir lieber", "wobei vier mir besser passen würde", "2 would be better"
_AFTER = (
    r"(?:\s+(?:waere|waer|ist|wuerde|passt|ginge|geht|is|would\s+be|works)?\s*(?:mir|uns|for\s+me)?"
    r"\s*(?:am\s+)?(?:lieber|liebsten|besser|better|best|preferable)"
    r"(?:\s+(?:passen|gehen|sein)?\s*(?:wuerde|waere)?)?)"
)
_PREFERRED = re.compile(
    rf"(?P<at>\b(?:um|at|so|gegen|around|about)\s+)?(?P<a>{_T})\s+(?:oder|or)\s+(?P<b>{_T})\s+"
    rf"(?:{_BEFORE}\s+(?P<c1>{_T})\b(?!\s+(?:oder|or)\b)|(?:wobei\s+|though\s+)?(?P<c2>{_T}){_AFTER})"
)


def _clock(text: str) -> str:
    return " ".join(w for w in text.split() if w != "uhr")


def preferred_time(text: str) -> str:
    """`text` with "X oder Y, lieber Y" read as Y alone."""

    def one(m: re.Match[str]) -> str:
        said = _clock(m["c1"] or m["c2"])
        if said not in (_clock(m["a"]), _clock(m["b"])):
            return m[0]
        # "um"/"at" kept; "so neun oder zehn": the hedge was on the pair, the preference settles
        at = m["at"] if m["at"] and m["at"].split()[0] in ("um", "at") else ""
        return f"{at}{said}"

    return _PREFERRED.sub(one, text)
