"""A name spelt with a spelling alphabet, as callers do on the phone: German DIN 5009, the old
names ("L wie Ludwig, E wie Emil, A wie Anton") and the new cities ("L wie Leipzig"), and the
NATO alphabet ("Lima Echo November Alpha"), "Ypsilon" for Y. The spelling is turned into the
letters ("l e a"), so the letter-by-letter match (`tools.name_spelling`) reads it: a spelt name is
a name, never "no such stylist".

- "X wie Wort" / "X as in word": the letter X.
- Two or more NATO words in a row: their letters (one alone, "Papa", "Golf", "Hotel", is a word).
- Three or more German spelling words in a row without "wie" ("Ludwig Emil Nordpol Anton",
  "Leipzig Essen Aachen"): their letters. Two alone ("Otto Paula", "Essen Berlin") may be words
  or names, and no stylist's name is shorter than three letters.
- Letters spelling the beginning of the name said just before them ("Fabian, F wie Friedrich, A
  wie Anton, B wie Berta"): that name's letters (the spelling confirms the name said).

Works on the folded text with its commas kept as words (" , "), as `tools.stylist_match` reads.
"""

from __future__ import annotations

import re

_GERMAN = """anton aerger berta bertha caesar cesar charlotte dora emil friedrich gustav heinrich ida
julius kaufmann konrad ludwig martha marta nordpol otto oekonom paula quelle richard samuel
siegfried schule theodor ulrich uebermut viktor wilhelm xanthippe xaver ypsilon zacharias zeppelin
aachen berlin chemnitz duesseldorf essen frankfurt goslar hamburg ingelheim jena koeln leipzig
muenchen nuernberg offenbach potsdam quickborn rostock salzwedel tuebingen unna voelklingen
wuppertal xanten zwickau"""
_NATO = {
    w: w[0]
    for w in """alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo
    lima mike november oscar oskar papa quebec romeo sierra tango uniform victor whiskey whisky
    xray yankee zulu""".split()
}
_SPELLING_WORDS = {w: w[0] for w in _GERMAN.split()} | _NATO
# "l wie ludwig", "l as in london", "l like lima": the letter said, its word only confirming it
_LETTER_AS = re.compile(r"\b([a-z])\s+(?:wie|as\s+in|like|for)\s+(?:umlaut\s+)?([a-z]+)\b")
_NATO_RUN = re.compile(
    rf"\b(?:{'|'.join(_NATO)})(?:(?:\s+,)?\s+(?:{'|'.join(_NATO)}))+\b|\bx\s+ray\b"
)
_GERMAN_WORDS = "|".join(sorted(_GERMAN.split(), key=len, reverse=True))
_GERMAN_RUN = re.compile(rf"\b(?:{_GERMAN_WORDS})(?:(?:\s+,)?\s+(?:{_GERMAN_WORDS})){{2,}}\b")
_LETTER_RUN = re.compile(r"(?<![\w-])[a-z](?:(?:\s+,)?\s+[a-z])+(?![\w-])")


def _letter_as(m: re.Match[str]) -> str:
    letter, word = m[1], m[2]
    return letter if word[0] == letter or word in _SPELLING_WORDS else m[0]


def _german(m: re.Match[str]) -> str:
    return " ".join(w[0] for w in m[0].split() if w != ",")


def _nato(m: re.Match[str]) -> str:
    return " ".join("x" if w == "x" else _NATO[w] for w in m[0].split() if w in _NATO or w == "x")


def spelt_letters(folded: str) -> str:
    """`folded` with a spelling alphabet read as the letters it spells ("l e a")."""
    if (
        not re.search(r"\b(?:wie|as\s+in|like|ypsilon)\b", folded)
        and not _NATO_RUN.search(folded)
        and not _GERMAN_RUN.search(folded)
    ):
        return folded
    text = _LETTER_AS.sub(_letter_as, folded)
    text = _NATO_RUN.sub(_nato, text)
    text = _GERMAN_RUN.sub(_german, text)
    text = re.sub(r"\bypsilon\b", "y", text)
    return _LETTER_RUN.sub(lambda m: _joined(text, m), text)


def _joined(text: str, m: re.Match[str]) -> str:
    """A run of letters as one spelling ("l , e , a": "l e a"); the name said just before it in
    full when they spell its beginning ("fabian , f a b": "fabian , f a b i a n")."""
    letters = "".join(c for c in m[0] if c.isalpha())
    before = re.findall(r"[a-z]+", text[: m.start()])
    if before and len(letters) >= 2 and before[-1].startswith(letters) and len(before[-1]) > 2:
        letters = before[-1]
    return " ".join(letters)


__all__ = ["spelt_letters"]
