"""A hold in words `held_words.py` does not list, and the booking the clause reader reads in it.

A slot kept for the caller for a while is a hold (HELD, the slot named): put aside
("beiseitegelegt", "zur Seite gelegt", "auf Halde", "liegt vorläufig für Sie bereit"), blocked
for a while ("vorübergehend für Sie gesperrt", "kurz geblockt"), kept warm or parked ("halte
ich Ihnen warm", "Ich parke Sie kurz auf Freitag"), a provisional reservation ("eine vorläufige
Reservierung angelegt"), "kept for you while we talk", "parked for you while you decide", "a
temporary hold on Friday at ten". Each needs the clause to name a day and a time.

The clause reader reads some of these as a booking ("gesperrt", "angelegt", "parke"): a
booking read inside a clause these rules read as a hold is dropped (`without_booked_hold`),
unless the clause also says it is firm ("fest", "verbindlich", "booked", "confirmed").
A hold made firm in other words is a booking ("Aus dem Vorläufigen ist jetzt was Festes
geworden", "… jetzt scharf geschaltet", "Your provisional booking is now firm").
Not: questions, conditions, negations.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import Rule, read_rules

K = ClaimKind
_UNLESS = lazy(
    r"\b(?:nicht|kein\w*|wenn|falls|ob|sofern|leider|not|no|if|whether|unless|soll|shall|"
    r"should|could|would|können|kann|can)\b|n't\b"
)
_FOR_A_WHILE_DE = r"(?:vorläufig\w*|vorübergehend|kurz|erst\s*mal|vorerst|provisorisch\w*)"

RULES = (
    Rule(
        "de",
        K.HELD,
        lazy(r"beiseite|seite|halde|bereit|gesperrt|geblockt|warm|park|reservierung"),
        lazy(
            r"\b(?:beiseitegelegt|beiseite\s+gelegt|zur\s+seite\s+gelegt|auf\s+halde)\b|"
            rf"\b{_FOR_A_WHILE_DE}\s+(?:\w+\s+){{0,3}}(?:bereit|gesperrt|geblockt)\b|"
            r"\bhalte\s+(?:ich\s+)?(?:ihnen|dir)\s+(?:\w+\s+){0,3}warm\b|"
            r"\bparke\s+(?:ich\s+)?(?:sie|dich|ihnen)\b|"
            rf"\b{_FOR_A_WHILE_DE}\w*\s+reservierung\s+(?:\w+\s+)?(?:angelegt|gemacht|eingetragen)\b"
        ),
        unless=_UNLESS,
        clause=True,  # not "…, damit ihn keiner wegnimmt"
        placed=True,
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"park|keeping|temporary|provisional|tentative"),
        lazy(
            r"\b(?:is|are|'s|i've|i\s+have|we've|we\s+have)\s+(?:\w+\s+){0,4}?parked\b|"
            r"\b(?:i'm|i\s+am|we're|we\s+are)\s+keeping\b[^.!?]*\bfor\s+you\b[^.!?]*\bwhile\b|"
            r"\b(?:temporary|provisional|tentative)\s+hold\b"
        ),
        unless=_UNLESS,
        placed=True,
    ),
)
# a hold made firm in other words (BOOKED): "Aus dem Vorläufigen ist jetzt was Festes geworden",
# "Der vorgehaltene Termin … ist jetzt verbindlich", "… jetzt scharf geschaltet", "What was on hold
# is now booked", "Your provisional booking is now firm"
_NOT_NOW = lazy(r"\b(?:nicht|kein\w*|wenn|falls|ob|sobald|not|no|if|whether|once|unless)\b|n't\b")
RULES += (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"geworden|jetzt|nun|scharf"),
        lazy(
            r"\baus\s+(?:dem|der|ihrer|ihrem)\s+(?:vorläufig\w*|reservierung|vormerkung|"
            r"reservierten\s+\w+)\b[^.!?]*\b(?:fest\w*|verbindlich\w*|buchung|termin)\b[^.!?]*"
            r"\bgeworden\b|"
            r"\b(?:vorgehalten|vorgemerkt|reserviert|vorläufig|provisorisch|geblockt|gehalten)\w*\s+"
            r"(?:\w+\s+){0,5}(?:ist|sind|gilt|gelten)\s+(?:jetzt|nun|ab\s+jetzt|inzwischen)\s+"
            r"(?:\w+\s+)?(?:verbindlich|fest|final|gebucht|bestätigt)\b|"
            r"\bscharf\s+(?:geschaltet|gemacht)\b"
        ),
        unless=_NOT_NOW,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bnow\b"),
        lazy(
            r"\bwhat\s+was\s+(?:on\s+hold|tentative|provisional|pencilled\s+in|held)\s+is\s+now\s+"
            r"(?:booked|confirmed|firm|final)\b|"
            r"\b(?:provisional|tentative|held)\s+(?:booking|reservation|slot|appointment|hold)\s+is\s+"
            r"now\s+(?:firm|final|confirmed|booked|permanent)\b"
        ),
        unless=_NOT_NOW,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}
_FIRM = lazy(r"\b(?:fest\w*|verbindlich\w*|gebucht|booked|confirmed|firm)\b")


def provisional_holds(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The holds `sentence` states in the words above."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)


def without_booked_hold(
    sentence: str, claims: tuple[Claim, ...], holds: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without a booking read inside a clause read as a hold (see above)."""
    holds = tuple(h for h in holds if h.kind is K.HELD)  # not the holds made firm
    if not holds:
        return claims
    return tuple(
        c
        for c in claims
        if not (
            c.kind is K.BOOKED
            and any(h.start <= c.start and c.end <= h.end + 1 for h in holds)
            and not _FIRM.search(fold(sentence[c.start : c.end]).text)
        )
    )
