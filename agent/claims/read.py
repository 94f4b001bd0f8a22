"""Reading the claims out of a sentence (interim: the lexical classifier of `agent.guard`)."""

from __future__ import annotations

import unicodedata

from agent.claims.model import Claim, ClaimKind, SentenceReading


def normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").casefold().split())


def read_sentence(sentence: str, language: str = "de") -> SentenceReading:
    from agent.guard import classify

    kinds = classify(sentence).claims
    claims = tuple(Claim(ClaimKind(k.value), 0, len(sentence)) for k in sorted(kinds))
    return SentenceReading(sentence, normalize(sentence), claims)
