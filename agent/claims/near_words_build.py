"""Rebuild `data/near_words.txt.gz`, the word frequencies misheard.py needs, from `wordfreq`.

Run: python -m agent.claims.near_words_build  (needs the dev extra: wordfreq)

It writes the file and, beside it, `near_words.inputs`: a digest of everything the build reads
(this module, the misheard rule's constants and `_one_edit`, the files of wordfreq and
simplemma, the versions of the packages they use, Python's Unicode), one of the text built
from them, and those versions and Python's in plain words (what a stale stamp differs in).
The test that holds the committed file to the generator rebuilds it (half a minute of CPU) only
when those digests do not match the inputs and file it finds. pyproject's dev extra pins every
package the build reads to the stamped version, so a fresh install has the stamped inputs: left
to float, a release of any of them (regex's are frequent) made every later run rebuild.

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
import hashlib
import importlib.metadata
import inspect
import sys
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from packaging.requirements import Requirement
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from wordfreq import get_frequency_dict, zipf_frequency
from wordfreq.language_info import get_language_info
from wordfreq.numbers import smash_numbers
from wordfreq.tokens import lossy_tokenize

from agent.claims import near_words
from agent.claims.misheard import _COMMON_LEMMA, _MIN_LENGTH, _RARE, _TARGETS, _one_edit

LANGS = ("de", "en")
STAMP = near_words.PATH.with_name("near_words.inputs")
# the distributions whose files the build reads (word lists, lemma dictionaries, code)
READ = ("wordfreq", "simplemma")


class _Zipf:
    """`zipf_frequency(word, lang) >= zipf` exactly as wordfreq answers it, asking wordfreq
    itself only for the few words that can pass: the build's millions of questions took a minute.

    wordfreq tokenizes a word (by the language's info, the same for German and English: once
    here for both), gives frequency 0 when a token is not in the language's list, else combines
    the tokens' frequencies (1/f = sum 1/f_i: at most the rarest's), rounded to three digits.
    So a word with a token in neither list, or whose rarest token is clearly below the
    threshold, cannot reach it; every other word is looked up as before."""

    def __init__(self) -> None:
        info = [get_language_info(lang) for lang in LANGS]
        if any(i != info[0] for i in info):  # a wordfreq that tokenizes them apart: ask it all
            raise ValueError(f"{LANGS} are tokenized differently: {info}")
        self._freqs = {lang: get_frequency_dict(lang, "best") for lang in LANGS}

    @staticmethod
    def tokens(word: str) -> list[tuple[str, bool]]:
        """wordfreq's lookup keys of `word`, each with whether it holds digits (whose
        frequency wordfreq scales further)."""
        out = []
        for token in lossy_tokenize(word, LANGS[0]):
            smashed = smash_numbers(token)
            out.append((smashed, smashed != token))
        return out

    def at_least(
        self, word: str, lang: str, zipf: float, tokens: list[tuple[str, bool]] | None = None
    ) -> bool:
        if zipf <= 0:
            return zipf_frequency(word, lang) >= zipf
        freqs = self._freqs[lang]
        keys = self.tokens(word) if tokens is None else tokens
        if not keys or any(key not in freqs for key, _ in keys):
            return False  # wordfreq's minimum: Zipf 0
        # Rounding to three digits moves a frequency by at most 0.5 %, Zipf's two decimals by
        # 0.005: a rarest token 2 % below the threshold's frequency cannot round up to it.
        if not any(digits for _, digits in keys) and min(freqs[k] for k, _ in keys) < (
            10 ** (zipf - 9) * 0.98
        ):
            return False
        return zipf_frequency(word, lang) >= zipf


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


def _lemmas_written_otherwise(lang: str, common: set[str], zipf: _Zipf) -> list[str]:
    """simplemma's lemmas in use that wordfreq reads as another word or as several
    ("buße" as "busse", "e-mail" as "e" and "mail"): looked up as written."""
    table = DefaultDictionaryFactory().get_dictionary(lang)
    lemmas = {(v.decode() if isinstance(v, bytes) else v).lower() for v in table.values()}
    return sorted(
        v for v in lemmas if v.casefold() not in common and zipf.at_least(v, lang, _COMMON_LEMMA)
    )


def _common(zipf: _Zipf) -> dict[str, set[str]]:
    """Per language, the words of its list in use as a lemma (each word tokenized once)."""
    lists = {lang: get_frequency_dict(lang, "best") for lang in LANGS}
    common: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for word in set().union(*lists.values()):
        tokens = zipf.tokens(word)
        for lang in LANGS:
            if word in lists[lang] and zipf.at_least(word, lang, _COMMON_LEMMA, tokens):
                common[lang].add(word)
    return common


def _in_use(word: str, zipf: _Zipf) -> bool:
    tokens = zipf.tokens(word)
    return any(zipf.at_least(word, lang, _RARE, tokens) for lang in LANGS)


def build() -> str:
    """The file's text."""
    zipf = _Zipf()
    asked = _words_asked(_alphabet())
    in_use = sorted(w for w in asked if _in_use(w, zipf) and _near_one(w))
    borrowed = sorted(
        w[2:]
        for w in asked
        if w.startswith("ge") and zipf.at_least(w[2:], "en", _RARE) and _near_one(w)
    )
    sections = [(near_words.NEAR, in_use), (near_words.BORROWED, sorted(set(borrowed)))]
    common = _common(zipf)
    for lang in LANGS:
        sections.append((near_words.LEMMAS + lang, sorted(common[lang])))
        sections.append(
            (near_words.OTHERWISE + lang, _lemmas_written_otherwise(lang, common[lang], zipf))
        )
    lines = [near_words.HEADER]
    for name, words in sections:
        lines.append(f"[{name}]")
        lines.extend(words)
    return "\n".join(lines) + "\n"


