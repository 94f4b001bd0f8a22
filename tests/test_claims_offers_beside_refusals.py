"""Blind 56's offers the reader missed (claims148): a slot offered right after a refusal of what
the caller asked ("Zu zweit geht es leider nicht, Lena hat …"), the second of two slots offered as
a verbless alternative before a choice asked ("Oder … – was wäre Ihnen lieber?"), a slot given as
the example of a new appointment or proposed as the visit ("…, zum Beispiel …?", "Would you like
… to come …?"), and the one slot a search leaves ("I can only find one slot …").

Each names its slot as free (`available`, conventions 2, 470, 480): true where the tools offered
it (state `offered`: Thursday 15:00 with Fabian, Saturday 11:00 with Lena), false where nothing
was offered. Their neutral neighbours (the refusal alone, a slot denied in its own clause, a
choice that names no slot, a visit asked without a time, a search announced) claim nothing."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


def _passes(sentence: str, lang: str, state: str) -> bool:
    return decide(sentence, facts(state, lang)).passes


def _offers(sentence: str, lang: str) -> bool:
    return K.AVAILABLE in {c.kind for c in decide(sentence, facts("nothing", lang)).claims}


OFFERS = [
    # a refusal, then the stylist's place in its own clause
    ("de", "Beide gleichzeitig klappt leider nicht, Lena hat am Samstag nur einen Platz um elf."),
    ("de", "Um zehn geht es nicht mehr, aber Fabian hat am Donnerstag um drei noch Zeit."),
    ("en", "Both at once isn't possible, Lena only has one spot on Saturday at eleven."),
    ("en", "Sorry, ten is gone, but Fabian has a slot on Thursday at three."),
    # a verbless alternative before the choice asked
    ("de", "Oder Donnerstag um drei bei Fabian – welcher Termin wäre Ihnen lieber?"),
    ("en", "Or Thursday at three with Fabian – which would you rather have?"),
    # the example slot, the visit proposed
    ("de", "Sollen wir etwas Neues ausmachen, beispielsweise Samstag um elf?"),
    ("de", "Wollen Sie stattdessen etwas anderes, etwa Samstag um elf bei Lena?"),
    ("de", "Möchten Sie, dass Ihr Sohn am Donnerstag um drei zu Fabian kommt?"),
    ("en", "Shall we pick a new time, for instance Saturday at eleven?"),
    ("en", "Would you like your son to come on Thursday at three with Fabian?"),
    # the one slot the search leaves
    ("en", "I can only find a single slot on Thursday, at three with Fabian."),
]


@pytest.mark.parametrize(("lang", "sentence"), OFFERS)
def test_a_slot_offered_is_free_only_where_the_tools_offered_it(lang, sentence):
    assert _offers(sentence, lang)
    assert _passes(sentence, lang, "offered")
    assert not _passes(sentence, lang, "nothing")
    assert not _passes(sentence, lang, "booked")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("de", "Beide gleichzeitig klappt leider nicht."),
     ("de", "Zusammen geht es nicht, Lena hat am Samstag um elf keine Zeit mehr."),
     ("en", "Both at once isn't possible, Lena has no spot on Saturday at eleven."),
     ("de", "Oder lieber ein anderer Tag – was wäre Ihnen lieber?"),
     ("en", "Or another day – which would you prefer?"),
     ("de", "Möchten Sie am Samstag vorbeikommen?"),
     ("de", "Wollen Sie, nachdem ich den Freitag um zehn gestrichen habe, lieber später kommen?"),
     ("en", "Would you like to come in on Saturday?"),
     ("en", "Let me see if I can find a slot on Thursday at three."),
     ("en", "I can't find a slot on Thursday at three.")],
)  # fmt: skip
def test_a_refusal_a_choice_or_a_search_without_a_slot_offered_claims_nothing(lang, sentence):
    assert not _offers(sentence, lang)
