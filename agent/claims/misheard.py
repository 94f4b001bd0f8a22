"""Claim words misheard or mistyped: "Ihr Thermin ist gebucht", "eingetragn", "You're all boked".

Speech-to-text and a hurried model drop, add, swap or change one letter of a claim word; the TTS
still says the word the caller understands. A word one edit (Damerau-Levenshtein) from exactly one
claim word of either language is read as that word when it is not itself a word in use: its
frequency (`wordfreq`, Zipf scale) is below `_RARE` in both languages (read from the small file
near_words.py holds, built from wordfreq by near_words_build.py). So "looked", "hooked" or
"Therme" (common words one letter from "booked", "Termin") stay what they are, while "gebuht",
"apointment" and "boked" (rare or no words at all) are read as the claim word, unless it is an
inflected form of a word in use ("storniere"), an English participle with German "ge"
("gescheduled", read by borrowed.py) or a piece of a word written apart ("res
cheduled", which the reader joins itself). A bare verb after "been" ("has been book") is read as
its participle. Words shorter
than five letters are left alone: one edit turns too many short words into others. A German
claim word with its "u" written as English "oo" ("geboocht") is read as that word too.
"""

from __future__ import annotations

from functools import lru_cache

from agent.claims import lemmas, near_words
from agent.claims.lazy_pattern import lazy
from agent.claims.word_map import map_words

# claim-bearing word forms of both languages (the forms the reader's rules look for)
_TARGETS = frozenset({
    "gebucht", "eingebucht", "umgebucht", "eingetragen", "termin", "terminiert", "bestätigt",
    "storniert", "abgesagt", "verschoben", "reserviert", "notiert", "vorgemerkt", "gespeichert",
    "buchung", "festgehalten", "hinterlegt", "erledigt",
    "booked", "appointment", "confirmed", "cancelled", "canceled", "rescheduled", "reserved",
    "booking", "scheduled",
})  # fmt: skip
# a claim word with its letters stretched ("GEESTRIICHEEN", "BOOOOKEED", "COONFIIRMEED"): the
# target whose letters, each run of one letter said once, are the word's
_STRETCH = lazy(r"(.)\1+")
_STRETCHED = {_STRETCH.sub(r"\1", t): t for t in (*_TARGETS, "gestrichen")}
_RARE = 2.0  # Zipf: about once in 10 million words
_COMMON_LEMMA = 2.5  # an inflected form of a word in use ("storniere": "stornieren")
_MIN_LENGTH = 5


def warm_up() -> None:
    """Load the word frequencies before the first sentence of a call."""
    near_words.section(near_words.NEAR)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one deletion, insertion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=16384)
def repaired(word: str) -> str:
    """The claim word `word` was meant to be, or `word` itself."""
    if len(word) < _MIN_LENGTH or word in _TARGETS or not word.isalpha():
        return word
    stretched = _STRETCHED.get(_STRETCH.sub(r"\1", word))
    if (
        stretched is not None
        and len(word) >= len(stretched) + 2
        and not any(_one_edit(word, t) for t in _TARGETS)
    ):
        # letters doubled twice or more, none other than its own (one edit away: decided below)
        return stretched
    u_spelled = word.replace("oo", "u")  # "geboocht": the German "u" heard as English "oo"
    if u_spelled != word and u_spelled in _TARGETS:
        return word if word in near_words.section(near_words.NEAR) else u_spelled
    near = [t for t in _TARGETS if _one_edit(word, t)]
    if len(near) != 1:
        return word
    if word in near_words.section(near_words.NEAR):
        return word  # Zipf >= _RARE in German or English
    if word.startswith("ge") and word[2:] in near_words.section(near_words.BORROWED):
        return word  # a borrowed participle ("gescheduled"), read by borrowed.py
    for lang in ("de", "en"):
        lemma = lemmas.lemmatize(word, lang).lower()
        if lemma != word and near_words.common_lemma(lemma, lang):
            return word  # Zipf >= _COMMON_LEMMA
    return near[0]


# a bare verb where the participle belongs: "Your appointment has been book"
_BARE_AFTER_BEEN = {
    "book": "booked", "confirm": "confirmed", "cancel": "cancelled", "reschedule": "rescheduled",
    "reserve": "reserved", "move": "moved",
}  # fmt: skip


def _split_word(chars: list[str], i: int, j: int) -> bool:
    """Whether chars[i:j] is a piece of a word written apart ("res cheduled"): joined with the
    word before or after it, it is a claim word."""
    text = "".join(chars)
    before = text[:i].rstrip(" -")
    after = text[j:].lstrip(" -")
    prev = before[len(before.rstrip("abcdefghijklmnopqrstuvwxyzäöüß")) :]
    nxt = after[: len(after) - len(after.lstrip("abcdefghijklmnopqrstuvwxyzäöüß"))]
    word = text[i:j]
    return (prev + word) in _TARGETS or (word + nxt) in _TARGETS


def repair(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Folded characters with misheard claim words replaced (each new letter keeps the origin of
    the letter at its place in the word as written, so spans still point into the original)."""

    def fix(word: str, i: int, j: int, out: list[str]) -> str:
        fixed = repaired(word)
        if word in _BARE_AFTER_BEEN and "".join(out).rstrip().endswith(" been"):
            fixed = _BARE_AFTER_BEEN[word]
        if fixed != word and _split_word(chars, i, j):
            fixed = word
        return fixed

    return map_words(chars, origin, fix)
