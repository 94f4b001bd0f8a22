"""Sentence-level rules: a claim for each sentence (or clause) of the folded text a pattern finds.

A rule is a pattern over one sentence (or one clause) of the folded text; the sentence must not
be a question (unless the rule reads a presupposition) nor say what the rule's `unless` finds
(negation, condition). Every rule has a trigger: a plain regular expression that must find
something in the folded sentence before the rule's own pattern runs; the trigger itself runs
only when the sentence holds a literal it needs (`gate.opens`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.gate import gated, literals
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.pieces import sentence_pieces

K = ClaimKind
# what makes a clause not a statement of its own
NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|nichts|nie|niemals|wenn|falls|ob|sofern|leider|not|no|nothing|never|"
    r"if|whether|unless|unfortunately)\b|n't\b"
)


@dataclass(frozen=True)
class Rule:
    lang: str  # "de", "en" or "" for both
    kind: ClaimKind
    trigger: re.Pattern[str]  # cheap: must find something before `pattern` runs
    pattern: re.Pattern[str]
    follow_up: FollowUp | None = None
    unless: re.Pattern[str] | None = NOT_STATED
    questions: bool = False  # the pattern reads a presupposition, true in a question too
    clause: bool = False  # read per clause (cut at commas), not per sentence
    # read per clause, what makes no clause of the sentence a statement (a condition anywhere)
    unless_sentence: re.Pattern[str] | None = None
    placed: bool = False  # only where the clause names a day and a time
    own_details: bool = False  # the details the match names, not its whole clause's
    replaces: frozenset[ClaimKind] = frozenset()  # readings of the matched part it replaces
    several: bool = False  # about more than one appointment ("Both of them are in")
    # a sentence that names no day takes the one slot a fragment before it names ("Fr 10 weg.
    # Kommen Sie nicht.": the consequence of what the fragment said; `_slot_before`)
    day_before: bool = False

    def __post_init__(self) -> None:
        literals(self.trigger)  # its gate, known before the first sentence is read


def rule(lang: str, kind: ClaimKind, trigger: str, pattern: str, **kw) -> Rule:
    """A rule written as two pattern strings, the way the rule tables spell them."""
    return Rule(lang, kind, re.compile(trigger), re.compile(pattern), **kw)


def _trigger(rule: Rule) -> re.Pattern[str]:
    return rule.trigger


def _dated(details: Details) -> bool:
    return bool(details.weekdays or details.days or details.relative_days)


def _placed(details: Details) -> bool:
    return _dated(details) and bool(details.times)


# a clause boundary the day carries over (not the dot of a date nor the colon of a time)
_CLAUSE_ENDS = frozenset({",", ";", "–", "—", "-"})


def _day_carried(details: Details, before: str, names: Names) -> Details:
    """A clause that names a time but no day takes the one day its sentence names before it
    (blind 39: "Fabian ist am Samstag nicht da, aber Lena hätte um elf Zeit", "Friday's full, but
    Fabian has three": the offer is for that day); two days before it leave the day open."""
    if _dated(details) or not details.times:
        return details
    said = read_details(before, names)
    if not _dated(said) or max(len(said.weekdays), len(said.days), len(said.relative_days)) > 1:
        return details
    return replace(
        details,
        weekdays=said.weekdays,
        days=said.days,
        months=said.months or details.months,
        relative_days=said.relative_days,
    )


# a verbless fragment before: the slot alone with "weg" / "gone" / "off" or a dash ("Fr 10 weg.",
# "Sat 11 —"), not a sentence of its own with a verb that may be about another slot
_FRAGMENT = lazy(
    r"^[\w.: ]{1,24}?(?:\s+(?:weg|gone|off|raus|gestrichen|storniert|cancelled))?[\s.!–—-]*$"
)


def _slot_before(details: Details, before: str, names: Names) -> Details:
    """`details` with the one slot a fragment before names, where they name no day."""
    if _dated(details) or not _FRAGMENT.match(before.strip()):
        return details
    said = read_details(before, names)
    if not _dated(said) or len(said.weekdays) + len(said.days) + len(said.relative_days) > 1:
        return details
    return said


def read_rules(
    sentence: str, lang: str, names: Names, rules: tuple[Rule, ...]
) -> tuple[list[Claim], list[tuple[int, int, frozenset[ClaimKind]]]]:
    """The claims `rules` read in `sentence`, and the spans (of the original) whose readings
    of the kinds given they replace."""
    folded = fold(sentence)
    text = folded.text
    live = [
        r
        for r in gated(rules, _trigger).open(text)
        if r.lang in ("", lang) and r.trigger.search(text)
    ]
    if not live:
        return [], []
    out: list[Claim] = []
    replaced: list[tuple[int, int, frozenset[ClaimKind]]] = []
    for (s, e), pieces in sentence_pieces(text):
        whole = text[s:e]
        question = whole.rstrip().endswith("?")
        for rule in live:
            if question and not rule.questions:
                continue
            if rule.unless_sentence is not None and rule.unless_sentence.search(whole):
                continue
            for a, b in pieces if rule.clause else ((s, e),):
                part = text[a:b]
                m = rule.pattern.search(part)
                if not m or (rule.unless is not None and rule.unless.search(part)):
                    continue
                details = read_details(m.group() if rule.own_details else part, names)
                if rule.placed and rule.clause and text[s:a].rstrip()[-1:] in _CLAUSE_ENDS:
                    details = _day_carried(details, text[s:a], names)
                if rule.day_before and s > 0:
                    details = _slot_before(details, text[:s], names)
                if rule.placed and not _placed(details):
                    continue
                if rule.replaces:
                    replaced.append((*folded.span(a, b), rule.replaces))
                out.append(
                    Claim(
                        rule.kind,
                        *folded.span(a, b),
                        ClaimDetails(((Role.ANY, details),), several=rule.several),
                        rule.follow_up,
                    )
                )
    return out, replaced
