"""The gates (`agent.claims.gate`): a rule is skipped only where its pattern finds nothing."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import agent.claims as claims
from agent.claims.gate import gated, held, needed, opens, settle
from agent.claims.lazy_pattern import LazyPattern
from agent.claims.normalize import fold
from agent.claims.word_rules import Rule
from tests.corpus.claims_corpus import cases


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bich\s+sie\b", {"ich"}),
        (r"\bbuch\b|kalender", {"buch", "kalender"}),
        (r"steht\s+(?:jetzt\s+|nun\s+)?für\s+sie", {"steht"}),
        (r"^\W*(?:fest\s+)?(?:gebucht|bestätigt):", {"gebucht", "bestätigt"}),
        (r"n't\b|\bnot\b", {"n't", "not"}),
        (r"(?:foo)+bar?", {"foo"}),
        (r"[,;]x*", {",", ";"}),
    ],
)
def test_needed_literals(pattern: str, literals: set[str]) -> None:
    assert needed(re.compile(pattern)) == literals


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?i)gebucht", r"(?i:gebucht)", r"a?b?", r"gebucht|\d+", r"(?:termin)?\s"],
)
def test_no_gate_where_a_match_needs_no_literal(pattern: str) -> None:
    assert needed(re.compile(pattern)) is None
    assert opens(re.compile(pattern), "nothing of it here")


def _patterns() -> list[re.Pattern[str]]:
    """Every module-level pattern and rule of the reader: what the gates may be asked about."""
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(claims.__path__):
        module = importlib.import_module(f"agent.claims.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern | LazyPattern):  # compiled or compiled on first use
                found[id(value)] = value
            if isinstance(value, tuple) and value and isinstance(value[0], Rule):
                for rule in value:
                    found[id(rule.trigger)] = rule.trigger
                    found[id(rule.pattern)] = rule.pattern
    return list(found.values())


def test_a_gate_never_closes_on_a_match() -> None:
    """Over every pattern of the reader and a sample of corpus sentences: where a pattern finds
    something, its gate is open (the shared scan finds the literals it needs)."""
    texts = sorted({fold(entry.text).text for entry, _, _ in cases()})[::25]
    patterns = [p for p in _patterns() if needed(p) is not None]
    assert len(patterns) > 300
    for pattern in patterns:
        for text in texts:
            if pattern.search(text):
                assert opens(pattern, text), (pattern.pattern, text)


def test_overlapping_literals_are_all_found() -> None:
    """Literals that start at one place ("buch", "buchung") or inside another are all held."""
    for p in (r"\bbuchung\b", r"buch", r"uchu", r"ung\b"):
        opens(re.compile(p), "")
    settle()  # the scan is built once; literals met later join it only when it is rebuilt
    found = held("ihre buchung steht")
    assert {"buchung", "buch", "uchu", "ung"} <= found


def test_a_table_opens_only_the_rules_whose_literals_are_held() -> None:
    table = (re.compile(r"\bkalender\b"), re.compile(r"\bbuch\b|notiert"), re.compile(r"\w+"))
    index = gated(table, lambda p: p)
    assert index.open("steht im kalender") == [table[0], table[2]]
    assert index.open("ist notiert") == [table[1], table[2]]


def test_a_pattern_met_after_the_scan_is_built_is_gated_without_rebuilding_it() -> None:
    """The scan is not rebuilt mid-call for a new pattern (a stall of milliseconds): its
    literals are looked for in the text directly, with the same answer."""
    settle()
    held("ein satz")  # the scan stands
    late = re.compile(r"\bzzquokkatermin\b|zzwombat")  # literals no other pattern has
    assert opens(late, "ihr zzquokkatermin ist gebucht")
    assert opens(late, "noch ein zzwombat")
    assert not opens(late, "ihr termin ist gebucht")
    assert "zzquokkatermin" not in held("ihr zzquokkatermin ist gebucht")  # not rebuilt for it
    settle()  # warm-up: now the scan finds it
    assert "zzquokkatermin" in held("ihr zzquokkatermin ist gebucht")
    assert opens(late, "ihr zzquokkatermin ist gebucht")
    assert not opens(late, "ihr termin ist gebucht")


def test_a_table_met_after_the_scan_is_built_opens_its_new_rules() -> None:
    settle()
    held("ein satz")
    table = (re.compile(r"\bzzkoalaeintrag\b"), re.compile(r"\bbuch\b|zzemunotiz"))
    index = gated(table, lambda p: p)
    assert index.open("steht im zzkoalaeintrag") == [table[0]]
    assert index.open("eine zzemunotiz") == [table[1]]
    assert index.open("ein buch") == [table[1]]
    assert index.open("nichts davon") == []
