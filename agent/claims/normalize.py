"""Folding text written to slip past a word list back to the words a listener hears.

The TTS reads "gеbucht" (Cyrillic е), "ge\u00adbucht" (soft hyphen), "ｇｅｂｕｃｈｔ" or "g-e-b-u-c-h-t"
as "gebucht", so the reader must too. Every step keeps a map from each output character to the
original character it came from: a claim's span must point into the sentence as the guard has it.

Steps: Unicode NFKC (full-width and styled letters), combining marks dropped (a decomposed umlaut
is composed), invisible format characters dropped (zero-width, soft hyphen, bidi marks), letters
of other scripts folded to the Latin letters they look like (Unicode TR39 confusables via
`confusable_homoglyphs`), lower case, digits used as letters inside words ("g3bucht"), spelled-out
letters joined ("g e b u c h t", "g.e.b.u.c.h.t"), whitespace collapsed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from agent.claims import morph
from agent.claims.abbreviations import expanded
from agent.claims.hesitation import without_hesitations
from agent.claims.lazy_pattern import lazy
from agent.claims.line_breaks import joined
from agent.claims.markdown import plain
from agent.claims.memo import per_text
from agent.claims.misheard import repair
from agent.claims.regional_words import standard

# Lower-case Greek letters TR39 does not list as confusable with Latin but that read as one in
# running text ("gεbuchτ"); upper-case forms are covered by TR39.
_LOOKALIKE_EXTRA = {"ε": "e", "τ": "t", "κ": "k", "η": "n", "ρ": "p", "υ": "u", "χ": "x", "ω": "w"}
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}
_QUOTES = {"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"}
# check marks say "done" in a chat-style status line ("Freitag, 10 Uhr ✔"): one sign for all
_CHECKS = {"✔": "✓", "✅": "✓", "☑": "✓", "🗸": "✓", "✓": "✓", "✔️": "✓"}
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
_LEET_ALT = {"1": "l"}
# A number glued to these is a number with a unit, not a word in disguise ("10uhr", "3pm").
_UNITS = lazy(
    r"(uhr|h|min|std|st|nd|rd|th|am|pm|a|p|er|te|ten|ter|tes|tem|mal|x|euro|eur|kg|km|cm|m|s|"
    r"jährig|fach|minuten|stunden)"
)
_ASCII_DIGIT = lazy(r"[0-9]")
# a letter after an apostrophe ends a word ("It's c o n f i r m e d"): no spelled run starts there
# an apostrophe spelled out among the letters is one of them ("y o u ' r e in": blind 34)
_SPELLED = lazy(r"(?<![\w'’])[^\W\d_][-. _/*·+|](?:(?:[^\W\d_]|['’])[-. _/*·+|])+[^\W\d_](?![\w])")


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original text of text[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-text span of text[start:end]."""
        if start >= end or not self.origin:
            return (0, 0)
        return (self.origin[start], self.origin[end - 1] + 1)


def latin_lookalike(ch: str) -> str:
    """The Latin letter a letter of another script looks like (case kept), else `ch`."""
    latin = _confusables().get(ch.lower()) or _confusables().get(ch)
    if latin is None:
        return ch
    return latin.upper() if ch.isupper() else latin


@cache
def _confusables() -> dict[str, str]:
    """Non-Latin letters -> the ASCII letter they are confusable with (Unicode TR39)."""
    data = json.loads(
        resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    )
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or "LATIN" in unicodedata.name(char, "LATIN") or not char.isalpha():
            continue
        for glyph in glyphs:
            c = glyph["c"]
            if len(c) == 1 and c.isascii() and c.isalpha():
                table[char] = c
                break
    table.update(_LOOKALIKE_EXTRA)
    table.update(_latin_variants())
    return table


def _latin_variants() -> dict[str, str]:
    """Latin letters that are another letter in disguise: small capitals ("ɢᴇʙᴜᴄʜᴛ"), the
    dotless i ("stornıert"), script and turned forms. Letters with a diacritic keep it."""
    table: dict[str, str] = {}
    for block in ((0x0100, 0x02B0), (0x1D00, 0x1DC0), (0xA720, 0xA800), (0xAB30, 0xAB70)):
        for code in range(*block):
            char = chr(code)
            name = unicodedata.name(char, "")
            last = name.rsplit(" ", 1)[-1]
            if name.startswith("LATIN") and "WITH" not in name and len(last) == 1:
                if char.isalpha() and char not in "ßäöüÄÖÜ":
                    table[char] = last.lower()
    return table


