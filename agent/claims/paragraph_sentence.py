"""One claim in the middle of a paragraph (blind 22, claims37): in a reply of three or more
sentences of small talk, the salon's hours and directions, the one sentence that claims an
outcome ("… Sie sind am Freitag um zehn bei Fabian drin. …", "… I've put you in for Friday at ten.
…") is read on its own as well, so a sentence-level reading of another sentence (hours, a
greeting, a question) does not drop it. Not a question, a sentence a question about it follows
("Soll ich das so buchen?"), nor one after a condition, a supposition or a colon in an earlier
sentence ("Angenommen, …", "Say you take Thursday:")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_REFERS_BACK = lazy(
    r"\b(?:das|so|es|ihn|that|it|this|book|buchen|passt|okay|ok|richtig|recht|right|stimmt)\b",
    re.IGNORECASE,
)
_CONTEXT = lazy(
    r":\s*$|^\s*(?:wenn|falls|angenommen|sagen\s+wir|theoretisch|if|suppose|say|imagine|"
    r"in\s+theory|hypothetically)\b|\b(?:hätte|wäre|würde|would|could)\b",
    re.IGNORECASE,
)


def paragraph_claims(
    text: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """Claims of a paragraph's statements read one by one, each spanning its own sentence."""
    if text.count(".") + text.count("!") + text.count("?") < 3:
        return ()
    from agent.claims.spoken_turn import sentence_spans

    spans = sentence_spans(text)
    if len(spans) < 3:
        return ()
    out: list[Claim] = []
    for i, (start, end) in enumerate(spans):
        piece = text[start:end].strip()
        if piece.endswith("?") or any(_CONTEXT.search(text[s:e]) for s, e in spans[:i]):
            continue
        after = text[spans[i + 1][0] : spans[i + 1][1]].strip() if i + 1 < len(spans) else ""
        if after.endswith("?") and _REFERS_BACK.search(after):
            continue
        out += [replace(c, start=start, end=end) for c in read_whole(piece)]
    return tuple(out)
