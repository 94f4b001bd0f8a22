"""A calendar invite, an .ics file or the caller's own calendar said sent or written (blind 32,
claims67; conventions 25 and 30): "Ich habe Ihnen eine Kalendereinladung geschickt", "Ich habe den
Termin in Ihren Google-Kalender eingetragen", "Die Kalenderdatei habe ich Ihnen gemailt", "I've
added it to your Google Calendar", "You'll get an .ics file by email", "A calendar invitation is
on its way". No tool of the salon sends an invite or writes into the caller's calendar, so a
FOLLOW_UP `calendar` claim, backed by nothing: the sentence is false in every state, also beside
a true booking (the booking word in it stays read as well).

Not: the caller told to write it down themselves ("Tragen Sie sich den Termin selbst ein",
`visit_day_told`), the salon's own calendar ("in unserem Kalender", "in the calendar"), a
question or offer ("Soll ich Ihnen eine Einladung schicken?"), a condition, an invite denied
("Kalendereinladungen verschicken wir nicht", "I can't send calendar invites").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_INVITE = (
    r"(?:\w*kalender(?:einladung|eintrag|datei|file)\w*|ics(?:-datei)?|\.ics|einladung\w*\s+für\s+"
    r"ihren\s+kalender|calendar\s+(?:invite|invitation|entry|file|event)s?|invites?|invitations?)"
)
_SENT = (
    r"(?:geschickt|gesendet|zugeschickt|verschickt|gemailt|raus|unterwegs|rausgegangen|"
    r"im\s+postfach|in\s+ihrem\s+postfach|bekommen|erhalten|kriegen|sent|emailed|e-mailed|"
    r"on\s+(?:its|the)\s+way|in\s+your\s+inbox|coming|gone\s+out|get|receive|find)"
)
# the caller's own calendar written by the speaker
_WRITTEN = (
    r"\b(?:in|ins|into|to)\s+(?:ihren|ihr|your)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:[\w-]*kalender|calendar|diary|handy)\b"
)
_SPEAKER_DONE = lazy(
    r"\b(?:ich\s+habe|habe\s+ich|wir\s+haben|haben\s+wir|i've|i\s+have|we've|we\s+have|i|we)\b"
    r"[^.;!?,–]*?\b(?:gelegt|eingetragen|übertragen|gespeichert|hinzugefügt|gesetzt|added|put|"
    r"dropped|popped|saved|synced|pushed|placed)\b"
)
_NOT_SAID = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|wenn|falls|sofern|soll|sollen|möchten|können|könnte|kann|"
    r"not|no|never|if|unless|whether|can|could|shall|should|would|want|like)\b|n't\b|"
    r"\b(?:tragen|schreiben|notieren)\s+sie\b|"
    r"\b(?:so|then|and|just|do|best|please)\s+(?:put|pop|add|jot|write|save)\b"  # the caller's act
)


def calendar_invites(sentence: str) -> tuple[Claim, ...]:
    """A FOLLOW_UP `calendar` claim for an invite said sent or the caller's calendar written."""
    text = fold(sentence).text
    if _NOT_SAID.search(text) or not re.search(
        r"kalender|calendar|ics|invit|einladung|diary", text
    ):
        return ()
    sent = re.search(rf"\b{_INVITE}\b[^.;!?]*?\b{_SENT}\b|\b{_SENT}\b[^.;!?]*?{_INVITE}", text)
    invite_named = re.search(rf"(?:^|\W){_INVITE}\b", text) and re.search(
        r"kalender|calendar|ics", text
    )
    # German "ihren Kalender" in lower case is hers (a stylist's), "Ihren" the caller's
    theirs = re.search(r"\bin\s+(?:ihren|ihr)\s", sentence) and not re.search(r"\bIhr", sentence)
    written = re.search(_WRITTEN, text) and _SPEAKER_DONE.search(text) and not theirs
    if not ((sent and invite_named) or written):
        return ()
    return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.CALENDAR),)
