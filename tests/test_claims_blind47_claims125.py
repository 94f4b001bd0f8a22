"""Blind 47's leftovers (claims125): an earlier turn's claim taken back, repairs twice, and
listings and recaps of several appointments. What is taken back is the earlier claim; what the
sentence now says is judged (a booking taken back is not booked, to a hold held and not booked
yet, a failure after it claims nothing); a report that keeps its claim ("wie ich vorhin sagte")
is no retraction; a repair twice ends on its last word; a listing of two days answering the
caller's question about their appointments claims both, each item held to one appointment whole
(details swapped between the two pass nowhere). Sentences in words of neither corpus file
(blind 47, probe 47c)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    NOWHERE,
    passes_in,
)

HELD_NOT_YET = frozenset({"held", "pending"})  # a hold said, the booking said still to come (75)
TWO = frozenset({"two"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eben hatte ich Ihnen gesagt, der Termin stehe – das stimmt so nicht, eine Buchung gibt es noch nicht.", "de"),
     ("Ich sagte vorhin, Sie seien fest drin; das war leider ein Fehler: Sie haben noch keinen Termin.", "de"),
     ("Ignorieren Sie bitte, was ich eben gesagt habe – einen Termin haben Sie noch nicht.", "de"),
     ("A moment ago I told you it was confirmed – that was wrong, nothing's booked for you yet.", "en"),
     ("I said earlier you were all booked in, but I was mistaken – you don't have an appointment yet.", "en"),
     ("Please ignore what I told you before: there's no booking for you yet.", "en")],
)  # fmt: skip
def test_a_booking_said_before_and_taken_back_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vorhin sagte ich, Sie seien gebucht – das war falsch, der Platz ist nur für Sie reserviert.", "de"),
     ("I told you earlier that you were booked; I was wrong, the slot is only on hold for you.", "en")],
)  # fmt: skip
def test_a_booking_said_before_and_taken_back_for_a_hold_is_held_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == HELD_NOT_YET


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich hatte Ihnen gesagt, alles sei erledigt – leider ist die Eintragung doch gescheitert.", "de"),
     ("I told you it had gone through, but sadly the booking failed in the end.", "en")],
)  # fmt: skip
def test_a_failure_reported_after_a_retraction_is_the_booking_denied(sentence, lang):
    # the lead's D68 (convention 1160): this call's booking told failed is not booked
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vorhin sagte ich, es habe nicht geklappt – das stimmt nicht, Sie sind am Freitag um zehn eingetragen.", "de"),
     ("Earlier I said it hadn't worked; that was wrong, you're confirmed for Friday at ten.", "en"),
     ("Wie ich Ihnen vorhin schon gesagt habe, sind Sie am Freitag um zehn gebucht.", "de"),
     ("As I told you a minute ago, Friday at ten is booked for you.", "en")],
)  # fmt: skip
def test_a_failure_taken_back_or_a_booking_said_again_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Vorgemerkt – nein, gebucht – nein, Verzeihung, doch gebucht.", "de", BOOKED_ANY),
     ("Reserved – no, booked – no, sorry, definitely booked.", "en", BOOKED_ANY),
     ("Gebucht – nein, vorgemerkt – nein, gebucht – ach nein, doch nur vorgemerkt.", "de", HELD),
     ("Verschoben, nein, storniert – nein, doch storniert.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_repair_twice_ends_on_its_last_word(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Freitag um zehn bei Fabian, und Samstag um elf bei Lena.", "de", "Wann sind denn meine zwei Termine?"),
     ("Friday at 10 am with Fabian, then Saturday at 11 am with Lena.", "en", "When are my two appointments?"),
     ("The one on Friday at ten, and the other on Saturday at eleven.", "en", "Remind me, when are my appointments?")],
)  # fmt: skip
def test_a_listing_of_two_days_answering_the_callers_question_claims_both(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == TWO


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Freitag um zehn bei Lena, und Samstag um elf bei Fabian.", "de", "Wann sind denn meine zwei Termine?"),
     ("Friday at eleven, then Saturday at ten.", "en", "When are my two appointments?"),
     ("Friday at ten and Saturday at two.", "en", "When are my two appointments?")],
)  # fmt: skip
def test_a_listing_with_details_swapped_or_wrong_passes_nowhere(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == NOWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zwei Termine haben Sie jetzt: Freitag um zehn bei Lena und Samstag um elf bei Fabian.", "de"),
     ("You now have two appointments: Friday at eleven with Fabian and Saturday at ten with Lena.", "en")],
)  # fmt: skip
def test_a_recap_of_two_with_the_pairs_swapped_passes_nowhere(sentence, lang):
    assert passes_in(sentence, lang) == NOWHERE


def test_the_same_listing_after_a_question_about_the_wish_claims_nothing():
    caller = "Was wollte ich nochmal buchen?"
    assert (
        passes_in("Freitag um zehn bei Fabian und Samstag um elf bei Lena.", "de", caller)
        == EVERYWHERE
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I told you it was booked, but the confirmation text may take a minute.", "en"),
     ("Ich hatte Ihnen ja gesagt, dass der Termin gebucht ist – die SMS kommt aber erst später.", "de")],
)  # fmt: skip
def test_a_contrary_word_before_something_else_takes_nothing_back(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY
