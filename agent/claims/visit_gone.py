"""The caller's visit told gone in words `cancel_effect.py` does not list: the day the caller's
to keep free again or no longer to take off ("Den Freitag können Sie sich wieder freihalten",
"Freitag müssen Sie sich nicht mehr freinehmen", "Den Freitag haben Sie wieder für sich", "You
can keep Friday free now", "You're free on Friday again"), no visit to make ("Sie müssen nicht
kommen", "Am Freitag erwartet Sie niemand mehr"), nothing left in the caller's name ("Für
Freitag steht nichts mehr auf Ihrem Namen", "There's nothing on Friday for you anymore",
"Friday is off your calendar", "Friday's no longer on for you"; "nothing more" only with a day
named: without one, after a move, it would deny the new appointment), the old appointment
removed ("Ihr alter Termin am Freitag ist gelöscht", "Your old Friday slot has been cleared";
not "storniert", "cancelled": those are a cancellation's words).

Each is a GONE claim (cancelled, or the old place of a move), added to `cancel_effect`'s, so it
also replaces a CANCELLED reading of the same words that a move would not back. Not: questions,
conditions.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS, Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CONDITION, stated_claims

_DAYS = "|".join(WEEKDAYS)
_DE = lazy(
    r"\bsie\b[^.!?]*\bwieder\s+(?:freihalten|frei\s+halten|freinehmen|für\s+sich)\b|"
    r"\bhaben\s+sie\s+(?:\w+\s+){0,2}wieder\s+für\s+sich\b|"
    r"\b(?:brauchen|müssen)\b(?=[^.!?]*\bsie\b)[^.!?]*\bnicht\s+mehr\s+(?:frei\s*zu\s*nehmen|"
    r"freizunehmen|freinehmen|frei\s+nehmen|auf\s+den\s+weg\s+zu\s+machen|herzubemühen)\b|"
    r"\bsie\s+(?:brauchen|müssen)\b[^.!?]*\bnicht\s+mehr\s+(?:auf\s+den\s+weg\s+zu\s+machen|"
    r"herzubemühen)\b|"
    r"\b(?:(?:brauchen|müssen)\s+sie|sie\s+(?:brauchen|müssen))\s+(?:\w+\s+){0,3}nicht\s+"
    r"(?:mehr\s+)?(?:zu\s+)?(?:kommen|"
    r"herzukommen|vorbeizukommen)\b|"
    r"\berwartet\s+(?:sie|dich)\s+(?:\w+\s+)?(?:niemand|keiner)\s+mehr\b|"
    rf"^(?=.*\b(?:{_DAYS})\b).*?(?:\bnichts\s+mehr\b[^.!?]*\b(?:auf\s+ihrem\s+namen|auf\s+ihren\s+"
    r"namen|für\s+sie)\b|\b(?:auf\s+ihrem\s+namen|für\s+sie)\b[^.!?]*\bnichts\s+mehr\b)|"
    # blind 37 (claims86): no appointment left for the day named, "Für übermorgen haben Sie
    # keinen Termin mehr"
    rf"^(?=.*\b(?:{_DAYS}|morgen|übermorgen)\b).*?\b(?:haben\s+sie|sie\s+haben)\s+(?:\w+\s+){{0,3}}?"
    r"keinen\s+termin\s+mehr\b(?!\s+(?:frei|offen|bekommen|gekriegt))|"
    r"\b(?:ihr|der|dein)\s+alte[rn]?\s+(?:\w+\s+)?(?:termin|platz|slot)\b[^.!?]*\b(?:gelöscht|"
    r"entfernt|ausgetragen|hinfällig|entfällt|weggefallen)\b|"
    # blind 11: the day out of the caller's head or calendar, kept free with nothing left there,
    # a lie-in instead of the visit
    rf"^(?=.*\b(?:{_DAYS})\b).*?(?:\baus\s+(?:ihrem|dem|deinem)\s+(?:kopf|kalender)\s+"
    r"(?:streichen|schlagen|nehmen)\b|\b(?:freihalten|frei\s+halten)\b[^.!?]*\bnichts\s+mehr\b|"
    r"\b(?:bei\s+ihnen|in\s+ihrem\s+kalender)\b[^.!?]*\bwieder\s+frei\b|\bwieder\s+frei\s+in\s+"
    r"ihrem\s+kalender\b|\bkönnen\s+sie\s+(?:\w+\s+){0,2}ausschlafen\b)|"
    # a consequence told as settled presupposes the outcome (the lead's D63, convention 1130),
    # with no day named too: "Sie können an dem Tag also ausschlafen", "Dann müssen Sie am
    # Freitag ja nicht extra in die Stadt"
    r"\b(?:können\s+sie|sie\s+können)\s+(?:an\s+dem\s+tag\s+|dann\s+|also\s+|ja\s+|jetzt\s+)+"
    r"ausschlafen\b|"
    r"\b(?:müssen|brauchen)\s+sie\s+(?:\w+\s+){0,3}?nicht\s+extra\s+(?:in\s+die\s+stadt|"
    r"(?:zu\s+uns|her|vorbei)(?:zu)?(?:kommen)?)\b"
)
_EN = lazy(
    r"\b(?:can|may)\s+(?:now\s+)?keep\s+(?:\w+\s+){1,3}(?:free|clear)\b|"
    r"\byou(?:'re|\s+are)\s+free\s+(?:on\s+)?(?:\w+\s+){0,2}again\b|"
    rf"^(?=.*\b(?:{_DAYS})\b).*?(?:\bnothing\b[^.!?]*\bfor\s+you\b[^.!?]*\b(?:anymore|any\s+more|"
    r"any\s+longer)\b|\bnothing\b[^.!?]*\b(?:anymore|any\s+more|any\s+longer)\b[^.!?]*\bfor\s+"
    r"you\b)|"
    r"\b(?:is|'s)\s+(?:now\s+)?off\s+your\s+(?:calendar|diary|schedule)\b|"
    r"\b(?:is|'s)\s+no\s+longer\s+on\s+for\s+you\b|"
    r"\bold\s+(?:\w+\s+){0,2}(?:slot|appointment|booking|time)\b[^.!?]*\b(?:cleared|removed|"
    r"deleted)\b|"
    # blind 11: the day clear in the caller's calendar again, a lie-in instead of the visit, no
    # need to come (a clause that ends there: not "no need to come early")
    rf"^(?=.*\b(?:{_DAYS})\b).*?(?:\b(?:is|'s)\s+(?:now\s+)?(?:clear|free|empty)\s+(?:again\s+)?"
    r"(?:in|on)\s+your\s+(?:calendar|diary|schedule)\b|\b(?:have\s+a\s+lie-?in|sleep\s+in)\b|"
    r"\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:come|make\s+the\s+(?:trip|journey)|show\s+up|"
    r"turn\s+up)(?:\s+in|\s+by)?(?:\s+on\s+\w+)?(?:\s+(?:now|anymore|any\s+more|after\s+all))?"
    r"\s*(?:[,.;!]|$))|"
    # the caller told to have nothing on the day any more, or not found there any more (probe
    # 31, claims74): "You don't have anything on Friday any more", "I can't find you on Friday
    # any more"
    rf"^(?=.*\b(?:{_DAYS})\b).*?(?:\byou\s+(?:don't|do\s+not)\s+have\s+anything\b[^.!?]*\b"
    r"(?:anymore|any\s+more|any\s+longer)\b|\byou\s+no\s+longer\s+have\s+anything\b|"
    r"\b(?:can't|cannot|can\s+not)\s+(?:find|see)\s+you\b[^.!?]*\b(?:anymore|any\s+more|"
    r"any\s+longer)\b)|"
    # D63: "So you can sleep in that day", "Then you can have a lie-in that day"
    r"\byou\s+can\s+(?:(?:so|then|now)\s+)?(?:sleep\s+in|have\s+a\s+lie-?in)\s+(?:that|the)\s+day\b"
)


# a new appointment named beside the gone one: its booking stays
_NEW_ONE = lazy(r"\bneue?[nmrs]?\b|\bnew\b|\bstatt\b|\binstead\b|\bjetzt\s+ihr\b")


# a clause that says "abgesagt" or "cancelled" itself is read as the cancellation it names
_CANCEL_WORD = lazy(r"storn|abgesagt|absage|gestrichen|cancel")


def visit_gone(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """GONE claims `sentence` makes in the words above (not beside a new appointment named in
    the same clause: "Ihr alter Termin ist gelöscht und der neue am Donnerstag steht" is a move;
    not where the clause names the cancellation itself: "ist abgesagt und Sie müssen nicht
    kommen")."""
    gone = stated_claims(sentence, ClaimKind.GONE, _EN if lang == "en" else _DE, CONDITION, names)
    return tuple(
        g
        for g in gone
        if not _NEW_ONE.search(t := fold(sentence[g.start : g.end]).text)
        and not _CANCEL_WORD.search(t)
    )


# the caller's own day kept or taken free: the caller's time, not a slot named free or offered
_CALLERS_DAY = lazy(
    r"\bsie\b[^.!?]*\b(?:freihalten|frei\s+halten|freinehmen|frei\s+nehmen|freizuhalten|"
    r"freizunehmen)\b|\b(?:halten|nehmen)\s+sie\s+sich\b[^.!?]*\bfrei\b|"
    r"\byou\b[^.!?]*\b(?:keep|take|get)\s+(?:\w+\s+){1,3}(?:free|clear|off)\b"
)
_SLOT_KINDS = (ClaimKind.AVAILABLE, ClaimKind.HELD)


def with_visit_gone(
    sentence: str, claims: tuple[Claim, ...], gone: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without a booking read inside a clause read as GONE when no new appointment is
    named (the day "wieder
    für sich", "the old slot cleared"), and without a free slot read in the caller's own day
    kept or taken free ("Halten Sie sich den Freitag frei?", "Can you keep Friday free?")."""
    text = fold(sentence).text
    callers_day = _CALLERS_DAY.search(text) is not None
    new_one = _NEW_ONE.search(text) is not None
    return tuple(
        c
        for c in claims
        if not (
            c.kind is ClaimKind.BOOKED
            and not new_one
            and any(g.start <= c.start and c.end <= g.end + 1 for g in gone)
        )
        and not (callers_day and c.kind in _SLOT_KINDS)
    )
