"""Blind round 59's first-run misses (claims170), as classes: a short answer to the caller's
question about their appointment that names its stylist, service or length is the appointment
with those details; the caller's service said to stay as it is; a pending request named by its
date; the salon's hours for a weekday in general, and the hours told in answer to the caller's
question about them, claim nothing. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, NOWHERE, passes_in

PENDING = frozenset({"pending"})
WITH_FABIAN = frozenset({"booked", "moved", "no_sms", "two"})  # every appointment with Fabian


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Herr Spitzer.", "de", "Wer färbt denn eigentlich meine Haare?", WITH_FABIAN),
     ("Frau Hoffmann.", "de", "Wer färbt denn eigentlich meine Haare?", frozenset({"two"})),  # Sat
     ("Mr Spitzer, as requested.", "en", "Who's doing my perm again?", WITH_FABIAN),
     ("Ms Hoffmann, as you asked.", "en", "Who's doing my perm again?", NOWHERE),
     ("Eine Dauerwelle bei Herrn Spitzer.", "de", "Was ist bei mir am Freitag gebucht?", BOOKED_FRIDAY),
     ("Strähnchen bei Lena.", "de", "Was ist bei mir am Freitag gebucht?", NOWHERE),
     # the same words with no question about the caller's appointment claim nothing
     ("Herr Spitzer.", "de", "Wer ist denn Ihr Chef?", EVERYWHERE),
     ("Mr Spitzer, as requested.", "en", "Who runs the salon?", EVERYWHERE)],
)  # fmt: skip
def test_a_name_in_answer_to_the_callers_question_is_their_appointments(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Gut zwei Stunden.", "de", "Wie lange dauert denn mein Termin am Freitag?", BOOKED_FRIDAY),
     ("Knapp eine Stunde.", "de", "Wie lange dauert denn mein Termin am Freitag?", NOWHERE),
     ("Roughly two hours.", "en", "How long does my appointment on Friday take?", BOOKED_FRIDAY),
     ("Only half an hour.", "en", "How long does my appointment on Friday take?", NOWHERE),
     # an amount to a question about something else is no length of the caller's visit
     ("Gut zwei Stunden.", "de", "Wie lange brauchen Sie für die Rechnung?", EVERYWHERE),
     ("Roughly two hours.", "en", "How long is the parking free?", EVERYWHERE)],
)  # fmt: skip
def test_an_amount_in_answer_to_how_long_is_the_visits_length(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your perm with Fabian remains as it is.", "en", BOOKED_FRIDAY),
     ("Your highlights with Lena stay as they are.", "en", EVERYWHERE),  # "they": not read here
     ("Your perm with Lena remains as it is.", "en", NOWHERE),
     ("Ihre Dauerwelle bei Fabian bleibt so, wie sie ist.", "de", BOOKED_FRIDAY),
     ("Ihre Dauerwelle bei Lena bleibt so, wie sie ist.", "de", NOWHERE),
     # the service in general, no caller's: nothing
     ("A perm stays as it is for months.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_service_said_to_stay_is_their_appointment_unmoved(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Anfrage für den 28., zehn Uhr, liegt noch beim Salon.", "de", PENDING),
     ("Das Team muss den 28. um zehn noch freigeben.", "de", PENDING),
     ("Ihre Anfrage liegt noch beim Salon.", "de", PENDING)],
)  # fmt: skip
def test_a_request_named_by_its_date_is_pending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Samstags ist der letzte Termin um fünf.", "de", "", EVERYWHERE),
     ("On Saturdays the last appointment is at five.", "en", "", EVERYWHERE),
     ("Ja, samstags bis 16 Uhr.", "de", "Haben Sie am Samstag offen?", EVERYWHERE),
     ("Yes, Saturdays until four.", "en", "Are you open on Saturday?", EVERYWHERE),
     ("Bis sechzehn Uhr.", "de", "Bis wann haben Sie am Samstag offen?", EVERYWHERE),
     ("On Saturdays you can come in until four.", "en", "", EVERYWHERE),
     # the caller's own appointment on that day is still a claim, in a paragraph beside the hours too
     ("We close at six on Saturdays. Saturday at eleven with Lena is locked in for you.", "en", "", frozenset({"two"})),
     # the caller's own appointment on that day is still a claim
     ("Ihr Termin ist am Samstag um elf.", "de", "", frozenset({"two"})),
     ("Ja, um drei hätte Lena noch etwas frei.", "de", "Haben Sie am Samstag offen?", NOWHERE),
     # "auf" is the hours' colloquial "open" only as the question's last word, not a preposition
     ("Ja, bis 16 Uhr.", "de", "Haben Sie am Samstag auf?", EVERYWHERE),
     ("Nein, verlegt habe ich noch nichts, Sie kommen bis auf Weiteres am Samstag.", "de",
      "Haben Sie mich schon auf Montag verlegt?", frozenset({"two"}))],
)  # fmt: skip
def test_the_salons_hours_told_claim_nothing(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
