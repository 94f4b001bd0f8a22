"""The whole labelled corpus through `decide`, in every call state: no false claim reaches the
caller, at most 1 % of the true or neutral sentences are stopped, and no clause reader's rule
gate hides a match in any sentence of it.

Expectations come from the labels (tests/corpus/claims_corpus.py), not from the reader. The
held-out splits are part of the run; bench/claims.py reports them separately.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from agent.claims import decide, warm_up
from agent.claims.memo import forget
from agent.claims.model import Decision
from agent.claims.rule_gate import GateHidMatch, checking
from tests.corpus.claims_corpus import (
    OPEN_SPLITS,
    STATES,
    Entry,
    expected_pass,
    facts,
    load,
    with_caller,
)

# ~28,000 distinct sentences, ~340,000 decisions: minutes of CPU, in parts so that every test
# worker takes some (each part's tests are one work unit: tests/conftest.py BY_PART). A part
# holds every sentence whole (all its entries, all call states): a sentence's reading is kept
# (agent/claims/memo.py) for its other states, so no sentence is read on two workers. A part is
# a few seconds of CPU (its first test decides it): inside the suite's 120 s timeout even when
# a loaded machine gives the worker a twentieth of a core (16 parts of ~5 s each timed out so).
PARTS = 32
pytestmark = pytest.mark.slow


@dataclass
class PartOutcome:
    false_passes: list[tuple[Entry, str]] = field(default_factory=list)
    false_blocks: list[tuple[Entry, str]] = field(default_factory=list)
    should_pass: int = 0
    gate_hid: list[str] = field(default_factory=list)  # GateHidMatch messages


@functools.cache
def _by_sentence() -> dict[tuple[str, str], list[Entry]]:
    """Every distinct (sentence, language) of the corpus, every split, with its entries."""
    out: dict[tuple[str, str], list[Entry]] = {}
    for entry in load():
        out.setdefault((entry.text, entry.lang), []).append(entry)
    return dict(sorted(out.items()))


@dataclass
class Decided:
    """One distinct sentence of a part decided: its gate-checked reading (or what the gate hid)
    and each of its entries' decisions, by call state."""

    text: str
    lang: str
    checked: Decision | None
    hid: GateHidMatch | None
    decisions: list[tuple[Entry, str, Decision]]


def decided(
    part: int, parts: int = PARTS, skip: tuple[str, ...] = OPEN_SPLITS
) -> Iterator[Decided]:
    """Part `part` of `parts` of the corpus decided: each sentence first with every gated-off
    rule run anyway (`checking`, after `forget`, so that no kept reading stands in for one), in
    the first call state without the caller's words; that decision is the one the corpus wants
    for its entries without a `caller:` in that state, the other states and entries are decided
    as usual. Entries of the splits in `skip` are gate-checked only (bench/claims_corpus_proof.py
    records every decision of this procedure, so a change to `decide` shows it decides as
    before)."""
    warm_up()
    first = next(iter(STATES))
    facts_for = {(s, lang): facts(s, lang) for s in STATES for lang in ("de", "en")}
    for (text, lang), entries in list(_by_sentence().items())[part::parts]:
        forget()
        checked = hid = None
        try:
            with checking():
                checked = decide(text, facts_for[(first, lang)])
        except GateHidMatch as e:
            hid = e
        out = Decided(text, lang, checked, hid, [])
        for entry in entries:
            if entry.split in skip:
                continue
            for state in STATES:
                state_facts = with_caller(facts_for[(state, lang)], entry)
                if checked is not None and state_facts is facts_for[(first, lang)]:
                    decision = checked
                else:
                    decision = decide(text, state_facts)
                out.decisions.append((entry, state, decision))
        yield out


@functools.cache
def _outcome(part: int) -> PartOutcome:
    """Part `part` of the corpus decided (`decided`). The held-out splits still open
    (OPEN_SPLITS) are gate-checked only: bench/claims.py measures them, their misses are not all
    fixed yet. Kept per worker for the part's tests."""
    out = PartOutcome()
    for d in decided(part):
        if d.hid is not None:
            out.gate_hid.append(f"[{d.lang}] {d.text!r}: {d.hid}")
        for entry, state, decision in d.decisions:
            expected = expected_pass(entry, state)
            out.should_pass += expected
            if decision.passes and not expected:
                out.false_passes.append((entry, state))
            elif expected and not decision.passes:
                out.false_blocks.append((entry, state))
    return out


def _listing(failures) -> str:
    by_text: dict[str, list[str]] = {}
    for entry, state in failures:
        by_text.setdefault(f"[{entry.family}/{entry.lang}] {entry.text!r}", []).append(state)
    return "\n".join(f"  {t} in {', '.join(s)}" for t, s in by_text.items())


