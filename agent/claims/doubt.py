"""Doubt about an outcome: the caller's and the speaker's own (blind 31, claims63 and claims64;
conventions 5, 74).

One module for one question, "what does a success claim when doubt is said around it?" (claims63
and claims64 each wrote a reader of it):

- Reassurance or candour before a claim adds nothing to it and takes nothing from it ("Keine
  Sorge, …", "Sie dürfen mir glauben, …", "Ehrlich gesagt: …", "Trust me, …", "To be honest,
  …", "I can say it again: …", "Let me say it once more: …"): the rest is read as a sentence of
  its own (`reassured`, a restatement).
- After the caller's words that ask or assert the booking ("Ist der wirklich gebucht?", "Aber
  der ist doch schon gebucht, oder?", "It's booked already, isn't it?"), the answer "it went
  through" / "it's definitely there" claims the booking, and "noch nicht" / "not yet" / "hasn't
  gone through yet" says it is not booked yet (`doubt_answered`). Not after a question about a
  cancellation, a move or a text, nor an answer that names an outcome of its own.
- A success only supposed, with the speaker's doubt said beside it (`doubted_success`):
  "Angeblich hat es geklappt, aber ich sehe noch keine Bestätigung", "Das System müsste es
  gespeichert haben, ich bin mir aber nicht sicher", "It should have gone through, but I'm not
  seeing a confirmation yet". What the speaker cannot confirm claims nothing (5: "Ich kann Ihnen
  noch nicht bestätigen, dass …", a confirmation not received): neutral. Both are needed: a
  hedge ("angeblich", "müsste", "should have", "apparently") and a doubt that takes the whole
  outcome back ("ich bin mir nicht sicher", "I can't confirm it", "noch keine Bestätigung"). A
  hedge alone ("Müsste geklappt haben, Freitag steht") stays the claim, as the gated splits label
  it; so does a doubt of something else ("…, ob die SMS raus ist").

The caller's doubt is answered in a clause's reading (amended.py); the speaker's own is read over
the whole sentence's claims, after the repairs (decide.py's late steps).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold, normalize

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
    folded = fold(sentence)
    m = _PREAMBLE.match(folded.text)
    if m is None or m.end() >= len(folded.text):
        return None
    # the rest as said, not as folded: the fold's repairs ("ungebucht" -> "umgebucht") are the
    # reader's to make on the whole sentence, not a restatement's (claims117)
    rest = sentence[folded.span(m.end(), len(folded.text))[0] :].strip()
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


# the speaker's own doubt of a success supposed
_HEDGE = lazy(
    r"\b(?:angeblich|müsste|müssten|sollte|sollten|eigentlich|scheint|sieht\s+so\s+aus,?\s+als|"
    r"supposedly|apparently|should\s+have|should've|ought\s+to|seems|looks\s+like|in\s+theory)\b"
)
_END = r"\s*(?:[.,;:!?–—-]|$)"
_DOUBT = lazy(
    r"\b(?:(?:ich\s+bin\s+mir|bin\s+ich\s+mir)\s+(?:\w+\s+){0,2}?nicht\s+(?:ganz\s+|100\s*%\s+)?"
    rf"sicher{_END}|sicher\s+bin\s+ich\s+mir\s+(?:\w+\s+){{0,2}}?nicht{_END}|"
    r"(?:sehe|habe|hab)\s+(?:ich\s+)?(?:aber\s+|allerdings\s+)?noch\s+keine\s+bestätigung|"
    r"(?:eine\s+)?bestätigung\s+(?:sehe|habe|hab)\s+ich\s+(?:aber\s+|allerdings\s+)?noch\s+"
    r"(?:nicht|keine)|kann\s+(?:ich\s+)?(?:es|das)\s+(?:aber\s+)?(?:noch\s+)?nicht\s+bestätigen|"
    rf"(?:i'm|i\s+am)\s+not\s+(?:\w+\s+)?(?:sure|certain){_END}|"
    r"(?:i'm|i\s+am)\s+not\s+seeing\s+(?:a|any)\s+confirmation|"
    r"(?:i\s+)?(?:can't|cannot|can\s+not)\s+confirm\s+(?:it|that)|"
    r"(?:don't|do\s+not|haven't)\s+(?:see|seen)\s+(?:a|any)\s+confirmation|"
    r"no\s+confirmation\s+yet)"
)
_OUTCOMES = frozenset(
    {ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.STANDS, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED}
)


def doubted_success(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` without the outcome supposed and doubted; None when the sentence is not such."""
    if not any(c.kind in _OUTCOMES for c in claims):
        return None
    text = fold(sentence).text
    hedge = _HEDGE.search(text)
    if hedge is None or not _DOUBT.search(text, hedge.end()):
        return None
    return tuple(c for c in claims if c.kind not in _OUTCOMES)
