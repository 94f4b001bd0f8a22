"""Blind round 37's classes in claims85's share, as specifications: an exclusive particle before a
named appointment says no other is booked (convention 550), an additive one names nothing more
(482, 550) unless the other member is said; a topic set up before its comment names what the
comment speaks of; an embedded whether-clause answered at once is read by its answer (74), an
open one claims nothing (5); a concession presupposes or states what it concedes; and the nearest
sentences that must still pass. Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

ONLY_FRIDAY = {"booked", "no_sms"}  # Friday booked, and no other appointment
TWO = {"two"}  # Friday and Saturday both booked
NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eingebucht ist lediglich der Freitag um zehn.", "de"),
     ("Only Friday at ten is confirmed for you.", "en")],
)  # fmt: skip
def test_an_exclusive_particle_says_no_other_appointment_is_booked(sentence, lang):
    # convention 550: in state two the caller would believe Saturday is not booked
    assert passes_in(sentence, lang) == ONLY_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Mittlerweile haben Sie bloß noch den Samstag.", "de"),
     ("The only one remaining is Saturday with Lena.", "en")],
)  # fmt: skip
def test_a_remaining_appointment_beside_one_gone_is_true_in_no_state(sentence, lang):
    # convention 522: no state has Friday gone and Saturday booked
    assert passes_in(sentence, lang) == NEVER


def test_an_additive_particle_with_the_other_member_said_claims_it_too():
    assert passes_in("Friday is confirmed too, not only Saturday.", "en") == TWO
    # "wie der andere": a second cancellation no state holds
    assert passes_in("Der Freitag ist gleichermaßen storniert wie der andere.", "de") == NEVER


def test_an_additive_particle_alone_names_nothing_more():
    # conventions 482 and 550: the cancellation it names, true where it was made
    assert passes_in("Der Freitag ist nun gleichermaßen abgesagt.", "de") == CANCELLED_FRIDAY
    assert passes_in("I've even cancelled it already.", "en") == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hinsichtlich Lena: Ihr Termin liegt jetzt am Donnerstag.", "de", NEVER),
     ("Speaking of Saturday, you're confirmed with Lena.", "en", TWO),
     ("As for Friday: gone.", "en", {"cancelled", "moved"})],
)  # fmt: skip
def test_the_comment_of_a_topic_carries_what_the_topic_names(sentence, lang, expected):
    # Lena's appointment was never moved; Friday's visit off for the caller is `gone` (3, 42)
    assert passes_in(sentence, lang) == expected


def test_a_topic_that_names_no_appointment_changes_nothing():
    assert passes_in("Apropos Öffnungszeiten: samstags bis vierzehn Uhr.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie wollten wissen, ob der Freitag abgesagt ist? Ja, ist er.", "de", CANCELLED_FRIDAY),
     ("You asked if it's booked; not yet.", "en", NOT_BOOKED),
     ("Whether I've cancelled it? No, I haven't.", "en", EVERYWHERE - CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_whether_clause_answered_at_once_claims_its_answer(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'll find out if Lena can do Saturday at eleven.", "en"),
     ("Ob es gebucht ist oder nicht, sage ich Ihnen gleich.", "de")],
)  # fmt: skip
def test_an_open_whether_clause_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_concession_presupposes_or_states_what_it_concedes():
    assert passes_in("In spite of the move, it stays a perm.", "en") == {"moved"}
    # Friday cancelled beside Saturday kept: no state holds both
    assert passes_in("Obgleich der Freitag abgesagt ist, bleibt der Samstag um elf.", "de") == NEVER
    held = "Zwar ist er geblockt, verbindlich gebucht aber erst nach Ihrem Ja."
    assert passes_in(held, "de") == HELD_FRIDAY - BOOKED_ANY
