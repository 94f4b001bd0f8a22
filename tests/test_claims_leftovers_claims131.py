"""The lead's decisions 1000-1002 and the leftovers of blinds 49 and 51 (claims131): a reference
read aloud with nothing said of what it refers to is one the caller can use, the booking's
(convention 1097, the lead's D30, in place of 1000's any outcome), one named by its role claims
that role; an earlier turn's booking taken back in open words ("fest ist
der Termin noch nicht") denies that the booking happened, which an open outcome does not back
(1002), while the open words alone stay the truth there (731); the caller's question in regional
German ("Is mei Termin fix?", "Wann is mei Termin nomoi?") is heard in standard German, as the
bot's own sentences are; a date or time in figures ("am 28.11.", "10:00") does not cut the denial
off its details. Sentences in words of neither corpus file."""

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

OPEN = frozenset({"unknown"})  # 671: an open outcome may be the booking
SATURDAY_BOOKED = frozenset({"two"})  # Lena, Saturday 29 November, 11:00
MOVED = frozenset({"moved"})  # Friday 10:00 moved to Thursday 15:00
CANCELLED = frozenset({"cancelled"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Referenz ist M-4410.", "de"),
     ("Die Referenznummer für Sie lautet 8-2-7.", "de"),
     ("Beim nächsten Anruf nennen Sie einfach die Referenz A-3.", "de"),
     ("Your reference number is 52-19.", "en"),
     ("Just quote reference Q-6 if you call again.", "en")],
)  # fmt: skip
def test_a_bare_reference_is_the_bookings(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Referenz für Ihren Termin ist M-4410.", "de", BOOKED_ANY),
     ("Your reference for Friday at ten is 52-19.", "en", BOOKED_FRIDAY),
     ("With reference 4410 you can move the appointment online.", "en", BOOKED_ANY),
     ("Die Referenz für Ihre Reservierung ist R-58.", "de", HELD),
     ("The reference for the cancellation is C-3.", "en", CANCELLED),
     ("Die Referenz für die Umbuchung lautet U-4.", "de", MOVED)],
)  # fmt: skip
def test_a_reference_named_by_its_role_claims_that_role(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Haben Sie eine Referenz für mich?", "de"),
     ("Eine Referenz bekommen Sie erst nach der Buchung.", "de"),
     ("You'll get a reference number once it's booked.", "en")],
)  # fmt: skip
def test_a_reference_asked_for_or_to_come_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das muss ich zurücknehmen: bestätigt ist Ihr Termin noch nicht.", "de"),
     ("Was ich Ihnen vorhin gesagt habe, war falsch – fest ist da noch nichts.", "de"),
     ("I have to take that back: your appointment isn't confirmed yet.", "en")],
)  # fmt: skip
def test_a_booking_taken_back_is_denied_where_the_outcome_is_open(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bestätigt ist Ihr Termin noch nicht.", "de"),
     ("Your appointment isn't confirmed yet.", "en")],
)  # fmt: skip
def test_the_open_words_alone_are_the_truth_of_an_open_outcome(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED | OPEN


@pytest.mark.parametrize(
    ("answer", "caller", "expected"),
    [("Ja.", "Is mei Termin jetz fix?", BOOKED_ANY),
     ("Jo, freilich.", "Isch dr Termin scho fix?", BOOKED_ANY),
     ("Na, no ned.", "Is mei Termin scho fix?", NOT_BOOKED),
     ("Am Freitag um zehn.", "Wann is mei Termin nomoi?", BOOKED_FRIDAY),
     ("Am Samstag um elf.", "Wann isch mi Termin nomol?", SATURDAY_BOOKED)],
)  # fmt: skip
def test_the_callers_regional_question_is_heard_in_standard_german(answer, caller, expected):
    assert passes_in(answer, "de", caller) == expected


@pytest.mark.parametrize(
    ("answer", "caller"),
    [("Ja.", "Is it booked yet?"), ("Yes.", "Is my appointment booked now?")],
)  # fmt: skip
def test_an_english_question_in_a_call_is_read_in_english(answer, caller):
    assert passes_in(answer, "en", caller) == BOOKED_ANY


@pytest.mark.parametrize(
    ("answer", "caller"),
    [("Ja, freilich.", "Habts es an Parkplatz?"), ("Jo.", "Is des da Salon Spitzer?")],
)  # fmt: skip
def test_a_yes_to_a_regional_question_about_something_else_claims_nothing(answer, caller):
    assert passes_in(answer, "de", caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin am 28.11. ist noch nicht eingetragen.", "de",
      EVERYWHERE - BOOKED_FRIDAY - OPEN),
     ("Gebucht ist Ihr Termin am 29.11. um 11 Uhr noch nicht.", "de",
      EVERYWHERE - SATURDAY_BOOKED),
     ("Ihr Termin um 10:00 Uhr ist noch nicht gebucht.", "de",
      EVERYWHERE - BOOKED_FRIDAY - OPEN)],
)  # fmt: skip
def test_a_date_or_time_in_figures_keeps_the_denial_on_its_details(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_booking_with_a_date_in_figures_is_the_booking_of_that_day():
    assert passes_in("Ihr Termin am 28.11. um 10:00 Uhr ist gebucht.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr anderer Termin, die Strähnchen bei Lena, ist am Samstag um elf.", "de"),
     ("And your other appointment, highlights with Lena, is on Saturday at eleven.", "en")],
)  # fmt: skip
def test_an_apposition_after_the_appointment_keeps_its_details(sentence, lang):
    assert passes_in(sentence, lang) == SATURDAY_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Moment, ich schaue, ob am Samstag, den 29. November, um elf noch etwas frei ist.", "de"),
     ("I'm looking for a slot for your highlights on 29 November at eleven.", "en"),
     ("Ich suche gerade einen Platz für Ihre Strähnchen am Samstag um elf.", "de"),
     ("On Saturdays the doors open at nine.", "en")],
)  # fmt: skip
def test_a_search_a_check_or_the_opening_hour_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_second_person_cut_before_its_participle_is_heard_as_it_begins():
    assert passes_in("Perfect, you're confir—", "en") == BOOKED_ANY
