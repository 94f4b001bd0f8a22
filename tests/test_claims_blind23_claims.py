"""Blind round 23's false-pass families (claims39): a short answer read with the caller's
yes-or-no question, a claim in a frame of telling, aspect or duration, the salon or its team
having the caller, a third person keeping a slot, a self-correction read by what it ends on, a
recap's headings and denied acts, a claim in a non-restrictive relative clause, an outcome
presupposed by a definite noun phrase; and the nearest sentences that must keep passing.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims.framed import unframed
from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, SUCCESS, passes_in


@pytest.mark.parametrize(
    ("answer", "lang", "caller", "where"),
    [("Jupp.", "de", "Bin ich jetzt eingetragen?", BOOKED_ANY),
     ("Selbstverständlich, ja.", "de", "Ist mein Termin jetzt fix?", BOOKED_ANY),
     ("Yeah, it is.", "en", "Is my booking confirmed?", BOOKED_ANY),
     ("Ja, genau.", "de", "Ist der Termin jetzt gestrichen?", {"cancelled"}),
     ("Yep, it did.", "en", "Did that go through?", SUCCESS),
     # "not yet" to a booking question: not booked yet
     ("Beinahe.", "de", "Bin ich jetzt eingetragen?", NOT_BOOKED),
     ("Nope, not yet.", "en", "Is my booking confirmed?", NOT_BOOKED)],
)  # fmt: skip
def test_a_short_answer_claims_what_the_caller_asked(answer, lang, caller, where):
    assert passes_in(answer, lang, caller) == where


@pytest.mark.parametrize(
    ("answer", "lang", "caller"),
    [("Ja.", "de", "Kann ich mit Karte zahlen?"),  # a question about something else
     ("Sure.", "en", "Does Lena do colour?"),
     ("Klar.", "de", "Wann ist mein Termin?"),  # a question word: a slot answers it
     ("Nein.", "de", "Ist der Termin jetzt fix?"),  # a failure without "yet" claims nothing
     ("Not yet.", "en", "Did that go through?"),  # "not yet" of a bare success
     ("Moment noch.", "de", "Bin ich jetzt eingetragen?"),  # no answer yet
     ("Yes.", "en", "Isn't it booked yet?")],  # a negated question: "yes" may agree with it
)  # fmt: skip
def test_a_short_answer_to_another_question_claims_nothing(answer, lang, caller):
    assert passes_in(answer, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("answer", "caller"),
    [("Yes, it is.", "Isn't it booked yet?"),
     ("It is, yes.", "So it's not confirmed?"),
     ("Oh, it has, yes.", "Hasn't it gone in?")],
)  # fmt: skip
def test_an_echo_that_gainsays_a_negated_question_claims_what_it_denies(answer, caller):
    """Convention 463: the caller hears "it is booked", so it is a booking claim."""
    assert passes_in(answer, "en", caller) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "plain"),
    [("Es tut mir leid, Ihnen sagen zu müssen, dass Ihr Termin gestrichen ist.", "de",
      "Ihr Termin gestrichen ist."),
     ("Ich darf Ihnen mitteilen, dass ich Ihnen Samstag um elf vormerke.", "de",
      "Ich merke Ihnen Samstag um elf vor."),
     ("I'm pleased to tell you that you're booked in.", "en", "You're booked in."),
     ("You've been booked for a couple of hours now.", "en", "you're booked."),
     ("Our staff have got you in the diary.", "en", None),
     ("The shop has got you in its diary.", "en", "We have you in the diary.")],
)  # fmt: skip
def test_a_frame_is_taken_away(sentence, lang, plain):
    assert unframed(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Ich darf Ihnen mitteilen, dass Ihr Termin am Freitag eingetragen ist.", "de",
      {"booked", "two", "no_sms"}),
     ("Just so you know, you're confirmed.", "en", BOOKED_ANY),
     ("The team has you down for Friday at ten.", "en", {"booked", "two", "no_sms"}),
     # a frame around a sentence that claims nothing
     ("Leider muss ich Ihnen sagen, dass wir sonntags geschlossen haben.", "de", EVERYWHERE),
     ("The salon has a new website.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_claim_in_a_frame_is_read_plainly(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Kann ich zu Ihrem Termin noch einen Hinweis speichern?", "de", BOOKED_ANY),
     ("I've added a note to your appointment.", "en", BOOKED_ANY),
     ("After the cancellation, would you like a new date?", "en", {"cancelled"}),
     # a note with no appointment of the caller's, or one to come
     ("Kann ich noch einen Hinweis speichern?", "de", EVERYWHERE),
     ("I'll add a note once you book.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_definite_noun_presupposes_its_outcome(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Berichtigung: Ich hatte gesagt, er sei gebucht – er ist aber nur vorgemerkt.", "de"),
     ("Sorry, I misspoke: I told you it was confirmed — it's only pencilled in.", "en")],
)  # fmt: skip
def test_a_correction_from_booked_to_a_hold_denies_the_booking(sentence, lang):
    # what the correction ends on: a hold, not a booking (where a booking exists it is false);
    # the earlier words it reports are no claim of their own (not this class: blind 23's false
    # blocks, claims40)
    assert not passes_in(sentence, lang) & BOOKED_ANY
    assert "Es ist noch nicht gebucht" in unframed(sentence) or "Not booked yet" in unframed(
        sentence
    )


def test_an_english_correction_from_booked_to_a_hold_also_says_not_booked_yet():
    """ "I told you you're confirmed — you're just held for now": true only while the slot is held
    (convention 75, as the German "… – es ist nur reserviert"); after a real booking it is stopped."""
    where = passes_in("My mistake, I told you you're confirmed — you're just held for now.", "en")
    assert "held" in where and "booked" not in where and "nothing" not in where
