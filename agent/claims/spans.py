"""Sentences of a text as spans of the original, for the sentence-level readers."""

from __future__ import annotations

from agent.claims.abbreviations import TITLES
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text

_END = lazy(r"[^.!?]*(?:[.!?]+|$)")
_STOP = lazy(r"[.!?]+(?=\s|$)")
_WORD_BEFORE = lazy(r"([\w.]+)$")
# "10 a.m." inside a sentence: its full stop ends none when the sentence goes on ("Your Friday
# ten a.m. is in", "from Fri 10 a.m. to Thu 3 p.m., done", "booking Friday at 10 a.m. now"); the
# readers pass folded text, whose case cannot tell a sentence that goes on, so the words that go
# on are listed here (the guard's splitter, which sees the case, asks `goes_on_dot`)
CLOCK_DOT_GOES_ON = (
    r"(?<=\b[ap]\.m)\.(?=\s*(?:[,;:–—-]|(?:is|'s|to|and|or|with|on|for|at|in|sharp|then|"
    r"tomorrow|instead|works|suits|now|jetzt|bei|mit|ist|am|für)\b))"
)
_CLOCK_GOES_ON = lazy(CLOCK_DOT_GOES_ON)


@per_text(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text` (a full stop after a digit does not end one:
    "28.11.", "10.00 Uhr"); kept per text, as a dozen readers ask for the same sentence's."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP.finditer(text):
        if m.group() == "." and m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        if m.group() == "." and _CLOCK_GOES_ON.match(text, m.start()):
            continue
        if m.group() == "." and _titled(text, m.start(), m.end()):
            continue  # "Friday, Mrs. Evans.", "Mr. Porter, putting you down …"
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def _titled(text: str, stop: int, after: int) -> bool:
    """Whether the full stop at `stop` follows a title before a name (`TITLES`)."""
    m = _WORD_BEFORE.search(text, 0, stop)
    rest = text[after:].lstrip()
    return m is not None and m.group(1).lower() in TITLES and rest[:1].isalpha()
