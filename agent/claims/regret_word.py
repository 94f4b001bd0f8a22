"""A word of regret beside the caller's own appointment said gone, set aside (blind 32, claims67;
conventions 76 and 98): "Entschuldigung, der Termin ist leider weg", "Ihre Buchung ist leider
raus". Regret changes nothing of the claim (76), but the reader takes "leider … weg" for a slot
taken by others ("Der Termin um zehn ist leider weg", "Um zehn ist leider schon weg"), so a
sentence whose subject is the caller's appointment itself — definite or possessive, no day, time
or "schon / bereits" naming someone else's slot — is read again without "leider" (`restated`).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_OWN_GONE = lazy(
    r"^\W*(?:(?:entschuldigung|entschuldigen\s+sie|verzeihung|verzeihen\s+sie|pardon|sorry|"
    r"bedaure|tut\s+mir\s+(?:sehr\s+|wirklich\s+)?leid|es\s+tut\s+mir\s+(?:sehr\s+|wirklich\s+)?"
    r"leid)\W+)?(?:der\s+termin|die\s+buchung|ihr\s+termin|ihre\s+buchung|dein\s+termin|"
    r"deine\s+buchung)\s+ist\s+leider\s+(?:weg|raus)\W*$"
)


def regret_set_aside(sentence: str, lang: str) -> str | None:
    """The sentence without "leider" where it stands beside the caller's appointment gone."""
    if lang != "de":
        return None
    text = fold(sentence).text
    if not _OWN_GONE.search(text):
        return None
    return re.sub(r"\s*\bleider\b", "", text, count=1)