# ASCII needs nothing but lower case and plain spaces: folded a run at a time
_ASCII_RUN = lazy(r"[\x00-\x5f\x61-\x7f]+")  # every ASCII character but "`"
_ASCII_FOLD = str.maketrans(
    {chr(c): " " if chr(c).isspace() else chr(c).lower() for c in range(128) if chr(c) != "`"}
)


def _fold_chars(text: str) -> tuple[list[str], list[int]]:
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        run = _ASCII_RUN.match(text, i)
        if run:
            out.extend(run.group().translate(_ASCII_FOLD))
            origin.extend(range(i, run.end()))
            i = run.end()
            continue
        ch = text[i]
        one = _fold_one(ch)
        if one is None:
            _fold_in_context(ch, i, out, origin)
        else:
            out.extend(one)
            origin.extend([i] * len(one))
        i += 1
    return out, origin


@lru_cache(maxsize=4096)
def _fold_one(ch: str) -> tuple[str, ...] | None:
    """What one character folds to, or None when that depends on the character before it (a
    combining diaeresis that makes the vowel before it an umlaut)."""
    if ch in _QUOTES:
        ch = _QUOTES[ch]
    if ch in _CHECKS:
        return (" ", "✓", " ")
    if "\u0308" in unicodedata.normalize("NFKC", ch):
        return None
    out: list[str] = []
    _fold_in_context(ch, 0, out, [])
    return tuple(out)


def _fold_in_context(ch: str, i: int, out: list[str], origin: list[int]) -> None:
    fold = _confusables()
    if ch in _QUOTES:
        ch = _QUOTES[ch]
    if ch in _CHECKS:
        out.extend(" ✓ ")
        origin.extend((i, i, i))
        return
    for c in unicodedata.normalize("NFKC", ch):
        cat = unicodedata.category(c)
        if cat == "Mn" or cat == "Me":
            if c == "\u0308" and out and out[-1] in _UMLAUT:
                out[-1] = _UMLAUT[out[-1]]
            continue
        if cat == "Cf" or c == "\u00ad":
            continue
        if c.isspace():
            c = " "
        elif c.isalpha() and c not in "ßäöüÄÖÜ" and (ord(c) > 0x24F or c in fold):
            c = fold.get(c, c)
        out.append(c.lower() if c != "İ" else "i")
        origin.append(i)


def _word_before_run(text: str, m: re.Match[str]) -> bool:
    """Whether the spelled run `m` begins with a one-letter word ("I", "a") the rest does not
    belong to: the run joined is no word, the run without it is ("I h a v e n't" -> "I haven't",
    not "ihaven't"). Most runs begin with no such letter: no dictionary look-up then."""
    if text[m.start()].lower() not in "ia" or m.end() - m.start() < 7:
        return False
    run = text[m.start() : m.end()]
    tail = text[m.end() :].split(" ", 1)[0]  # "n't" after the run's last letter
    joined = run[::2] + tail
    return not morph.is_known(joined.lower()) and morph.is_known(joined[1:].lower())


