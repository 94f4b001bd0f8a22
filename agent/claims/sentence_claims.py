"""A helper for the sentence-level readers: claims of a kind over the sentences a pattern
matches, with the details the matched sentence names."""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|nichts|ohne|wenn|falls|ob|sofern|sobald|not|no|nothing|without|never|"
    r"if|whether|unless|once|whenever)\b|n't\b"
)
# the time of the visit, no condition on the claim: "…, wenn Sie kommen", "when you arrive"
_VISIT_TIME = lazy(
    r"\b(?:wenn|sobald|when|once)\s+(?:sie|you)\s+(?:\w+\s+){0,3}?"
    r"(?:kommen|ankommen|da\s+sind|eintreffen|come\s+in|come|arrive|get\s+here)\b"
)


def claims_where(
    sentence: str,
    pattern: re.Pattern[str],
    kind: ClaimKind,
    names: Names,
    follow_up: FollowUp | None = None,
    stated_only: bool = True,
) -> tuple[Claim, ...]:
    """A `kind` claim for each sentence of `sentence` (folded) that `pattern` finds, unless it
    is a question or (with `stated_only`) negated or conditional."""
    folded = fold(sentence)
    text = folded.text
    if not opens(pattern, text):
        return ()  # no sentence of it can hold what the pattern needs
    out = []
    for start, end in sentence_spans(text):
        part = text[start:end]
        if part.rstrip().endswith("?") or not pattern.search(part):
            continue
        if stated_only and _NOT_STATED.search(_VISIT_TIME.sub(" ", part)):
            continue
        details = read_details(part, names)
        out.append(
            Claim(
                kind,
                *folded.span(start, end),
                ClaimDetails(((Role.ANY, details),)),
                follow_up,
            )
        )
    return tuple(out)
