"""Words of a folded sentence, each with its lemma and its place in the original text.

Contractions are spelled out ("you're" -> "you are", "hab's" -> "hab es") so the clause readers see
one word per grammatical function. A word torn in two to slip past a list ("gebu cht") is joined
again when the joined form is a word the reader has a meaning for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from agent.claims import borrowed, morph
from agent.claims.abbreviations import abbreviation_dot
from agent.claims.details import MONTHS, WEEKDAYS, may_is_month
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import Folded
from agent.claims.regional_words import SPOKEN_DE

_WORD = lazy(
    r"(?<![\w.])[ap]\.m\.(?!\w)|✓|\d{1,2}[:.]\d{2}(?![\d:])|[^\W_]+(?:[-'][^\W_]+)*'?|[.,;:!?…–—\"„“”«»()/]|(?<=\s)-(?=\s)"
)
_EN_CONTRACTIONS = {
    "'re": ("are",),
    "'ve": ("have",),
    "'m": ("am",),
    "'ll": ("will",),
    "'d": ("would",),
    "'s": ("is",),
}
_EN_NEGATED = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not")}
_DE_CLITIC = {"'s": ("es",)}
# spoken and dialect forms a transcript or a chatty model writes, in the standard words
_DE_SPOKEN = {
    "hamma": ("haben", "wir"), "hammer": ("haben", "wir"), "hob": ("habe",), "i": ("ich",),
    "di": ("dich",), "dei": ("dein",), "isch": ("ist",), "is": ("ist",), "net": ("nicht",),
    "ned": ("nicht",), "nix": ("nichts",), "zehni": ("zehn",), "elfi": ("elf",),
    "eana": ("ihnen",), "ihna": ("ihnen",), "san": ("sind",), "stoht": ("steht",),
    "kemman": ("kommen",), "kummen": ("kommen",), "hams": ("haben", "sie"), "de": ("der",),
    "isses": ("ist", "es"), "dit": ("das",), "wat": ("was",), "ick": ("ich",), "s": ("sie",),
    "s'": ("sie",), "gricht": ("erledigt",),
}  # fmt: skip
_DE_SPOKEN.update(SPOKEN_DE)  # regional forms (Berlin, Rhenish, Bavarian)
_EN_SPOKEN = {"y'all": ("you", "all"), "ya": ("you",), "gonna": ("going", "to"),
              # speech to text drops the apostrophe (blind 11): "youre all set", "thats in"
              "youre": ("you", "are"), "thats": ("that", "is"), "youve": ("you", "have"),
              "weve": ("we", "have"), "theyre": ("they", "are")}  # fmt: skip
_ABBREVIATIONS = {"z.b", "bzw", "usw", "ca", "dr", "nr", "str", "tel", "hr", "fr", "e.g", "i.e"}


@dataclass(frozen=True)
class Token:
    text: str  # folded, lower case ("gebucht")
    lemma: str  # ("buchen")
    start: int  # span in the folded text
    end: int
    capital: bool = False  # written with a capital in the original (a German noun, mostly)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text == "✓"


_PREDICATE_AFTER_S = frozenset({
    "yours", "all", "booked", "confirmed", "done", "set", "cancelled", "canceled", "been",
    "now", "in", "on", "off", "gone", "free", "taken", "moved", "sorted", "fine", "final", "a",
    "official", "locked", "scheduled", "rescheduled", "not", "already", "no", "still",
})  # fmt: skip


# Swiss and Bavarian participles the regular rules cannot reach: "gseit" (gesagt), "gno"
_IRREGULAR_PARTICIPLES = {
    "gseit": "gesagt",
    "gsait": "gesagt",
    "gno": "genommen",
    "gnoh": "genommen",
    "treit": "getragen",  # "iitreit": eingetragen
}
# separable prefixes as dialects spell them: "ygtrage" (eingetragen), "abgseit", "uf", "us"
_DIALECT_PREFIXES = (("ab", "ab"), ("ein", "ein"), ("ii", "ein"), ("y", "ein"), ("um", "um"),
                     ("uf", "auf"), ("us", "aus"), ("aus", "aus"), ("ver", "ver"))  # fmt: skip


# participles that make "'s" "has" and "'d" "had" ("Fabian's seen it", "I'd already cancelled")
_PERFECT_AFTER_S = frozenset({"seen", "got", "given", "kept", "taken", "made", "had", "put"})
_PERFECT_AFTER_D = _PERFECT_AFTER_S | {"already", "been", "done", "just", "booked", "cancelled"}


def _perfect_follows(nxt: str) -> bool:
    return nxt in _PERFECT_AFTER_D - {"just"} or (len(nxt) > 4 and nxt.endswith("ed"))


@lru_cache(maxsize=65536)
def dialect_participle(word: str) -> str | None:
    """ "gmacht", "gspeicheret" (Bavarian, Swiss), "jebucht" (Berlin), "ygtrage", "abgseit",
    "verschobe" (Swiss): the standard participle, when the dictionary knows it and the word
    itself is unknown."""
    if len(word) < 3 or morph.is_known(word, "de"):
        return None
    if word in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[word]
    if len(word) < 5:
        return None
    core = _dialect_core(word)
    if core is not None:
        return core
    for prefix, standard in _DIALECT_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3:
            inner = _IRREGULAR_PARTICIPLES.get(rest) or _dialect_core(rest)
            if inner is None and prefix == "ver" and rest.endswith("e"):
                inner = rest + "n"  # "verschobe": the Swiss drop the final n
            if inner and morph.is_known(standard + inner, "de"):
                return standard + inner
    return None


def _dialect_core(word: str) -> str | None:
    stems = []
    if word[0] == "g" and word[1] not in "aeiouäöüy":
        stems.append("ge" + word[1:])
    if word.startswith("je"):
        stems.append("ge" + word[2:])
    for stem in list(stems):
        if stem.endswith("eret") or stem.endswith("elet"):
            stems.append(stem[:-3] + "rt" if stem.endswith("eret") else stem[:-3] + "lt")
        if stem.endswith("e"):
            stems.append(stem + "n")  # "gtrage": getragen
        if stem.endswith("n") and not stem.endswith("en"):
            stems.append(stem[:-1] + "en")  # "eingtragn": Bavarian drops the e
    return next((s for s in stems if morph.is_known(s, "de")), None)


@lru_cache(maxsize=65536)
def _contraction_parts(word: str, lang: str, nxt: str) -> tuple[str, ...]:
    return tuple(_split_contraction(word, lang, nxt))


def _split_contraction(word: str, lang: str, nxt: str = "") -> list[str]:
    spoken = (_DE_SPOKEN if lang == "de" else _EN_SPOKEN).get(word)
    if spoken:
        return list(spoken)
    if lang == "de" and (standard := dialect_participle(word)):
        return [standard]
    if lang == "en" and word.endswith("'s") and nxt in _PERFECT_AFTER_S:
        return [word[:-2], "has"]  # "Fabian's seen your appointment"
    if lang == "en" and word.endswith("'s") and nxt in _PREDICATE_AFTER_S:
        return [word[:-2], "is"]  # "That slot's yours": "is", not a possessive
    if lang == "en":
        if word in _EN_NEGATED:
            return list(_EN_NEGATED[word])
        if word.endswith("n't") and len(word) > 3:
            return [word[:-3], "not"]
        for tail, parts in _EN_CONTRACTIONS.items():
            if word.endswith(tail) and len(word) > len(tail):
                head = word[: -len(tail)]
                if tail == "'s" and head not in {
                    "it",
                    "that",
                    "what",
                    "there",
                    "here",
                    "he",
                    "she",
                    "everything",
                    "who",
                    "let",
                }:
                    return [head]  # possessive: "Fabian's"
                if head == "let":
                    return ["let", "us"]
                if tail == "'d" and _perfect_follows(nxt):
                    return [head, "had"]  # "I'd cancelled Friday": past perfect, not "would"
                return [head, *parts]
    else:
        for tail, parts in _DE_CLITIC.items():
            if word.endswith(tail) and len(word) > len(tail):
                return [word[: -len(tail)], *parts]
    return [word.strip("'")] if word.strip("'") else [word]


def tokenize(
    folded: Folded,
    original: str,
    lang: str,
    meaningful: Callable[[str], bool],
) -> list[Token]:
    """The words and punctuation of `folded`; `meaningful(lemma)` tells which words to re-join."""
    text = folded.text
    raw = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    raw = _join_torn(raw, lang, meaningful)
    tokens: list[Token] = []
    for i, (word, start, end) in enumerate(raw):
        if (
            word == "."
            and tokens
            and _ordinal_dot(tokens[-1], raw, i)
            and not (lang == "en" and _sentence_after(tokens[-1], raw, i, folded, original))
        ):
            prev = tokens[-1]
            tokens[-1] = Token(prev.text + ".", prev.lemma, prev.start, end, prev.capital)
            continue
        if not word[:1].isalnum():
            tokens.append(Token(word, word, start, end))
            continue
        o_start, o_end = folded.span(start, end)
        orig = original[o_start:o_end]
        capital = bool(orig[:1].isupper()) and not (
            orig.isupper() and sum(ch.isalpha() for ch in orig) > 1
        )
        nxt = raw[i + 1][0] if i + 1 < len(raw) else ""
        if lang == "en" and word == "may" and may_is_month(text[:start], text[end:]):
            word = "mai"  # the month, not the modal ("Your appointment in May is booked")
        parts = _contraction_parts(word, lang, nxt)
        for part in parts:
            part = borrowed.native(part, lang)  # "Ihr Appointment ist confirmed"
            tokens.append(Token(part, morph.lemma(part, lang), start, end, capital))
        if (
            lang == "en"
            and word in _AM_PM
            and _sentence_after(tokens[-1], raw, i, folded, original)
        ):
            tokens.append(Token(".", ".", end - 1, end))  # "… at 10 a.m. Does that work?"
    return tokens


_AM_PM = ("a.m.", "p.m.")


def _sentence_after(
    prev: Token, raw: list[tuple[str, int, int]], i: int, folded: Folded, original: str
) -> bool:
    """Whether the dot after an hour ends an English sentence (claims145, blind 41): English
    writes no ordinal dot, so "at 11. Anything else?" and "at 10 a.m. Does that work for you?"
    are two sentences, the second a question of its own; a German date in an English reply
    ("the 28. November"), a weekday after "a.m." and a word in lower case are not cut."""
    if not (prev.text.isdigit() or prev.text in _AM_PM) or i + 1 >= len(raw):
        return False
    nxt, n_start, n_end = raw[i + 1]
    if not nxt[:1].isalpha() or nxt in MONTHS or nxt in WEEKDAYS:
        return False
    o_start, _ = folded.span(n_start, n_end)
    return original[o_start : o_start + 1].isupper()


def _ordinal_dot(prev: Token, raw: list[tuple[str, int, int]], i: int) -> bool:
    """ "28. November", "z.B. morgen": a dot that does not end the sentence."""
    nxt = raw[i + 1][0] if i + 1 < len(raw) else ""
    if _DAY_NUMBER.fullmatch(prev.text) and (nxt[:1].isalnum() or nxt == ","):
        return True  # "28. November", "am Freitag, dem 28., um zehn"
    if len(prev.text) == 1 and prev.text.isalpha() and nxt and not nxt[:1].isalnum():
        return True  # an initial: "bei F. – gebucht"
    return prev.text in _ABBREVIATIONS or abbreviation_dot(prev.text, nxt)  # "Sa. bis 14 Uhr"


def _mend(
    raw: list[tuple[str, int, int]], lang: str, meaningful: Callable[[str], bool]
) -> list[tuple[str, int, int]]:
    """Words disguised with marks inside them, when the mended word is one the reader means:
    "ge.bucht", "stor-niert", "ge-stri-chen", "gebuuucht"."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        word, start, end = raw[i]
        if (
            i + 2 < len(raw)
            and raw[i + 1][0] in {".", "/", "-"}
            and raw[i + 1][1] == end
            and raw[i + 2][1] == raw[i + 1][2]
            and word.isalpha()
            and raw[i + 2][0].isalpha()
        ):
            joined = word + raw[i + 2][0]
            if meaningful(morph.lemma(joined, lang)):
                out.append((joined, start, raw[i + 2][2]))
                i += 3
                continue
        if "-" in word and all(p.isalpha() for p in word.split("-")):
            parts = word.split("-")
            joined = "".join(parts)
            if (
                min(len(p) for p in parts) <= 3
                or not all(morph.is_known(p, lang) for p in parts)
                or morph.is_known(joined, lang)
            ) and meaningful(morph.lemma(joined, lang)):
                word = joined
        if len(word) >= 5 and word.isalpha() and not morph.is_known(word, lang):
            word = _retyped(word, lang, meaningful) or word  # "eingetargen", "Temin"
        if _TRIPLED.search(word):
            for variant in (_TRIPLES.sub(r"\1", word), _TRIPLES.sub(r"\1\1", word)):
                if meaningful(morph.lemma(variant, lang)):
                    word = variant
                    break
        out.append((word, start, end))
        i += 1
    return out


