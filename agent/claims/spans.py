"""Sentences of a text as spans of the original, for the sentence-level readers."""

from __future__ import annotations

import re

from agent.claims.memo import per_text

_END = re.compile(r"[^.!?]*(?:[.!?]+|$)")
_STOP = re.compile(r"[.!?]+(?=\s|$)")


@per_text(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text` (a full stop after a digit does not end one:
    "28.11.", "10.00 Uhr"); kept per text, as a dozen readers ask for the same sentence's."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP.finditer(text):
        if m.group() == "." and m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)
