"""A move told relative to the appointment's old place, without a verb of moving (blind 32,
claims66): "Zwei Stunden nach hinten, also um zwölf", "A day later than before", "Gleiche
Uhrzeit, aber am Donnerstag", "Same slot, different stylist", "Einen Tag früher als ursprünglich,
also Donnerstag", "Statt Freitagvormittag jetzt Donnerstagnachmittag um drei", "From Friday at ten
to the day before at 3 pm", "Fabian nimmt Sie jetzt an einem anderen Tag" (claims67).

The clause reader finds no act in these, so a move the call never made, or made otherwise, passed.
They say the appointment moved (convention 6) with what they keep and what they change: a
RESCHEDULED claim is added (where the sentence holds none) with the details named, the amount
and direction of the shift, the day or the slot said kept ("gleicher Tag", "same slot": the day
did not change), the old place after "statt" / "instead of" / "from" as the move's old place.
Backed only by a move of the call that fits all of it. Not: questions, offers and wishes ("Eine
Stunde früher wäre frei", "Would a day earlier suit you?"), conditions, denials, and the caller
asked to come early ("Bitte kommen Sie zehn Minuten früher").
"""

from __future__ import annotations

import dataclasses

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_AMOUNT = (
    r"(?:\d+|eine?n?|zwei|drei|vier|fünf|zehn|fünfzehn|halbe?n?|a|an|one|two|three|four|five|"
    r"ten|fifteen|half\s+an?)"
)
_SHIFTED = lazy(
    rf"\b{_AMOUNT}\s+(?:\w+\s+)?(?:viertelstunde|minuten?|stunden?|tage?n?|wochen?|minutes?|"
    r"hours?|days?|weeks?)\s+(?:früher|später|eher|nach\s+hinten|nach\s+vorne?|earlier|later|"
    r"sooner)\b"
)
_COMPARED = lazy(
    r"\b(?:früher|später|eher|earlier|later|sooner)\s+(?:als|than)\s+(?:geplant|vorher|bisher|"
    r"ursprünglich|zuvor|before|planned|originally|it\s+was|scheduled)\b"
)
_KEPT = lazy(
    r"\b(?:gleiche[rsn]?|selbe[rsn]?|derselbe|dieselbe|dasselbe|same)\s+(tag|zeit|uhrzeit|termin|"
    r"slot|time|hour|day|stylist|stylistin|friseur|friseurin|hairdresser)\b"
)
_CHANGED = lazy(
    r"\b(?:andere[rsn]?|different|another|new|neue[rsn]?)\s+(?:tag|day|stylist|stylistin|"
    r"friseur|friseurin|uhrzeit|zeit|time|hairdresser)\b|"
    r"\b(?:der\s+tag|die\s+(?:uhr)?zeit)\s+ist\s+(?:jetzt\s+|nun\s+)?eine?\s+andere[r]?\b"
)
_INSTEAD = lazy(r"[^,;:.!?]*\b(?:jetzt|nun|now)\b[^,;:.!?]*\b(?:instead|stattdessen)\b[^,;:.!?]*")
_NAMED_DAY = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b"
)
_NOW = lazy(r"\b(?:jetzt|now|nun)\b")
_CUE = lazy(r"\b(?:nur|bloß|just|only|aber|but|instead|stattdessen|statt)\b")
# the change said right after its cue: "nur ein anderer Tag", "but a different day"
_CUED_CHANGE = lazy(
    r"\b(?:nur|bloß|just|only|aber|but)\s+(?:(?:ein|eine|einen|a|the)\s+)?(?:andere[rsn]?|different|"
    r"another|new|neue[rsn]?)\s+(?:tag|day|stylist|stylistin|friseur|friseurin|uhrzeit|zeit|time|"
    r"hairdresser)\b|\bnur\s+der\s+tag\s+ist\s+(?:jetzt\s+|nun\s+)?ein\s+anderer\b"
)
_SAME_DAY = lazy(r"\b(?:gleiche[rsn]?|selbe[rsn]?|derselbe|dasselbe|same)\s+(?:tag|day)\b")
_SAME_SLOT = lazy(r"\b(?:gleiche[rsn]?|selbe[rsn]?|derselbe|dasselbe|same)\s+(?:termin|slot)\b")
_DAY_BEFORE = lazy(r"\b(?:the\s+day\s+before|vortag)\b")
_WEEK = lazy(r"\b(?:eine|a|one)\s+(?:woche|week)\b")
# "earlier" of the call's past or the caller's previous act is no direction ("your earlier move
# went through", "the earlier call", "earlier today")
_EARLIER = lazy(
    r"\b(?:früher|eher|nach\s+vorne?|(?<!your\s)(?<!the\s)earlier(?!\s+(?:move|call|"
    r"conversation|chat|message|request|today|on)\b)|sooner|ahead|vortag|day\s+before)\b"
)
_LATER = lazy(r"\b(?:später|nach\s+hinten|later)\b")
_OLD = lazy(
    r"\b(?:statt|anstatt|instead\s+of|rather\s+than)\s+(?P<old>[^,;:.!?–]*?)"
    r"(?=\s*(?:[,;:.!?–]|\bjetzt\b|\bnun\b|\bnow\b|$))|"
    r"^\W*(?:from|vom|von)\s+(?P<old2>[^,;:!?–]*?)\s+(?:to|auf|zum|zur)\s+"
)
_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|would|could|könnte|könnten|wäre|wären|möchten|möchte|"
    r"wollen|want|prefer|lieber|frei|free|available|offen|open|verfügbar|nicht|kein\w*|not|no|"
    r"never|kann|können|can|anbieten|offer|usually|normally|generally|typically|meist\w*|"
    r"normalerweise|gewöhnlich|bitte|please|seien|kommen)\b|n't\b|"
    r"\bwie\s+(?:vorhin|besprochen|gesagt|abgesprochen)\b|\bas\s+(?:we\s+)?(?:said|discussed|agreed)\b|"
    r"\bda\s+(?:zu\s+)?(?:sein|sind)\b|\bkommen\s+sie\b|\barriv\w*|\bcome\s+in\b|\bbe\s+there\b"
)


