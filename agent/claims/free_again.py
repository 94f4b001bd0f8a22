"""The caller's day said free for the caller again: "Friday's free for you again, nothing there
anymore", "Am Freitag haben Sie wieder frei, da steht nichts mehr", "Freitag können Sie sich
freihalten, da ist nichts mehr" (blind 11 and its probes).

Said of the caller's own day, "free again" is the visit there gone (GONE: backed by a
cancellation or the old place of a move), not a free slot offered (AVAILABLE) nor a cancellation
act ("da steht nichts mehr" read as one), which it replaces. Not: questions, conditions, a slot
free for booking ("Friday is free at ten": no "for you again"), the caller asked to keep a day
free ("Können Sie sich Freitag freihalten?").

Blind 35 (claims79): the caller's slot said free again as a consequence, by its day and time
("Freitag um zehn ist damit wieder frei", "Damit ist der Freitag um zehn bei Fabian wieder zu
haben", "Fabian kann den Freitag um zehn jetzt neu vergeben", "That frees up Friday at ten",
"Friday at ten is available again", "Your old slot has opened up"): the visit there gone (21,
3). Not: a slot someone else gave up ("Eine Kundin hat abgesagt, deshalb ist Donnerstag um drei
wieder frei", "Someone cancelled, so ten is open again": offered), a hold lapsed or released
("Der reservierte Platz ist wieder frei"), "Ihr Platz … wieder frei" (the cancellation, 21),
negations, conditions, questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_UNLESS = lazy(r"\b(?:wenn|falls|ob|sofern|if|whether|unless|once)\b")
_TAG = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur)day"
_REPLACES = frozenset({K.AVAILABLE, K.CANCELLED})
# not the caller's slot freed by the call: someone else's, a hold's, "Ihr Platz" (21), denied
_NOT_CONSEQUENCE = (
    _UNLESS.pattern + r"|\b(?:sobald|bis|wann|when|jemand|kunde|kundin|reserv\w*|vorgemerkt\w*|"
    r"vormerkung|blockung|blockiert\w*|hold|held|nicht|kein\w*|not|no|never|why|deshalb|"
    r"deswegen|darum)\b|n't\b|"
    # someone else gave it up: "Ein Herr hat abgesagt, …", "Someone cancelled, so …"
    r"\b(?:ein|eine|der|die)\s+\w+\s+(?:hat|ist)\s+(?:\w+\s+)?(?:abgesagt|storniert|"
    r"abgesprungen|ausgefallen)\b|\b(?:someone|somebody|another\s+\w+|a\s+\w+|the\s+\w+)\s+"
    r"(?:else\s+)?(?:just\s+)?(?:has\s+)?(?:cancel+ed|dropped\s+out|pulled\s+out)\b"
)
_NOT_DE = lazy(_NOT_CONSEQUENCE + r"|\bihr(?:e|en|em)?\b(?!\s+(?:alter|bisheriger)\b)")
_NOT_EN = lazy(_NOT_CONSEQUENCE + r"|\byour\b(?!\s+(?:old|previous)\b)")
_TIME = r"(?:um\s+\w+(?:\s+uhr)?|\w+\s+uhr)"
# said as the consequence of what was done, not a slot that "ist wieder frei geworden" (offered)
_CONSEQUENCE_DE = r"(?=[^.!?]*\b(?:damit|dadurch|somit|jetzt|nun)\b)(?![^.!?]*\bgeworden\b)"
_CONSEQUENCE_EN = r"(?=[^.!?]*\b(?:that|this|which|it|so|now|thereby|result|old|previous)\b)"
_REPLACES_OFFER = frozenset({K.AVAILABLE})
_FREE_DE = (
    r"(?:(?:ist|steht)\s+(?:\w+\s+){0,4}?wieder\s+(?:\w+\s+){0,2}?(?:frei|offen|verfügbar|"
    r"buchbar|zu\s+haben|zu\s+vergeben)|kann\s+(?:\w+\s+){0,4}?(?:wieder|neu)\s+vergeben|"
    # claims93: "Fabian hat Freitag um zehn jetzt wieder einen freien Platz / eine Lücke"
    r"wieder\s+(?:einen?\s+)?(?:freien?\s+(?:platz|termin|slot)|lücke))\b"
)
# the slot said bookable again ("Der Platz am Freitag um zehn ist jetzt wieder buchbar", "Der
# Freitag um zehn kann jetzt wieder gebucht werden", claims93): the booking word there names no
# booking of the caller's, so the rule that reads it replaces the booking read in its own words
_BOOKABLE_DE = (
    rf"\b{_TAG}s?\b(?:\s+\w+){{0,3}}?\s+{_TIME}\s+(?:ist|kann)\s+(?:jetzt|nun|damit|dadurch|"
    r"somit)\s+(?:\w+\s+)?wieder\s+(?:buchbar|gebucht\s+werden)\b"
)
# the day with its time ("Friday at ten", "Friday ten o'clock"), or the old place
_SLOT_EN = (
    rf"(?:{_DAY}(?:'s)?(?:\s+[\w']+){{0,3}}?\s+(?:at\s+\w+|\w+\s+o'clock)|"
    rf"\w+\s+o'clock\s+on\s+{_DAY}|(?:your\s+)?(?:old|previous)\s+(?:slot|spot|place))"
)
_FREE_EN = (
    r"(?:frees?\s+up|freed\s+up|opens?\s+up|opened\s+up|(?:free|open|available)\s+again|"
    r"back\s+on\s+the\s+market)"
)

RULES = (
    Rule(
        "de",
        K.GONE,
        lazy(r"wieder\s+frei|freihalten"),
        lazy(
            rf"^\W*(?:am\s+|den\s+)?{_TAG}\s+(?:haben\s+sie\s+(?:jetzt\s+)?wieder\s+frei|"
            r"können\s+sie\s+sich\s+freihalten)\s*,\s*da\s+(?:steht|ist)\s+nichts\s+mehr\b"
        ),
        unless=_UNLESS,
        replaces=_REPLACES,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"free\s+for\s+you\s+again"),
        lazy(rf"^\W*{_DAY}(?:'s|\s+is)\s+(?:now\s+)?free\s+for\s+you\s+again\b"),
        unless=_UNLESS,
        replaces=_REPLACES,
    ),
    Rule(
        "de",
        K.GONE,
        lazy(r"wieder|neu\s+vergeben"),
        lazy(
            rf"^{_CONSEQUENCE_DE}.*?(?:(?:\b{_TAG}s?\b(?:\s+\w+){{0,3}}?\s+{_TIME}|ihr\s+"
            rf"(?:alter|bisheriger)\s+(?:platz|termin))\b(?:\s+[\w-]+){{0,5}}?\s+{_FREE_DE}|"
            rf"\b(?:ist|kann)\s+(?:\w+\s+){{0,3}}?{_TAG}\s+{_TIME}\b(?:\s+\w+){{0,3}}?\s+"
            r"(?:wieder|neu)\s+(?:ein\s+(?:platz|termin)\s+)?(?:frei|offen|verfügbar|buchbar|"
            r"zu\s+haben|vergeben)\b)"
        ),
        unless=_NOT_DE,
        replaces=_REPLACES_OFFER,
    ),
    Rule(
        "de",
        K.GONE,
        lazy(r"wieder\s+(?:buchbar|gebucht\s+werden)"),
        lazy(_BOOKABLE_DE),
        unless=_NOT_DE,
        replaces=frozenset({K.AVAILABLE, K.BOOKED}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"up|again|market"),
        lazy(
            rf"^{_CONSEQUENCE_EN}.*?(?:\b{_SLOT_EN}\b[^.!?]*?\b{_FREE_EN}\b|"
            rf"\b(?:that|this|which|it)\s+(?:frees|opens|leaves)\s+(?:up\s+)?{_SLOT_EN}\b)"
        ),
        unless=_NOT_EN,
        replaces=_REPLACES_OFFER,
    ),
)