def _dispell(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Join spelled-out letters: "g-e-b-u-c-h-t", "g e b u c h t", "g.e.b.u.c.h.t"."""
    text = "".join(chars)
    keep = [True] * len(chars)
    pos = 0
    while m := _SPELLED.search(text, pos):
        seps = {text[i] for i in range(m.start() + 1, m.end(), 2)}
        if len(seps) != 1:
            # "don't n.e.e.d": the run began a letter early ("t n.e…"); try from the next one
            pos = m.start() + 2
            continue
        if _word_before_run(text, m):
            # "I h a v e n't": the run began with the word "I" (or "a") before it (blind 47)
            pos = m.start() + 2
            continue
        for i in range(m.start() + 1, m.end(), 2):
            keep[i] = False
        pos = m.end()
    return [c for c, k in zip(chars, keep, strict=True) if k], [
        o for o, k in zip(origin, keep, strict=True) if k
    ]


def unleet_word(word: str, disguised: bool = False) -> str:
    """`disguised`: other words of the text are written in digits, so "1st" is "ist" there."""
    if not any(c.isdigit() for c in word) or not any(c.isalpha() for c in word):
        return word
    lead = re.match(r"\d+", word)
    if lead and _UNITS.fullmatch(word[lead.end() :]):
        plain = "".join(_LEET.get(c, c) for c in word)
        if disguised and morph.is_known(plain):
            return plain
        return word  # "10uhr", "3pm", "2mal"
    if re.fullmatch(r"\d+[.:]\d+\w*|\d+[a-z]{0,3}\d+", word):
        return word
    plain = "".join(_LEET.get(c, c) for c in word)
    if "1" in word and not morph.is_known(plain):
        alt = "".join(_LEET_ALT.get(c, _LEET.get(c, c)) for c in word)
        if morph.is_known(alt):
            return alt
    return plain


def may_be_leet(text: str) -> bool:
    if "@" in text or "$" in text:
        return True
    return bool(_ASCII_DIGIT.search(text)) if text.isascii() else any(c.isdigit() for c in text)


def dispelled(text: str) -> str:
    """`text` with its spelled-out letters joined, as `fold` joins them, in its own case
    ("I'm s o r r y" -> "I'm sorry"; `unleeted.unspelled`)."""
    return "".join(_dispell(list(text), list(range(len(text))))[0])


def leet_words(text: str) -> list[tuple[re.Match[str], str]]:
    """Each word of `text` written with digits, "@" or "$" for letters, with the lower-case
    letters it spells (`fold` and `unleeted.unleeted` read such words alike)."""
    if not may_be_leet(text):
        return []  # most sentences: no digit, "@" or "$" that could stand for a letter
    found = list(re.finditer(r"[\w@$]+", text))
    words = [m.group().lower().replace("@", "a").replace("$", "s") for m in found]
    disguised = any(unleet_word(w) != w for w in words)
    spelt = [(m, unleet_word(w, disguised)) for m, w in zip(found, words, strict=True)]
    after = ["", *words[:-1]]  # the word before each: a code after its noun is no disguise
    return [
        (m, letters)
        for (m, letters), before in zip(spelt, after, strict=True)
        if letters != m.group().lower() and before not in _CODE_NOUNS
    ]


# the nouns a code follows ("Referenz 7F3K", "reference 7F3K"): its digits are digits (D42,
# convention 1109), not letters disguised
_CODE_NOUNS = frozenset({"referenz", "reference", "ref", "referenznummer", "code", "id"})


def _unleet(chars: list[str], origin: list[int]) -> list[str]:
    out = list(chars)
    for m, letters in leet_words("".join(chars)):
        out[m.start() : m.end()] = list(letters)
    return out


# a weekday torn in two by speech to text: "frei tag", "sams tag" (blind 11); anywhere inside,
# two letters or more each side (claims145, blind 46: "Let me just lock in Frid ay at eleven")
_TORN_WEEKDAY = lazy(r"\b(?=((?:mo|tu|we|th|fr|sa|su|di|do|mi|so)[a-zä]*)( )([a-z]{2,})\b)")
_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag".split()
)


# an ISO timestamp's "T" between date and time: "2025-11-28T10:00" (blind 11)
_ISO_T = lazy(r"(?<=\d{4}-\d\d-\d\d)t(?=\d\d:\d\d)")


def _iso_stamp(chars: list[str]) -> list[str]:
    text = "".join(chars)
    if "-" in text:
        for m in _ISO_T.finditer(text):
            chars[m.start()] = " "
    return chars


def _join_weekday(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    if "tag" not in text and "ay" not in text:  # "donner stag" tears before the "tag" too
        return chars, origin
    gaps = {
        m.start(2)
        for m in _TORN_WEEKDAY.finditer(text)
        if len(m[1]) > 1 and m[1] + m[3] in _WEEKDAY_NAMES
    }
    if not gaps:
        return chars, origin
    kept = [i for i in range(len(chars)) if i not in gaps]
    return [chars[i] for i in kept], [origin[i] for i in kept]


@per_text(maxsize=64)
def fold(text: str) -> Folded:
    """`text` as the reader sees it, with the way back to the original."""
    chars, origin = _fold_chars(plain(text))
    chars, origin = _dispell(*joined(chars, origin))
    chars = _unleet(chars, origin)
    chars, origin = without_hesitations(*repair(chars, origin))
    chars, origin = standard(chars, origin)  # regional German
    chars, origin = _join_weekday(_iso_stamp(chars), origin)
    chars, origin = expanded(chars, origin, text)  # "Buchungsnr.", "Hr. Spitzer", "z. B."
    text = "".join(chars)
    if len(text) == len(chars) and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return Folded(text, tuple(origin))  # no space to collapse (most sentences)
    # collapse whitespace
    out: list[str] = []
    org: list[int] = []
    for c, o in zip(chars, origin, strict=True):
        if c == " " and (not out or out[-1] == " "):
            continue
        out.append(c)
        org.append(o)
    while out and out[-1] == " ":
        out.pop()
        org.pop()
    return Folded("".join(out), tuple(org))


def normalize(text: str) -> str:
    """The folded text alone (see `fold`)."""
    return fold(text).text


def straight_apostrophes(text: str) -> str:
    """Text with the typographic apostrophe as "'" ("you’re" -> "you're"), case and length kept:
    the sentence-level steps match patterns written with "'" on the text as said (the reader
    itself folds every quote sign, `_QUOTES`)."""
    return text.replace("’", "'")
