"""The name on an appointment changed is no move (blind 56's false blocks, claims149): "Den Termin am
Freitag um zehn habe ich auf Ihren Namen umgeschrieben" says the Friday appointment is booked (now
on the caller's name), true where it is booked and false where nothing is; a day or time replaced
is still a move."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    "sentence",
    ["Der Termin am Freitag um zehn läuft jetzt auf Ihren Namen statt auf den Ihrer Tochter.",
     "Den Termin am Freitag um zehn habe ich auf Ihren Namen umgeschrieben.",
     "Ihr Freund ist jetzt statt Ihnen eingetragen, Freitag um zehn.",
     "Die Dauerwelle am Freitag um zehn bei Fabian bleibt, wie sie ist, nur der Name ändert sich."],
)  # fmt: skip
def test_a_name_changed_on_the_appointment_is_its_booking_not_a_move(sentence):
    kinds = {c.kind for c in decide(sentence, facts("booked", "de")).claims}
    assert K.RESCHEDULED not in kinds and K.BOOKED in kinds
    assert decide(sentence, facts("booked", "de")).passes
    assert not decide(sentence, facts("nothing", "de")).passes


@pytest.mark.parametrize(
    "sentence",
    ["Ihr Name steht jetzt am Donnerstag um drei statt am Freitag.",
     "Ich habe Sie auf halb elf umgeschrieben."],
)  # fmt: skip
def test_a_day_or_time_replaced_is_still_a_move(sentence):
    assert K.RESCHEDULED in {c.kind for c in decide(sentence, facts("booked", "de")).claims}
    assert not decide(sentence, facts("booked", "de")).passes
