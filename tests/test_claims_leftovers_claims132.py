"""The leftovers of blinds 46-48 and 50 (claims132): "nothing booked" behind a fronted adverb or
beside a hold named after it, a booking taken back with no earlier turn told, number words that
count things, a name given with "called you", the calendar's entry or tick read as the booking,
appointments counted in shorthand and a household's pair, a cancellation under way with a word of
waiting, the caller kept on hold on the line, "your appointment's still there". Sentences in
words of neither corpus file (the blinds, probe 47d)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

HELD_FRIDAY_NOT_BOOKED = frozenset({"held", "pending"})  # Friday at ten held, nothing booked (75)
TWO = frozenset({"two"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Im Moment ist auf Ihren Namen nichts eingetragen.", "de"),
     ("Zurzeit ist für Sie nichts gebucht.", "de"),
     ("Im System ist für Sie nichts eingetragen.", "de"),
     ("For now, nothing has been booked for you.", "en"),
     ("Our calendar has no booking for you at present.", "en")],
)  # fmt: skip
def test_nothing_booked_behind_a_fronted_adverb_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_a_search_that_found_nothing_stays_neutral():
    assert passes_in("Unter dieser Nummer ist bei uns nichts eingetragen.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Momentan ist nichts eingetragen, nur Freitag um zehn halte ich für Sie frei.", "de"),
     ("Also: noch keine Buchung, lediglich eine Vormerkung für Freitag um zehn.", "de"),
     ("In short: no booking yet, only a reservation on Friday at ten.", "en"),
     ("Right now nothing's booked; Friday at ten is just on hold for you.", "en"),
     ("Friday at ten is held for you so far, not confirmed.", "en")],
)  # fmt: skip
def test_a_hold_named_beside_the_denied_booking_is_held_and_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == HELD_FRIDAY_NOT_BOOKED


def test_a_hold_on_another_day_beside_the_denial_is_backed_nowhere():
    said = "At the moment no booking, just a hold on Saturday at eleven."
    assert passes_in(said, "en") == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Oje, die Buchung ist doch nicht im Kalender.", "de"),
     ("Ich sehe jetzt, Ihr Termin ist gar nicht gebucht, das tut mir leid.", "de"),
     ("Sorry, the appointment isn't in our system after all.", "en"),
     ("Apologies – your booking doesn't exist after all.", "en")],
)  # fmt: skip
def test_a_booking_taken_back_without_an_earlier_turn_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_the_same_words_saying_it_is_there_after_all_claim_the_booking():
    assert passes_in("Good news, the appointment is in the calendar after all.", "en") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Es geht um zwei Sachen, die Farbe und den Preis.", "de"),
     ("Es geht um zwei Anliegen, die Farbe und den Preis.", "de"),
     ("Zwei Fragen hätte ich da noch.", "de"),
     ("I'll go through your wishes one by one.", "en"),
     ("Sorry, I called you Mr Baker – it's Mr Becker, of course.", "en"),
     ("I called you by the wrong surname, my apologies.", "en")],
)  # fmt: skip
def test_counted_things_and_names_given_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wir rufen Sie um zwei zurück.", "de"), ("We'll call you back tomorrow.", "en")],
)  # fmt: skip
def test_a_callback_promised_is_still_read(sentence, lang):
    assert passes_in(sentence, lang) == {"message", "unknown"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Kalendereintrag existiert jetzt.", "de"),
     ("Bei mir ist es jetzt drin.", "de"),
     ("The calendar entry for you now exists.", "en"),
     ("It's in on my side now.", "en"),
     ("There's a green tick next to your appointment now.", "en")],
)  # fmt: skip
def test_the_calendar_entry_or_its_tick_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Kalendereintrag für Sie existiert noch nicht.", "de"),
     ("It's not in on my end yet.", "en")],
)  # fmt: skip
def test_the_calendar_entry_said_not_there_yet_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You're down twice, Friday at ten and Saturday at eleven with Lena.", "en"),
     ("Both appointments are in, one on Friday and one on Saturday.", "en"),
     ("Your appointment and your daughter's are both confirmed.", "en"),
     ("Ihr Termin und der Ihres Sohnes sind beide gebucht.", "de"),
     ("Zwei Termine sind gebucht, einer am Freitag und einer am Samstag.", "de")],
)  # fmt: skip
def test_two_appointments_counted_or_paired_need_two(sentence, lang):
    assert passes_in(sentence, lang) == TWO


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You're down three times, Friday, Saturday and Monday.", "en"),
     ("You're in twice, Friday with Lena and Saturday with Fabian.", "en")],
)  # fmt: skip
def test_a_count_or_pairing_no_call_has_passes_nowhere(sentence, lang):
    assert passes_in(sentence, lang) == set()


def test_down_once_is_the_one_booking():
    assert passes_in("You're down once, on Friday at ten.", "en") == BOOKED_FRIDAY


def test_a_cancellation_under_way_with_a_word_of_waiting_presupposes_the_booking():
    said = "I'm cancelling your Friday appointment right now, just a moment."
    assert passes_in(said, "en") == BOOKED_FRIDAY


def test_the_caller_kept_on_hold_on_the_line_is_no_slot_held():
    assert passes_in("Sorry you were on hold so long.", "en") == EVERYWHERE


def test_the_appointment_contracted_before_its_state_is_read():
    # "still there": it stands as it was (1035, the lead's D11: convention 1051)
    assert passes_in("Your appointment's definitely still there.", "en") == BOOKED_ANY - {"moved"}
