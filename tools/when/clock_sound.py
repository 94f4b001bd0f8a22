"""An hour the recogniser wrote as a word that sounds like it, after "um" / "gegen": "um zähn"
(zehn), "um ölf" (elf), and an "n" carried over from "um" onto a vowel: "um nacht" (acht), "um
nelf" (elf), "um neins" (eins).

Read by sound, never by a list of misspellings: the word's sound key (`tools.text_fold`), with
umlauts heard as their plain vowels, equals one hour word's; or the word is "n" and an hour word
beginning with a vowel. A word that is a word of the reader's ("um neun", "um nachmittag") is
left as said, and so is anything not after a clock's preposition.

Works on normalized text (`tools.when.normalize`: hour words already digits, umlauts folded)."""

from __future__ import annotations

import functools
import re

from tools.text_fold import sound_key

_HOURS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwoelf": 12,
}  # fmt: skip
_AFTER_CLOCK_WORD = re.compile(r"\b(?P<prep>um|gegen|so\s+um)\s+(?P<word>[a-z]+)\b(?!\s*\d)")


def _plain(key: str) -> str:
    """The sound key with umlauts heard as plain vowels and doubled letters once."""
    key = key.replace("ae", "e").replace("oe", "e").replace("ue", "i")
    return re.sub(r"(.)\1+", r"\1", key)


@functools.cache
def _by_sound() -> dict[str, int]:
    return {_plain(sound_key(word)): hour for word, hour in _HOURS.items()}


def _hour(word: str, prep: str) -> int | None:
    if word in _HOURS:
        return None  # already an hour word the reader knows
    hour = _by_sound().get(_plain(sound_key(word)))
    if hour is not None:
        return hour
    rest = word[1:]
    if prep.endswith("um") and word.startswith("n") and rest[:1] in "aeiou" and rest in _HOURS:
        return _HOURS[rest]  # "um nacht": the "n" heard across from "um" ("gegen Nacht" stays)
    return None


def clock_by_sound(text: str) -> str:
    """`text` with an hour said after "um" / "gegen" and written as a sound-alike as digits."""

    def read(m: re.Match[str]) -> str:
        hour = _hour(m["word"], m["prep"])
        return m[0] if hour is None else f"{m['prep']} {hour}"

    return _AFTER_CLOCK_WORD.sub(read, text)
