"""A turn of several sentences judged as the guard speaks it (blind 20): the guard cuts the
model's text into sentences (`agent.guard.sentences`) and lets each through or stops it before
the next one is written, so a later sentence cannot take back an earlier one the caller has
already heard ("Booked! Well, not quite, …": the first sentence says booked, the second says not
booked). The decision on a text of several sentences therefore also reads each sentence as the
guard hands it over, after the sentences before it (what was already said is context, what
follows is not yet written), and keeps the claims that fall inside it; a text is false where
any of its sentences is. The whole text's reading stays beside it.

Not read apart: a sentence that is a question or that a question follows at once ("Ihr Termin:
Freitag, zehn Uhr. Soll ich das so buchen?"): the corpus reads a statement asked about in the
next breath with that question; the guard cannot (it has no next sentence yet) and stops such a
statement when it reads as a claim on its own (a known limit, docs/claims.md).
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.details import Names
from agent.claims.model import Claim
from agent.claims.taken_back import taken_back


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence the guard would speak starts and ends in `text`."""
    from agent.guard.sentences import sentences_of  # (agent.guard imports agent.claims)

    spans, pos = [], 0
    for piece in sentences_of(text):
        start = text.find(piece, pos)
        spans.append((start, start + len(piece)))
        pos = start + len(piece)
    return spans


def per_spoken_sentence(
    text: str, claims_of: Callable[[str], tuple[Claim, ...]], names: Names
) -> tuple[Claim, ...]:
    """Claims of each sentence of `text` read as the guard speaks it (see above); `claims_of`
    reads a text as the decision does."""
    if not any(ch in text for ch in ".!?…"):
        return ()
    spans = sentence_spans(text)
    if len(spans) < 2:
        return ()
    out: list[Claim] = []
    for i, (start, end) in enumerate(spans):
        asked = text[start:end].rstrip().endswith("?")
        if asked or (i + 1 < len(spans) and text[spans[i + 1][0] : spans[i + 1][1]].endswith("?")):
            continue
        earlier = tuple(out)
        out += [c for c in claims_of(text[:end]) if c.end > start]
        out += taken_back(text[start:end], start, earlier, names)
    return tuple(out)
