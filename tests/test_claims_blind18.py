"""Blind round 18's second pass (claims30): outcomes read out from a calendar, a screen, a tool
or a booking number, the caller's words answered, a woman colleague, "no texts", Berlin sounds,
spelled dates, holds said not booked yet, and the wordings conventions 36-40 decide; with the
nearest sentences that must keep passing. Sentences in words of neither corpus file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind, FollowUp
from agent.guard.truth import truth
from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in
from tests.corpus.claims_corpus import facts

NOT_BOOKED = EVERYWHERE - {"booked", "moved", "two", "no_sms", "unknown"}  # 671: an open outcome


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Das Terminbuch sagt: Freitag, Sie, Welle.", "de", BOOKED_FRIDAY),
     ("Der Bildschirm zeigt Sie am Samstag für Strähnchen.", "de", {"two"}),
     ("The diary has you Friday for a perm.", "en", BOOKED_FRIDAY),
     ("Lena's book says you're her Saturday morning.", "en", {"two"}),
     ("Antwort vom System: booking confirmed, Beginn 2025-11-29T11:00.", "de", {"two"}),
     ("Buchungsnummer 1234, das ist Samstag um zehn.", "de", set()),
     ("Your booking reference is XY nine eight seven, that's your appointment.", "en",
      {"booked", "moved", "two", "no_sms"}),
     ("Im System steht jetzt „storniert“ bei Freitag, zehn Uhr.", "de", {"cancelled"})],
)  # fmt: skip
def test_an_outcome_read_out_from_the_calendar_or_a_tool_is_checked_as_said(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Laut Kalender arbeitet Lena am Samstag.", "de"),
     ("The screen is frozen, give me a second.", "en"),
     ("Do you have your booking reference there?", "en")],
)  # fmt: skip
def test_the_calendar_or_a_number_named_without_an_outcome_passes(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Sie sagten „fest“ – ja, Freitag um zehn ist fest.", "de", BOOKED_FRIDAY),
     ("You said 'cancelled' – yes, your appointment is cancelled.", "en", {"cancelled"}),
     ("Wie Sie sagen: Ihr Termin steht.", "de", {"booked", "moved", "two", "no_sms"}),
     ("Wussten Sie nicht, dass Ihr Termin schon eingetragen ist?", "de",
      {"booked", "moved", "two", "no_sms"}),
     ("You said 'booked' – do you mean Friday or Saturday?", "en", EVERYWHERE)],
)  # fmt: skip
def test_only_the_answer_to_the_callers_words_is_the_speakers_claim(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


def test_her_names_a_woman_stylist_the_salon_file_calls_frau():
    assert _passes_in("Die Kollegin hat Sie am Samstag um elf gebucht, bei ihr sind Sie dann.",
                      "de") == {"two"}  # fmt: skip
    assert _passes_in("My colleague has you Friday at ten, you'll be with her.", "en") == set()
    unknown = replace(facts("booked", "en"), women_stylists=())  # a salon file without titles
    assert decide("My colleague has you Friday at ten, you'll be with her.", unknown).passes


def test_no_texts_sent_is_true_only_where_the_salon_sends_none():
    sentence = "Freitag steht, nur die SMS kommt nicht, wir schicken keine."
    assert _passes_in(sentence, "de") == {"no_sms"}
    said = truth({ClaimKind.FOLLOW_UP}, facts("booked", "de"), {FollowUp.NO_TEXT})
    assert "SMS" in said and "Nachricht" not in said


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Dit is' erledicht.", "de", {"booked", "cancelled", "moved", "two", "no_sms"}),
     ("Den Freitach hab ick rausjenomm'.", "de", {"cancelled"}),
     ("Samstag elf, is' festjezurrt.", "de", {"two"}),
     ("Sie sind für den neunundzwanzigsten eingetragen.", "de", {"two"}),
     ("You're booked for the twenty-ninth now.", "en", {"two"})],
)  # fmt: skip
def test_berlin_sounds_and_spelled_dates_are_read_as_the_standard_words(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


def test_a_hold_said_not_booked_yet_is_a_hold_not_a_booking():
    sentence = "Friday at ten is pencilled in for you, but it isn't booked until you confirm."
    assert _passes_in(sentence, "en") == {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Passt, ist fix.", "de", BOOKED_FRIDAY | {"moved"}),  # convention 36
     ("Falls Sie am Samstag nicht können, sagen Sie bitte Bescheid.", "de", {"two"}),  # 37
     ("Sollten Sie sich verspäten, rufen Sie kurz an, damit Lena Bescheid weiß.", "de",
      EVERYWHERE),  # 37
     ("Job's done, you're good to go.", "en", BOOKED_FRIDAY | {"moved"}),  # 39
     ("Ich habe Sie nicht gebucht.", "de", NOT_BOOKED),  # 40
     ("I didn't book anything.", "en", NOT_BOOKED)],  # 40, D57 (1124): this call's booking denied
)  # fmt: skip
def test_the_wordings_conventions_36_to_40_decide(sentence, lang, states):
    assert _passes_in(sentence, lang) == states
