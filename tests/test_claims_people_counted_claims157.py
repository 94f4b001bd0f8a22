"""People counted stand for their appointments, and the caller among the people denied
(claims157, blind rounds 54-56): "All three of you are in" and "Each of the three gets a
confirmation text" claim three appointments (no call state has three), "You'll both get …" two,
"Beide sind … reserviert" / "Both are held" two holds, an answer's own count holds for the
outcome its question asked ("Alle drei sind eingetragen" after "Sind wir alle drei
eingetragen?"), "beiden Terminen" (the dative) is both appointments; "None of you two is
confirmed yet" and "You currently have no booking with us" deny the caller's booking. Neutral
twins: the salon's people counted, people counted with no outcome, a denial with a place of
its own. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, NOT_BOOKED, passes_in

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("All four of you are booked in.", "en", ""),
     ("Each of the three will get a text confirmation.", "en", ""),
     ("All three are in.", "en", "Are all three of us booked now?"),
     ("Alle drei sind eingetragen, keine Sorge.", "de", "Sind wir jetzt alle drei eingetragen?"),
     ("Beide sind bis zwölf für Sie reserviert.", "de", "")],
)  # fmt: skip
def test_people_counted_claim_one_appointment_each_which_no_state_holds(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You'll both get a text confirmation.", "en"),
     ("Both are held for you until noon.", "en"),
     ("Die SMS zu beiden Terminen ist raus.", "de")],
)  # fmt: skip
def test_two_people_or_both_appointments_pass_only_with_two(sentence, lang):
    assert passes_in(sentence, lang) == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Each of our three stylists gets a break at noon.", "en", ""),
     ("All three of our stylists are in on Saturday.", "en", ""),
     ("You'll both love the new colour.", "en", ""),
     ("Beide sind bei uns sehr beliebt.", "de", "")],
)  # fmt: skip
def test_the_salons_people_or_no_outcome_claim_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


def test_one_person_answered_keeps_the_plain_booking():
    assert passes_in("Yes, you're in.", "en", "Am I booked now?") == {
        "booked",
        "moved",
        "two",
        "no_sms",
    }


@pytest.mark.parametrize(
    "sentence",
    ["None of you two is confirmed yet.", "You currently have no booking with us."],
)
def test_the_caller_among_the_people_denied_is_not_booked(sentence):
    assert passes_in(sentence, "en") == NOT_BOOKED


@pytest.mark.parametrize(
    "sentence", ["None of our stylists is in yet.", "You have no appointment on Monday."]
)
def test_the_salons_people_or_a_day_of_its_own_deny_nothing_of_the_booking(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I can see two bookings under your name.", "en"),
     ("Ich sehe zwei Termine auf Ihren Namen.", "de")],
)  # fmt: skip
def test_two_appointments_read_off_the_calendar_pass_only_with_two(sentence, lang):
    assert passes_in(sentence, lang) == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'm showing two slots for you on Friday.", "en"),
     ("Ich sehe zwei freie Termine für Sie.", "de")],
)  # fmt: skip
def test_two_slots_seen_free_claim_no_appointment(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