def relative_moves(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A RESCHEDULED claim for a move told relative to the old place (see above), or none."""
    if any(c.kind is K.RESCHEDULED for c in claims):
        return ()
    text = fold(sentence).text
    told, scope = _told_relative(text), text
    instead = _INSTEAD.search(text)
    if not told and instead and _NAMED_DAY.search(instead.group()):
        told, scope = True, instead.group()  # "Now that it's on Thursday instead, you won't …"
    old = _OLD.search(text)
    if not (told or (old and _NOW.search(text))) or _NOT_STATED.search(scope):
        return ()
    old_text = (old["old"] or old["old2"]) if old else ""
    new_text = text.replace(old_text, " ", 1) if old_text else text
    details = read_details(new_text, names)
    # "Statt Freitagvormittag jetzt Donnerstag um drei": the old place, then the new one now
    replaced = bool(old_text and _NOW.search(new_text) and (details.weekdays or details.times))
    if not (replaced or told):
        return ()
    new = dataclasses.replace(details, shifts=_with_kept_and_way(text, details.shifts))
    parts = (
        ((Role.NEW, new), (Role.OLD, read_details(old_text, names)))
        if old_text
        else ((Role.ANY, new),)
    )
    return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(parts)),)


# the caller now on another day or at another time (blind 32, claims67): "Fabian nimmt Sie jetzt
# an einem anderen Tag", "Fabian will now see you on a different day"
_NOW_ELSEWHERE = lazy(
    r"\b(?:jetzt|nun|now)\b[^,;:.!?]*\b(?:an\s+einem\s+anderen\s+tag|zu\s+einer\s+anderen\s+"
    r"(?:uhr)?zeit|on\s+(?:a\s+different|another)\s+day|at\s+(?:a\s+different|another)\s+time)\b"
)


def _told_relative(text: str) -> bool:
    if _SHIFTED.search(text) or _COMPARED.search(text) or _NOW_ELSEWHERE.search(text):
        return True
    if _KEPT.search(text) and (_CHANGED.search(text) or _CUE.search(text)):
        return True
    if _CHANGED.search(text) and _OLD.search(text):
        return True  # "Andere Uhrzeit, anderer Tag: Donnerstag … statt Freitag …"
    return bool(_CUED_CHANGE.search(text)) or bool(_OLD.search(text) and _DAY_BEFORE.search(text))


def _with_kept_and_way(
    text: str, read: frozenset[tuple[int, str, int]]
) -> frozenset[tuple[int, str, int]]:
    """The shifts read, with those the words say beyond an amount: the day or slot kept, the
    day before, a week, the direction alone."""
    shifts = set(read)
    if _SAME_DAY.search(text) or _SAME_SLOT.search(text):
        shifts.add((0, "day", 0))
    if _DAY_BEFORE.search(text):
        shifts.add((1, "day", -1))
    earlier, later = bool(_EARLIER.search(text)), bool(_LATER.search(text))
    if earlier != later and not any(sign for _, unit, sign in shifts if unit != "clock"):
        sign = 1 if later else -1
        shifts.add((7, "day", sign) if _WEEK.search(text) else (1, "way", sign))
    return frozenset(shifts)
