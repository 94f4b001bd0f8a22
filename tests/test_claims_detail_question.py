"""The caller's question about a detail of their appointment, decided in one place
(`agent.claims.detail_asked`) in its two forms: the appointment asked to have a detail
(`asks_detail`: "Ich bin doch bei Lena, oder?", its answer read by `detail_answered`) and a detail
echoed back as a check (`checks_detail`: "Freitag?", its answer naming the detail read back by
`answered_slot`, convention 46)."""

from __future__ import annotations

import pytest

from agent.claims.detail_asked import asks_detail, checks_detail
from agent.claims.details import Names
from tests.corpus.claims_corpus import facts

_F = facts("booked", "de")
NAMES = Names.of(_F.stylists, _F.services, _F.service_aliases, _F.stylist_aliases)


@pytest.mark.parametrize(
    "caller",
    ["Ich bin doch bei Lena, oder?", "Mein Termin ist am Donnerstag, richtig?",
     "Bin ich beim Mehmet?", "It's at eleven, isn't it?", "I'm with Lena, right?"],
)  # fmt: skip
def test_a_question_whether_the_appointment_has_a_detail_asks_it(caller):
    assert asks_detail(caller, NAMES)


@pytest.mark.parametrize(
    "caller",
    ["Freitag?", "Um zehn?", "Beim Fabian?", "Also Freitag, ja?", "Bei Fabian, oder?",
     "Ten, right?", "Friday, not Thursday?", "Uhrzeit nochmal?", "Time again?",
     "Okay. Und Freitag um zehn?"],
)  # fmt: skip
def test_a_detail_echoed_as_the_last_question_checks_it(caller):
    assert checks_detail(caller, NAMES)


@pytest.mark.parametrize(
    "caller",
    ["Geht Freitag?", "Haben Sie Freitag was frei?", "Can I come Friday?",  # something new
     "Und färben?",  # a service asked about
     "Wirklich?", "Really?",  # no detail, not asked again
     "Freitag? Gut, danke.",  # not the turn's last words
     "Wann ist mein Termin?"],  # a question word: `caller_asks`
)  # fmt: skip
def test_a_question_that_asks_for_something_else_checks_no_detail(caller):
    assert not checks_detail(caller, NAMES)


@pytest.mark.parametrize(
    "caller",
    ["Kann ich am Freitag kommen?", "Ist Fabian am Freitag frei?", "Wann ist mein Termin?",
     "Ist mein Termin nicht am Freitag?", "Ist der Termin storniert?", "Freitag?"],
)  # fmt: skip
def test_a_request_a_negated_or_other_outcome_question_or_a_bare_echo_asks_no_detail(caller):
    assert not asks_detail(caller, NAMES)