_OFTEN_DROPPED = "rnetsilah"
_TRIPLED = lazy(r"(\w)\1\1")  # "gebuuucht"
_TRIPLES = lazy(r"(\w)\1{2,}")
_DAY_NUMBER = lazy(r"\d{1,2}(\.\d{1,2})?")  # "28", "28.11"


def _retyped(word: str, lang: str, meaningful: Callable[[str], bool]) -> str | None:
    """A typo in a word the reader means: two letters swapped ("eingetargen") or one left out
    ("Temin"); only when the word as written is no word and the mended one is."""
    variants = [word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, len(word) - 2)]
    if len(word) <= 8:
        variants += [word[:k] + c + word[k:] for k in range(2, len(word)) for c in _OFTEN_DROPPED]
    for v in variants:
        if morph.is_known(v, lang) and meaningful(morph.lemma(v, lang)):
            return v
    return None


def _join_torn(
    raw: list[tuple[str, int, int]], lang: str, meaningful: Callable[[str], bool]
) -> list[tuple[str, int, int]]:
    raw = _mend(raw, lang, meaningful)
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        word, start, end = raw[i]
        # "ein ge tra gen": a word torn into several short pieces
        n = 0
        if len(word) <= 4 and word.isalpha():  # (the first piece is a short word)
            short = 1  # how many short words run from here (up to 4)
            while short < 4 and i + short < len(raw):
                piece = raw[i + short][0]
                if len(piece) > 4 or not piece.isalpha():
                    break
                short += 1
            for n in (4, 3):
                if short >= n:
                    pieces = raw[i : i + n]
                    joined = "".join(p[0] for p in pieces)
                    if not morph.is_known(word + pieces[1][0], lang) and meaningful(
                        morph.lemma(joined, lang)
                    ):
                        out.append((joined, start, pieces[-1][2]))
                        i += n
                        break
            else:
                n = 0
        if n:
            continue
        if i + 1 < len(raw) and word.isalpha() and raw[i + 1][0].isalpha():
            nxt, _, nend = raw[i + 1]
            joined = word + nxt
            if (
                min(len(word), len(nxt)) <= 2
                or not morph.is_known(word, lang)
                or not morph.is_known(nxt, lang)
                or morph.is_known(joined, lang)
            ) and meaningful(morph.lemma(joined, lang)):  # the dictionary look-ups first: cheap
                out.append((joined, start, nend))
                i += 2
                continue
        out.append((word, start, end))
        i += 1
    return out
