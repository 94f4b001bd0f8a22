"""A sentence's reading is shared between decisions whose facts differ only in what the reading
never looked at (`agent.claims.read_once`): facts that differ in something it read get a reading
of their own, a value that is not immutable data is never reused, and `decide` gives, reading
once, the decision it gives reading afresh."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from agent.claims import decide
from agent.claims import read_once as read_once_module
from agent.claims.memo import forget
from agent.claims.model import AppointmentFact, CallFacts
from agent.claims.read_once import facts_behind, frozen, read_once
from agent.claims.rule_gate import checking
from calendar_adapter.ledger import AppointmentState
from tests.corpus.claims_corpus import facts

_FRIDAY = datetime(2025, 11, 28, 10, 0, tzinfo=timezone(timedelta(hours=1)))


class _Reader:
    """A reading that notes each time it runs and asks the facts for the attributes given."""

    def __init__(self, *asks: str) -> None:
        self.asks = asks
        self.runs = 0

    def __call__(self, sentence: str, f: CallFacts) -> tuple:
        self.runs += 1
        return (sentence, *(getattr(f, name) for name in self.asks))


@pytest.fixture(autouse=True)
def _nothing_kept():
    forget()
    yield
    forget()


def _facts(**changes) -> CallFacts:
    return replace(CallFacts(now=_FRIDAY, language="de", stylists=("Lena Berg",)), **changes)


def test_facts_that_differ_only_where_the_reading_never_looked_share_one_reading() -> None:
    reader = _Reader("language", "stylists")
    nothing = _facts()
    booked = _facts(appointments=(AppointmentFact(AppointmentState.CONFIRMED, _FRIDAY),))
    texted = _facts(texts=2, caller="Und die SMS?")
    first = read_once(reader, "Das ist erledigt.", nothing)
    assert read_once(reader, "Das ist erledigt.", booked) is first
    assert read_once(reader, "Das ist erledigt.", texted) is first
    assert reader.runs == 1


def test_facts_that_differ_in_what_the_reading_asked_for_get_a_reading_each() -> None:
    reader = _Reader("caller")
    asked, unasked = _facts(caller="Bin ich drin?"), _facts(caller="")
    assert read_once(reader, "Ja.", asked) == ("Ja.", "Bin ich drin?")
    assert read_once(reader, "Ja.", unasked) == ("Ja.", "")
    assert read_once(reader, "Ja.", replace(asked, texts=1)) == ("Ja.", "Bin ich drin?")
    assert reader.runs == 2  # the third: the caller's words of the first, read before


def test_another_sentence_or_another_reading_is_read_afresh() -> None:
    reader, other = _Reader("language"), _Reader("language")
    f = _facts()
    read_once(reader, "Gebucht.", f)
    read_once(reader, "Storniert.", f)
    read_once(other, "Gebucht.", f)
    assert (reader.runs, other.runs) == (2, 1)


def test_equal_instants_in_other_zones_or_equal_numbers_of_another_type_are_not_the_same() -> None:
    reader = _Reader("now", "texts")
    read_once(reader, "Morgen.", _facts())
    read_once(reader, "Morgen.", _facts(now=_FRIDAY.astimezone(UTC)))  # another day?
    read_once(reader, "Morgen.", _facts(texts=False))  # False == 0, yet not the same value
    assert reader.runs == 3
    assert frozen(_FRIDAY) != frozen(_FRIDAY.astimezone(UTC))
    assert frozen((1,)) != frozen((True,))


@dataclass
class _Mutable:
    words: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Holder:
    words: list[str] = field(default_factory=list)


@pytest.mark.parametrize(
    "value", [_Mutable(["Fabi"]), _Holder(["Fabi"]), ("Fabi", ["Fabi"]), {"Fabi": 1}, object()]
)
def test_a_reading_that_read_something_mutable_is_never_reused(value) -> None:
    reader = _Reader("caller")
    f = _facts(caller=value)  # type: ignore[arg-type]
    read_once(reader, "Ja.", f)
    read_once(reader, "Ja.", f)
    assert reader.runs == 2


def test_what_an_earlier_reading_of_the_same_facts_read_counts_for_a_later_one() -> None:
    """A reading may use what an earlier one kept by the facts object (as `amended` keeps a
    restatement): the later reading then depends on what the earlier one read."""
    kept: dict[int, str] = {}

    def restatement(sentence: str, f: CallFacts) -> str:
        if id(f) not in kept:
            kept[id(f)] = f.caller  # read once, kept by the facts object
        return sentence + kept[id(f)]

    first = _facts(caller="Steht's?")
    read_once(restatement, "A", first)
    assert read_once(restatement, "B", first) == "BSteht's?"  # from what A kept
    kept.clear()
    assert read_once(restatement, "B", _facts(caller="Und?")) == "BUnd?"


def test_a_reading_inside_a_reading_notes_what_it_asks_on_the_outer_one() -> None:
    inner = _Reader("caller")

    def outer(sentence: str, f: CallFacts) -> tuple:
        return read_once(inner, sentence, f)

    read_once(outer, "Ja.", _facts(caller="Fest?"))
    assert read_once(outer, "Ja.", _facts(caller="Wann?")) == ("Ja.", "Wann?")
    assert inner.runs == 2


def test_while_the_rule_gates_are_checked_every_reading_runs() -> None:
    reader = _Reader("language")
    f = _facts()
    read_once(reader, "Gebucht.", f)
    with checking():
        read_once(reader, "Gebucht.", f)
    assert reader.runs == 2


def test_the_least_recently_used_sentence_is_dropped_first(monkeypatch) -> None:
    monkeypatch.setattr(read_once_module, "_KEPT", 2)
    reader, f = _Reader("language"), _facts()
    for sentence in ("Gebucht.", "Storniert.", "Gebucht.", "Verschoben."):  # "Storniert." drops
        read_once(reader, sentence, f)
    assert reader.runs == 3
    read_once(reader, "Gebucht.", f)
    read_once(reader, "Storniert.", f)
    assert reader.runs == 4


def test_forget_empties_what_was_kept() -> None:
    reader = _Reader("language")
    read_once(reader, "Gebucht.", _facts())
    forget()
    read_once(reader, "Gebucht.", _facts())
    assert reader.runs == 2


def test_the_reading_sees_the_facts_it_was_given() -> None:
    f = _facts()
    seen = read_once(lambda s, view: facts_behind(view), "Gebucht.", f)
    assert seen is f


_SENTENCES = {
    "de": [
        "Ich habe Sie für Freitag um zehn bei Fabian eingetragen.",
        "Ja, genau so.",  # an answer: read against the caller's words
        "Der Termin ist storniert, Sie bekommen noch eine SMS.",
        "Sie sind gegen Viertel nach elf fertig.",  # an end time: read against the appointments
        "Bei ihr sind Sie am Freitag fest drin.",  # "bei ihr": read against the women stylists
    ],
    "en": [
        "You're all set with Fabian on Friday morning.",
        "Yes, that's the one.",
        "We moved you to Thursday afternoon.",
        "You'll be done around a quarter past eleven.",
    ],
}
_CALLERS = ("", "Bin ich am Freitag drin?", "Is Friday at ten booked?")


@pytest.mark.parametrize("language", ["de", "en"])
def test_decide_gives_reading_once_what_it_gives_reading_afresh(language) -> None:
    states = ("nothing", "booked", "moved", "two", "offered", "cancelled")
    ledgers = [replace(facts(s, language), caller=c) for s in states for c in _CALLERS]
    for sentence in _SENTENCES[language]:
        afresh = []
        for f in ledgers:
            forget()
            afresh.append(decide(sentence, f))
        forget()
        once = [decide(sentence, f) for f in ledgers + ledgers[::-1]]
        assert once == afresh + afresh[::-1]
        assert [[c.details for c in d.claims] for d in once[: len(afresh)]] == [
            [c.details for c in d.claims] for d in afresh
        ]
