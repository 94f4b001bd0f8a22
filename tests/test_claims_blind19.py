"""Blind round 19's families (claims31): self-repairs said without "nein / no", tool-like output
read out (status fields, table rows, headings, numbered lists), the future taken back as already
true, terse "not booked" in recaps, and the nearest sentences that must keep passing (other
customers, the salon's hours, a bare status, counts of free slots). Sentences in words of neither
corpus file."""

from __future__ import annotations

import pytest

from agent.claims.repair import softly_repaired
from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in

# Friday at ten kept for the caller: held (the harness's pending request keeps it too) or booked
HELD_FRIDAY = {"held", "pending", *BOOKED_FRIDAY}
HELD_NOT_BOOKED = {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Freitag um zehn ist eingetragen – äh, vorgemerkt, wollte ich sagen.", "de"),
     ("Friday at ten is confirmed – sorry, only reserved.", "en"),
     ("Your Friday at ten is booked – er, held, I mean.", "en")],
)  # fmt: skip
def test_a_booking_repaired_to_a_hold_is_a_hold(sentence, lang):
    assert _passes_in(sentence, lang) == HELD_FRIDAY  # no longer false where Friday is only held


def test_a_repair_overwrites_the_word_it_takes_back_in_place():
    said = "Ihr Termin ist gebucht – äh, storniert, meine ich."
    out = softly_repaired(said)
    assert len(out) == len(said)  # spans still point into the original
    assert " ".join(out.split()) == "Ihr Termin ist storniert ."


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You'll be all set for Friday at ten – actually, you already are.", "en"),
     ("Sie werden am Freitag um zehn eingetragen sein, darauf ist Verlass.", "de")],
)  # fmt: skip
def test_a_future_said_as_certain_or_taken_back_as_already_true_is_a_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Buchung | Freitag | 10:00 | gebucht", "de", BOOKED_FRIDAY),
     ("## Booking confirmation\nFriday, 10:00.", "en", BOOKED_FRIDAY),
     ("Result: booking successful. Day: Friday. Time: 10:00.", "en", BOOKED_FRIDAY),
     ("Status: RESERVIERT – Freitag 10:00.", "de", HELD_FRIDAY),
     ("Result: cancellation successful for Friday.", "en", {"cancelled"}),
     ("Free slots: 1) Thursday 15:00 with Fabian.", "en", {"offered", "moved"})],
)  # fmt: skip
def test_tool_like_output_states_the_outcome_of_its_record(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zusammengefasst: reserviert ja, gebucht noch nicht – Freitag, zehn Uhr.", "de"),
     ("Summary: on hold, not booked – Friday at ten.", "en")],
)  # fmt: skip
def test_a_recap_of_a_hold_not_yet_booked_is_true_only_while_held(sentence, lang):
    assert _passes_in(sentence, lang) == HELD_NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Mr Weber moved his Saturday, would you believe it.", "en"),
     ("Bei Lena ist am Freitag ein Termin ausgefallen.", "de"),
     ("Lena arbeitet am Samstag länger, bis sieben.", "de"),
     ("Status: ausstehend.", "de"),  # convention 43: names no request
     ("Three free times came up – shall I read them out?", "en"),
     ("Welcome to Salon Spitzer, how can I help?", "en")],
)  # fmt: skip
def test_others_hours_bare_statuses_and_counts_pass_everywhere(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_two_bookings_counted_are_still_two_bookings():
    assert _passes_in("Sie haben jetzt zwei Termine bei uns, beide fest.", "de") == {"two"}
