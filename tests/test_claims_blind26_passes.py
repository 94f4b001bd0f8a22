"""Blind round 26's false-block families (claims46): a yes that agrees to look something up, day
and month names abbreviated with a full stop, nothing changing at the salon, the speaker's acts
to come and a state a moment away, claim nouns naming a tool or a rule, the hold said to last,
someone else's act to come sharing the subject before it, a correction that denies another day
of the caller's; with the nearest sentences that must still be stopped. Sentences in words of neither corpus
file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from agent.guard.sentences import sentences_of
from tests.corpus.claims_corpus import STATES, facts


def _passes_in(sentence: str, lang: str, caller: str = "") -> set[str]:
    return {s for s in STATES if decide(sentence, replace(facts(s, lang), caller=caller)).passes}


EVERYWHERE = set(STATES)
BOOKED_ANY = {"booked", "moved", "two", "no_sms"}  # a confirmed appointment of the call
FRIDAY_BOOKED = {"booked", "two", "no_sms"}  # Friday 10:00 confirmed
NOTHING_BOOKED = EVERYWHERE - BOOKED_ANY
HOLD = {"held", "pending"} | BOOKED_ANY  # a slot kept for the caller (a booking keeps it too)


@pytest.mark.parametrize(
    ("answer", "lang", "caller"),
    [("gerne doch", "de", "Würden Sie bitte nachschauen, ob Montag um neun frei ist?"),
     ("Mach ich, Moment.", "de", "Können Sie prüfen, ob Lena am Dienstag kann?"),
     ("no problem", "en", "Could you look whether Monday at nine is free?"),
     ("Sure, one moment.", "en", "Can you find out if Lena can do Tuesday?")],
)  # fmt: skip
def test_a_yes_to_a_request_to_look_something_up_says_nothing_of_the_slot(answer, lang, caller):
    assert _passes_in(answer, lang, caller) == EVERYWHERE


def test_a_yes_to_whether_a_slot_can_be_had_still_says_it_is_free():
    where = _passes_in("Ja, das passt.", "de", "Passt Donnerstag um drei?")
    assert "nothing" not in where and "offered" in where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Di. und Mi. bis 19 Uhr, Do. bis 21 Uhr.", "de"),  # a day's closing time, no goodbye
     ("Am Mi. 3. Dez. ist Inventur, da haben wir zu.", "de"),
     ("Sat. we shut at 3, Sun. we're closed.", "en")],
)  # fmt: skip
def test_abbreviated_days_and_months_end_no_sentence_in_hours_and_dates(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_an_abbreviated_date_stays_inside_the_claim_it_dates():
    assert _passes_in("Die Dauerwelle am Fr. 28. Nov. habe ich gestrichen.", "de") == {"cancelled"}
    assert _passes_in("Sie sind am Fr. 28. Nov. fest eingetragen.", "de") == FRIDAY_BOOKED
    assert sentences_of("Am Sa. 29. Nov. passt es. Wollen Sie?") == [
        "Am Sa. 29. Nov. passt es.",
        "Wollen Sie?",
    ]


def test_nothing_changing_at_the_salon_is_not_the_callers_appointment_unchanged():
    sentence = "Zu Silvester ändert sich bei uns nichts, normale Öffnungszeiten."
    assert _passes_in(sentence, "de") == EVERYWHERE
    assert _passes_in("Bei Ihnen ändert sich nichts, Ihr Termin bleibt.", "de") != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nachdem ich gebucht habe, gebe ich Ihnen die Adresse durch.", "de"),  # a plan of acts
     ("After I've put it in, I'll spell the street for you.", "en"),
     ("You'll be sorted in a minute.", "en")],  # "sorted" names no booking
)  # fmt: skip
def test_the_speakers_acts_to_come_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_a_booking_said_done_a_moment_away_is_the_booking_claim():
    # convention 601 (the lead's decision, 155 applied; claims90)
    assert _passes_in("In ein paar Sekunden ist das eingetragen.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nachdem ich Sie gerade eingetragen habe, gebe ich Ihnen die Adresse durch.", "de"),
     ("Vor einer Minute habe ich Sie eingetragen.", "de"),
     ("You're booked, and in a minute you'll get the details.", "en")],
)  # fmt: skip
def test_an_act_said_done_beside_a_plan_is_still_a_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    "sentence",
    ["The booking website is down for maintenance tonight.",
     "Our cancellation terms allow free changes up to a day before.",
     "The booking hotline opens at nine."],
)  # fmt: skip
def test_claim_nouns_naming_a_tool_or_rule_claim_nothing(sentence):
    assert _passes_in(sentence, "en") == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Your booking is confirmed in the booking system.", "The booking is done."],
)  # fmt: skip
def test_the_callers_own_booking_beside_such_a_noun_is_still_a_claim(sentence):
    assert _passes_in(sentence, "en") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Platz hält sich noch eine halbe Stunde für Sie.", "de"),
     ("Your spot holds for another five minutes.", "en")],
)  # fmt: skip
def test_the_hold_said_to_last_is_a_hold_not_a_booking(sentence, lang):
    assert _passes_in(sentence, lang) == HOLD


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("In einer Minute ist das erledigt.", "de"),  # a bare "erledigt" a moment away: as read
     ("I've added you to the booking calendar.", "en"),  # something put into the tool
     ("The scheduling calendar shows you at eleven on Saturday.", "en"),  # the tool shows a time
     ("Your reservation for Friday at ten holds for another few minutes.", "en")],  # a slot named
)  # fmt: skip
def test_the_nearest_of_those_classes_are_still_read_as_claims(sentence, lang):
    assert _passes_in(sentence, lang) < EVERYWHERE


def test_the_hold_said_to_last_with_only_an_article_is_a_hold_too():
    assert _passes_in("Die Vormerkung hält sich noch eine Viertelstunde.", "de") == HOLD
    assert _passes_in("The reservation holds for another few minutes.", "en") == HOLD


@pytest.mark.parametrize(
    "sentence",
    ["Die Kollegin liest Ihre Anfrage durch und reserviert danach.",
     "Der Chef prüft Ihren Wunsch und storniert den alten Termin anschließend.",
     "Lena telefoniert kurz mit der Chefin und bestätigt Ihnen das dann."],
)  # fmt: skip
def test_someone_elses_act_to_come_sharing_the_subject_before_it_claims_nothing(sentence):
    assert _passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Die Kollegin hat Ihre Anfrage durchgelesen und bestätigt.", BOOKED_ANY | {"cancelled"}),
     ("Alles durchgesehen und storniert.", {"cancelled"})],
)  # fmt: skip
def test_the_same_words_said_done_are_still_the_outcome(sentence, expected):
    assert _passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("No, you're not in for Saturday, it's Friday.", "en"),
     ("No, you are not down for Saturday - it's Friday at ten.", "en")],
)  # fmt: skip
def test_a_correction_denying_another_day_of_the_callers_is_false_where_that_day_is_booked(
    sentence, lang
):
    assert _passes_in(sentence, lang) == FRIDAY_BOOKED - {"two"}  # two: Saturday is Lena's


def test_a_field_and_a_colon_before_a_dash_is_a_note_not_a_rhetorical_opening():
    assert _passes_in("Shampoo: bitte ohne Parfum – notiert.", "de") == EVERYWHERE
    assert _passes_in("Na ja, was soll man sagen – storniert!", "de") == {"cancelled"}
