"""word_map.map_words: words replaced with their origins, the same whether the letter runs are
found by one scan or letter by letter (the walk is kept for text with numerals that are no digit)."""

from __future__ import annotations

import random

from agent.claims.word_map import _map_walked, map_words


def _fix(word: str, i: int, j: int, out: list[str]) -> str:
    """Longer, shorter or kept, and once by what was written before it."""
    if word == "aa":
        return "bbbb"
    if word == "ccc":
        return "d"
    if word == "been" and "".join(out).endswith("has "):
        return "BEEN"
    return word


def test_a_replaced_word_keeps_its_origins_and_added_letters_take_the_last() -> None:
    chars = list("x aa ccc.")
    out, org = map_words(chars, list(range(10, 19)), _fix)
    assert "".join(out) == "x bbbb d."
    assert org == [10, 11, 12, 13, 13, 13, 14, 15, 18]


def test_fix_sees_the_text_written_before_the_word() -> None:
    out, _ = map_words(list("aa has been"), list(range(11)), _fix)
    assert "".join(out) == "bbbb has BEEN"


def test_numerals_that_are_no_digit_are_not_letters() -> None:
    chars = list("aa²aa ½ccc Ⅳaa")
    assert map_words(chars, list(range(len(chars))), _fix) == _map_walked(
        chars, list(range(len(chars))), _fix
    )
    out, _ = map_words(chars, list(range(len(chars))), _fix)
    assert "".join(out) == "bbbb²bbbb ½d Ⅳbbbb"


def test_the_scan_and_the_walk_agree_on_random_text() -> None:
    rng = random.Random(9)
    alphabet = "ac eäß_1.-'\u200bé²ÀΩ"
    for _ in range(2000):
        chars = [rng.choice(alphabet) for _ in range(rng.randint(0, 30))]
        origin = list(range(len(chars)))
        assert map_words(chars, origin, _fix) == _map_walked(chars, origin, _fix), chars


def test_a_text_whose_words_are_all_kept_comes_back_as_it_was() -> None:
    chars = list("x is been ccd.")
    origin = list(range(3, 3 + len(chars)))
    out, org = map_words(chars, origin, _fix)
    assert (out, org) == (chars, origin)
    assert out is not chars and org is not origin  # new lists, as when a word is replaced


def test_a_word_read_by_what_comes_before_it_is_replaced_when_nothing_before_changed() -> None:
    """ "has been": every word before "been" is kept, so `fix` sees the text as written."""
    out, _ = map_words(list("it has been"), list(range(11)), _fix)
    assert "".join(out) == "it has BEEN"


def test_the_scan_and_the_walk_agree_on_random_words() -> None:
    """Texts of whole words, most of them kept, some replaced late in the text."""
    rng = random.Random(14)
    words = ["x", "has", "been", "it", "aa", "ccc", "de", "ä"]
    for _ in range(2000):
        text = " ".join(rng.choice(words[:4] * 6 + words[4:]) for _ in range(rng.randint(0, 9)))
        chars, origin = list(text), list(range(len(text)))
        assert map_words(chars, origin, _fix) == _map_walked(chars, origin, _fix), text
