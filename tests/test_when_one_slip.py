"""The words of a vocabulary one slip from a word: what the readers repair misspelt day, time and
number words with (`tools.when.one_slip`), looked up by length, never missing a word that a
comparison with the whole vocabulary finds."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from tools.when.numbers import NUMBER_WORDS
from tools.when.one_slip import OneSlip
from tools.when.spelling import TARGETS


def _every_word(vocabulary: list[str], word: str) -> set[str]:
    return {w for w in vocabulary if Levenshtein.distance(word, w) <= 1}


def test_a_letter_changed_dropped_or_added_is_one_slip() -> None:
    words = OneSlip(["mittwoch", "montag", "sonntag"])
    assert words.near("mitwoch") == ["mittwoch"]  # one dropped
    assert words.near("mittwochs") == ["mittwoch"]  # one added
    assert sorted(words.near("sontag")) == ["montag", "sonntag"]  # both reached: the caller asked
    assert words.near("mittwoch") == ["mittwoch"]  # the word itself
    assert words.near("dienstag") == []


def test_the_same_words_as_comparing_with_the_whole_vocabulary() -> None:
    vocabulary = sorted({*TARGETS, *NUMBER_WORDS})
    words = OneSlip(vocabulary)
    said = [
        *vocabulary,
        *(w[:-1] for w in vocabulary),  # the last letter swallowed
        *(w + "e" for w in vocabulary),
        *(w[:2] + "x" + w[3:] for w in vocabulary if len(w) > 3),
        "",
        "x",
        "dreißich",
        "freitach",
    ]
    for word in said:
        assert set(words.near(word)) == _every_word(vocabulary, word), word
