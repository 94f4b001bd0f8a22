"""Regional German (Berlin, Rhenish, Bavarian) read as the standard words it stands for.

A model asked to sound local writes "Is allet jebongt, Freitach um zehne", "Isch hab Se für
Freitach enjetrage", "Freidog um zehne hob i Eana eitrogn", "Dat is abjesacht". Two steps:

- `standard` (in `normalize.fold`, before the clause reader and the detail reader see the text):
  a weekday or an hour said the regional way ("Freitach", "Freidog", "zehne"), and a word that
  no dictionary knows whose regional sound changes ("je" for "ge", a prefix's "en"/"ei" for
  "ein", a dropped final "n", "acht" for "agt", Bavarian "o" for "a", a dropped "ge") give a
  participle the German dictionary knows. Letters keep the origin of the letter at their place,
  as in `misheard.repair`, so spans still point into the original.
- `SPOKEN_DE`: short function words ("dat", "allet", "Se", "ham", "sin") added to the spoken
  forms `tokens.py` spells out for German only (they are English words or too short to guess).
"""

from __future__ import annotations

from functools import lru_cache

from agent.claims import morph
from agent.claims.lazy_pattern import lazy
from agent.claims.word_map import map_words

# "Freitach", "Donnerstach" (Berlin, Rhenish), "Freidog", "Samsdog" (Bavarian)
_WEEKDAY = lazy(r"(mon|diens|mitt|donners|frei|sams|sonn|sunn)(?:tach|dog|tog|dach)")
_WEEKDAY_STEM = {"sunn": "sonn", "mitt": "mittwoch"}
# "zehne", "elfe": an hour with the regional final e
_HOURS = frozenset({"neune", "zehne", "elfe", "zwölfe", "fünfe", "sechse", "siebene", "dreie", "viere",
                    "zweie"})  # fmt: skip
_PREFIXES = (("ein", "ein"), ("en", "ein"), ("ei", "ein"), ("um", "um"), ("ab", "ab"),
             ("uff", "auf"), ("auf", "auf"), ("raus", "raus"), ("aus", "aus"), ("an", "an"),
             ("fest", "fest"), ("", ""))  # fmt: skip


def _cores(core: str) -> list[str]:
    """The standard participle cores a regional core may stand for ("jesacht" -> "gesagt"),
    fewest changes first."""
    if core.startswith("je"):
        base = ["ge" + core[2:]]
    elif core.startswith("ge"):
        base = [core]
    else:
        base = ["ge" + core]  # Bavarian drops "ge" before t/d/g ("eitrogn")
        if core.startswith("d"):
            base.append("get" + core[1:])  # Swabian "d" for "t": "eidrage" (blind 51)
    out: list[str] = []
    for c in base:
        for variant in (c, c.replace("acht", "agt"), c.replace("o", "a")):
            out.append(variant)
            if variant.endswith("e"):
                out.append(variant + "n")  # "enjetrage": the Rhenish drop the final n
            if variant.endswith("n") and not variant.endswith("en"):
                out.append(variant[:-1] + "en")  # "trogn"
    return list(dict.fromkeys(out))


# colloquial participles the dictionary does not know but the reader does ("jebongt")
_COLLOQUIAL = frozenset({"gebongt", "geritzt"})
# short words said the regional way that are no word of either language (or, as "wech", one
# the dictionary lists only as the dialect's)
_WORDS = {"uff": "auf", "wech": "weg", "een": "ein", "eene": "eine", "nee": "nein", "wat": "was",
          "ick": "ich", "kiek": "guck", "kieke": "gucke"}  # fmt: skip
# Berlin sounds in a word no dictionary knows (blind 18): "j" for "g" at its start ("jleich",
# "jibt"), "ch" for "g" at its end ("erledicht")
_BERLIN = ((lazy(r"^j(?=[lrieaou])"), "g"), (lazy(r"icht$"), "igt"),
           (lazy(r"ich$"), "ig"),
           # blind 51 (claims127): "vaschoben" (ver-), "verlecht" (-egt), "bestätijen" (g)
           (lazy(r"^va(?=[bdfghklmnprstwz])"), "ver"), (lazy(r"echt$"), "egt"),
           (lazy(r"(?<=[aeiouäöü])j(?=en$|t$|e$)"), "g"))  # fmt: skip
