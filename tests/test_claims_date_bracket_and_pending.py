"""Blind 56's spelled-out dates inside a verb bracket and its mixed status replies (claims148).

A date set off by commas after its weekday stays inside the clause whose finite verb stands
before it and whose infinitive or participle ends the sentence after it ("Sie müssen am Freitag,
28. November, nicht mehr kommen"): the visit said gone, true where it was cancelled. The booking
named pending ("the booking is pending") is a request awaiting the salon (convention 43) in its
own clause, beside a "not yet" said before it; a condition keeps it unsaid."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.date_apposition import without_apposition_commas
from tests.corpus.claims_corpus import facts


def _passes(sentence: str, lang: str, state: str) -> bool:
    return decide(sentence, facts(state, lang)).passes


@pytest.mark.parametrize(
    "sentence",
    ["Sie müssen am Freitag, achtundzwanzigster November, nicht mehr kommen.",
     "Sie brauchen am Freitag, 28. November, nicht mehr zu kommen.",
     "Ich habe Ihren Termin am Freitag, den 28. November, storniert."],
)  # fmt: skip
def test_a_date_inside_a_verb_bracket_keeps_the_clause_whole(sentence):
    assert without_apposition_commas(sentence, "de") is not None
    assert _passes(sentence, "de", "cancelled")
    assert not _passes(sentence, "de", "booked")


def test_a_date_before_a_new_clause_keeps_its_closing_comma():
    plain = without_apposition_commas("Ihr Termin am Freitag, 28. November, ist storniert.", "de")
    assert plain is not None and "November, ist" in plain


@pytest.mark.parametrize(
    "sentence",
    ["Noch nicht ganz – the booking is pending, der Salon muss noch zusagen.",
     "Not quite yet – your booking is still pending.",
     "Your appointment is pending."],
)  # fmt: skip
def test_the_booking_named_pending_awaits_the_salon(sentence):
    assert _passes(sentence, "en", "pending")
    assert not _passes(sentence, "en", "booked")
    assert not _passes(sentence, "en", "nothing")


def test_a_pending_booking_under_a_condition_claims_nothing():
    assert _passes("If your booking is still pending tomorrow, we'll call you.", "en", "nothing")
