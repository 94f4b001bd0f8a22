"""Misheard claim words decided from the small word file exactly as from wordfreq itself.

misheard.py reads word frequencies from `agent/claims/data/near_words.txt.gz` so a server process
does not hold wordfreq's lists (about 110 MB). These tests hold that file to wordfreq: it is what
the generator builds, and `repaired` answers as the rule computed with wordfreq at run time would,
for every word of the lists one edit from a claim word and for random typos of claim words.
"""

from __future__ import annotations

import random
import sys

import pytest
import simplemma

wordfreq = pytest.importorskip("wordfreq")

from agent.claims import misheard, near_words, near_words_build  # noqa: E402
from agent.claims.misheard import _COMMON_LEMMA, _MIN_LENGTH, _RARE, _TARGETS, _one_edit  # noqa: E402

pytestmark = pytest.mark.slow


def _repaired_by_wordfreq(word: str) -> str:
    """The rule as it was with wordfreq at run time: the oracle."""
    zipf = wordfreq.zipf_frequency
    if len(word) < _MIN_LENGTH or word in _TARGETS or not word.isalpha():
        return word
    near = [t for t in _TARGETS if _one_edit(word, t)]
    if len(near) != 1:
        return word
    if max(zipf(word, "de"), zipf(word, "en")) >= _RARE:
        return word
    if word.startswith("ge") and zipf(word[2:], "en") >= _RARE:
        return word
    for lang in ("de", "en"):
        lemma = simplemma.lemmatize(word, lang=lang).lower()
        if lemma != word and zipf(lemma, lang) >= _COMMON_LEMMA:
            return word
    return near[0]


def _list_words_one_edit_from_a_claim_word() -> list[str]:
    listed = {w for lang in ("de", "en") for w in wordfreq.get_frequency_dict(lang)}
    letters = sorted({c for w in listed for c in w if c.isalpha()})
    return sorted({n for t in _TARGETS for n in near_words_build._neighbours(t, letters)} & listed)


def _random_typos(count: int) -> list[str]:
    """Claim words with one letter dropped, added, changed or swapped; the letters come from
    German and English, from anywhere in the word lists and from anywhere in Unicode."""
    rng = random.Random(13)
    listed = sorted(
        {c for lang in ("de", "en") for w in wordfreq.get_frequency_dict(lang) for c in w}
    )
    plain = "abcdefghijklmnopqrstuvwxyzäöüß"
    targets = sorted(_TARGETS)
    typos = []
    while len(typos) < count:
        word = rng.choice(targets)
        pick = rng.random()
        if pick < 0.6:
            c = rng.choice(plain)
        elif pick < 0.85:
            c = rng.choice(listed)
        else:
            c = chr(rng.randrange(0x80, sys.maxunicode))
        i = rng.randrange(len(word))
        edit = rng.randrange(4)
        if edit == 0:
            typos.append(word[:i] + word[i + 1 :])
        elif edit == 1:
            typos.append(word[:i] + c + word[i:])
        elif edit == 2:
            typos.append(word[:i] + c + word[i + 1 :])
        elif i + 1 < len(word):
            typos.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return typos


def test_every_listed_word_one_edit_from_a_claim_word_is_decided_as_with_wordfreq():
    words = _list_words_one_edit_from_a_claim_word()
    assert len(words) > 100  # the lists hold many ("looked", "therme", "storniere", ...)
    differ = [(w, misheard.repaired(w), _repaired_by_wordfreq(w)) for w in words]
    differ = [d for d in differ if d[1] != d[2]]
    assert differ == []


def test_random_typos_of_claim_words_are_decided_as_with_wordfreq():
    typos = _random_typos(20000)
    differ = [(w, misheard.repaired(w), _repaired_by_wordfreq(w)) for w in typos]
    differ = [d for d in differ if d[1] != d[2]]
    assert differ == []
    assert sum(misheard.repaired(w) != w for w in typos) > 1000  # most typos are repaired


def test_lemmas_wordfreq_folds_or_splits_are_judged_as_written():
    assert near_words.common_lemma("buße", "de") == (wordfreq.zipf_frequency("buße", "de") >= 2.5)
    assert near_words.common_lemma("e-mail", "de") == (
        wordfreq.zipf_frequency("e-mail", "de") >= 2.5
    )
    assert near_words.common_lemma("stornieren", "de")
    assert not near_words.common_lemma("gebuht", "de")


@pytest.mark.timeout(900)
def test_the_committed_word_file_is_what_the_generator_builds_from_wordfreq():
    """Rebuilt from wordfreq and compared, unless `near_words.inputs` shows the generator built
    exactly this text from exactly the inputs found here (their digests: the build's code and
    constants, wordfreq's and simplemma's files, the versions of what they use, Python's
    Unicode); any change to one of them, or to the file, and it is rebuilt."""
    import gzip

    committed = gzip.decompress(near_words.PATH.read_bytes()).decode("utf-8")
    stamp = near_words_build.STAMP.read_text() if near_words_build.STAMP.exists() else None
    if stamp == near_words_build.stamp_for(committed):
        return
    assert committed == near_words_build.build()


def test_the_committed_stamp_is_that_of_the_committed_file_and_the_inputs_installed_here():
    """A stale stamp costs every run a rebuild; after a change to the build, the rule or a pin,
    run `python -m agent.claims.near_words_build` and commit both files."""
    import gzip

    committed = gzip.decompress(near_words.PATH.read_bytes()).decode("utf-8")
    assert near_words_build.STAMP.read_text() == near_words_build.stamp_for(committed)


def test_the_dev_extra_pins_every_package_the_build_reads():
    """So that a fresh install (CI's) has the inputs the stamp was made from."""
    import tomllib
    from pathlib import Path

    from packaging.requirements import Requirement

    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    dev = tomllib.loads(pyproject.read_text())["project"]["optional-dependencies"]["dev"]
    pins = {
        req.name.lower(): str(req.specifier)
        for req in map(Requirement, dev)
        if str(req.specifier).startswith("==")
    }
    for used in near_words_build._used_by(near_words_build.READ):
        name, version = used.split("==")
        assert pins.get(name) == f"=={version}", used


def test_the_stamp_holds_the_inputs_and_the_text_it_was_built_from(monkeypatch):
    """`near_words.inputs` is written with the file; its digests move with the text and with
    each kind of input, so a stale stamp cannot stand for a rebuild."""
    text = "[a]\nword\n"
    stamp = near_words_build.stamp_for(text)
    assert stamp.startswith(f"inputs {near_words_build.inputs_digest()}\n")
    assert near_words_build.stamp_for(text + "more\n") != stamp
    monkeypatch.setattr(near_words_build, "_RARE", near_words_build._RARE + 0.5)
    assert near_words_build.stamp_for(text) != stamp
    monkeypatch.undo()
    monkeypatch.setattr(near_words_build, "_used_by", lambda names: ["wordfreq==0"])
    assert near_words_build.stamp_for(text) != stamp
