"""Blind round 42's negation, focus, coordination and quantifier families (claims102), as
classes: a present denial of the caller's booking in any shape (negative raising, "weder … noch"
of two booking words, "kein" / "nirgends", the caller after a fronted place, the speaker's own act
in the perfect), the booking denied beside a hold or after "erst", what a negation's scope does
(litotes, "Nicht, dass Sie denken …", a negative quantifier, practices, talk denied, a lapsed
hold, a universal denied, a possessed appointment not cancelled), "sogar schon", counts of the
caller's bookings and a reminder for every customer with the caller named. Each with the nearest
sentences that must still pass. Sentences in words of neither corpus file (blind 42, probe 42)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    NOT_BOOKED_FRIDAY,
    passes_in,
)

HELD_NOT_BOOKED_FRIDAY = HELD_FRIDAY - BOOKED_FRIDAY
NOT_CANCELLED = EVERYWHERE - {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich glaube nicht, dass der Termin schon eingetragen ist.", "de", NOT_BOOKED),
     ("Wir denken nicht, dass Ihre Buchung schon bestätigt ist.", "de", NOT_BOOKED),
     ("I don't believe your booking is confirmed yet.", "en", NOT_BOOKED),
     ("Ich glaube nicht, dass Sie am Samstag Zeit haben.", "de", EVERYWHERE),
     ("I don't think that will be a problem.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_denial_raised_to_the_speakers_belief_still_says_it_is_not_booked(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Buchung ist weder eingetragen noch verbindlich.", "de", NOT_BOOKED),
     ("Your booking is neither entered nor confirmed.", "en", NOT_BOOKED),
     ("Bislang haben Sie bei uns keinen festen Termin, gar keinen.", "de", NOT_BOOKED),
     ("Eingetragen ist für Sie bisher kein einziger.", "de", NOT_BOOKED),
     ("Im Kalender sind Sie nirgends eingebucht.", "de", NOT_BOOKED),
     ("There aren't any bookings under your name.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_denial_with_kein_nirgends_or_neither_nor_says_nothing_is_booked(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Für Freitag um zehn Uhr sind Sie bisher nicht eingebucht.", "de", NOT_BOOKED_FRIDAY),
     ("Freitag, 10 Uhr, ist für Sie nicht eingetragen.", "de", NOT_BOOKED_FRIDAY),
     ("You aren't booked for Friday at 10.", "en", NOT_BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_caller_denied_a_named_place_is_false_only_where_that_place_is_booked(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sie nicht eingebucht, mir fehlte noch Ihre Bestätigung.", "de", NOT_BOOKED),
     ("Eingetragen habe ich Sie nicht, dafür brauche ich Ihr Okay.", "de", NOT_BOOKED),
     ("I haven't booked you in, I still need a yes from you.", "en", NOT_BOOKED),
     ("Ich habe ohne Ihre Zusage nichts eingetragen.", "de", EVERYWHERE),
     ("I never book anything without asking.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_own_act_denied_in_the_perfect_is_a_denial_a_practice_is_not(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn: vorgemerkt, aber nicht fest.", "de", HELD_NOT_BOOKED_FRIDAY),
     ("Blockiert ist Freitag um zehn, gebucht noch nicht.", "de", HELD_NOT_BOOKED_FRIDAY),
     ("Den Freitag um zehn halte ich bis jetzt erst frei.", "de", HELD_NOT_BOOKED_FRIDAY),
     ("Friday at ten is reserved for you, not booked yet.", "en", HELD_NOT_BOOKED_FRIDAY),
     ("On hold, yes; confirmed, no – Friday at 10.", "en", HELD_NOT_BOOKED_FRIDAY),
     ("Fabian ist am Freitag erst ab zehn im Salon.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_said_beside_the_booking_denied_is_held_and_not_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Dass Sie nicht eingetragen seien, stimmt so nicht.", "de", BOOKED_ANY),
     ("It's not true that your appointment isn't confirmed.", "en", BOOKED_ANY),
     ("Nicht, dass Sie glauben, ich hätte Ihren Termin gestrichen.", "de", NOT_CANCELLED),
     ("Was wir nicht gemacht haben, ist absagen.", "de", NOT_CANCELLED),
     ("We haven't called that appointment off.", "en", NOT_CANCELLED),
     ("Nothing's been cancelled or moved.", "en", NOT_CANCELLED)],
)  # fmt: skip
def test_a_denial_denied_keeps_the_claim_and_a_denied_cancellation_is_no_cancellation(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Von einer Absage war nie die Rede, keine Sorge.", "de", EVERYWHERE),
     ("Dass storniert wurde, hat keiner gesagt.", "de", EVERYWHERE),
     ("No one ever said it was cancelled.", "en", EVERYWHERE),
     ("Die Vormerkung gilt nicht mehr, die Zeit ist um.", "de", EVERYWHERE),
     ("The reservation is no longer valid, it timed out.", "en", EVERYWHERE),
     ("None of the Monday mornings are free, sorry.", "en", EVERYWHERE)],
)  # fmt: skip
def test_talk_denied_a_lapsed_hold_and_none_of_the_salons_times_claim_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nicht alles ist eingetragen – Ihr Termin fehlt noch.", "de", NOT_BOOKED),
     ("Not all of it is booked, your appointment is missing.", "en", NOT_BOOKED),
     ("Ihr Termin am Freitag wurde nicht gestrichen.", "de", BOOKED_FRIDAY),
     ("Your appointment on Friday hasn't been called off.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_universal_denied_misses_the_booking_a_possessed_appointment_not_cancelled_stands(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin ist sogar schon bestätigt.", "de", BOOKED_ANY),
     ("Jetzt stehen beide Termine für Sie fest im Kalender.", "de", {"two"}),
     ("Sie sind damit zweimal eingetragen.", "de", {"two"}),
     ("Sie haben nur den einen Termin, am Freitag.", "de", {"booked", "no_sms"}),
     ("Wir haben am Freitag noch zwei Termine frei.", "de", EVERYWHERE - {"nothing", "failed",
                                                                          "unknown", "message",
                                                                          "offered"})],
)  # fmt: skip
def test_focus_particles_name_nothing_more_and_counts_of_the_callers_bookings_hold(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Alle Kundinnen bekommen vorher eine Erinnerung, Sie auch.", "de", set()),
     ("Every client gets a reminder beforehand, including you.", "en", set()),
     ("Alle unsere Stylisten färben auch.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_reminder_for_every_customer_with_the_caller_named_is_promised_to_the_caller(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
