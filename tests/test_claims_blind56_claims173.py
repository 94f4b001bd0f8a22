"""Blind 56's and its probes' false passes by class (claims173): a relative put with a stylist or
booked "too" under a word the readers did not know ("gran", "boss", "Chef"); a definite text said
to go to a number, to come from one or to come in minutes; a visit proposed "at eleven to Lena"
(the hour is not "ten to eleven"); a hold for the caller and one for a companion in one sentence
(two slots kept). Each where it is true, where it is false, and its neutral twin. Sentences in
words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

NEVER: set[str] = set()
TEXT_SENT = {"booked", "cancelled", "moved", "two"}  # a text went out for the call's outcome
LENA = {"two"}  # only state two has an appointment with Lena (Saturday at eleven)
THURSDAY_OFFERED = {"moved", "offered"}  # Thursday at three with Fabian: offered, or moved to


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Is my grandad with Fabian or with Lena?", "Your grandad is with Lena.", "en", LENA),
     ("Is my grandad with Fabian or with Lena?", "Your grandad is with Mehmet.", "en", NEVER),
     ("Is my grandad with Fabian or with Lena?", "Your grandad is with us, in the waiting area.",
      "en", EVERYWHERE),
     ("Ist mein Opa bei Lena oder bei Fabian?", "Ihr Opa ist bei Lena, nicht bei Fabian.", "de",
      LENA),
     ("Ist mein Opa bei Lena oder bei Fabian?", "Ihr Opa ist bei Mehmet.", "de", NEVER),
     ("Ist mein Opa bei Lena oder bei Fabian?", "Ist Ihr Opa bei Lena?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_relative_put_with_a_stylist_is_their_booking_there(caller, sentence, lang, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your boss is now booked as well.", "en", {"two"}),
     ("Ihr Chef ist jetzt auch eingetragen.", "de", {"two"}),
     ("Your boss could be booked as well.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_boss_booked_too_is_a_second_appointment(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Bestätigungs-SMS kommt in wenigen Minuten.", "de", TEXT_SENT),
     ("Die SMS geht an die Nummer, die Sie angegeben haben.", "de", TEXT_SENT),
     ("Eine SMS geht immer nur an eine Nummer.", "de", EVERYWHERE),
     ("Wenn die SMS in ein paar Minuten kommt, ist alles gut.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_text_said_to_go_to_a_number_or_come_in_minutes_is_promised(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Would you like your son to come in on Thursday at three to Fabian?", "en",
      THURSDAY_OFFERED),
     ("Would you like your son to come in on Thursday at four to Fabian?", "en", NEVER),
     ("Would you like your son to come in to Fabian at some point?", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_hour_before_to_and_a_stylist_is_the_hour(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sie am Freitag um zehn vorgemerkt, Ihren Sohn am Samstag um elf.", "de", {"two"}),
     ("I've reserved Friday at ten for you and Saturday at eleven for your son.", "en", {"two"}),
     ("Ich habe Sie für Freitag um zehn reserviert, für Ihren Sohn finde ich am Samstag leider "
      "nichts.", "de", HELD_FRIDAY),
     ("I've reserved Friday at ten for you, but nothing's free for your son.", "en",
      HELD_FRIDAY)],
)  # fmt: skip
def test_a_hold_for_the_caller_and_one_for_a_companion_keeps_two_slots(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Is it me or my wife on Friday?", "I can't say whose it is, the diary only shows the booking.",
      "en", BOOKED_ANY),
     ("Is it me or my wife on Friday?", "The diary only shows the booking as open.", "en",
      EVERYWHERE),
     ("Is it me or my wife on Friday?", "The diary doesn't show the booking.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_calendar_said_to_show_the_slot_asked_about_presupposes_it(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Kann meine Schwester meinen Termin haben?",
      "Gut, ich habe Ihren Termin auf Ihre Schwester übertragen, sonst bleibt alles.", "de",
      BOOKED_ANY),
     ("Can my sister have my appointment?",
      "Right, I've transferred your appointment to your sister's name.", "en", BOOKED_ANY),
     ("Kann meine Schwester meinen Termin haben?",
      "Soll ich Ihren Termin auf Ihre Schwester übertragen?", "de", EVERYWHERE),
     ("Can my sister have my appointment?",
      "I can't transfer your appointment to your sister's name.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_appointment_handed_to_another_name_is_still_booked(caller, sentence, lang, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Das geht so nicht, Ihr Termin müsste zuerst storniert werden.", "de", BOOKED_ANY),
     ("Your appointment would first have to be cancelled.", "en", BOOKED_ANY),
     ("Wenn Ihr Termin storniert werden müsste, rufen wir Sie an.", "de", EVERYWHERE)],
)  # fmt: skip
def test_what_would_have_to_be_done_to_the_appointment_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Is Thursday confirmed yet?", "Thursday: still open, there's no confirmation yet.", "en",
      EVERYWHERE - {"moved"}),
     ("Is Thursday confirmed yet?", "Thursday is still open if you'd like it.", "en",
      THURSDAY_OFFERED),
     ("Is Thursday confirmed yet?", "Thursday is confirmed, nothing's open.", "en", {"moved"})],
)  # fmt: skip
def test_open_beside_a_missing_confirmation_is_the_outcome_not_a_free_slot(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Das geht nicht, Sophie hat am Freitag um zehn keinen Platz mehr.", "de", EVERYWHERE),
     ("Frau Keller hat am Freitag keinen Termin mehr.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_stylist_without_a_place_says_nothing_of_the_callers_appointment(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Eine Dauerwelle ist am Freitag leider nicht mehr drin.", "de", EVERYWHERE),
     ("Strähnchen ist am Samstag nicht mehr drin.", "de", EVERYWHERE),
     ("Die Dauerwelle am Freitag ist nicht mehr drin.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_service_no_longer_possible_is_no_appointment_cancelled(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I'll let Dr. Berg's practice know by text.", "en", TEXT_SENT),
     ("I'll let your sister's husband know by text.", "en", TEXT_SENT),
     ("If you like, I'll let Dr. Berg's practice know by text.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_text_promised_to_someone_named_with_a_possessive_is_a_text(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("That said, it isn't confirmed yet – the calendar will come back in a minute.", "en",
      NOT_BOOKED | {"unknown"}),
     ("Back in June you were booked with Sophie.", "en", EVERYWHERE),
     ("You're not in yet.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_while_to_wait_is_neither_an_earlier_visit_nor_a_booking_denied(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
