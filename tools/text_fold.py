"""Folding spoken German into comparable keys: case, umlauts, ß, accents and sound-alike spellings."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
_SOUND_ALIKES = (("ph", "f"), ("th", "t"), ("ck", "k"), ("dt", "t"), ("ie", "i"), ("y", "i"))


def fold(text: str) -> str:
    """Lower case, umlauts spelled out (ä -> ae), accents dropped, punctuation to single spaces."""
    text = text.strip().lower().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def sound_key(text: str) -> str:
    """A coarser key for what a phone line and a speech recogniser blur: Sophie/Sofie,
    Hoffmann/Hofmann, Yılmaz/Yilmaz. Compared by similarity, not equality."""
    key = fold(text)
    for a, b in _SOUND_ALIKES:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)
