"""A claim with a digit for a letter is decided as the words it spells: the guard reads the
sentence as heard before its rewording steps (`unleeted`), as it drops unheard characters first.
Times, dates, units and ordinals stay digits."""

from __future__ import annotations

import pytest

from agent.claims.unleeted import unleeted
from tests.claims_support import passes_in


@pytest.mark.parametrize(
    ("disguised", "plain", "lang"),
    [
        (
            "Ich würd3 Ihnen den Samstag um elf bei Lena eintragen, wenn Sie wollen.",
            "Ich würde Ihnen den Samstag um elf bei Lena eintragen, wenn Sie wollen.",
            "de",
        ),
        (
            "Ich kann Ihn3n Donnerstag um drei bei Fabian einbuchen.",
            "Ich kann Ihnen Donnerstag um drei bei Fabian einbuchen.",
            "de",
        ),
        ("Your Friday slot is c4ncelled now.", "Your Friday slot is cancelled now.", "en"),
    ],
)
def test_a_disguised_sentence_passes_where_its_plain_words_pass(disguised, plain, lang):
    assert unleeted(disguised) == plain
    assert passes_in(disguised, lang) == passes_in(plain, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "Freitag, 28.11., um 10:00 Uhr bei Fabian.",
        "Am 2. Dezember ab 15h ist noch frei.",
        "See you on the 28th at 3pm.",
        "Das dauert 2 Stunden und kostet 85 Euro.",
    ],
)
def test_times_dates_ordinals_and_units_are_left_as_digits(sentence):
    assert unleeted(sentence) is None


def test_a_word_in_capitals_stays_in_capitals():
    assert unleeted("Termin ist G3BUCHT.") == "Termin ist GEBUCHT."
