"""A tool act said to be under way, read as its outcome (blind 23's false blocks, claims40): one
job, dropping the outcome claims of a sentence that says the act is still running.

"Die Stornierung wird gerade bearbeitet", "The cancellation is being processed", "Ich verschiebe
den Termin gerade auf Donnerstag, Moment bitte", "I'm moving your appointment to Thursday now", "Danke, dann trage ich Sie jetzt … ein",
"Einen Augenblick, die Buchung läuft", "Thank you, Ms Berg, I'm booking Friday at ten now":
the present progressive or a processing passive claims no outcome yet (convention 5: a booking
under way is the speaker's act, neutral). Kept when the sentence also states an outcome done
("… ist storniert", "has been cancelled", "habe … verschoben", "went through").

Blind 40 (claims96): a move or booking under way "in the system" ("It's being moved in the system
now, please hold on") is no hold either: the place is not said kept, so a hold read from it is
dropped too unless a hold word is said ("reserviert", "held", "hold on Friday").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS})
_ACT_PARTICIPLE = r"(?:gebucht|storniert|abgesagt|verschoben|verlegt|eingetragen|umgebucht)"
_UNDER_WAY = lazy(
    r"\bwird\s+(?:\w+\s+){0,3}?(?:bearbeitet|verarbeitet|abgewickelt|durchgeführt)\b|"
    rf"\bwird\s+(?:\w+\s+){{0,2}}?(?:gerade|im\s+moment|in\s+diesem\s+moment)\s+(?:\w+\s+){{0,3}}?"
    rf"{_ACT_PARTICIPLE}\b|"
    r"(?:^|[,:;]\s)\W*(?:ich|wir)\s+(?:verschiebe|verschieben|storniere|stornieren|buche|buchen|trage|tragen|"
    r"lege|legen|verlege|verlegen|sage|sagen)\s+(?:\w+\s+){0,6}?(?:gerade|grad|im\s+moment|"
    r"in\s+diesem\s+moment)\b|"
    r"\b(?:is|are|'s)\s+(?:\w+\s+)?being\s+(?:processed|handled|made|put\s+through|booked|"
    r"cancell?ed|moved|changed|sorted)\b|"
    r"(?:^|[,:;]\s)\W*(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:moving|cancell?ing|booking|processing|"
    r"changing|shifting|putting)\b[^.?!]*\b(?:now|one\s+moment|right\s+now|as\s+we\s+speak|"
    r"moment)\b|"
    # blind 38 (claims91): the act after the yes, inverted or to come now ("dann trage ich Sie
    # jetzt … ein", "I'll put you in for Friday at ten now"), the booking said running ("die
    # Buchung läuft", not "läuft auf den Namen …"; "the booking's going through")
    r"\b(?:buche|trage|reserviere|lege)\s+ich\s+(?:\w+\s+){0,2}?(?:jetzt|gerade|grad|nun)\b|"
    r"\bi(?:'ll|\s+will)\s+(?:book|put|enter|pencil)\b[^.?!]*\b(?:now|right\s+away)\b|"
    # the booking itself as the clause's subject, not "Die Nachricht zu Ihrer Buchung ist unterwegs"
    r"(?:^|[,:;–—-]\s*|\bund\s+)\W*(?:die|ihre|deine)\s+buchung\s+(?:läuft|ist\s+unterwegs)\b"
    r"(?!\s+(?:auf|unter|über|bei|für|seit|noch\s+bis))|"
    r"\bbooking(?:'s|\s+is)\s+(?:now\s+)?going\s+through\b"
)
_HOLD_WORD = lazy(
    r"\b(?:reserv\w*|vorgemerkt|geblockt|held|holding|hold\s+(?:on|for)\s+(?!on\b)\w+|kept)\b"
)
_DONE = lazy(
    rf"\b(?:ist|sind|war)\s+(?:\w+\s+){{0,2}}?{_ACT_PARTICIPLE}\b|\b(?:habe|hab|haben)\b|"
    r"\b(?:has|have)\s+(?:now\s+)?been\b|\bwent\s+through\b|\bgone\s+through\b|"
    r"\b(?:is|are|you're)\s+(?:now\s+)?(?:booked|cancell?ed|confirmed|moved|done)\b|"
    # the act's end told as a sentence of its own after it (blind 56, claims167): "I'm moving
    # your appointment now. There, done: Thursday, three p m."
    r"[.!]\s+(?:(?:so|okay|there|right),?\s+)?(?:that's\s+|it's\s+|all\s+|das\s+ist\s+)?"
    r"(?:done|erledigt|fertig|sorted)\b"
)


def without_under_way(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes of an act the sentence says is still running."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _UNDER_WAY.search(text) or _DONE.search(text):
        return claims
    held = bool(_HOLD_WORD.search(text))
    return tuple(c for c in claims if c.kind not in _OUTCOMES and (held or c.kind is not K.HELD))
