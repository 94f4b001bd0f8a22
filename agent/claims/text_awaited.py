"""The text the caller says has not come, answered as on its way (blind 50, claims136).

After "Ich sehe noch keine SMS.", "Bei mir ist noch keine SMS da.", "I haven't got the text yet.",
"No text yet.", the agent's "Die kann ein paar Minuten brauchen, bis sie ankommt.", "Die ist
unterwegs, manchmal dauert das etwas.", "Keine Sorge, die kommt gleich.", "It may take a minute to
show up.", "Give it a minute, it should come through.", "Should land any minute now." say the
caller's text is coming (FOLLOW_UP text, conventions 38, 810: a text promised is backed only where
one is sent after an outcome): the answer's pronoun, or its missing subject, is the text the caller
named, and its delay or arrival is the promise that it comes. Read with the caller's words only.

Not: an answer that denies or conditions it ("Die kommt leider nicht, die Buchung ist nicht
durch", "If it went through, it'll come"), a question, an answer naming a subject of its own
("Die Buchung dauert noch"), and the same words after any other line of the caller ("Wie lange
dauert die Dauerwelle?" -> "Das kann ein paar Stunden dauern.").
"""

from __future__ import annotations

import re

from agent.claims.caller_words import caller_heard
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import normalize

_F = re.IGNORECASE
_THING_DE = (
    r"(?:sms|bestätigung|bestätigungs-?sms|nachricht|kurznachricht|textnachricht|e-?mail|mail)"
)
_THING_EN = r"(?:(?:confirmation\s+)?(?:text|sms|message|email|e-mail)|confirmation)"
# the caller says the text has not come: "noch keine SMS", "die SMS ist noch nicht da", "no text"
_NOT_COME = {
    "de": lazy(
        rf"\b(?:noch\s+)?keine?n?\s+{_THING_DE}\b|\b{_THING_DE}\b[^.?!]*\b(?:noch\s+)?nicht\s+"
        r"(?:da|angekommen|gekommen|bekommen|erhalten)\b",
        _F,
    ),
    "en": lazy(
        rf"\b(?:no|not\s+(?:got|had|received|seen)(?:\s+(?:the|a|any|my))?|"
        rf"(?:haven't|have\s+not|hasn't|didn't|did\s+not)\s+(?:got|get|gotten|had|received|"
        rf"receive|seen|see|come|arrived)(?:\s+(?:the|a|any|my))?|still\s+no|where's\s+(?:the|"
        rf"my))\s+{_THING_EN}\b|\b{_THING_EN}\s+(?:hasn't|has\s+not|didn't|isn't)\s+"
        r"(?:come|arrived|shown\s+up|here)\b",
        _F,
    ),
}
# the answer opens with the text as a pronoun, or with no subject at all
_OPENING = {
    "de": lazy(
        r"^\W*(?:(?:keine\s+sorge|ja|genau|ach|okay|gut)\W+)*(?:die|sie|das|es|diese)?\s*"
        r"(?:kann|könnte|dauert|braucht|kommt|ist|sollte|müsste|wird|geht|trudelt|landet)\b",
        _F,
    ),
    "en": lazy(
        r"^\W*(?:(?:don't\s+worry|no\s+worries|yes|yeah|ah|okay|right)\W+)*(?:(?:it|that)(?:'s|'ll)?"
        r"\s*)?(?:can|could|may|might|should|will|takes?|is|comes?|give\s+it|on\s+its\s+way|"
        r"coming|arriving)\b",
        _F,
    ),
}
# its arrival or its delay
_COMING = {
    "de": lazy(
        r"\b(?:dauern|dauert|braucht|brauchen|kommt|kommen|ankommen|unterwegs|eintrudeln|"
        r"trudelt|landet|gleich|minuten?|moment|augenblick|sekunden)\b",
        _F,
    ),
    "en": lazy(
        r"\b(?:take|takes|minutes?|moment|second|seconds|on\s+its\s+way|come\s+through|comes?|"
        r"arrive|arrives|show\s+up|land|shortly|soon)\b",
        _F,
    ),
}
_REASSURED = lazy(r"^\W*(?:keine\s+sorge|don't\s+worry|no\s+worries)\W+", _F)
_NOT = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|leider|wenn|falls|ob|not|no|never|if|whether|unless|sorry)\b|n't\b",
    _F,
)


def text_awaited(
    sentence: str, lang: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the text promised when `sentence` answers the caller's missing text (above)."""
    key = "en" if lang == "en" else "de"
    if claims or not caller or not _NOT_COME[key].search(caller_heard(caller)):
        return claims
    text = normalize(sentence)
    if (
        _NOT.search(_REASSURED.sub("", text))
        or not _OPENING[key].search(text)
        or not _COMING[key].search(text)
    ):
        return claims
    return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.TEXT),)