def _used_by(names: tuple[str, ...]) -> list[str]:
    """`names` and every distribution they require (extras left out), as name==version."""
    seen: dict[str, str] = {}
    todo = list(names)
    while todo:
        name = todo.pop()
        dist = importlib.metadata.distribution(name)
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen[key] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return sorted(f"{k}=={v}" for k, v in seen.items())


def inputs_digest() -> str:
    """SHA-256 over everything `build` reads: a build from the same inputs gives the same text."""
    h = hashlib.sha256()

    def part(label: str, data: bytes) -> None:
        h.update(f"{label}\0{len(data)}\0".encode())
        h.update(data)

    part("build", Path(__file__).read_bytes())
    rule = (sorted(_TARGETS), _MIN_LENGTH, _RARE, _COMMON_LEMMA, inspect.getsource(_one_edit))
    part("rule", repr(rule).encode())
    part("sections", repr((near_words.HEADER, near_words._NAMES)).encode())
    part("python", repr((sys.version_info[:2], unicodedata.unidata_version)).encode())
    part("packages", "\n".join(_used_by(READ)).encode())
    part("files", _files_digest(READ).encode())
    return h.hexdigest()


@cache
def _files_digest(names: tuple[str, ...]) -> str:
    """SHA-256 over the installed package files of the distributions `names` (code, word lists
    and dictionaries), read once a process. Left out: compiled bytecode, and what differs
    between two installs of one version (its .dist-info: the installer's name; files outside
    site-packages: scripts naming the venv's path)."""
    h = hashlib.sha256()
    for name in names:
        for file in sorted(importlib.metadata.files(name) or [], key=str):
            top = file.parts[0]
            if top == ".." or top.endswith(".dist-info"):
                continue
            if file.suffix != ".pyc" and "__pycache__" not in file.parts:
                located = Path(file.locate())
                if located.is_file():
                    data = located.read_bytes()
                    h.update(f"{name}/{file}\0{len(data)}\0".encode())
                    h.update(data)
    return h.hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp_for(text: str) -> str:
    """`near_words.inputs`' text: the inputs' digest and that of the text built from them, then
    the Python and the package versions they came from (readable: what a stale stamp differs in)."""
    python = f"{sys.version_info[0]}.{sys.version_info[1]} unicode {unicodedata.unidata_version}"
    return (
        f"inputs {inputs_digest()}\ntext {text_digest(text)}\n"
        f"python {python}\npackages {' '.join(_used_by(READ))}\n"
    )


def main() -> None:
    text = build()
    near_words.PATH.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    STAMP.write_text(stamp_for(text))
    print(f"{near_words.PATH}: {len(text.splitlines())} lines; {STAMP.name} written")


if __name__ == "__main__":
    main()
