"""Blind round 35's false passes and false blocks in claims80's share, as classes: farewells and
wishes that last until the visit (its day or its service), thanks for the call before a bare
goodbye; English phrasal verbs of booking, cancelling and moving; bare success slang after a
cancellation; the hold's time said as possession or validity, kept in phrasal verbs or while the
caller asks someone, lapsing with the booking still to come (and the bare lapse a hold only,
convention 500); answers read by their echo (the pronoun as the appointment, nothing in yet, a
negated question gainsaid with "doch"); and the nearest sentences that must still pass. Sentences in words of
neither corpus file (claims_blind_35.yaml, claims_probe35b_claims80.yaml)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    HELD_FRIDAY,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

MOVED = {"moved"}  # the appointment moved to Thursday 15:00
CANCELLED = {"cancelled"}
HELD_ONLY = {"held", "pending"}  # kept for the caller and not booked


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Also dann, bis zur Dauerwelle, ciao!", "de", BOOKED_ANY),
     ("Kommen Sie gut durch die Woche, bis Freitag!", "de", BOOKED_FRIDAY),
     ("Ich wünsche Ihnen bis Freitag ein paar schöne Tage.", "de", BOOKED_FRIDAY),
     ("Enjoy your weekend till Friday!", "en", BOOKED_FRIDAY),
     ("Right, till your perm – take care!", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_farewell_that_lasts_until_the_visit_presupposes_it(sentence, lang, expected):
    # convention 65: a goodbye naming the visit's day or service is the booking of what it names
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Danke schön für Ihren Anruf, bis später!", "de"),
     ("Ich wünsche Ihnen noch einen schönen Tag.", "de"),
     ("Thanks so much, bye then.", "en")],
)  # fmt: skip
def test_a_farewell_that_names_no_visit_passes_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("We've signed you up for Friday at ten.", "en", BOOKED_FRIDAY),
     ("I've firmed up your appointment for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Friday at ten is pinned down for you now.", "en", BOOKED_FRIDAY),
     ("We've backed you out of your booking.", "en", CANCELLED),
     ("I've shunted your appointment forward to Thursday at three.", "en", MOVED)],
)  # fmt: skip
def test_a_phrasal_verb_reported_is_its_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I could sign you up for our newsletter.", "en"),
     ("Let me just line up the options.", "en")],
)  # fmt: skip
def test_a_phrasal_verb_offered_or_of_something_else_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Safe, steht jetzt.", "de"),
     ("We are good to go.", "en"),
     ("Well, it's a wrap.", "en")],
)  # fmt: skip
def test_bare_success_slang_is_the_bare_success(sentence, lang):
    # conventions 10, 28: true after any success, the cancellation included
    assert passes_in(sentence, lang) == SUCCESS


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Noch fünf Minuten gehört der Platz Ihnen.", "de", HELD),
     ("Die Vormerkung ist noch eine halbe Stunde gültig.", "de", HELD),
     ("It's yours for another five minutes.", "en", HELD),
     ("We're hanging on to Friday at ten for you.", "en", HELD_FRIDAY),
     ("We'll keep it on hold while you ask your sister.", "en", HELD),
     ("It is still on hold, don't worry.", "en", HELD)],
)  # fmt: skip
def test_a_hold_said_in_other_words_is_the_hold(sentence, lang, expected):
    # conventions 89, 99: the span is the hold's, not the slot's; a booking keeps the slot too
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Platz ist bloß vorgemerkt und verfällt, wenn Sie nicht Bescheid geben.", "de", HELD_ONLY),
     ("Die Vormerkung verfällt in zehn Minuten – bisher ist nichts gebucht.", "de", HELD_ONLY),
     ("It's just reserved, and it'll lapse if you don't get back to us.", "en", HELD_ONLY),
     ("The reservation runs out at noon, it isn't booked yet.", "en", HELD_ONLY),
     ("Die Vormerkung verfällt, wenn Sie nicht Bescheid geben.", "de", HELD)],
)  # fmt: skip
def test_a_hold_lapsing_with_the_booking_still_to_come_is_held_and_not_booked(
    sentence, lang, expected
):
    # conventions 5, 460; a bare lapse unless the caller says yes is the hold alone (500)
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nein, nein, der findet nicht statt.", "de", CANCELLED),
     ("Ja, der gilt nach wie vor.", "de", BOOKED_FRIDAY),
     ("Ja, der ist nun am Donnerstag um 15 Uhr.", "de", MOVED),
     ("Nein, der ist erst vorgemerkt.", "de", HELD_ONLY),
     ("Nee, da steht noch nichts.", "de", NOT_BOOKED),
     ("No – I haven't popped it in yet.", "en", NOT_BOOKED),
     ("Nope, it's just reserved for now.", "en", HELD_ONLY)],
)  # fmt: skip
def test_an_answer_is_read_by_its_echo(sentence, lang, expected):
    # convention 74: the pronoun after the answer word is the appointment asked about
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Doch, doch.", "de", "Bin ich etwa nicht eingetragen?", BOOKED_ANY),
     ("Doch, ist er.", "de", "Ist der Termin noch nicht storniert?", CANCELLED),
     ("Ja.", "de", "Bin ich etwa nicht eingetragen?", EVERYWHERE),
     ("Yes, you are.", "en", "So I'm not booked?", BOOKED_ANY)],
)  # fmt: skip
def test_a_negated_question_gainsaid_says_what_it_denies(sentence, lang, caller, expected):
    # convention 74: "doch" answers the positive; a bare yes may agree with the denial and claims
    # nothing; an English affirming echo says what the question denies (convention 463)
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ja, der Kollege findet das auch.", "de"),
     ("Doch, der ist wirklich schön geworden.", "de"),
     ("No, it's just a quick trim.", "en")],
)  # fmt: skip
def test_an_answer_about_something_else_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
