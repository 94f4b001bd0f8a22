"""Cutting the LLM's streamed text into sentences, the unit the guard decides on."""

from __future__ import annotations

import re
import unicodedata

from agent.claims.abbreviations import ABBREVIATED, goes_on_dot, shortening_dot

_DATE = re.compile(r"\d+(?:\.\d+)*")  # "27.", "28.11.": a day or a date, not a sentence end
_ABBREVIATIONS = {"z.b", "nr", "ca", "dr", "fr", "hr", "bzw", "usw", "str", "tel", "u.a", "e.g"}
# "…" alone ends a sentence only before a word that does not go on in lower case: "Ich buche
# … so, erledigt" is one sentence, a pause inside it (the claims reader reads it as one)
_SENTENCE_END = re.compile(r"(?:[.!?][.!?…]*|…+(?=\s+[^\sa-zäöüß]))[\"')\]]*(?=\s)")


def split_sentences(buffer: str) -> tuple[list[str], str]:
    """Cut complete sentences off the front of `buffer`; return them and the rest.

    A sentence ends at `.`, `!`, `?` or `…` followed by white space, so a sentence is released
    the moment its next word starts, never later; "27. November", "am 28.11. um zehn" and "z.B." do not end one,
    nor "a.m." / "p.m." / "Uhr." before a word in lower case ("booking Friday at 10 a.m. now") or a
    title before a name ("Mrs. Evans"); "… um 10 a.m. Danke!" ends at "a.m." as soon as "Danke"
    starts (`goes_on_dot`)."""
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(buffer):
        before = re.search(r"(\S+)$", buffer[start : m.start()])
        token = before.group(1).lower() if before else ""
        if m.group().startswith(".") and (
            _DATE.fullmatch(token)
            or token in _ABBREVIATIONS
            or token in ABBREVIATED
            or shortening_dot(token, buffer[m.end() :])
            or (m.group() == "." and goes_on_dot(token, buffer[m.end() :]))
        ):
            continue  # "27. November", "z.B. morgen", "Buchungsnr. 4711", "10 a.m. now", "Mrs.
            # Evans": not a sentence end (a stop with an ellipsis, "3 p.m.… one moment", is one)
        sentence = buffer[start : m.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = m.end()
    return sentences, buffer[start:]


def sentences_of(text: str) -> list[str]:
    """Every sentence of a complete text (the last one need not end with punctuation)."""
    sentences, rest = split_sentences(text + " ")
    return [*sentences, rest.strip()] if rest.strip() else sentences


def spoken_form(text: str) -> str:
    """Letters and digits only, case-folded (after NFKC): the same words however spaced and
    punctuated, so a sentence and its echo with other commas or dashes compare equal."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
