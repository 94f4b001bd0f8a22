"""The lead's four label decisions of claims105 (conventions 730-733), as the caller hears them:
a hold said with a not-yet is the hold and the booking still to come, whether or not it names its
place (730); the booking said unconfirmed or still open is the truth where the booking's answer
was lost, while a flat "not booked" is not (731); "unchanged" says the appointment stays as it
was, "still there" that it exists (732); a bare done-word is the call's last act done, a
cancellation too (733). Sentences in words of neither the corpus nor the probe file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

HELD_ONLY = frozenset({"held", "pending"})  # a hold, and no booking (730)
UNCONFIRMED = NOT_BOOKED | {"unknown"}  # no confirmation came: true where the outcome is open
STANDS = BOOKED_FRIDAY  # the Friday booking, not a move's new place


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bisher nur vorgemerkt, mehr nicht.", "de"),
     ("Er ist erst vorgemerkt.", "de"),
     ("Status: geblockt, noch nicht gebucht.", "de"),
     ("Der Platz ist für Sie reserviert, jedoch noch nicht fest.", "de"),
     ("So far it's only reserved.", "en"),
     ("Status: held, not yet booked.", "en"),
     ("It's pencilled in, but not confirmed yet.", "en")],
)  # fmt: skip
def test_a_hold_said_with_a_not_yet_is_false_once_the_booking_exists(sentence, lang):
    assert passes_in(sentence, lang) == HELD_ONLY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Den Platz halte ich Ihnen vorläufig frei.", "de"),
     ("I'm keeping the slot for you for the moment.", "en")],
)  # fmt: skip
def test_a_hold_for_the_time_being_is_the_hold_alone_which_a_booking_also_keeps(sentence, lang):
    assert passes_in(sentence, lang) >= HELD_ONLY | {"booked"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin ist bis jetzt nicht bestätigt.", "de"),
     ("Die Buchung steht im Moment noch nicht fest.", "de"),
     ("Ihre Buchung ist derzeit noch offen.", "de"),
     ("The booking hasn't been confirmed at this stage.", "en"),
     ("Your booking is still open at the moment.", "en")],
)  # fmt: skip
def test_the_booking_said_unconfirmed_or_open_is_true_where_its_answer_was_lost(sentence, lang):
    assert passes_in(sentence, lang) == UNCONFIRMED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Termin ist noch nicht bestätigt und auch nicht gebucht.", "de"),
     ("Bestätigt ist noch nichts, eingetragen sind Sie nicht.", "de"),
     ("Der Termin ist noch nicht bestätigt, erst brauche ich Ihr Ja.", "de"),
     ("It isn't confirmed, nothing's booked.", "en"),
     ("It's not confirmed yet, I still need your okay.", "en")],
)  # fmt: skip
def test_a_flat_denial_or_the_callers_yes_beside_it_stays_unbacked_where_the_outcome_is_open(
    sentence, lang
):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Ihrem Termin ist alles unverändert.", "de", STANDS),
     ("Sie sind eingetragen wie gehabt, daran hat sich nichts geändert.", "de", STANDS),
     ("You're booked in as before, nothing's changed.", "en", STANDS),
     ("Sie sind nach wie vor bei uns eingetragen.", "de", BOOKED_ANY),
     ("You're still in our calendar.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_unchanged_is_false_after_a_move_while_still_there_is_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Gut, bestätigt.", "de"),
     ("Also, bestätigt!", "de"),
     ("Status: bestätigt", "de"),
     ("Status on our side: confirmed.", "en"),
     ("Pleased to say it's confirmed.", "en"),
     ("Yes, fully confirmed.", "en")],
)  # fmt: skip
def test_a_bare_done_word_is_the_calls_last_act_done_a_cancellation_too(sentence, lang):
    assert passes_in(sentence, lang) == SUCCESS


def test_a_status_line_that_names_its_day_stays_the_booking():
    assert passes_in("Status: bestätigt – Freitag, 10 Uhr.", "de") == BOOKED_FRIDAY


def test_every_state_hears_a_neutral_sentence_beside_them():
    assert passes_in("Die Preise bleiben unverändert.", "de") == EVERYWHERE
