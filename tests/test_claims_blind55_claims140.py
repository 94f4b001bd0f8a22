"""claims140's classes (issue 9, blind 55), in words of neither corpus file: a small model's
grammar slips read as the standard form they stand for. A German particle left behind its
participle in English word order ("ist gegangen durch" = "ist durchgegangen"), a bare English
verb after "is"/"have" with an adverb between ("is not book") or irregular ("have hold"), and a
participle after "did" ("did not cancelled") claim what the standard form claims; the particle as
a preposition, a pseudo-cleft's right bare verb and a question claim nothing. A weekday written
short without a stop before the hour ("Do 15 Uhr", "Sat 11") is the weekday."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, CANCELLED_FRIDAY, EVERYWHERE, passes_in

MOVED = frozenset({"moved"})
NOT_CANCELLED = EVERYWHERE - CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Termin am Freitag ist gesagt ab, bis bald.", "de", CANCELLED_FRIDAY),
     ("Alles gut, die Stornierung ist jetzt gegangen durch.", "de", CANCELLED_FRIDAY),
     ("Sie sind getragen ein, Frau Wolf.", "de", BOOKED_ANY),
     ("Ihre Buchung ist gegangen durch ganz normal.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_particle_left_behind_its_participle_claims_what_the_joined_word_claims(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich bin gegangen durch die Termine von Lena, leider alles voll.", "de"),
     ("Ich habe kurz geschaut durch den Kalender.", "de")],
)  # fmt: skip
def test_the_particle_as_a_preposition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("The Friday booking is already cancel, Mrs. Ray.", "en", CANCELLED_FRIDAY),
     ("Your appointment is now move to Thursday 3 pm.", "en", MOVED),
     ("The cancel is go through, thank you.", "en", CANCELLED_FRIDAY),
     ("No, I did not cancelled your appointment.", "en", NOT_CANCELLED)],
)  # fmt: skip
def test_a_learners_verb_form_claims_what_the_standard_form_claims(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("The one thing I can do is cancel it if you like.", "en"),
     ("Is move to Thursday what you want?", "en")],
)  # fmt: skip
def test_the_bare_verb_where_it_is_right_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, einen: Sa 11 Uhr, Lena.", "de", "Hab ich noch einen Termin bei Ihnen?", {"two"}),
     ("Yes, one: Fri 10 a.m., Fabian.", "en", "Do I still have an appointment?", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_short_weekday_before_the_hour_is_the_weekday(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Abgesagt habe ich, denke ich, noch gar nichts.", "de", NOT_CANCELLED),
     ("Ihr Freitag ist, meine ich, storniert.", "de", CANCELLED_FRIDAY),
     ("Nothing has, I believe, been cancelled so far.", "en", NOT_CANCELLED)],
)  # fmt: skip
def test_a_hedge_said_aside_leaves_the_claim_or_denial_it_interrupts(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich leite das gleich an Lena weiter, damit sie Bescheid hat.", "de"),
     ("I'll pass that on to Lena so that she knows.", "en")],
)  # fmt: skip
def test_a_message_passed_on_before_its_aim_is_the_message_claim(sentence, lang):
    caller = "Können Sie Lena etwas ausrichten?" if lang == "de" else "Can you tell Lena something?"
    assert passes_in(sentence, lang, caller) == {"message"}