def test_the_corpus_is_large_varied_and_labelled():
    entries = load()
    assert len(entries) >= 1500
    assert len(_by_sentence()) > 10_000
    assert {e.lang for e in entries} == {"de", "en"}
    families = Counter(e.family for e in entries)
    for family in ("record", "possession", "goodbye", "colloquial", "confirmation_message",
                   "politeness", "in_question", "hold_upgrade", "cancel", "move", "negation",
                   "question_offer", "conditional_future", "report_quote", "other_slots",
                   "idiom", "neutral"):  # fmt: skip
        assert families[family] >= 10, family
    assert sum(e.adversarial is not None for e in entries) >= 200
    assert {e.split for e in entries} == {
        "tune",
        "heldout",
        "heldout2",
        "heldout3",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "probe29",
        "blind30",
        "blind31",
        "probe30",
        "probe31",
        "blind32",
        "probe32",
        "probe32b",
        "probe32c",
        "blind33",
        "probe33",
        "probe33b",
        "probe33c",
        "probe32d",
        "blind34",
        "probe34",
        "probe34b",
        "probe30c",
        "probe34c",
        "blind35",
        "probe35",
        "probe35b",
        "blind36",
        "probe36",
        "probe36b",
        "probe36c",
        "probe36d",
        "probe36e",
        "blind37",
        "probe37",
        "probe37b",
        "probe37c",
        "blind38",
        "probe38",
        "probe38b",
        "probe38c",
        "probe38d",
        "probe36f",
        "blind39",
        "probe39",
        "probe39b",
        "probe39c",
        "blind40",
        "blind41",
        "probe40",
        "probe40b",
        "blind42",
        "probe42",
        "probe40c",
        "probe42b",
        "probe41",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
        "blind48",
        "blind50",
        "blind49",
        "blind51",
        "blind52",
        "blind53",
        "blind54",
        "blind55",
        "blind56",
        "blind57",
        "blind58",
        "blind59",
        "blind60",
        "probe43",
        "probe43b",
        "probe43c",
        "probe44b",
        "probe43d",
        "probe43e",
        "probe44",
        "probe46",
        "probe46b",
        "probe45b",
        "probe45",
        "probe44c",
        "probe42c",
        "probe40d",
        "probe43f",
        "probe47",
        "probe47b",
        "probe47c",
        "probe47d",
        "probe48",
        "probe48b",
        "probe50",
        "probe49",
        "probe49b",
        "probe51b",
        "probe51",
        "probe52a",
        "probe49c",
        "probe49d",
        "probe52b",
        "probe53",
        "probe53b",
        "probe52c",
        "probe54",
        "probe54b",
        "probe54c",
        "probe55",
        "probe55_141",
        "probe56",
        "probe57",
        "probe56b",
        "probe55_142",
        "probe55c",
    }
    kinds = Counter(k for e in entries for k in e.kinds)
    assert min(kinds[k] for k in ("booked", "cancelled", "rescheduled", "done", "follow_up")) >= 40
    # slot statements (held for the caller, named or offered as free), in both languages
    slots = Counter((k, e.lang) for e in entries for k in e.kinds if k in ("held", "available"))
    assert min(slots[(k, lang)] for k in ("held", "available") for lang in ("de", "en")) >= 20
    assert sum(slots.values()) >= 150
    promises = Counter(e.follow_up for e in entries if "follow_up" in e.kinds)
    assert min(promises[p] for p in ("callback", "message", "text", "reminder")) >= 10


def test_the_clause_readers_see_the_same_names_in_every_state():
    """So one gate-checked reading per sentence covers every state: the clause readers see the
    sentence and the salon's names."""
    for lang in ("de", "en"):
        names = {
            (f.stylists, f.services, f.service_aliases, f.stylist_aliases)
            for f in (facts(state, lang) for state in STATES)
        }
        assert len(names) == 1


@pytest.mark.parametrize("part", range(PARTS))
def test_no_gate_hides_a_match_in_the_corpus(part: int):
    """Every distinct sentence of the corpus, every split, decided once with every gated-off
    rule run anyway (`agent.claims.rule_gate.checking`): none of them finds anything."""
    hid = _outcome(part).gate_hid
    assert not hid, f"{len(hid)} sentences:\n" + "\n".join(hid)


@pytest.mark.parametrize("part", range(PARTS))
def test_no_false_claim_passes_in_any_state(part: int):
    false_passes = _outcome(part).false_passes
    assert not false_passes, f"{len(false_passes)} false passes:\n{_listing(false_passes)}"


@pytest.mark.parametrize("part", range(PARTS))
def test_at_most_one_percent_of_true_or_neutral_sentences_are_stopped(part: int):
    """In each part, so in the whole corpus too."""
    outcome = _outcome(part)
    rate = len(outcome.false_blocks) / outcome.should_pass
    assert rate <= 0.01, f"false-block rate {rate:.2%}:\n{_listing(outcome.false_blocks)}"
