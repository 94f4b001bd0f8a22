"""Blind 40 (claims97): a fronted temporal clause before a main clause in the past.

"Once you agreed, …", "After checking, …", "Sobald Sie zugesagt hatten, …" tie the main clause
to an event that has happened; the main clause asserts its outcome, and the guard checks it
(day, time, stylist, state). A condition still to be met, or a plan, keeps the main clause from
asserting anything done, and a temporal clause about hours or staff claims nothing.
"""

from __future__ import annotations

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import facts

ALL_STATES = ("nothing", "held", "booked", "failed", "pending", "cancelled", "moved", "two")


def _passes(sentence: str, lang: str, state: str) -> bool:
    return decide(sentence, facts(state, lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Once you'd agreed, I put you down for Friday at ten.", "en"),
     ("As soon as you said yes, I booked Friday at 10 for you.", "en"),
     ("After checking the diary, I booked you in for Friday at ten.", "en"),
     ("Sobald Sie zugestimmt hatten, habe ich Sie für Freitag um zehn eingetragen.", "de"),
     ("Nachdem ich nachgesehen hatte, war der Freitag um 10 Uhr für Sie gebucht.", "de")],
)  # fmt: skip
def test_a_booking_after_a_fronted_temporal_clause_is_claimed(sentence, lang):
    assert _passes(sentence, lang, "booked")
    for state in ("nothing", "failed", "pending", "cancelled"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Once you'd agreed, I put you down for Monday at ten.", "en"),
     ("As soon as you agreed, I booked you with Sophie for Friday.", "en"),
     ("After checking, I booked you in on Tuesday at ten.", "en"),
     ("Sobald Sie zugestimmt hatten, habe ich Sie für Montag um zehn eingetragen.", "de"),
     ("Sobald Sie zugesagt hatten, habe ich Sie bei Sophie für Freitag eingetragen.", "de"),
     ("Sobald Sie zugestimmt hatten, war der Freitag um zwei Uhr nachmittags gebucht.", "de")],
)  # fmt: skip
def test_a_wrong_day_time_or_stylist_after_a_fronted_temporal_clause_blocks(sentence, lang):
    for state in ALL_STATES:
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("After you told me, I called off Friday.", "en"),
     ("Once you'd decided, I cancelled your Friday appointment.", "en"),
     ("Nachdem Sie es gesagt hatten, habe ich den Freitag abgesagt.", "de")],
)  # fmt: skip
def test_a_cancellation_after_a_fronted_temporal_clause_is_claimed(sentence, lang):
    assert _passes(sentence, lang, "cancelled")
    for state in ("nothing", "booked", "pending"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Once you confirm, you're booked.", "en"),
     ("Sobald Sie zugestimmt haben, ist der Termin am Freitag gebucht.", "de")],
)  # fmt: skip
def test_a_condition_still_to_be_met_claims_no_booking(sentence, lang):
    assert not _passes(sentence, lang, "booked")
    assert _passes(sentence, lang, "nothing")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Once you've decided, I'll book it for you.", "en"),
     ("As soon as I hear back, I'll let you know.", "en"),
     ("When Lena is on holiday, Sophie takes her clients.", "en"),
     ("Nachdem der Salon um 19 Uhr schließt, läuft das Telefon auf die Mailbox.", "de"),
     ("Wenn Lena im Urlaub ist, übernimmt Sophie ihre Kundinnen.", "de")],
)  # fmt: skip
def test_plans_and_temporal_clauses_about_staff_claim_nothing_done(sentence, lang):
    for state in ("nothing", "booked", "pending"):
        assert _passes(sentence, lang, state), state
