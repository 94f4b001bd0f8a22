"""Rebuild `data/near_words.txt.gz`, the word frequencies misheard.py needs, from `wordfreq`.

Run: python -m agent.claims.near_words_build  (needs the dev extra: wordfreq)

misheard.py asks three frequency questions, and this file answers each for every possible word:
- is a word one edit from exactly one claim word in use (Zipf >= RARE in German or English)? All
  one-edit neighbours of the claim words are enumerated over every letter wordfreq's lists hold
  or fold to (case folding, NFC); a word with any other letter is in neither list (Zipf 0);
- is the rest of "ge..." such a word an English word in use (a borrowed participle)?
- is a lemma simplemma gives a word in use (Zipf >= COMMON_LEMMA)? simplemma may return any
  word, so every German and English word that frequent is kept (about 140,000, 1.1 MB), and
  simplemma's own lemmas that wordfreq reads as another word ("buße": "busse") or as several
  ("e-mail"). A lemma made by simplemma's rules out of a word with a letter of another script
  could still be read as several words by wordfreq; that is the one case not enumerated.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from collections.abc import Iterator

from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from wordfreq import get_frequency_dict, zipf_frequency

from agent.claims import near_words
from agent.claims.misheard import _COMMON_LEMMA, _MIN_LENGTH, _RARE, _TARGETS, _one_edit

LANGS = ("de", "en")


def _alphabet() -> list[str]:
    """Every letter a word of the lists holds, or that wordfreq folds into another one."""
    letters = {c for lang in LANGS for word in get_frequency_dict(lang) for c in word}
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isalpha() and (c.casefold() != c or unicodedata.normalize("NFC", c) != c):
            letters.add(c)
    return sorted(c for c in letters if c.isalpha())


def _neighbours(word: str, alphabet: list[str]) -> Iterator[str]:
    """Every word one deletion, insertion, substitution or adjacent swap from `word`."""
    for i in range(len(word) + 1):
        for c in alphabet:
            yield word[:i] + c + word[i:]
        if i < len(word):
            yield word[:i] + word[i + 1 :]
            for c in alphabet:
                yield word[:i] + c + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _near_one(word: str) -> bool:
    return sum(_one_edit(word, t) for t in _TARGETS) == 1


def _words_asked(alphabet: list[str]) -> set[str]:
    """The words misheard.repaired looks up (one edit from a claim word), but for the check that
    the claim word is the only one, left to the few that pass the frequency test."""
    found: set[str] = set()
    for target in _TARGETS:
        for word in _neighbours(target, alphabet):
            if len(word) >= _MIN_LENGTH and word.isalpha():
                found.add(word)
    return found - _TARGETS


def _lemmas_written_otherwise(lang: str, common: set[str]) -> list[str]:
    """simplemma's lemmas in use that wordfreq reads as another word or as several
    ("buße" as "busse", "e-mail" as "e" and "mail"): looked up as written."""
    table = DefaultDictionaryFactory().get_dictionary(lang)
    lemmas = {(v.decode() if isinstance(v, bytes) else v).lower() for v in table.values()}
    return sorted(
        v for v in lemmas if v.casefold() not in common and zipf_frequency(v, lang) >= _COMMON_LEMMA
    )


def build() -> str:
    """The file's text."""
    asked = _words_asked(_alphabet())
    in_use = sorted(
        w for w in asked if max(zipf_frequency(w, lang) for lang in LANGS) >= _RARE and _near_one(w)
    )
    borrowed = sorted(
        w[2:]
        for w in asked
        if w.startswith("ge") and zipf_frequency(w[2:], "en") >= _RARE and _near_one(w)
    )
    sections = [(near_words.NEAR, in_use), (near_words.BORROWED, sorted(set(borrowed)))]
    for lang in LANGS:
        common = {w for w in get_frequency_dict(lang) if zipf_frequency(w, lang) >= _COMMON_LEMMA}
        sections.append((near_words.LEMMAS + lang, sorted(common)))
        sections.append((near_words.OTHERWISE + lang, _lemmas_written_otherwise(lang, common)))
    lines = [near_words.HEADER]
    for name, words in sections:
        lines.append(f"[{name}]")
        lines.extend(words)
    return "\n".join(lines) + "\n"


def main() -> None:
    text = build()
    near_words.PATH.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{near_words.PATH}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    main()
