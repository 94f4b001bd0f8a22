"""Blind 43's last false passes (claims151), by class: a wish read back as what a note put on
the caller's appointment says (the note presupposes the appointment; a wish noted on its own
still claims nothing, convention 46); a whether-clause after a semicolon opens a statement of its
own, so the clause after it, not the one before, is what it leaves open; "der" / "die" / "das"
with the verb right after it, after a comma, resumes the salon's people the clause before named
("…, sagt Ihnen der Salon, der ruft Sie an": the salon promises the call). Sentences in words of
neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, passes_in

CALLBACK = frozenset({"unknown", "message"})  # an open outcome, or a message taken for the salon


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("I've noted on your Friday cut that you'd prefer it shorter.", BOOKED_FRIDAY),
     ("On your Friday perm I've noted you'd rather have it looser.", BOOKED_FRIDAY),
     ("I've put a note on your Saturday highlights that you'd like them subtle.", frozenset({"two"}))],
)  # fmt: skip
def test_a_wish_noted_on_the_callers_appointment_presupposes_the_appointment(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence",
    ["I've noted that you'd like Friday at ten.",
     "For your next appointment I've noted that you'd like it shorter.",
     "So Thursday at three would suit you better than your Friday perm."],
)  # fmt: skip
def test_a_wish_noted_or_read_back_on_its_own_claims_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Der Kalender antwortet nicht; ob der Termin steht, sagt Ihnen der Salon.",
     "Die Buchung hängt noch; ob sie durch ist, erfahren Sie vom Salon."],
)  # fmt: skip
def test_a_whether_clause_after_a_semicolon_leaves_open_the_clause_after_it(sentence):
    # the outcome someone will tell: `unconfirmed` (the lead's D46, convention 1113), false
    # after a booking; D46's callback beside it is not read yet (a gap, claims154's report)
    assert passes_in(sentence, "de") == EVERYWHERE - BOOKED_ANY


@pytest.mark.parametrize(
    "sentence",
    ["Das prüft die Kollegin, die ruft Sie heute noch an.",
     "Das klärt unser Team, das meldet sich morgen bei Ihnen.",
     "Die Buchung hängt noch; ob sie durch ist, sagt Ihnen das Team, das ruft Sie heute an."],
)  # fmt: skip
def test_a_demonstrative_after_a_comma_resumes_the_salon_that_promises_the_call(sentence):
    assert passes_in(sentence, "de") == CALLBACK
