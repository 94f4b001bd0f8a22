"""Blind round 35's leftovers in claims93's share, as classes: a hold said in the present with
"vormerken", "sperren" or "blockieren" (the caller noted, the verb before its subject, "gern"
beside the act), the hold's lapse ("bis morgen", "until tomorrow") that is not the slot held, and
the agent's act in the present or offered on a day other than Friday; with the nearest sentences
that must still pass or stay offers. Sentences in words of neither corpus file
(claims_blind_35.yaml, claims_probe36f_claims93.yaml)."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, HELD, HELD_FRIDAY, passes_in

# Saturday 29 November 11:00 with Lena: booked in state two, offered in state offered
SATURDAY_OFFERED = {"offered", "two"}
THURSDAY_OFFERED = {"offered", "moved"}  # Thursday 15:00: the move's new slot


@pytest.mark.parametrize(
    "sentence",
    ["Wir merken Sie für Freitag um zehn vor.",
     "Ich sperre Ihnen den Freitag um zehn.",
     "Ich blockiere Ihnen Freitag um zehn bei Fabian.",
     "Freitag um zehn merke ich Ihnen gerne vor."],
)  # fmt: skip
def test_a_hold_said_in_the_present_is_the_hold_of_what_it_names(sentence):
    # blind 35's note (120, 131): "Ich merke Sie für Freitag um zehn vor" is the hold in progress;
    # it is false where nothing is kept for the caller (nothing, failed, cancelled, offered, …)
    assert passes_in(sentence, "de") == HELD_FRIDAY


def test_the_caller_noted_in_the_present_without_a_slot_is_any_hold():
    assert passes_in("Ich merke Sie vor.", "de") == HELD


def test_the_caller_noted_in_the_perfect_stays_the_booking():
    # convention 490: "Ich habe Sie … vorgemerkt" is the booking said, not a hold
    assert passes_in("Ich habe Sie für Freitag um zehn vorgemerkt.", "de") == {
        "booked",
        "no_sms",
        "two",
    }


@pytest.mark.parametrize(
    "sentence",
    ["Das merke ich mir.",
     "Wir blockieren keine Termine ohne Telefonnummer.",
     "Ich trage mir das ein."],
)  # fmt: skip
def test_the_same_verbs_that_keep_nothing_for_the_caller_pass_everywhere(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_a_hold_offered_with_a_modal_is_the_slot_offered_not_held():
    # "gern" is no offer only beside the act itself; "Soll ich …?" names the slot as free
    assert "cancelled" in passes_in("Soll ich Sie für Freitag um zehn vormerken?", "de")
    assert "cancelled" not in passes_in("Ich merke Sie für Freitag um zehn gern vor.", "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich halte Ihnen den Platz bis morgen frei.", "de"),
     ("Der Platz ist bis morgen früh für Sie reserviert.", "de"),
     ("I'm keeping the slot for you until tomorrow.", "en")],
)  # fmt: skip
def test_when_a_hold_lapses_is_not_the_slot_held(sentence, lang):
    # "bis morgen" is Thursday: read as the slot, the hold of Friday would be blocked
    assert passes_in(sentence, lang) == HELD


def test_a_hold_with_its_lapse_still_carries_the_slot_it_names():
    assert passes_in("Ich reserviere Ihnen Samstag um elf bis heute Abend.", "de") == {"two"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ich buche Sie am Samstag um elf bei Lena ein.", {"offered"}),  # 670: and not booked yet
     ("Wir tragen Sie für Donnerstag um drei ein.", {"offered"}),
     ("Möchten Sie, dass ich Sie am Donnerstag um drei eintrage?", THURSDAY_OFFERED)],
)  # fmt: skip
def test_the_act_in_the_present_or_offered_on_any_day_names_the_slot_available(sentence, expected):
    # blind 35's b35_sep_act_present (2): the slot named is offered; before claims93 only
    # Friday's were read (the word gate passed them on the "frei" of "Freitag")
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    "sentence",
    ["Fabian hat Freitag um zehn nun wieder eine Lücke.",
     "Bei Fabian ist am Freitag um zehn jetzt wieder ein Termin frei.",
     "Der Freitag um zehn ist damit wieder buchbar."],
)  # fmt: skip
def test_the_old_slot_said_free_or_bookable_again_is_the_visit_there_gone(sentence):
    # convention 21: true after the cancellation and after the move (the old place); the
    # booking word of "buchbar" names no booking of the caller's
    assert passes_in(sentence, "de") == {"cancelled", "moved"}


def test_a_slot_someone_else_gave_up_is_no_visit_gone():
    # offered (not the caller's old place): a visit gone would be false while it is booked
    assert "booked" in passes_in(
        "Eine Kundin hat abgesagt, deshalb ist Freitag um zehn wieder frei.", "de"
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Durch Sie ist Fabians Freitag jetzt ausgebucht.", "de"),
     ("You've taken the very last spot on Fabian's Friday.", "en")],
)  # fmt: skip
def test_the_stylists_day_full_through_the_caller_is_the_booking(sentence, lang):
    # convention 45: the caller's place in the full day is presupposed
    assert passes_in(sentence, lang) == {"booked", "no_sms", "two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian ist am Freitag leider voll.", "de"),
     ("If you take the last slot, Fabian's Friday is full.", "en")],
)  # fmt: skip
def test_a_full_day_not_through_the_caller_claims_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
