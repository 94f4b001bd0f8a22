"""What the reader keeps between decisions (the salon's names of the facts last asked about,
`slots.names_of`; the names' hash, `details.Names`; the per-text results, `memo`) never carries
one call into another: the same sentence decided for two calls, one after the other and back,
is decided for each as if it were that call's first sentence."""

from __future__ import annotations

from dataclasses import replace

from agent.claims import decide
from agent.claims.details import Names
from agent.claims.memo import forget
from agent.claims.slots import names_of
from tests.corpus.claims_corpus import facts


def _first_reads(sentence: str, calls: list) -> list:
    out = []
    for f in calls:
        forget()
        out.append(decide(sentence, f))
    return out


def _interleaved(sentence: str, calls: list) -> list:
    forget()
    return [decide(sentence, f) for f in calls + calls[::-1]][: len(calls)]


def test_two_calls_with_different_ledgers_each_get_their_own_decision():
    sentence = "Bei Fabian sind Sie für Freitag, zehn Uhr, fest eingetragen."
    calls = [facts("booked", "de"), facts("nothing", "de")]
    alone = _first_reads(sentence, calls)
    assert [d.passes for d in alone] == [True, False]
    forget()
    together = [decide(sentence, f) for f in calls + calls[::-1] + calls]
    assert [d.passes for d in together] == [True, False, False, True, True, False]
    assert together[:2] == alone


def test_two_salons_with_different_stylists_each_read_the_name_with_their_own():
    sentence = "You're down for Friday at ten with Lena."
    everyone = facts("booked", "en")  # the booking is with Fabian; Lena works here too
    without_lena = replace(
        everyone,
        stylists=tuple(s for s in everyone.stylists if "Lena" not in s),
        stylist_aliases=tuple(a for a in everyone.stylist_aliases if "Lena" not in a[1]),
    )
    alone = _first_reads(sentence, [everyone, without_lena])
    assert names_of(everyone) != names_of(without_lena)
    assert _interleaved(sentence, [everyone, without_lena]) == alone
    forget()
    assert [decide(sentence, f) for f in (without_lena, everyone, without_lena)] == [
        alone[1],
        alone[0],
        alone[1],
    ]


def test_equal_facts_in_another_object_are_read_with_equal_names():
    f = facts("held", "de")
    again = replace(f)
    assert again is not f
    assert names_of(again) == names_of(f)
    assert hash(names_of(again)) == hash(names_of(f))


def test_the_names_hash_is_the_one_of_their_fields():
    names = Names.of(("Fabian Spitzer", "Lena Hoffmann"), ("Dauerwelle",))
    same = Names.of(("Fabian Spitzer", "Lena Hoffmann"), ("Dauerwelle",))
    assert names == same and names is not same
    assert hash(names) == hash(same) == hash((names.stylists, names.services))
    assert names != Names.of(("Fabian Spitzer",), ("Dauerwelle",))
