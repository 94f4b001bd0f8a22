"""The clause and the sentence a claim was read in, folded (`normalize.fold`) for the
sentence-level readers of blind 22 (claims38) that judge a claim by the words around it."""

from __future__ import annotations

from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.pieces import sentence_pieces


def claim_clause(sentence: str, claim: Claim) -> str:
    """The folded clause piece (cut at punctuation) in which `claim` starts."""
    for _, pieces in sentence_pieces(sentence):
        for a, b in pieces:
            if a <= claim.start < b:
                return fold(sentence[a:b]).text
    return fold(sentence[claim.start : claim.end]).text


def claim_sentence(sentence: str, claim: Claim) -> str:
    """The folded sentence (of a text of several) in which `claim` starts."""
    for (a, b), _ in sentence_pieces(sentence):
        if a <= claim.start < b:
            return fold(sentence[a:b]).text
    return fold(sentence).text
