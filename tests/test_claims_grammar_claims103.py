"""Blind round 42, part B (claims103), as classes: an act told with emphatic "did"; a
cancellation or move said complete at a coming moment; epistemic modals of where a request lies
or who checks it; the caller's yes as all that is left before the booking; counterfactuals whose
condition is the cancellation (`not_cancelled`, 561) or the booking (nothing, 720), about when, or
a failure with the slot taken; the caller's belief that they are booked told back (nothing, 721);
and the nearest sentences that must still claim. Sentences in words of neither corpus file (blind 42, probe 42b)."""

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

MOVED = frozenset({"moved"})
PENDING = frozenset({"pending"})
NOT_CANCELLED = EVERYWHERE - CANCELLED_FRIDAY
TEXTED = frozenset({"booked", "moved", "two"})  # booked, in a salon that texts


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("We did book you in for Friday, yes.", "en", BOOKED_FRIDAY),
     ("I really did cancel the appointment for you.", "en", CANCELLED_FRIDAY),
     ("I did shift it to Thursday at three.", "en", MOVED),
     ("I did my best to find you a slot.", "en", EVERYWHERE),
     ("Did I book it for Friday?", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_act_told_with_emphatic_did_is_the_act_done(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("In wenigen Sekunden ist Ihr Termin abgesagt.", "de", CANCELLED_FRIDAY),
     ("Sofort ist der Termin gestrichen.", "de", CANCELLED_FRIDAY),
     ("Your appointment will be called off in a few seconds.", "en", CANCELLED_FRIDAY),
     ("In a second your appointment will be moved.", "en", MOVED),
     ("Wenn alles klappt, ist Ihr Termin gleich storniert.", "de", EVERYWHERE),
     # the act announced: not cancelled yet (the lead's D45, convention 1112)
     ("Ich storniere den Termin sofort für Sie.", "de", EVERYWHERE - {"cancelled"})],
)  # fmt: skip
def test_a_cancellation_said_done_at_a_coming_moment_is_the_cancellation_unless_conditional(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Anfrage dürfte gerade beim Salon liegen.", "de", PENDING),
     ("Ihre Anfrage müsste beim Team zur Prüfung liegen, eine Antwort fehlt noch.", "de", PENDING),
     ("Man hat mir gesagt, dass Ihre Anfrage gerade noch bearbeitet wird.", "de", PENDING),
     ("The team must still be checking your request.", "en", PENDING),
     ("Your request is currently being looked at by the salon.", "en", PENDING),
     ("Sie dürften jetzt für Freitag um zehn drinstehen.", "de", BOOKED_FRIDAY),
     ("You might well be in for Friday at ten already.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_epistemic_modal_keeps_the_state_it_hedges(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie brauchen mir nur noch zuzustimmen, dann ist der Termin fest.", "de", NOT_BOOKED),
     ("Es fehlt bloß noch Ihr Okay, dann stehen Sie im Kalender.", "de", NOT_BOOKED),
     ("Bestätigen Sie kurz, und der Termin ist fest.", "de", NOT_BOOKED),
     ("Gebucht werden Sie, sobald Sie zustimmen.", "de", NOT_BOOKED),
     ("All I need is your okay, then you're in.", "en", NOT_BOOKED),
     ("Give me the go-ahead and you're booked.", "en", NOT_BOOKED),
     ("Your appointment will be booked the minute you agree.", "en", NOT_BOOKED),
     ("Wenn der Kalender den Termin annimmt, sind Sie drin.", "de", NOT_BOOKED),
     ("Wenn alles glattgeht, sind Sie gleich eingetragen.", "de", EVERYWHERE),
     ("Sie sind eingetragen, dann bekommen Sie noch eine SMS.", "de", TEXTED)],
)  # fmt: skip
def test_the_callers_yes_as_all_that_is_left_says_it_is_not_booked_yet(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Wäre der Termin bereits eingetragen, sähe ich ihn hier.", "de", EVERYWHERE),
     ("Were you already booked in, the calendar would show it.", "en", EVERYWHERE),
     ("Had I booked you already, you'd have a text by now.", "en", EVERYWHERE),
     ("Wäre der Termin storniert, stünde das jetzt hier.", "de", NOT_CANCELLED),
     ("Had I cancelled it, you'd have heard from us.", "en", NOT_CANCELLED),
     ("Hätten Sie früher abgesagt, hätte es nichts gekostet.", "de", EVERYWHERE),
     ("If you'd cancelled earlier, there'd have been no fee.", "en", EVERYWHERE),
     ("I'd have put you in with Lena, but her ten o'clock was already taken.", "en", EVERYWHERE),
     ("Ich hätte Sie gern am Freitag eingetragen, aber zehn Uhr war schon vergeben.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_counterfactual_on_the_cancellation_denies_it_others_claim_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ach so, Sie dachten, Ihr Termin sei schon eingetragen.", "de", EVERYWHERE),
     ("Sie hatten angenommen, dass Sie schon drin sind.", "de", EVERYWHERE),
     ("Sie meinten, Ihr Mann sei schon eingetragen.", "de", EVERYWHERE),
     ("Ihr Termin ist gebucht, so wie Sie dachten.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_belief_told_back_claims_nothing_the_booking_said_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
