"""Blind round 47 (claims119), as classes: a reply that corrects itself is read by what it ends
on (the claim taken back is gone; the ending's claim stands, or the opener's claim with the
corrected day, time or stylist); "sorry" or "nein" that corrects nothing keeps the claim; a series
said booked passes nowhere; a denial of both of two presupposes two; "Ja, beide" to "Ist jetzt
alles gebucht?" claims both. Sentences in words of neither corpus file (blind 47, probe 47)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)

NOT_CANCELLED = EVERYWHERE - {"cancelled"}
TWO = frozenset({"two"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Ihren Termin gecancelt – nein, Moment, das stimmt nicht: storniert ist er noch nicht.", "de", NOT_CANCELLED),
     ("Abgesagt ist er – streichen Sie das, ich habe noch nichts abgesagt.", "de", NOT_CANCELLED),
     ("Your booking's been cancelled – scratch that, nothing's cancelled so far.", "en", NOT_CANCELLED),
     ("Eingetragen – pardon, da habe ich mich vertan, gebucht sind Sie noch nicht.", "de", NOT_BOOKED),
     ("You're all confirmed – my mistake: you aren't booked in yet.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_claim_taken_back_is_gone_and_the_ending_stands(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fest gebucht – ich muss mich korrigieren: der Platz ist für Sie reserviert.", "de", HELD),
     ("You're booked in – let me correct myself: the slot's on hold for you.", "en", HELD),
     ("Der Platz ist vorgemerkt – Korrektur, Sie sind schon fest eingetragen.", "de", BOOKED_ANY),
     ("It's on hold – my mistake, you're already booked in.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_correction_between_a_hold_and_a_booking_is_read_by_its_ending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Eingetragen sind Sie für Montag – Verzeihung, ich meinte Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("Gebucht ist Freitag um zwölf – Korrektur: Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("You're booked for Tuesday – sorry, I mean Friday at ten.", "en", BOOKED_FRIDAY),
     ("Gebucht ist Freitag um zehn – Korrektur: Freitag um zwölf.", "de", frozenset()),
     ("You're booked for Friday at ten – my mistake, Monday at ten.", "en", frozenset())],
)  # fmt: skip
def test_a_corrected_detail_replaces_the_one_set_aside(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Telefonnummer endet auf 12 – Verzeihung, ich meinte 21.", "de", EVERYWHERE),
     ("The colour costs 60 euros – scratch that, 65 euros.", "en", EVERYWHERE),
     ("Sie sind eingetragen – nein, wirklich, das steht fest.", "de", BOOKED_ANY),
     ("Your appointment is booked – sorry the line was so bad.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_correction_of_something_else_or_a_sorry_that_corrects_nothing_keeps_the_claim(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ab jetzt sind Sie jeden Freitag um zehn eingetragen.", "de", frozenset()),
     ("Die Terminserie ist gebucht: drei Termine, jeweils Freitag um zehn.", "de", frozenset()),
     ("You're booked in every Friday at ten from now on.", "en", frozenset()),
     ("Sie sind am Freitag um zehn eingetragen.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_series_said_booked_passes_nowhere_one_booking_where_it_is(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Storniert habe ich keinen Ihrer beiden Termine.", "de", TWO),
     ("I haven't called off either of your two bookings.", "en", TWO),
     ("Storniert ist noch nichts.", "de", NOT_CANCELLED)],
)  # fmt: skip
def test_a_denial_of_both_presupposes_two_appointments(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, alle beide.", "de", "Sind jetzt beide eingetragen?", TWO),
     ("Yes, both are booked.", "en", "Is everything confirmed now?", TWO),
     ("Yes, both.", "en", "Do you have both our phone numbers?", EVERYWHERE)],
)  # fmt: skip
def test_a_yes_of_both_to_all_booked_claims_two_bookings(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
