"""Text steps that put letters of other scripts, accents and compatibility forms as the plain
letters they stand for leave an ASCII text as it is, so they give such a text back at once."""

from __future__ import annotations

import string

from agent.claims.caller_answer import _unaccented
from agent.claims.loan_words_de import _letters
from agent.claims.normalize import _confusables, latin_lookalike


def test_no_ascii_character_is_a_lookalike_of_another():
    assert not any(ch.isascii() for ch in _confusables())
    assert all(latin_lookalike(ch) == ch for ch in map(chr, range(128)))


def test_an_ascii_text_keeps_its_letters_and_their_places():
    text = string.printable + " Booked, cancelled: 10:30!"
    assert _letters(text) == text
    assert _unaccented(text) == (text, list(range(len(text))))


def test_other_scripts_and_accents_are_still_put_as_latin_letters():
    assert _letters("Ihr Termin ist b\u043eoked") == "Ihr Termin ist booked"  # Cyrillic о
    assert _letters("gecancelt, fürs Erste") == "gecancelt, fürs Erste"  # umlauts kept
    assert _unaccented("hábén") == ("haben", [0, 1, 2, 3, 4])
