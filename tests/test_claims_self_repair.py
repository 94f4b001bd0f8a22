"""Self-repairs and hesitations (blind 17): the reader hears what the speaker ends up saying."""

from __future__ import annotations

import pytest

from agent.claims.normalize import fold
from agent.claims.repair import repaired


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Ich hab Sie um elf, äh, nein, um zehn am Freitag gebucht.", "um zehn am Freitag gebucht"),
        (
            "Sie sind am Donnerstag – nein, Entschuldigung, am Freitag – um zehn eingetragen.",
            "am Freitag – um zehn eingetragen",
        ),
        ("You're in on Saturday, no, Friday, yes, Friday at ten.", "You're in Friday"),
        (
            "I've booked you – uh, no, hang on, that didn't go through, sorry.",
            "that didn't go through",
        ),
    ],
)
def test_what_a_repair_takes_back_is_blanked_in_place(said: str, kept: str) -> None:
    out = repaired(said)
    assert len(out) == len(said)  # characters kept in place: spans still point into the original
    assert kept in " ".join(out.split())


@pytest.mark.parametrize(
    "said",
    [
        "Friday, no problem.",
        "Gebucht ist nichts, nein, noch nicht.",  # "nein" agrees with the negation
        "Reserved, yes, booked, no – I still need your okay for that.",  # a contrast
        "Ist der Termin gebucht? Nein, noch nicht.",  # an answer
    ],
)
def test_no_repair_leaves_the_sentence_as_it_is(said: str) -> None:
    assert repaired(said) == said


def test_hesitations_go_with_their_commas_but_real_words_stay() -> None:
    assert fold("Ihr Termin am Samstag, äh, ist storniert.").text == (
        "ihr termin am samstag ist storniert."
    )
    assert fold("I haven't, um, put you in yet.").text == "i haven't put you in yet."
    assert fold("Sie sind um zehn eingetragen.").text == "sie sind um zehn eingetragen."
    assert fold("Er ist, äh, nein, um zehn.").text == "er ist, nein, um zehn."


def test_a_word_broken_over_a_line_is_joined() -> None:
    assert fold("Geb-\nucht ist noch nichts.").text == "gebucht ist noch nichts."
