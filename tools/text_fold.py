"""Folding spoken German into comparable keys: case, umlauts, ß, accents and sound-alike spellings."""

from __future__ import annotations

import functools
import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
# Spellings a phone line and a speech recogniser blur, in the order they are applied.
_SOUND_ALIKES = (
    ("ae", "e"),  # an accent's ä for e: Mämo ~ Memo, Mähmet ~ Mehmet
    ("sch", "s"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("dt", "t"), ("tz", "z"), ("ie", "i"),
    ("ey", "ai"), ("ei", "ai"), ("ay", "ai"), ("y", "i"), ("j", "i"), ("z", "s"), ("v", "f"),
    ("w", "v"), ("qu", "kv"), ("c", "k"), ("x", "ks"),
)  # fmt: skip


_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=65536)  # pure; the readers fold the same words again and again
def fold(text: str) -> str:
    """Lower case, umlauts spelled out (ä -> ae), accents dropped, punctuation to single spaces."""
    text = text.strip().lower().translate(_UMLAUTS)
    if not text.isascii():  # ASCII has no accents to drop (NFKD leaves it as it is)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_LETTER_OR_DIGIT.sub(" ", text).strip()


def _word_key(word: str) -> str:
    word = re.sub(r"ch(?=[bdfgklmnpqrstvwxz])", "h", word)  # Mechmet ~ Mehmet, Achmed ~ Ahmed
    for a, b in _SOUND_ALIKES:
        word = word.replace(a, b)
    word = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", word)  # Dehnungs-h: Leah, Mehmet -> Memet
    word = re.sub(r"er$", "a", word)  # a final -er sounds like -a: Spitzer ~ Spitza
    word = re.sub(r"d$", "t", word)  # final devoicing: Brand ~ Brandt
    word = re.sub(r"g$", "k", word)
    return re.sub(r"(.)\1+", r"\1", word)


@functools.lru_cache(maxsize=65536)  # pure
def sound_key(text: str) -> str:
    """A coarser key for what a phone line and a speech recogniser blur: Sophie/Sofie,
    Hoffmann/Hofmann, Yılmaz/Jilmas, Spitzer/Spitza, Brandt/Brand. Compared by similarity or
    equality, never as proof that two different names are one."""
    return " ".join(_word_key(w) for w in fold(text).split())
