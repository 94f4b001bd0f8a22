"""Blind round 49's details (claims123, issue 9's rule 1): a day, time, stylist or service a claim
names must be the appointment's, however the receptionist says it — a service by an everyday
word the understanding resolver knows ("the roots", "curls"), a stylist by title and surname
("Frau Hofmann" is Lea, not Lena Hoffmann; "Mr Yilmaz" is Mehmet), a date as a teen ordinal,
details said sentence by sentence after a bare claim, a stylist or day as a pronoun whose
referent is the caller's question, a stylist's day offered, a short answer with a title.
Sentences in words of neither corpus file (blind 49, probe 49)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, NOWHERE, passes_in

SATURDAY = frozenset({"two"})  # the second appointment: Saturday 29 November, 11:00, Lena
SATURDAY_OFFERED = frozenset({"two", "offered"})  # Saturday 11:00 with Lena booked or offered


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your curls on Friday at ten are all booked.", "en", BOOKED_FRIDAY),
     ("Your roots appointment on Friday is confirmed.", "en", NOWHERE),
     ("Ihre Ansätze sind am Freitag um zehn fest eingetragen.", "de", NOWHERE),
     ("Your streaks on Saturday at eleven are confirmed.", "en", SATURDAY)],
)  # fmt: skip
def test_a_service_said_in_everyday_words_must_be_the_appointments(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sie am Samstag um elf bei Frau Hoffmann fest eingetragen.", "de", SATURDAY),
     ("Ich habe Sie am Samstag um elf bei Frau Hofmann fest eingetragen.", "de", NOWHERE),
     ("Your appointment with Mr Spitzer on Friday is booked.", "en", BOOKED_FRIDAY),
     ("Your appointment with Mr Yilmaz on Friday is booked.", "en", NOWHERE)],
)  # fmt: skip
def test_a_stylist_by_title_and_surname_is_that_stylist(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie sind am neunzehnten um zehn fest eingetragen.", "de", NOWHERE),
     ("Sie sind am achtundzwanzigsten bei Fabian fest eingetragen.", "de", BOOKED_FRIDAY),
     ("Sie sind am neunundzwanzigsten bei Fabian fest eingetragen.", "de", NOWHERE),
     ("You're booked for the nineteenth.", "en", NOWHERE)],
)  # fmt: skip
def test_a_date_in_words_is_the_appointments_date(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Erledigt: Samstag. Elf Uhr. Frau Hoffmann.", "de", SATURDAY),
     ("Erledigt: Samstag. Elf Uhr. Frau Brandt.", "de", NOWHERE),
     ("Fest eingetragen. Freitag. Zehn Uhr. Lena.", "de", NOWHERE),
     ("Booked: Friday. Ten. Mr Spitzer.", "en", BOOKED_FRIDAY),
     ("Booked: Friday. Eleven. Mr Spitzer.", "en", NOWHERE)],
)  # fmt: skip
def test_details_said_sentence_by_sentence_belong_to_the_claim_before(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Bin ich bei Lena?", "Genau, sie hat Sie am Samstag um elf.", "de", SATURDAY),
     ("Bin ich bei Lena?", "Genau, sie hat Sie am Freitag um zehn.", "de", NOWHERE),
     ("Ist das beim Memo?", "Ja, bei ihm sind Sie am Freitag um zehn eingetragen.", "de",
      NOWHERE),
     ("Am I with Fabian?", "Yes, he has you on Friday at ten.", "en", BOOKED_FRIDAY),
     ("Am I with Fabian?", "Yes, he has you on Saturday at eleven.", "en", NOWHERE),
     ("Und am Samstag, stehe ich da drin?", "Ja, an dem Tag sind Sie um elf bei Lena eingetragen.",
      "de", SATURDAY),
     ("Und am Freitag, stehe ich da drin?", "Ja, an dem Tag sind Sie um elf bei Lena eingetragen.",
      "de", NOWHERE)],
)  # fmt: skip
def test_a_pronoun_means_the_stylist_or_day_the_caller_asked_about(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Soll ich Sie am Samstag bei Frau Hoffmann eintragen?", "de", SATURDAY_OFFERED),
     ("Shall I put you in on Monday with Ms Brandt?", "en", NOWHERE)],
)  # fmt: skip
def test_a_stylists_day_offered_must_be_a_slot_the_call_has(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Bei wem bin ich da?", "Bei Frau Brandt.", "de", NOWHERE),
     ("Bei wem bin ich da?", "Bei Herrn Spitzer, wie immer.", "de", BOOKED_ANY),
     ("Who am I with?", "With Ms Hofmann.", "en", NOWHERE)],
)  # fmt: skip
def test_a_short_answer_naming_a_stylist_by_title_names_that_stylist(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected
