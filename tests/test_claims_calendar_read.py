"""The calendar read out (agent/claims/calendar_read): what the agent sees, reads or finds of the
caller in the calendar is the claim the calendar makes, with what it names (blind 31, claims62);
the caller said to be in or out of the book reads the same way; the appointment no longer there
is `gone`, a day told gone without an act too; a status said of it is that status (awaiting the
salon, the place empty again, an English clause after "I can see"; claims64); and the nearest
sentences that must still pass (another person's slot, a past visit, a search to come, a free
slot, nothing found without "noch"). Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

GONE = {"cancelled", "moved"}  # the Friday appointment cancelled or moved away
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # Friday cancelled, or moved away from
PENDING = frozenset({"pending"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Auf meiner Liste hier: Freitag, zehn Uhr, Fabian.", "de"),
     ("Ich hab Sie jetzt vor mir im Terminbuch, Freitag um zehn.", "de"),
     ("Im Kalender lese ich Ihren Namen am Freitag um zehn.", "de"),
     ("Right, I see you there: Friday, ten, with Fabian.", "en"),
     ("Your name is sitting right there in the diary for Friday at ten.", "en")],
)  # fmt: skip
def test_the_callers_slot_seen_is_the_booking_of_what_it_names(sentence, lang):
    # conventions 45 and 84: the calendar read out claims what the calendar would hold
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich sehe Sie hier am Dienstag um zehn.", "de"),
     ("On my screen I've got you for Monday at ten.", "en")],
)  # fmt: skip
def test_a_wrong_day_seen_is_a_wrong_claim(sentence, lang):
    # conventions 14 and 67: the day it names is the claim's
    assert passes_in(sentence, lang) == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Im Terminbuch taucht Ihr Name am Freitag nicht mehr auf.", "de"),
     ("Ich finde Sie am Freitag nicht mehr in der Liste.", "de"),
     ("Your Friday entry isn't showing in the calendar any more.", "en")],
)  # fmt: skip
def test_the_callers_slot_no_longer_seen_is_gone(sentence, lang):
    # convention 86: gone from the calendar, true after the cancellation, never beside Friday's
    # booking (the gated splits read some German "nicht mehr" wordings as the cancellation)
    passes = passes_in(sentence, lang)
    assert "cancelled" in passes and passes <= GONE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie stehen noch nicht in Fabians Kalender.", "de"),
     ("Bei uns im Kalender stehen Sie noch nicht.", "de"),
     ("You're not in the diary yet.", "en"),
     ("Fabian doesn't have you in his book yet.", "en")],
)  # fmt: skip
def test_the_caller_not_in_the_book_yet_is_not_booked(sentence, lang):
    # convention 5: "noch nicht" / "yet" of the booking
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie sind am Freitag nicht mehr eingetragen bei uns.", "de"),
     ("You're no longer in the book for Friday.", "en")],
)  # fmt: skip
def test_the_caller_out_of_the_book_is_gone(sentence, lang):
    passes = passes_in(sentence, lang)
    assert "cancelled" in passes and passes <= GONE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich sehe, dass um zehn bei Lena eine andere Kundin sitzt.", "de"),
     ("Ich sehe, Sie waren im Sommer schon bei Fabian.", "de"),
     ("Ich sehe mal im Kalender nach, ob Freitag geht.", "de"),
     ("Ich sehe, Donnerstag ist bei Fabian ziemlich voll.", "de"),
     ("Unter Ihrer Nummer finde ich leider nichts.", "de"),
     ("I see, you'd rather come on Friday at ten.", "en"),
     ("I can see your last visit was in June.", "en"),
     ("Let me check the diary for Friday.", "en")],
)  # fmt: skip
def test_what_is_seen_but_not_the_callers_outcome_passes(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_the_appointment_seen_without_a_day_is_the_booking_of_any_day():
    assert passes_in("Ich habe Ihre Buchung hier auf dem Bildschirm.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich sehe, Ihr Platz am Freitag ist inzwischen leer.", "de"),
     ("There's nothing left in the diary for you on Friday.", "en")],
)  # fmt: skip
def test_the_callers_place_empty_is_gone(sentence, lang):
    # never beside Friday's booking; where a clause reader reads the place as booked too, the
    # sentence is stopped everywhere (fail-safe)
    assert not passes_in(sentence, lang) & BOOKED_FRIDAY


def test_a_failure_the_system_reports_is_the_booking_denied():
    # the lead's D68 (convention 1160; convention 5 had kept a failure without "noch" neutral)
    assert passes_in("Der Kalender meldet, dass die Buchung abgelehnt wurde.", "de") == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag finde ich Sie im Kalender nicht mehr.", "de"),
     ("Your Friday visit has disappeared from our system.", "en")],
)  # fmt: skip
def test_a_day_told_gone_without_an_act_is_true_after_a_move_too(sentence, lang):
    # conventions 3, 18, 86
    assert passes_in(sentence, lang) == GONE_FRIDAY


def test_a_day_removed_by_the_speaker_is_the_cancellation():
    assert passes_in("Ihren Freitagstermin habe ich gelöscht, der ist weg.", "de") == {"cancelled"}


def test_a_status_awaiting_the_salon_is_the_request():
    sentence = "Im Kalender steht Ihr Termin als angefragt, der Salon muss noch zusagen."
    assert passes_in(sentence, "de") == PENDING


def test_the_callers_place_empty_again_is_the_cancellation():
    # convention 21 ("Ihr Platz am Freitag ist wieder frei"), 260
    assert passes_in("Ihr Platz am Freitag ist jetzt wieder leer.", "de") == CANCELLED_FRIDAY


def test_a_status_seen_in_the_calendar_is_that_status():
    # convention 84, an English clause without "that"
    assert passes_in("I can see the Friday booking has been cancelled.", "en") == CANCELLED_FRIDAY