# a word cut short before an apostrophe ("rausjenomm'", "könn'", "jetz'"): the endings it drops
# ("Anfrag'", "Stund'": a noun's "e" before a verb's "en", blind 51)
_CUT_ENDINGS = ("e", "en", "t", "n")


@lru_cache(maxsize=16384)
def standard_word(word: str) -> str:
    """The standard word a regional `word` stands for, or `word` itself."""
    if len(word) < 3 or not word.isalpha():
        return word
    m = _WEEKDAY.fullmatch(word)
    if m:
        stem = _WEEKDAY_STEM.get(m[1], m[1])
        return stem if stem == "mittwoch" else stem + "tag"
    if word in _HOURS:
        return word[:-1]
    if word in _WORDS:
        return _WORDS[word]
    if morph.is_known(word):
        return word
    for sound, std in _BERLIN:
        candidate = sound.sub(std, word)
        if candidate != word and morph.is_known(candidate, "de"):
            return candidate
    if len(word) < 6:
        return word
    for prefix, std in _PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if len(rest) < 4 or not (rest.startswith("je") or prefix):
            continue
        for core in _cores(rest):
            candidate = std + core
            if candidate != word and (candidate in _COLLOQUIAL or morph.is_known(candidate, "de")):
                return candidate
    return word


@lru_cache(maxsize=4096)
def _cut_word(word: str) -> str:
    """The standard word `word`, written before an apostrophe, was cut from ("könn" ->
    "können", "rausjenomm" -> "rausgenommen"), or `word` itself."""
    if len(word) < 3 or not word.isalpha() or morph.is_known(word):
        return standard_word(word)
    for ending in _CUT_ENDINGS:
        whole = standard_word(word + ending)
        if morph.is_known(whole, "de") or whole in _COLLOQUIAL:
            return whole
    return standard_word(word)


# an "e" said away and written as an apostrophe inside a word: the participle's "g'" ("g'strichen",
# "abg'sagt", "eing'tragn", "vorg'merkt") or an ending's "'n" ("zusag'n", "geschob'n"); the word
# with the "e" back is read when the German dictionary knows it (or its regional form)
_ELIDED = lazy(
    r"(?<![\w'])([a-zäöü]*g)'([a-zäöüß]{2,})(?![\w'])|(?<![\w'])([a-zäöüß]{3,})'(n)(?![\w'])"
)


def _elided_word(word: str) -> str | None:
    """The standard word a word with an elided "e" stands for ("abgesagt"), or None."""
    if morph.is_known(word, "de") or word in _COLLOQUIAL:
        return word
    std = standard_word(word)
    return std if std != word and morph.is_known(std, "de") else None


def _restore_elided(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    if "'" not in text or len(text) != len(chars):
        return chars, origin
    out, org, last = [], [], 0
    for m in _ELIDED.finditer(text):
        head, tail = (m[1], m[2]) if m[1] else (m[3], m[4])
        # the "e" said away ("g'strichen"), or an apostrophe with no letter lost ("abseg'nen")
        word = _elided_word(head + "e" + tail) or _elided_word(head + tail)
        if word is None:
            continue
        out.extend(chars[last : m.start()])
        org.extend(origin[last : m.start()])
        out.extend(word)
        org.extend(_stretched(origin[m.start() : m.end()], len(word)))
        last = m.end()
    if not out:
        return chars, origin
    out.extend(chars[last:])
    org.extend(origin[last:])
    return out, org


def _stretched(origin: list[int], n: int) -> list[int]:
    """`n` origins for a word rewritten from the letters at `origin`: kept places first, the
    added letters take the last one's."""
    return origin[:n] + origin[-1:] * (n - len(origin))


def standard(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Folded characters with regional words replaced by their standard form."""
    chars, origin = _restore_elided(chars, origin)
    n = len(chars)

    def fix(word: str, start: int, end: int, _out: list[str]) -> str:
        if end < n and chars[end] == "'" and (end + 1 == n or not chars[end + 1].isalpha()):
            return _cut_word(word)
        return standard_word(word)

    return map_words(chars, origin, fix)


# German-only spoken forms (see above), spelled out by tokens.py
SPOKEN_DE = {
    "dat": ("das",), "allet": ("alles",), "se": ("sie",), "ham": ("haben",),
    "hamse": ("haben", "sie"), "hamwa": ("haben", "wir"), "sin": ("sind",), "keener": ("keiner",),
    "jut": ("gut",), "jot": ("gut",), "nich": ("nicht",), "hab": ("habe",),
}  # fmt: skip
