"""A hortative or first-person-plural plan, read as its outcome (blind 40's false blocks, claims96).

"Lassen Sie uns den Freitag nehmen, ich buche gleich.", "Lassen Sie uns den Donnerstag
festmachen, einen Augenblick.", "Dann schreiben wir Sie mal für Freitag auf – Moment bitte.",
"Nehmen wir doch den Freitag, ich trage Sie gleich ein.", "Right, let's put you down for Friday —
one moment.", "Let's pencil you in for Thursday, hang on.": the speaker proposes the act or says
it is about to be done; nothing is booked, held, cancelled or moved yet (convention 5's acts to
come). Drops the outcome and hold claims of such a sentence.

The first-person plural only with a verb of the booking act ("nehmen", "tragen", "schreiben",
"buchen", "versuchen" wir): "Fassen wir zusammen: …", "Halten wir fest: gebucht", "Dann verbleiben
wir so: …" frame a statement, "Sollen wir …?" asks.

Not: the appointment kept ("Dann behalten wir den Freitag, der bleibt bestehen", "Let's keep
Friday as it is": a state, convention 26), a goodbye or meeting ("Dann sehen wir uns am Freitag": the visit presupposed), the
first-person plural said done ("Gut, dann haben wir den Freitag um zehn jetzt fest",
"So we've sorted Friday for you", "There we go, we've got you down for Friday now": a state or a
perfect), and a hortative beside an outcome said ("Let's leave it there, you're booked").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_DROPPED = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS, K.HELD})
_OPENER = (
    r"^\W*(?:(?:right|okay|ok|so|well|good|great|gut|also|so|dann|na|alles\s+klar|prima)\W+){0,3}"
)
_HORTATIVE = lazy(
    _OPENER
    + r"(?:lassen\s+sie\s+uns|lass\s+uns|lasst\s+uns|let's|let\s+us)\s+(?!(?:\w+\s+)?(?:mal\s+)?"
    r"(?:sehen|schauen|gucken|see|check|look)\b)|"
    + _OPENER
    + r"(?:nehmen|tragen|schreiben|buchen|versuchen|probieren|legen|setzen|stornieren|verschieben|"
    r"notieren|reservieren|sagen)\s+wir\s+(?!uns\b)"
)
_SAID_DONE = lazy(
    r"\b(?:haben\s+wir|wir\s+haben|hätten\s+wir|we've|we\s+have|we've\s+got|you're|you\s+are|"
    r"is\s+(?:now\s+)?(?:booked|cancell?ed|moved|confirmed)|has\s+been|"
    r"ist\s+(?:\w+\s+){0,2}?(?:gebucht|storniert|verschoben|eingetragen|fest|bestätigt)|"
    r"sind\s+(?:\w+\s+){0,3}?(?:gebucht|eingetragen)|steht|hab\w*\s+ich|bleibt|bleiben|stays|"
    r"remains|keep|leave|ich\s+hab\w*|sorted|erledigt|done)\b"
)


# a plan of what the speaker looks at next (blind 47, claims125): "Here's the plan: I'll check
# Friday first, then Saturday", "We'll take it step by step – Friday first, then Saturday",
# "Next, let's look at Saturday", "Als Nächstes schaue ich nach Samstag", "Zuerst kläre ich den
# Freitag, danach …": days in the order they will be looked at, no move from one to the other
_LOOKING = lazy(
    r"\b(?:here's\s+the\s+plan|step\s+by\s+step|schritt\s+für\s+schritt|als\s+nächstes|"
    r"im\s+nächsten\s+schritt|my\s+next\s+step|next,?\s+(?:let's|i'll|we'll))\b|"
    r"\b(?:i'll|i\s+will|we'll|we\s+will|let's|let\s+me)\s+(?:\w+\s+){0,2}?"
    r"(?:check|look|sort\s+out|deal\s+with|ask)\b[^.!?]*\b(?:first|then|next|after\s+that)\b|"
    r"\b(?:schaue|prüfe|suche|kläre|frage)\s+ich\b[^.!?]*\b(?:zuerst|erst|dann|danach)\b|"
    r"\b(?:zuerst|erst)\s+(?:schaue|prüfe|suche|kläre|frage)\s+ich\b|"
    r"\bschauen\s+wir\s+(?:\w+\s+){0,2}?nach\b"
)

# an outcome said beside the plan: "I've moved you to Saturday; next, let's look at …"
_OUTCOME_WORD = lazy(
    r"\b(?:ge|ein|um|ab|ver)?(?:bucht|tragen|storniert|abgesagt|schoben|legt|reserviert|"
    r"vorgemerkt|bestätigt)\b|\b(?:book\w*|cancel\w*|moved|reschedul\w*|confirmed|reserved|"
    r"held|on\s+hold|pencil\w*|done|sorted|fest|fix|drin)\b"
)


def without_hortative_plan(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes and holds of a plan said as a hortative (above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    looking = _LOOKING.search(text) and not _OUTCOME_WORD.search(text)
    if not (_HORTATIVE.search(text) or looking) or _SAID_DONE.search(text):
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
