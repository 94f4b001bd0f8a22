"""Blind round 39's false blocks (claims94), as classes: a claim word cut off by the barge-in dash
is the word it begins (convention 640), also after "für Sie"; "da steht …" reading a screen or a
tool result out claims nothing; a free slot said gone with "der" is taken by others; a bare "ich
leite weiter" puts the call through; "die Bestätigung kommt vom Salon" is the request awaiting
the salon (1); everything noted beside a callback is the message taken (644); and the nearest
sentences that must still claim. Sentences in words of neither corpus file (blind 39, probe 39)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, passes_in

NEVER: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin am Freitag ist abges—", "de", {"cancelled"}),
     ("Your Friday appointment is cancel—", "en", {"cancelled"}),
     ("Freitag um zehn ist für Sie vorgem—", "de", HELD_FRIDAY),
     ("Einen Moment, ich schau—", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_word_cut_by_the_barge_in_dash_is_the_word_it_begins(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hier steht irgendwas mit event_id, das ist nur intern.", "de", EVERYWHERE),
     ("Da steht 'error', die Zeit hat schon jemand.", "de", EVERYWHERE),
     ("Da steht Ihr Termin: Freitag, zehn Uhr.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_screen_read_out_claims_nothing_the_appointment_read_out_is_booked(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fehler 500, der Slot um zehn ist weg.", "de", EVERYWHERE),
     ("Ihr Slot am Freitag ist weg.", "de", {"cancelled"})],
)  # fmt: skip
def test_a_free_slot_gone_is_taken_by_others_the_callers_is_called_off(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Das kann eine Kollegin besser beantworten, ich leite weiter.", "de", EVERYWHERE),
     ("Ich leite das an den Salon weiter.", "de", {"message"})],
)  # fmt: skip
def test_a_bare_ich_leite_weiter_puts_the_call_through_a_thing_passed_on_is_a_message(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag zehn ist angefragt, die Bestätigung kommt vom Team.", "de", {"pending"}),
     ("Die Bestätigung kommt gleich per SMS.", "de", {"booked", "cancelled", "moved", "two"})],
)  # fmt: skip
def test_the_confirmation_coming_from_the_salon_is_awaited_one_by_text_is_sent(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # convention 821 (the lead's decision; it was the message): the note beside a callback is it
    [("Ich habe alles aufgeschrieben, Lena ruft Sie morgen noch zurück.", "de",
      {"message", "unknown"}),
     ("Ich habe Sie für Freitag notiert, Lena ruft Sie noch an.", "de", NEVER)],
)  # fmt: skip
def test_everything_noted_beside_a_callback_is_the_callback_the_caller_noted_is_a_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Gebucht, äh, reserviert meine ich, Freitag zehn, noch nicht fest.", "de",
      {"held", "pending"}),
     ("Freitag um zehn ist gebucht, äh, reserviert meine ich.", "de", HELD_FRIDAY)],
)  # fmt: skip
def test_a_repair_to_a_hold_with_the_booking_still_to_come_is_not_booked_yet(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn habe ich stor—", "de", {"cancelled"}),
     ("Das habe ich gerade nachgesch—", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_perfect_cut_at_its_participle_is_the_participle_it_begins(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("There's a booking reference in the system, but it's only internal.", "en", EVERYWHERE),
     ("Your booking reference number is 4711.", "en", {"booked", "moved", "no_sms", "two"})],
)  # fmt: skip
def test_an_internal_reference_is_the_systems_one_handed_to_the_caller_is_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
