"""The outcome answered open behind a look at the calendar (claims157, blind rounds 55, 56):
"It's still open" after the caller asks whether the booking is firm ("firm" is English for
"fest"), also after "From what I can see" / "Wie ich sehe", is convention 731's open outcome,
false once a booking exists; the German "offen" in an English sentence says the same. Neutral
twins: the same words after a question about a free slot, and "offen" of the salon's hours.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, passes_in

OPEN = EVERYWHERE - BOOKED_ANY  # 731: an open outcome is false once a booking exists


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("As far as I can tell, it's still open.", "en", "Is it firm now?"),
     ("Wie ich sehe, ist es noch offen.", "de", "Ist der Termin jetzt fest?"),
     ("It is still offen whether the booking went through.", "en", "")],
)  # fmt: skip
def test_the_outcome_answered_open_is_false_once_booked(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == OPEN


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("It's still open.", "en", "Is Saturday free?"),
     ("The shop is still offen until six.", "en", "")],
)  # fmt: skip
def test_open_of_a_slot_or_the_salon_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


def test_a_yes_to_whether_it_is_firm_is_the_booking():
    assert passes_in("Yes.", "en", "So is it firm now?") == BOOKED_ANY
