"""Blind round 20, part B (claims34): a waiting-list place said given, a turn that contradicts
itself across its sentences, partial outcomes, filler words, a callback promised for when someone
is free and the caller's callback request passed on, and the guard's sentence cuts the reader
must agree with. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.fillers import without_fillers
from agent.claims.model import ClaimKind, FollowUp
from agent.guard import truth
from agent.guard.sentences import sentences_of
from tests.claims_support import BOOKED_ANY, CANCELLED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in
from tests.corpus.claims_corpus import facts


# ---------------------------------------------------------------- waiting lists
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Name steht jetzt ganz oben auf der Warteliste.", "de"),
     ("Ich habe Sie für Dienstag auf die Nachrückerliste gesetzt.", "de"),
     ("I've added your name to the waitlist for Tuesday.", "en"),
     ("You're third on the waiting list at the moment.", "en")],
)  # fmt: skip
def test_a_waiting_list_place_said_given_is_false_in_every_state(sentence, lang):
    assert passes_in(sentence, lang) == set()  # the system keeps no waiting list
    claims = decide(sentence, facts("nothing", lang)).unbacked
    assert any(c.follow_up is FollowUp.WAITLIST for c in claims)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Möchten Sie auf eine Warteliste?", "de"),
     ("Eine Nachrückerliste gibt es bei uns nicht.", "de"),
     ("We don't run a waiting list, sorry.", "en"),
     ("If someone cancels, people on the waitlist get the slot.", "en")],
)  # fmt: skip
def test_a_waiting_list_offered_denied_or_explained_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_the_truth_for_a_blocked_waiting_list_place_says_there_is_none():
    said = truth({ClaimKind.FOLLOW_UP}, facts("booked", "de"), {FollowUp.WAITLIST})
    assert "Warteliste" in said and "nicht" in said


# ---------------------------------------------------------------- a turn judged per sentence
@pytest.mark.parametrize(
    ("turn", "lang"),
    [("Sie sind drin. Hm, Moment, drin sind Sie doch noch nicht.", "de"),
     ("Das ist gebucht. Oje, da hat das System einen Fehler gemeldet.", "de"),
     ("You're booked in. Actually, hang on, that didn't go through.", "en")],
)  # fmt: skip
def test_a_booking_taken_back_in_the_next_sentence_is_false_everywhere(turn, lang):
    # the first sentence is false where nothing is booked, the second where something is
    assert passes_in(turn, lang) == set()


def test_a_failure_told_before_the_booking_that_worked_is_true_where_booked():
    turn = "Der erste Versuch ging schief. Jetzt sind Sie aber eingetragen."
    assert passes_in(turn, "de") == BOOKED_ANY


def test_a_failure_said_alone_is_the_booking_denied():
    """The lead's D68 (convention 1160): the booking told failed is not booked."""
    assert passes_in("Leider hat die Buchung nicht geklappt.", "de") == NOT_BOOKED


def test_a_booking_restated_with_another_time_is_false_where_only_the_first_is_booked():
    turn = "You're booked for Friday at ten. Like I said: Friday at half past eleven."
    assert "booked" not in passes_in(turn, "en")
    same = "You're booked for Friday at ten. Like I said: Friday at ten."
    assert "booked" in passes_in(same, "en")


def test_the_guard_cuts_neither_at_a_pause_nor_after_a_date():
    assert sentences_of("Ich trage Sie ein … so, das steht.") == [
        "Ich trage Sie ein … so, das steht."
    ]
    assert sentences_of("Ihr Termin am 28.11. um zehn ist fest.") == [
        "Ihr Termin am 28.11. um zehn ist fest."
    ]
    assert sentences_of("Einen Moment … Gut. Gebucht.") == ["Einen Moment …", "Gut.", "Gebucht."]


# ---------------------------------------------------------------- partial outcomes
def test_a_partial_outcome_is_false_where_the_rest_is_booked_too():
    said = "Die Dauerwelle ist fest, bei den Strähnchen fehlt noch die Zusage."
    assert passes_in(said, "de") == {"booked", "moved", "no_sms"}  # not "two": both booked


# ---------------------------------------------------------------- filler words
@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Ähm, ja, also, Ihr Termin, der ist, äh, fest eingetragen.", "de", BOOKED_ANY),
     ("Uh, yeah, so your appointment's, um, confirmed.", "en", BOOKED_ANY),
     # 905 (claims126): "the Friday one" is the old place a move cancels too
     ("So, um, the Friday one's, like, cancelled.", "en", CANCELLED_FRIDAY | {"moved"})],
)  # fmt: skip
def test_filler_words_never_change_a_claim(sentence, lang, where):
    assert passes_in(sentence, lang) == where


def test_german_um_is_no_hesitation():
    assert without_fillers("Sie sind um zehn gebucht.", "de") is None
    assert without_fillers("Um, yes, that's booked.", "en") == "Yes, that's booked."


# ---------------------------------------------------------------- callbacks and messages
def test_a_callback_for_when_someone_is_free_is_still_promised():
    said = "Man ruft Sie zurück, sobald jemand Zeit hat."
    assert passes_in(said, "de") == {"unknown", "message"}  # a message taken or an open outcome
    said = "Someone will ring you back once they're free."
    assert passes_in(said, "en") == {"unknown", "message"}


def test_the_callers_callback_request_passed_on_is_a_message():
    said = "I've forwarded your callback request to the team."
    assert passes_in(said, "en") == {"message"}  # not backed by an open outcome alone
    promised = "I've passed your callback request on, Fabian will ring you later."
    assert passes_in(promised, "en") == {"unknown", "message"}


def test_an_intensifier_before_the_outcome_changes_no_claim():
    assert passes_in("Verzeihung, jetzt sind Sie aber wirklich eingetragen.", "de") == BOOKED_ANY
    assert passes_in("Sorry for the wait – you're truly booked now.", "en") == BOOKED_ANY
