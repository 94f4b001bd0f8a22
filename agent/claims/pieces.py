"""Claims read piece by piece: a sentence cut at its punctuation, each piece that states (not
asks or supposes) what a pattern says becomes one claim with the details it names.

Several sentence-level readers (a visit gone by its effect, a request awaiting the salon) differ
only in their pattern, what makes a piece not a statement, and where they cut; the loop is here.
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

# a clause-sized piece: up to and including its punctuation (also commas and dashes); not cut
# at the dots of a date or a clock time written in figures ("am 28.11.2025 um 10.30", "am 29.
# november ist …"), of a weekday or month shortened ("fr.", "nov.") or of "a.m." / "mr."
# before the clause goes on (blind 49's leftovers, claims131)
DOT_INSIDE = (
    r"(?<=\d)[.:](?=\d)|(?<=\b\d)\.(?=\s+[a-zäöü])|(?<=\b\d\d)\.(?=\s+[a-zäöü])|"
    r"(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?=\s+[a-z])|(?<=\bmrs)\.(?=\s)|"
    r"(?<=\b(?:mr|ms|dr|fr|sa|so|mo|di|mi|do))\.(?=\s)|"
    r"(?<=\b(?:fri|sat|sun|mon|tue|wed|thu|nov|dez|dec|okt|oct|jan|feb|mar|apr|jun|jul|aug|sep))\.(?=\s)"
)
CLAUSE_PIECE = lazy(rf"(?:[^.!?;:,–—]+|{DOT_INSIDE})+[.!?;:,–—]*")  # runs first: fast
# a sentence-sized piece: up to and including its final punctuation
SENTENCE_PIECE = lazy(r"[^.!?]+[.!?]*")
# a condition makes a piece no statement of what is ("wenn", "falls", "if", "unless")
CONDITION = lazy(r"\b(?:wenn|falls|ob|sofern|if|whether|unless)\b")

Span = tuple[int, int]


@per_text(maxsize=256)
def sentence_pieces(text: str) -> tuple[tuple[Span, tuple[Span, ...]], ...]:
    """Each sentence of `text` (`sentence_spans`) with its clause pieces (`CLAUSE_PIECE`), all as
    spans of `text`: the walk the sentence-level readers that drop or replace claims share."""
    return tuple(
        ((s, e), tuple((m.start(), m.end()) for m in CLAUSE_PIECE.finditer(text, s, e)))
        for s, e in sentence_spans(text)
    )


def stated_claims(
    sentence: str,
    kind: ClaimKind,
    rule: re.Pattern[str],
    not_stated: re.Pattern[str],
    names: Names,
    piece: re.Pattern[str] = CLAUSE_PIECE,
) -> tuple[Claim, ...]:
    """A `kind` claim for each piece of folded `sentence` that `rule` finds and that is neither
    a question nor matched by `not_stated`."""
    folded = fold(sentence)
    if not opens(rule, folded.text):
        return ()  # no piece of it can hold what the rule needs
    out = []
    for m in piece.finditer(folded.text):
        text = m.group()
        if text.rstrip().endswith("?") or not_stated.search(text) or not rule.search(text):
            continue
        span = folded.span(m.start(), m.end())
        details = read_details(text, names)
        out.append(Claim(kind, *span, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)
