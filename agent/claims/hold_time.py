"""The time left on the caller's hold, its expiry or its extension (blind 25, claims43).

Said of the caller's own hold ("die Reservierung", "Ihr reservierter Platz", "der Platz", "the
hold", "your reservation", "your spot", "keep it blocked"), how long it lasts or when it ends
presupposes the hold: "Die Vormerkung läuft in ein paar Minuten aus", "Noch acht Minuten, dann
verfällt die Reservierung", "Ich verlängere die Reservierung", "The hold expires at 10:20",
"You've got about ten minutes before the hold runs out", "Let me know soon, or the hold lapses";
blind 27 (claims47): the slot said free again at a time unless the caller says yes ("In zwei
Stunden ist der Platz wieder frei, wenn Sie nicht zusagen", "The slot frees up at noon unless
you confirm"), the hold kept for more time ("I can hold it for another ten minutes"); claims168
(blind 57): the held place free again in a span to come ("Gern, aber der reservierte Platz wird
in ein paar Minuten wieder frei", "the held slot will be released in a few minutes").
A HELD claim with the day, stylist and service the sentence names (a clock time is the hold's
end, not the slot's, so none is taken, but the time said right after the slot's day is the
slot's: "für Freitag um elf bei Fabian"); with "bis dahin ist nichts gebucht" / "not booked until
you say yes" beside it, a NOT_BOOKED claim too.

Not: a rule for every hold ("Eine Reservierung läuft nach zehn Minuten ab", "Holds expire after
ten minutes": an indefinite or plural hold, "nach" / "after" a span), a hold said lapsed in the
past ("ist abgelaufen", "has expired", "ran out": a loss reported, convention 87), a sentence
whose readers found an outcome (a slot free or gone "again", a booking read in "läuft … ab"
with no booking word are the hold's end: replaced).
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# the caller's hold named definitely or by possession
_HOLD_DE = lazy(
    # the small model's wrong gender too (blind 55, claims172: "Das Reservierung wird …")
    r"\b(?:die|ihre|eure|diese|das)\s+(?:reservierung|vormerkung|blockung)\b|"
    r"\b(?:der|den|ihr|ihren|dieser|diesen)\s+(?:für\s+(?:sie|dich)\s+)?(?:reservierten\s+|"
    r"reservierter\s+|reservierte\s+|geblockten\s+|geblockter\s+|geblockte\s+)?(?:platz|slot)\b|"
    # blind 35 (claims80): "Noch ist er nur reserviert, …", "Er ist bloß reserviert, …"
    r"\b(?:er|der)\s+(?:ist\s+)?(?:nur|bloß|erst)\s+(?:reserviert|vorgemerkt|geblockt)\b"
)
_HOLD_EN = lazy(
    r"\b(?:the|your|this)\s+(?:hold|reservation|spot)\b|\bon\s+hold\b|"
    r"\b(?:the|your|this)\s+(?:held|reserved)\s+(?:slot|spot|place)\b|"  # claims168
    r"\bit(?:'s|\s+is)\s+(?:only|just)\s+(?:held|reserved)\b|"  # blind 35 (claims80)
    r"\bkeep\s+(?:it|that|this|the\s+\w+|\w+day(?:\s+[\w.:]+){0,3})\s+(?:blocked|held|for\s+you)\b|"
    # blind 27: "the slot" freed unless the caller says yes; "hold it for another …"
    r"\b(?:the|your|this)\s+slot\b(?=.*\bunless\s+you\b)|\bunless\s+you\b.*\bthe\s+slot\b|"
    r"\b(?:hold|keep)\s+(?:it|that|this|the\s+\w+)\s+(?:for\s+you\s+)?for\s+(?:another|\w+\s+more)\b"
)
# how long it lasts, when it ends, that it is extended (present or future, not a past lapse)
_TIME_DE = lazy(
    r"\bläuft\b.*\b(?:ab|aus)\b|\bverfällt\b|\berlischt\b|\bverfallen\s+(?:wird|würde)\b|\bendet\b|"
    # the future of its end (blind 55, claims172): "Die Reservierung wird in zehn Minuten
    # auslaufen", the small model's "wird auslaufen in zehn Minuten"
    r"\bwird\s+(?:[\w.:]+\s+){0,4}?(?:auslaufen|ablaufen|verfallen|enden|erlöschen)\b|"
    r"\bhält\s+nicht\b|\bgilt\s+noch\b|\bverlänger(?:e|t|n)\b|"
    r"\b(?:dann|sonst|gebe)\b.*\bwieder\s+(?:frei|weg)\b|"
    # claims168 (blind 57): free again in a span to come ("der reservierte Platz wird in ein paar
    # Minuten wieder frei"); after a span it is the rule for every hold (`_NOT_DE`: "nach")
    r"\bwird\s+in\s+(?:\w+\s+){0,3}?(?:minuten|stunden?)\s+(?:\w+\s+)?wieder\s+(?:frei|weg)\b|"
    r"\bnur\s+(?:noch\s+)?(?:kurz|ein\s+paar\s+minuten)\b|"
    r"\bohne\s+ihr\w*\s+(?:ja|zusage)\b.*\bweg\b|"  # blind 35 (claims80)
    # blind 27: free again at a time unless the caller says yes
    r"\bwieder\s+(?:frei|freigegeben)\b(?=.*\b(?:wenn|falls|sofern)\b.*\bnicht)"
)
_TIME_EN = lazy(
    r"\bexpires?\b(?!\s+after)|\bruns?\s+out\b|\blapses\b|\bdrops\b|"
    r"\bgoes\s+back\b(?=.*\b(?:if|unless)\b)|\b(?:will|'ll)\s+lapse\b|"
    r"\btimes?\s+out\s+(?:in|at)\b|\bends\s+(?:in|at)\b|"
    r"\bgood\s+(?:until|till|for)\b|\bruns?\s+for\s+another\b|\bextend(?:ed)?\b|\bstretch(?:ed)?\b|"
    r"\bleft\s+on\b|\bmore\s+minutes?\b|\buntil\s+\d|\btill\s+\d|\bwaiting\b.*\bminutes\b|"
    r"\b(?:frees?\s+up|opens?\s+up|(?:is|becomes?)\s+free)\b(?=.*\bunless\s+you\b)|"
    r"\bunless\s+you\b.*\b(?:frees?\s+up|opens?\s+up)\b|\bfor\s+another\b|"
    # claims168: released or free again in a span to come ("will be released in a few minutes")
    r"\b(?:will|'ll)\s+(?:be\s+released|free\s+up|be\s+free\s+again)\s+in\s+(?:\w+\s+){0,3}?"
    r"(?:minutes?|hours?)\b"
)
# a rule for every hold, a past lapse
_NOT_DE = lazy(
    r"\b(?:eine|jede)\s+(?:reservierung|vormerkung)\b|\b(?:reservierungen|vormerkungen)\b|\bnach\s+(?:\w+\s+)?minuten\b|"
    r"\b(?:ist|sind|war)\s+(?:\w+\s+){0,2}(?:abgelaufen|verfallen|ausgelaufen)\b|\bimmer\b|"
    r"\bautomatisch\b|\b(?:war|waren)\b|\bgebucht\s+ist\s+er\b|"
    # blind 38 (claims91): the hold let go on the caller's answer, no time or condition ("In
    # Ordnung, dann gebe ich den Platz wieder frei"): the speaker's act to come (5), no hold timed
    r"^\W*(?:in\s+ordnung|alles\s+klar|okay|ok|gut|kein\s+problem|verstehe|na\s+gut|schade)\b"
    r"(?![^.!?]*\b(?:wenn|falls|sofern|sonst|minuten|bis)\b)[^.!?]*\bdann\s+gebe\s+ich\b"
)
_NOT_EN = lazy(
    r"\b(?:a|any|every)\s+(?:hold|reservation)\b|\b(?:holds|reservations)\b|\bafter\s+(?:\w+\s+)?"
    r"minutes\b|\b(?:has|had|have)\s+(?:\w+\s+)?(?:expired|lapsed|run\s+out)\b|\bexpired\b|"
    r"\blapsed\b|\bran\s+out\b|\b(?:was|were)\b|\balways\b|\bautomatically\b"
)
_NOT_YET = lazy(
    r"\b(?:nichts|nicht)\s+(?:\w+\s+)?gebucht\b|\bnot\s+(?:\w+\s+)?booked\b|"
    # blind 35 (claims80): "gebucht ist noch nichts", "it isn't booked yet", "nothing's booked"
    r"\bgebucht\s+ist\s+(?:er\s+|es\s+)?noch\s+(?:nichts|nicht)\b|"
    r"\b(?:isn't|is\s+not|nothing's|nothing\s+is)\s+(?:\w+\s+)?booked\b",
    re.IGNORECASE,
)
# blind 35 (claims80): only held for now and lapsing without the caller's yes ("Der Platz ist nur
# vorgemerkt und verfällt ohne Ihre Zusage", "It's only held, and it expires … if you don't say
# yes"): the booking still to come (5, 460); a bare lapse unless the caller says yes stays a hold
# (blind 6, convention 500)
_ONLY_HELD = lazy(
    r"\b(?:nur|bloß|erst|only|just)\s+(?:noch\s+)?(?:reserviert|vorgemerkt|geblockt|held|reserved|"
    r"on\s+hold|blocked)\b"
)
_FOR_NOW = lazy(
    r"\b(?:wenn|falls|sofern)\s+sie\s+(?:\w+\s+){0,4}?nicht\b|\bohne\s+ihre?\s+(?:zusage|ja|bestätigung)\b|"
    r"\bnoch\s+ist\b|\bunless\s+you\b|\bif\s+you\s+(?:don't|do\s+not)\b|\bfor\s+now\b|\bso\s+far\b"
)
_KEPT = lazy(
    r"\bkeep\b.*\b(?:blocked|held)\b|\bhalte\b.*\bnur\b|"
    r"\bwieder\s+(?:frei|freigegeben)\b.*\b(?:wenn|falls|sofern)\b.*\bnicht|\bunless\s+you\b"
)
# read in the hold's words: the slot free again ("wieder frei"), gone ("wieder weg")
# and a hold read with the hold's end as its slot's time ("verfällt um halb zwölf")
_MISREAD = frozenset({ClaimKind.AVAILABLE, ClaimKind.CANCELLED, ClaimKind.GONE, ClaimKind.HELD})
# a booking said in words ("der Termin ist jetzt gebucht"), not read from "läuft … ab"
_BOOKING_SAID = lazy(r"\b(?:gebucht|eingetragen|fest|fix|bestätigt|booked|confirmed|in|drin)\b")
# the hold's end; not the slot's own time after its day ("Die Reservierung für Freitag um elf bei
# Fabian gilt noch zehn Minuten", claims158), nor the stylist or service named after the clock
_CLOCK = lazy(
    r"(?<!tag\s)(?<!day\s)\b(?:at|until|till|by|bis|um|gegen)\b[^,;.!?–—]*?"
    r"(?=\s+(?:bei|beim|mit|with|für|for)\b|[,;.!?–—]|$)"
)


def hold_timed(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims`, or HELD (and NOT_BOOKED) for the caller's hold said timed, ending or extended
    (above) in place of a slot free or gone again read in its words."""
    text = fold(sentence).text
    misread = _MISREAD if _BOOKING_SAID.search(text) else _MISREAD | {ClaimKind.BOOKED}
    misread = misread | {ClaimKind.NOT_BOOKED}  # said beside the hold: kept below
    if any(c.kind not in misread for c in claims):
        return claims
    hold, timed, never = (
        (_HOLD_DE, _TIME_DE, _NOT_DE) if lang == "de" else (_HOLD_EN, _TIME_EN, _NOT_EN)
    )
    if not (hold.search(text) and timed.search(text)) or never.search(text):
        return claims
    if any(c.kind is ClaimKind.AVAILABLE for c in claims) and not _KEPT.search(text):
        return claims  # a slot offered, not the caller's hold
    d = read_details(_CLOCK.sub(" ", text), names)
    slot = Details(
        weekdays=d.weekdays,
        days=d.days,
        months=d.months,
        times=d.times,
        stylists=d.stylists,
        services=d.services,
    )
    held = Claim(ClaimKind.HELD, 0, len(sentence), ClaimDetails(((Role.ANY, slot),)))
    not_yet = [c for c in claims if c.kind is ClaimKind.NOT_BOOKED]
    if not_yet:
        return (held, *not_yet)
    if _NOT_YET.search(text) or (_ONLY_HELD.search(text) and _FOR_NOW.search(text)):
        return (held, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence)))
    return (held,)  # in place of a slot or a loss read in the hold's words
