"""Blind round 32's false blocks, streaming fragments and plans (claims68), as classes: a hold
told through a past modal; a fragment cut before its object; the salon's hours given as a reason;
a slot agreed on as what it shall be; a reason clause's booking and the main clause's day; "until"
opening a clause; every one of the caller's appointments; the bare "steht" after an interjection;
nobody expected on a day; the one change named after "nur dass"; "aber" inside its clause; the
new day said as now in a fragment; an act said done as soon as said; not booked in a reason
clause or until the caller's yes; the day the caller asked on. Sentences in words of neither
corpus file nor the probe (tests/corpus/claims_probe32c_claims68.yaml)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

NEVER: frozenset[str] = frozenset()
MOVED = frozenset({"moved"})
CANCELLED = frozenset({"cancelled"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich konnte Ihnen den Platz noch zurücklegen.", "de", HELD),
     ("Ich konnte Ihnen den Platz leider nicht festhalten.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_told_through_a_past_modal_is_the_hold(sentence, lang, expected):
    # "konnte … zurücklegen" is the hold done, not a booking; failed, it claims nothing
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Also hätten wir", "de", EVERYWHERE),
     ("Also, das hätten wir.", "de", SUCCESS),
     ("– am Samstag,", "de", EVERYWHERE),
     ("– jetzt Donnerstag,", "de", MOVED),
     ("– now on Thursday,", "en", MOVED)],
)  # fmt: skip
def test_a_streaming_fragment_claims_what_it_alone_says(sentence, lang, expected):
    # cut before its object "hätten wir" is no "Das hätten wir"; a day alone is no claim, the
    # day said as now is the appointment's new place
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Weil Fabian donnerstags länger arbeitet, klappt es da auch nach der Arbeit.", "de",
      EVERYWHERE),
     ("Since Lena works late on Tuesdays, an evening is possible.", "en", EVERYWHERE),
     ("Weil Fabian donnerstags länger arbeitet, habe ich Sie da um sieben eingetragen.", "de",
      NEVER)],
)  # fmt: skip
def test_the_salons_hours_given_as_a_reason_claim_no_slot(sentence, lang, expected):
    # the booking said beside the same reason is still a booking (Thursday at seven: none)
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Okay, Freitag um zehn soll es also sein.", "de", EVERYWHERE),
     ("Fine, Friday at ten it shall be.", "en", EVERYWHERE),
     ("Okay, Freitag um zehn ist also gebucht.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_slot_agreed_on_as_what_it_shall_be_is_a_decision(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("As everything is booked, you can relax for the rest of today.", "en", BOOKED_ANY),
     ("Alles, was Sie gestern gewünscht haben, ist eingetragen.", "de", BOOKED_ANY),
     ("Until the salon replies, please be patient.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_day_said_of_something_else_is_not_the_bookings(sentence, lang, expected):
    # the main clause's "today" after a reason, the day the caller asked on; "until" opens a
    # clause, it is no instruction for a visit
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Alle Ihre Termine sind eingetragen.", "de", BOOKED_ANY),
     ("Beide Termine sind eingetragen.", "de", frozenset({"two"}))],
)  # fmt: skip
def test_every_one_of_the_callers_appointments_needs_no_second(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Na also, steht doch.", "de", SUCCESS),
     ("Siehste, steht schon!", "de", SUCCESS)],
)  # fmt: skip
def test_a_bare_steht_after_an_interjection_is_the_bare_success(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nachdem der Termin gestrichen ist, wartet am Freitag niemand auf Sie.", "de", CANCELLED),
     ("Da Ihre Dauerwelle storniert ist, erwartet Sie am Freitag niemand mehr.", "de", CANCELLED),
     ("Am Ablauf ändert sich nichts, nur dass der Termin nun am Donnerstag liegt.", "de", MOVED)],
)  # fmt: skip
def test_a_consequence_or_exception_beside_the_outcome_keeps_it(sentence, lang, expected):
    # nobody waiting on Friday is no visit there; "nur dass" names the change, not "unchanged"
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Im Moment ist der Platz aber bloß reserviert.", "de", HELD),
     ("Gesagt, getan: Ihre Dauerwelle am Freitag ist eingetragen.", "de", BOOKED_FRIDAY),
     ("No sooner said than done: you're booked for Friday at ten.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_particle_or_an_idiom_before_the_claim_leaves_it_as_said(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zumal noch nichts gebucht ist, können wir das ändern.", "de"),
     ("Sobald Sie zugestimmt haben, steht Ihr Termin – vorher nicht.", "de"),
     ("Erst wenn Sie zusagen, ist Ihre Buchung verbindlich.", "de")],
)  # fmt: skip
def test_not_booked_in_a_reason_clause_or_until_the_callers_yes(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


# blind 30's leftovers (claims68)
HELD_FRIDAY_ONLY = frozenset({"held", "pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Weil Lena am Freitag krank ist, habe ich Sie auf Donnerstag gesetzt.", "de", MOVED),
     ("Da Sie noch nicht zugestimmt haben, ist der Freitag um zehn erst einmal geblockt.", "de",
      HELD_FRIDAY_ONLY)],
)  # fmt: skip
def test_a_reason_before_the_claim_names_why_or_what_is_missing(sentence, lang, expected):
    # the reason's Friday is not where the caller was put; the caller's yes said missing is the
    # booking not made yet beside the hold
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's your Friday appointment that I've moved.", "en", MOVED),
     ("It was your Saturday booking that I cancelled.", "en", NEVER),
     ("Was Sie nun haben, ist ein Termin am Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("What you have now is a Thursday appointment.", "en", MOVED)],
)  # fmt: skip
def test_a_cleft_claims_the_act_or_what_the_caller_has(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence", ["Done a minute ago.", "Already taken care of earlier in the call."]
)
def test_a_bare_success_told_in_the_calls_own_past_is_the_bare_success(sentence):
    assert passes_in(sentence, "en") == SUCCESS
