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


# a name's pronunciation written out after a dash (blind 56, claims148): "Lena Hoffmann –
# Le-na Hoff-mann.", "Your stylist is Lena Hoffmann – LAY-nah HOFF-mann.", "… Fabian – FAH-bee-ahn."
_SAID_AS = lazy(
    r"(?P<named>(?:\b[A-ZÄÖÜ][\wäöüß]*\s+){0,2}\b[A-ZÄÖÜ][\wäöüß]*)\s*[–—-]\s*"
    r"(?P<guide>[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)+(?:\s+[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)+)*)"
    r"(?=\s*[.!]?\s*$)"
)


def _without_said_as(text: str) -> str:
    """`text` without a pronunciation guide that repeats the capitalized name before its dash,
    word for word by first letter (a claim word torn by hyphens after "ist –" is kept)."""
    m = _SAID_AS.search(text)
    if m is None:
        return text
    named, guide = m["named"].split(), m["guide"].split()
    tail = named[-len(guide) :]
    if len(tail) != len(guide):
        return text
    if any(a[0].lower() != b[0].lower() for a, b in zip(tail, guide, strict=True)):
        return text
    return text[: m.start("named")] + m["named"] + text[m.end("guide") :]


def without_markup(text: str, lang: str) -> str:
    """`text` with its tags dropped, a name's pronunciation guide too; an abbreviation's "steht
    für" read as "heißt"."""
    if "<" in text and _TAG.search(text):
        text = re.sub(r"\s{2,}", " ", _TAG.sub(" ", text)).strip()
    if "-" in text:
        text = _without_said_as(text)
    if lang == "de":
        text = _STANDS_FOR.sub(r"\1 heißt", text)
    return text
