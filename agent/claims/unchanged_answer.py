""" "Nothing's changed" answering the caller's question whether anything changed about their
appointment (blind 53, claims133; conventions 74 and 46: a short answer carries the caller's
question; "An Ihrem Termin hat sich nichts geändert" is `stands`).

After "Nothing's changed, right?", "Es hat sich doch nichts geändert, oder?", the answer "Nothing's
changed, no.", "No, nothing's changed.", "Nein, da hat sich nichts geändert." says the caller's
appointment stands as it was: read as "An Ihrem Termin hat sich nichts geändert." /
"Nothing has changed about your appointment." Not read: the same words with no such question
(what is unchanged is not said), an answer with words of its own.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_ASKED = lazy(r"\b(?:nothing|nichts)\b[^?]*\b(?:changed|geändert)\b[^?]*\?")
_ANSWER = lazy(
    r"^\W*(?:(?:no|nope|nein|nee|genau|right|correct|richtig|that's\s+right|stimmt),?\s+)*"
    r"(?:(?:da|es)\s+hat\s+sich\s+nichts\s+geändert|nichts\s+hat\s+sich\s+geändert|"
    r"nothing(?:'s|\s+has)\s+(?:been\s+)?changed|nothing\s+changed)"
    r"(?:,?\s+(?:no|nope|nein|nee|genau|right))?\W*$"
)


def unchanged_answer(sentence: str, lang: str, caller: str) -> str | None:
    """The answer said of the caller's appointment, or None."""
    if not caller or not _ASKED.search(normalize(caller)):
        return None
    if not _ANSWER.search(normalize(sentence)):
        return None
    if lang == "de":
        return "An Ihrem Termin hat sich nichts geändert."
    return "Nothing has changed about your appointment."
