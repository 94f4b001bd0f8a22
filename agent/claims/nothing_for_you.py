"""Nothing booked for the caller, said at the end of a call that booked nothing (blind 53,
claims133; conventions 5, 33, 48: a present denial of the caller's booking and the speaker's own
act denied are `not_booked`).

"Es ist also nichts gebucht für Sie, Frau Lindner.", "Für Sie ist also nichts gebucht.", "Ich
habe jetzt nichts für Sie eingetragen, das war ja nur eine Auskunft.", "Sure, I haven't booked
anything, so no pressure.", "No worries, there's nothing booked under your name." deny that the
caller has a booking: NOT_BOOKED (no details). Not read: another person's ("für Ihren Mann",
"for your son": 5), a report of the day ("Gut, dann haben wir heute nichts eingetragen": 650,
680) or of an event ("Weil nichts gebucht wurde, …", "I didn't book anything": blind 18, 32), a
belief ("Sie glauben, dass …"), a practice or rule ("ohne Ihre Zusage", "Nothing gets booked here
before you say yes", "solange nichts gebucht ist"), a slot ("Um elf ist noch nichts gebucht"),
"nothing else", a failure told without the caller ("nothing has been booked": 5, blind 11), a question, a condition, a past search that found nothing ("Ich habe nichts
gefunden": 570), a denial that something else happened ("nichts storniert"). A time limit on
the speaker's own denial does not undo it ("Bis Sie sich melden, habe ich nichts eingetragen":
1032); "solange nichts gebucht ist" stays a rule.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_BOOKED = r"(?:gebucht|eingetragen|eingebucht|booked(?:\s+in)?)"
_NOTHING = lazy(
    r"\b(?:nichts|nothing)\b(?:\s+\w+){0,3}?\s+" + _BOOKED + r"\b|"
    r"\b" + _BOOKED + r"\s+(?:\w+\s+){0,2}?(?:nichts|nothing)\b|"
    r"\b(?:ich\s+habe?|i\s+have|i've)\s+(?:\w+\s+){0,2}?(?:nichts|nothing)\b(?:\s+\w+){0,4}?\s+"
    r"(?:gebucht|eingetragen|eingebucht)\b|"
    r"\bi\s+(?:haven't|have\s+not)\s+(?:\w+\s+){0,1}?booked\s+"
    r"(?:you\s+(?:in\s+)?(?:for\s+)?)?(?:anything|a\s+thing)\b"
)
# the caller as the one nothing is booked for, or the speaker's own act denied
_MINE = lazy(
    r"\b(?:für\s+(?:sie|dich)|for\s+you|under\s+your\s+name|auf\s+ihren\s+namen)\b|"
    r"\b(?:ich\s+habe?|habe?\s+ich|i\s+have|i've|i\s+haven't)\b"
)
_OTHERS = lazy(
    r"\b(?:ihren?|ihrem|deine[mn]?|your)\s+(?:mann|frau|sohn|tochter|kind\w*|partner\w*|"
    r"husband|wife|son|daughter|kids?|child\w*|friend|freund\w*|mutter|vater|mum|mom|dad)\b|"
    r"\b(?:für|for)\s+(?:ihn|sie\s+beide|him|her|them)\b"
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|if|ob|whether|gefunden|found|twice|zweimal|doppelt|again|nochmal|"
    r"heute|today|wurde|worden|was|were|weil|since|because|else|sonst|ohne|without|glaube\w*|"
    r"believe\w*|think|denk\w*|mein\w*|solange|as\s+long\s+as|until|bis|bevor|before|wird|"
    r"gets?|here|uns|um\s+\w+|at\s+\w+|am\s+\w+tag|on\s+\w+day)\b"
)


# a time limit on the speaker's own denial ("Until I hear from you, I haven't booked anything",
# "Bis Sie sich melden, habe ich nichts eingetragen"): the condition about the future does not
# undo the denial of the present (the lead's decision 1032, claims134)
_UNTIL = lazy(r"\b(?:until|till|bis(?:\s+dahin)?)\b")
_OWN_ACT = lazy(r"\b(?:habe?\s+ich|ich\s+habe?|i\s+haven't|i\s+have\s+not)\b")


def nothing_for_you(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """NOT_BOOKED for a denial that anything is booked for the caller (see above)."""
    if claims:
        return ()
    text = normalize(sentence)
    if _OWN_ACT.search(text):
        text = _UNTIL.sub(" ", text)
    if not (_NOTHING.search(text) and _MINE.search(text)):
        return ()
    if _OTHERS.search(text) or _NOT.search(text):
        return ()
    return (Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), ClaimDetails()),)
