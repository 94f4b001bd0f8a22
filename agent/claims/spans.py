"""Sentences of a text as spans of the original, for the sentence-level readers."""

from __future__ import annotations

import re

_END = re.compile(r"[^.!?]*(?:[.!?]+|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` (a full stop after a digit does not end one:
    "28.11.", "10.00 Uhr")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?]+(?=\s|$)", text):
        if m.group() == "." and m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
