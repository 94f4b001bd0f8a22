"""Answers to a caller who doubts or insists, and reassurance around a claim (blind 31,
claims63; conventions 5, 74).

- Reassurance or candour before a claim adds nothing to it and takes nothing from it ("Keine
  Sorge, …", "Sie dürfen mir glauben, …", "Ehrlich gesagt: …", "Trust me, …", "To be honest,
  …", "I can say it again: …", "Let me say it once more: …"): the rest is read as a sentence of
  its own (`reassured`, a restatement).
- After the caller's words that ask or assert the booking ("Ist der wirklich gebucht?", "Aber
  der ist doch schon gebucht, oder?", "It's booked already, isn't it?"), the answer "it went
  through" / "it's definitely there" claims the booking, and "noch nicht" / "not yet" / "hasn't
  gone through yet" says it is not booked yet (`doubt_answered`). Not after a question about a
  cancellation, a move or a text, nor an answer that names an outcome of its own.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_PREAMBLE = lazy(
    r"^\W*(?:(?:ja|nein|yes|no|doch|oh)\s*,\s*)?(?:"
    r"keine\s+(?:sorge|angst|panik)|ganz\s+ruhig|entspannen\s+sie\s+sich|"
    r"sie\s+können\s+(?:ganz\s+)?(?:beruhigt|entspannt|sicher)\s+sein|"
    r"sie\s+dürfen\s+mir\s+glauben|glauben\s+sie\s+mir|(?:ganz\s+)?ehrlich(?:\s+gesagt)?|"
    r"um\s+ehrlich\s+zu\s+sein|ich\s+versichere\s+(?:es\s+)?ihnen|verlassen\s+sie\s+sich\s+drauf|"
    r"ich\s+(?:kann|sage)\s+(?:es|ihnen)\s+(?:gern\w?\s+)?(?:noch\s+einmal|nochmal|gern\w?\s+"
    r"nochmal)(?:\s+sagen)?|"
    r"don't\s+worry|no\s+worries|not\s+to\s+worry|relax|rest\s+assured|trust\s+me|believe\s+me|"
    r"(?:to\s+be\s+)?honest(?:ly)?|i\s+promise(?:\s+you)?|i\s+assure\s+you|i\s+swear|"
    r"i\s+can\s+say\s+it\s+again|let\s+me\s+say\s+it\s+(?:again|once\s+more)|"
    r"i'll\s+say\s+it\s+again"
    r")\s*[,:–—-]\s*(?=\S)"
)
# the caller's words about the booking: a question or a tag question
_ASKS_BOOKED = lazy(
    r"\b(?:gebucht|fest|eingetragen|drin|durch|buchung|booked|booking|confirmed|gone\s+through|"
    r"went\s+through|in\s+the\s+system)\b|\bin\s*\?"
)
_ASKS_OTHER = lazy(r"\b(?:stornier\w*|abgesagt|verschoben|sms|cancel\w*|moved|text\w*)\b")
_NOT_YET = lazy(
    r"\bnoch\s+(?:ist\s+(?:er|es|der\s+termin)\s+)?nicht\b|\bnot\s+yet\b|"
    r"\b(?:hasn't|has\s+not|isn't|is\s+not)\s+(?:\w+\s+){0,2}?yet\b"
)
_THERE = lazy(
    r"^\W*(?:(?:ja|yes|yeah|doch)\s*,\s*)?(?:it's|it\s+is|er\s+ist|der\s+ist|es\s+ist)\s+"
    r"(?:\w+\s+)?(?:there|da|drin)\b"
)
_DONE_ONLY = frozenset({ClaimKind.DONE})


def reassured(sentence: str, lang: str) -> str | None:
    """`sentence` without the reassurance or candour it opens with, or None."""
    text = normalize(sentence)
    m = _PREAMBLE.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    return rest[:1].upper() + rest[1:] if rest else None


def doubt_answered(
    sentence: str, caller: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` of `sentence` as the answer to the caller's doubt about the booking."""
    if not caller or "?" not in caller:
        return claims
    asked = normalize(caller)
    if not _ASKS_BOOKED.search(asked) or _ASKS_OTHER.search(asked):
        return claims
    text = normalize(sentence)
    m = _PREAMBLE.match(text)
    answer = text[m.end() :] if m else text
    details = ClaimDetails(((Role.ANY, read_details(asked, names)),))
    kinds = {c.kind for c in claims}
    if _NOT_YET.search(answer) and not kinds & {ClaimKind.BOOKED, ClaimKind.NOT_BOOKED}:
        return (*claims, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details))
    if kinds == _DONE_ONLY or (not kinds and _THERE.search(answer)):
        return (*claims, Claim(ClaimKind.BOOKED, 0, len(sentence), details))
    return claims
