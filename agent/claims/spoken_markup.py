"""Markup a text-to-speech engine receives is not spoken (blind 27, claims49; a step of
`reworded`): SSML and HTML tags ("<speak>", "<p>", "<break time='300ms'/>", "<say-as
interpret-as='characters'>DW</say-as>") are dropped and the words between them read; an
abbreviation said to stand for a word ("DW steht für Dauerwelle") is read as what it means,
not as "steht" (the appointment stands).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_TAG = lazy(
    r"</?[a-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:'[^'<>]*'|\"[^\"<>]*\"|[^\s<>]+))*\s*/?>",
    re.IGNORECASE,
)
_STANDS_FOR = lazy(r"^(\W*[A-ZÄÖÜ]{1,5}\.?)\s+steht\s+für\b")


def without_markup(text: str, lang: str) -> str:
    """`text` with its tags dropped; an abbreviation's "steht für" read as "heißt"."""
    if "<" in text and _TAG.search(text):
        text = re.sub(r"\s{2,}", " ", _TAG.sub(" ", text)).strip()
    if lang == "de":
        text = _STANDS_FOR.sub(r"\1 heißt", text)
    return text
