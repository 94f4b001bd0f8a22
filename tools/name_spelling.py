"""A caller spelling a name out ("Sophie mit ph", "Brandt mit dt", "Hoffmann mit zwei f und zwei
n", "Hofmann mit einem f", "two f's", "Lea, ohne n", "L E A"): the spelling is taken out of the words to match and kept
as letters the named stylist's name must show. It separates sound-alikes the sound cannot
("Hoffmann" and "Hofmann"), and a spelling that fits nobody named is asked, never ignored. What
the name has not ("Fabian mit F vorne, nicht mit V", "Sophie mit ph, nicht mit f") and a name
made of another ("Lena wie Helene ohne He", "Lea wie Leander ohne nder": as long as the rest,
one letter at most differing) are spellings too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TWO = r"(?:zwei|two|doppel|doppelte[snm]?|doppelt|double|2)"
_ONE = r"(?:einem|einen|ein|one|a\s+single|single|nur\s+einem|only\s+one|1)"
_LETTER = r"([a-z])(?:s\b)?"  # "zwei f", "two f's" (the apostrophe dropped: "fs")
# where in the name a letter is ("mit F vorne", "with a P at the start"): said, not matched
_WHERE = (
    r"(?:\s+(?:vorne|vorn|hinten|am\s+anfang|am\s+ende|in\s+der\s+mitte|at\s+the\s+(?:start"
    r"|front|beginning|end)|in\s+the\s+middle))?"
)
# "Lena wie Magdalena ohne Magda", "Lea like Leander without the nder": the name is the other
# name with a part taken off its start or end
_LIKE = re.compile(
    r"\b(?:wie|like|as\s+in)\s+(?P<whole>[a-z]{4,})\s+(?:ohne|without)\s+(?:(?:das|the|ein|an?)\s+)?"
    r"(?P<cut>[a-z]{1,})\b"
)
_SPELLED = re.compile(
    # "nicht mit V", "not with a ph": a letter or group the name has not
    r"\b(?:nicht|not|kein\w*)\s+(?:mit|with)\s+(?:(?:einem|einen|an?)\s+)?"
    rf"(?P<unlike>ph|dt|th|ck|tz|ff|nn|mm|[a-z])\b{_WHERE}"
    rf"|\b(?:(?:mit|with|und|and)\s+)?(?:(?P<two>{_TWO})\s+{_LETTER.replace('(', '(?P<l2>', 1)}"
    rf"|(?P<one>{_ONE})\s+{_LETTER.replace('(', '(?P<l1>', 1)}"
    r"|(?P<group>ph|dt|th|ck|tz|ff|nn|mm))\b"
    rf"|\b(?:mit|with)\s+(?:(?:einem|einen|an?)\s+)?(?P<letter>[a-z])\b{_WHERE}"
    # "ohne Doppel-f", "without a double f": the name has that letter once at most
    rf"|\b(?:ohne|without)\s+(?:(?:ein|einem|a)\s+)?{_TWO}[\s-]*(?P<undoubled>[a-z])(?:s\b)?\b"
    # "Lea, ohne n", "Lea without an n": a letter the name does not have
    r"|\b(?:ohne|without)\s+(?:(?:das|ein|einem|an|a|the)\s+)?(?P<absent>[a-z])\b"
    r"(?:\s+(?:in\s+der\s+mitte|am\s+ende|in\s+the\s+middle|at\s+the\s+end))?"
    # "L E A", "L-E-A": the name letter by letter (three letters or more)
    r"|(?<![\w-])(?P<letters>[a-z](?:[\s-]+[a-z]){2,})(?![\w-])"
)


@dataclass(frozen=True)
class Spelling:
    doubled: frozenset[str] = frozenset()  # letters said twice in a row ("zwei f")
    single: frozenset[str] = frozenset()  # letters said once ("mit einem f")
    groups: frozenset[str] = frozenset()  # letter groups said ("mit ph", "mit dt")
    absent: frozenset[str] = frozenset()  # letters the name has not ("Lea, ohne n")
    word: str = ""  # the name said letter by letter ("L E A")
    undoubled: frozenset[str] = frozenset()  # letters not doubled ("ohne Doppel-f")
    like: str = ""  # another name with a part taken off ("wie Magdalena ohne Magda": "lena")

    def __bool__(self) -> bool:
        return bool(
            self.doubled
            or self.single
            or self.groups
            or self.absent
            or self.word
            or self.undoubled
            or self.like
        )

    def fits_name(self, name: str) -> bool:
        """Whether the whole folded name is spelled so: "ohne Doppel-f" rules out a name with
        "ff" in any part ("Lena ohne Doppel-f" fits no Lena Hoffmann: asked)."""
        return not any(c * 2 in name for c in self.undoubled)

    def concerns(self, part: str) -> bool:
        """Whether the spelling can be about this name part: it holds a letter doubled, said
        once or grouped. "Lena mit zwei F" is about Lena's surname (Hoffmann): "Lena" has no
        f. Letters a name has not ("ohne n") and a name said letter by letter are always about
        the part said."""
        if self.absent or self.word or self.undoubled or self.like:
            return True
        letters = self.doubled | self.single | {g[0] for g in self.groups}
        return any(c in part for c in letters)

    def fits(self, part: str) -> bool:
        """Whether one folded name part is spelled so."""
        return (
            all(c * 2 in part for c in self.doubled)
            and all(part.count(c) == 1 for c in self.single)
            and all(g in part for g in self.groups)
            and not any(c in part for c in self.absent)
            and (not self.word or self.spells(part))
            and (not self.like or _alike(part, self.like))
        )

    def spells(self, part: str) -> bool:
        """The name said letter by letter is this part, or the part without its silent h
        ("M-E-M-E-T" for Mehmet: the h after a vowel is not heard, so callers leave it out)."""
        return bool(self.word) and self.word in (part, _SILENT_H.sub("", part))


# an h after a vowel and before no vowel: lengthening, not heard ("Mehmet", "Lehmann")
_SILENT_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")


def _alike(part: str, like: str) -> bool:
    """The name part is the name made of another ("wie Helene ohne He": "lene" for Lena): as
    long, and at most one letter differs (said, not spelt)."""
    return len(part) == len(like) and sum(a != b for a, b in zip(part, like, strict=True)) <= 1


def _cut(whole: str, cut: str) -> str:
    """`whole` with `cut` taken off its start or end ("" when it is at neither)."""
    if whole.startswith(cut) and len(cut) < len(whole):
        return whole[len(cut) :]
    if whole.endswith(cut) and len(cut) < len(whole):
        return whole[: -len(cut)]
    return ""


def spelled(folded: str) -> tuple[str, Spelling]:
    """The folded text without what spells a name out, and that spelling."""
    doubled: set[str] = set()
    single: set[str] = set()
    groups: set[str] = set()
    absent: set[str] = set()
    undoubled: set[str] = set()
    word = ""
    like = _LIKE.search(folded)
    like_word = _cut(like["whole"], like["cut"]) if like else ""
    if like is not None:
        folded = folded[: like.start()] + " " + folded[like.end() :]
    for m in _SPELLED.finditer(folded):
        if m["unlike"]:
            absent.add(m["unlike"])
        elif m["l2"]:
            doubled.add(m["l2"])
        elif m["l1"]:
            single.add(m["l1"])
        elif m["group"]:
            groups.add(m["group"])
        elif m["letter"]:
            groups.add(m["letter"])
        elif m["absent"]:
            absent.add(m["absent"])
        elif m["undoubled"]:
            undoubled.add(m["undoubled"])
        elif m["letters"]:
            word = re.sub(r"[\s-]", "", m["letters"])
    if like is not None and not like_word:  # "wie Helene ohne Lo": no name made so, asked
        like_word = "?"
    if not (doubled or single or groups or absent or word or undoubled or like_word):
        return folded, Spelling()
    return " ".join(_SPELLED.sub(" ", folded).split()), Spelling(
        frozenset(doubled),
        frozenset(single),
        frozenset(groups),
        frozenset(absent),
        word,
        frozenset(undoubled),
        like_word,
    )
