"""The caller's request quoted and noted ("„Bitte stornieren“, habe ich notiert, ich kümmere
mich darum", "'Please cancel', I've noted that"): the quote is the caller's words, and "notiert"
records the request, not a booking; the act is still to come. Its claims are dropped (blind 13).
Not when the sentence also states an outcome outside the quote ("…, und storniert ist er auch").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_QUOTED_NOTE = lazy(
    r"^\W*[„\"'‚»«“][^„\"'‚»«“”]{1,60}[“”\"'‘«»]\s*,?\s*(?:das\s+)?(?:habe|hab)\s+ich\s+(?:mir\s+)?"
    r"(?:notiert|aufgeschrieben|vermerkt)\b|"
    r"^\W*[\"'‘“][^\"'‘“”]{1,60}[”\"'’]\s*,?\s*i(?:'ve|\s+have)\s+(?:noted|written)\s+(?:that|it)\b"
)
_OUTCOME = lazy(
    r"\b(?:ist|sind|wurde)\s+(?:\w+\s+)?(?:storniert|abgesagt|gebucht|eingetragen|verschoben)\b|"
    r"\b(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:cancell?ed|booked|moved)\b"
)


def without_quoted_note(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none of them if `sentence` notes the caller's quoted request (see above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    m = _QUOTED_NOTE.search(text)
    if not m or _OUTCOME.search(text, m.end()):
        return claims
    return ()
