"""The leftovers of blinds 41 and 42 (claims116), as classes: a total of the caller's bookings;
the new place with "now" closing the sentence, said plainly or behind "should" / "ought to"; a
visit held up on its day (convention 37); the caller's beliefs and hopes told back (convention
721); a stressed echo gainsaying the caller's negated question; focus particles; a concession
before a denial; a hold with a dated place; a request reported from the salon; permissions to come
early; a read-back "noch einmal"; an everyday service word placed on a day. Each with the nearest
sentences that must still claim or stay neutral. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

TWO = frozenset({"two"})
MOVED = frozenset({"moved"})
HELD_NOT_BOOKED = frozenset({"held", "pending"})
PENDING = frozenset({"pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("That brings you to two bookings with us.", "en", TWO),
     ("Macht zusammen zwei Termine für Sie.", "de", TWO),
     ("Das sind dann insgesamt zwei Buchungen.", "de", TWO),
     ("That makes two questions from my side.", "en", EVERYWHERE),
     ("Das macht zwei Termine zur Auswahl.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_total_of_the_callers_bookings_is_true_only_where_there_are_two(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's on Thursday at 3 pm now.", "en", MOVED),
     ("Your appointment should be on Thursday at three now.", "en", MOVED),
     ("It should now be on Thursday at 3 pm.", "en", MOVED),
     ("It should be quieter on Thursday at three.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_new_place_with_now_is_the_move_hedged_or_not(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sollten Sie am Freitag aufgehalten werden, melden Sie sich kurz.", "de", BOOKED_FRIDAY),
     ("If you're held up on Friday, just ring the salon.", "en", BOOKED_FRIDAY),
     ("Falls Sie im Stau stehen, rufen Sie kurz an.", "de", EVERYWHERE),
     ("If you're ever stuck in traffic, give us a ring.", "en", EVERYWHERE)],
)  # fmt: skip
def test_being_held_up_on_the_visits_day_presupposes_it_without_a_day_it_is_a_house_rule(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I understand you assumed it had already gone through.", "en", EVERYWHERE),
     ("So you were under the impression you were booked in.", "en", EVERYWHERE),
     ("Sie waren also der Ansicht, der Termin sei schon fest.", "de", EVERYWHERE),
     ("Sie hoffen, dass am Donnerstag noch etwas geht – ich schaue kurz.", "de", EVERYWHERE),
     ("You're hoping Thursday afternoon is still open, let me check.", "en", EVERYWHERE),
     ("Ich verstehe, und Ihr Termin ist tatsächlich gebucht.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_belief_or_hope_told_back_claims_nothing_the_speakers_answer_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "caller", "lang", "expected"),
    [("It is, really.", "So it isn't booked yet?", "en", BOOKED_ANY),
     ("Oh, but it is, in fact.", "So it isn't booked yet?", "en", BOOKED_ANY),
     ("Doch, ist er wirklich.", "Ist der Termin etwa noch nicht gebucht?", "de", BOOKED_ANY),
     # a no to a negated question may agree with it or gainsay it: unread, as the corpus's
     # "No, it isn't." to the same question
     ("No, it isn't, actually.", "So it isn't booked yet?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_stressed_echo_gainsays_the_callers_negated_question(sentence, caller, lang, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's really booked already.", "en", BOOKED_ANY),
     ("Even if the app says otherwise, your appointment isn't booked yet.", "en", NOT_BOOKED),
     ("Selbst wenn die App etwas anderes zeigt, ist Ihr Termin noch nicht gebucht.", "de",
      NOT_BOOKED)],
)  # fmt: skip
def test_focus_particles_and_concessions_leave_the_claim_they_stress(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've placed a hold on Friday, 28 November at 10 a.m.; nothing is booked until you say yes.",
      "en", HELD_NOT_BOOKED),
     ("There's a hold on Friday at ten – not booked yet.", "en", HELD_NOT_BOOKED),
     ("Laut Salon wird Ihre Anfrage im Moment noch geprüft.", "de", PENDING),
     ("Laut Salon wird jede Anfrage sorgfältig geprüft.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_dated_hold_and_a_request_reported_from_the_salon_are_read(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie dürfen gern ein paar Minuten früher kommen.", "de", EVERYWHERE),
     ("Am Freitag können Sie gern früher kommen.", "de", BOOKED_FRIDAY),
     ("Damit nichts verloren geht, lese ich Ihnen die Daten noch einmal vor.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_permission_or_a_read_back_claims_nothing_without_the_visits_day(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # no state has a colour appointment: the claim is wrong everywhere
    [("Die Farbe am Freitag ist wirklich gebucht.", "de", frozenset()),
     ("Ihre Dauerwelle am Freitag ist tatsächlich gebucht.", "de", BOOKED_FRIDAY),
     ("Die Farbe steht Ihnen wirklich gut.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_everyday_service_word_placed_on_a_day_is_the_callers_service(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
