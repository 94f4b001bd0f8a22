"""Blinds 36 and 39's leftovers (claims99), as classes: a stylist's free slot offered with its day
in an earlier clause or in "X has <day> at <time>"; a booking right after a slot named free; a
service said "in" the book, the caller's chair, a stylist who takes the caller over; "nothing's
booked for now"; a time, stylist or service taken back for another. Sentences in words of neither
corpus file (blinds 36 and 39, probe 39c), with the nearest ones that must claim nothing."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    NOWHERE,
    passes_in,
)

# a slot named free is backed by a slot the tools offered or one kept for the caller
THU_FABIAN = frozenset({"moved", "offered"})  # Thursday 15:00 Fabian: the move's new place, offered
SAT_LENA = frozenset({"two", "offered"})  # Saturday 11:00 Lena: the second booking, offered


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Samstag ist Fabian auf einer Schulung, aber Lena hätte um elf Zeit.", "de", SAT_LENA),
     ("Donnerstags ist Lena nie da, Fabian hätte aber um 15 Uhr Zeit.", "de", THU_FABIAN),
     ("Am Samstag ist Fabian voll, aber Lena hätte um zwölf Zeit.", "de", NOWHERE),
     ("Saturday Fabian's on a course, but Lena has eleven.", "en", SAT_LENA),
     ("Thursday's no good for Lena, but Fabian has 3 pm.", "en", THU_FABIAN),
     ("Thursday's no good for Lena, but Fabian has five.", "en", NOWHERE),
     ("Am Samstag ist Fabian nicht da, und Lena hat erst nächste Woche wieder Zeit.", "de",
      EVERYWHERE)],
)  # fmt: skip
def test_a_time_offered_after_a_clause_that_names_the_day_is_offered_on_that_day(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fabian still has Thursday at 3 o'clock.", "en", THU_FABIAN),
     ("Lena's got eleven on Saturday.", "en", SAT_LENA),
     ("Lena has Saturday at nine.", "en", NOWHERE),
     ("Fabian has Thursday at three taken already.", "en", EVERYWHERE),
     ("Fabian has Mondays off.", "en", EVERYWHERE),
     ("Fabian has a colour client on Thursday at three.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_stylist_who_has_a_day_and_time_offers_it_not_what_is_taken_or_off(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Great news, Fabian has Friday at ten. You're booked.", "en", BOOKED_FRIDAY),
     ("Kurz geschaut: Freitag um zehn ist frei. Ich habe Sie gebucht.", "de", BOOKED_FRIDAY),
     ("Thursday at three is open. I've put you in.", "en", frozenset({"moved"}))],
)  # fmt: skip
def test_a_booking_right_after_a_slot_named_free_is_the_booking_of_that_slot(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your perm is in now.", "en", BOOKED_ANY),
     ("Right, the colour's in.", "en", NOWHERE),
     ("Your highlights are all in.", "en", frozenset({"two"})),
     ("Ihre Farbe bei Fabian ist jetzt gebucht.", "de", NOWHERE),
     ("Your perm's in good hands with Fabian.", "en", EVERYWHERE),
     ("Die Farbe hält bei Ihnen sicher lange.", "de", EVERYWHERE),
     ("Sie haben Ihren Stuhl bei Fabian.", "de", BOOKED_ANY),
     ("You've got your seat with Lena on Saturday.", "en", frozenset({"two"}))],
)  # fmt: skip
def test_a_service_said_in_the_book_or_the_callers_chair_is_their_appointment(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fabian ist krank, Lena übernimmt Sie.", "de", frozenset({"two"})),
     ("Fabian's ill, so Lena is taking you instead.", "en", frozenset({"two"})),
     ("Fabian had to pull out, and Sophie took over.", "en", NOWHERE),
     ("Lena übernimmt die Farbe, Fabian schneidet.", "de", EVERYWHERE),
     ("The new manager took over the salon last year.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_stylist_who_takes_the_caller_over_has_them_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Alright, nothing's confirmed for now – bye!", "en", NOT_BOOKED),
     ("Nothing else is booked for now.", "en", EVERYWHERE)],
)  # fmt: skip
def test_nothing_booked_for_now_denies_the_booking_as_yet_does(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sie für Freitag um elf, äh, zehn eingetragen.", "de", BOOKED_FRIDAY),
     ("You're booked Friday at ten – sorry, eleven.", "en", NOWHERE),
     ("Sie sind bei Lena, ähm, bei Fabian am Freitag eingetragen.", "de", BOOKED_FRIDAY),
     ("You're in with Sophie – sorry, Lena – on Saturday at eleven.", "en", frozenset({"two"})),
     ("Your highlights – sorry, perm – on Friday is booked.", "en", BOOKED_FRIDAY),
     ("Ihre Strähnchen, nein, Dauerwelle meine ich, ist am Samstag gebucht.", "de", NOWHERE)],
)  # fmt: skip
def test_a_detail_taken_back_for_another_is_read_as_the_second(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
