"""How long the caller's visit is, and when it ends, as details of a claim (issue 9 rule 1;
blind 49, claims135).

"Ihr Termin am Freitag dauert nur eine halbe Stunde", "Your Friday appointment only takes half an
hour", "Am Freitag sind Sie rund zweieinviertel Stunden bei uns", "Ihr Freitagstermin ist in
zwanzig Minuten erledigt": the visit's length is a detail of it as much as its day. It is read
once into minutes (`Details.lengths`) for the claims about a visit that name it, and the backing
check holds it to the appointment's service minutes (`fits`): within a quarter of an hour or a
fifth of the visit, whichever is more ("gut zwei Stunden" is a perm of 135 minutes, "eine
Stunde" is not). The visit's end said beside its start ("von zehn bis elf", "beginnt um zehn und
endet um elf", "from ten till eleven": `end_time.py` finds it) is kept the same way
(`Details.ends`) and held to the appointment's start plus its minutes, within a quarter of an
hour. An appointment whose service has no minutes in the salon file cannot back a length or an
end: the guard cannot confirm what it cannot look up.

Not a length of the visit: a shift ("eine halbe Stunde früher", "an hour later"), a notice or a
hold ("zwei Stunden vorher", "24 hours before", "hält 20 Minuten"), a time from now ("in zwei
Stunden" without a word of finishing), the salon's rule for a service in general (a claim
about no visit: `visit_facts` reads none).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from agent.claims.details import NUMBERS, Details, Role
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_WORD = "|".join(sorted(NUMBERS, key=len, reverse=True))
_HALF = r"(?:einhalb|einviertel|dreiviertel)"
# an amount of hours or minutes: "zwei Stunden (und fünfzehn Minuten)", "zweieinviertel
# Stunden", "anderthalb Stunden", "eine halbe Stunde", "eine Dreiviertelstunde", "two and a
# quarter hours", "an hour and a half", "half an hour", "a quarter of an hour", "forty-five minutes"
_AMOUNT = (
    r"(?P<{name}>"
    r"(?:(?:eine|einer)\s+)?(?:dreiviertel|viertel|halbe[n]?)\s*stunde|"
    r"(?:a\s+|one\s+)?(?:three\s+quarters|quarter|half)\s+(?:of\s+)?an\s+hour|half\s+(?:an\s+)?hour|"
    rf"(?:\d+(?:[.,]\d+)?|(?:{_WORD})(?:{_HALF})?|anderthalb|eineinhalb|eine[rnm]?|an|a|a\s+couple\s+of)"
    r"(?:\s+and\s+a\s+(?:half|quarter))?\s+(?:stunden?|hours?)"
    r"(?:\s+and\s+a\s+(?:half|quarter))?"
    rf"(?:\s+(?:und|and)\s+(?:\d+|{_WORD}|fünfundvierzig|dreißig|fünfzehn)\s+(?:minuten|minutes))?|"
    rf"(?:\d+|(?:{_WORD})(?:-\w+)?|fünfundzwanzig|fünfundvierzig|twenty-five|forty-five)\s+"
    r"(?:minuten|minutes|mins?))"
)
# the hedges an amount may carry: "nur", "gut", "etwa", "just", "about", "roughly"
_HEDGES = (
    r"(?:(?:nur|bloß|lediglich|knapp|gut|gute|etwa|ungefähr|rund|circa|ca\.?|etwas\s+mehr\s+als|"
    r"mehr\s+als|weniger\s+als|über|höchstens|mindestens|maximal|kaum|fast|beinahe|bis\s+zu|"
    r"ganze|only|just|about|around|roughly|approximately|a\s+bit\s+over|a\s+little\s+over|"
    r"a\s+good|a\s+quick|a\s+full|over|under|less\s+than|more\s+than|at\s+most|at\s+least|"
    r"up\s+to|nearly|almost|barely|well\s+over|so)\s+)*"
)
# said as the visit's length: after a verb of lasting, or as what it takes to be done
_LENGTH = lazy(
    r"\b(?:dauert|dauern|geht|läuft|lasts?|takes?|will\s+take|is|'s|sind\s+sie|you(?:'ll|\s+will)\s+be|"
    r"brauchen\s+sie|you(?:'ll)?\s+need|"
    r"rechnen\s+sie(?:\s+\w+){0,3}?\s+mit|plan(?:\s+\w+){0,3}?\s+(?:on|for))\s+"
    + _HEDGES
    + _AMOUNT.replace("{name}", "said")
    + r"|\bin\s+(?:(?:nur|bloß|etwa|knapp|just|about)\s+)*"
    + _AMOUNT.replace("{name}", "done_in")
    + r"(?=\s+(?:\w+\s+){0,2}?(?:erledigt|fertig|draußen|durch|vorbei|done|finished|out|over)\b)"
)
# a shift, a notice, a hold's clock or a time from now: the amount is no visit's length
_NOT_LENGTH = lazy(
    r"^\s*(?:früher|später|eher|vorher|vor\s+\w+|davor|danach|nach\s+\w+|im\s+voraus|"
    r"earlier|later|before|ahead|in\s+advance|prior|notice|from\s+now|ab\s+jetzt|"
    r"lang\s+(?:frei|reserviert|gehalten)|pause|warten|wait)\b"
)
# the visit named: the appointment, a service, the caller's stay
_VISIT_NAMED = lazy(
    r"\b(?:\w*termin\w*|appointments?|bookings?|buchung|visit|slot|\w*schnitt|haircut|cut|"
    r"dauerwelle|perm|strähnchen|highlights|färben|farbe|colou?r|behandlung|treatment|"
    r"sie\s+sind|sind\s+sie|you(?:'ll|\s+will|'re|\s+are)\s+be)\b"
)
_VISIT = frozenset({ClaimKind.BOOKED, ClaimKind.STANDS, ClaimKind.DONE, ClaimKind.RESCHEDULED})
_HALVES = {"einhalb": 30, "einviertel": 15, "dreiviertel": 45}


def _minutes(amount: str) -> int | None:
    """Minutes of a folded amount of time (see `_AMOUNT`)."""
    a = " ".join(amount.split())
    fraction = (
        a.removeprefix("eine ").removeprefix("einer ").removeprefix("a ").removeprefix("one ")
    )
    if fraction.startswith(("dreiviertel", "three quarters")):
        return 45
    if fraction.startswith(("viertel", "quarter")):
        return 15
    if fraction.startswith(("halbe", "half")):
        return 30
    head, _, rest = a.partition(" ")
    if head in ("anderthalb", "eineinhalb"):
        hours = 90
    elif head in ("a", "an", "eine", "einer", "einen", "einem", "ein", "one") and rest.startswith(
        ("stunde", "hour")
    ):
        hours = 60
    elif a.startswith("a couple of"):
        hours = 120
        rest = a[len("a couple of ") :]
    else:
        number = _number(head)
        if number is None:
            return None
        if rest.startswith(("minute", "min")):
            return number
        hours = number * 60
    for half, extra in _HALVES.items():
        if head.endswith(half) and head != half:
            hours += extra
    if "and a half" in rest:
        hours += 30
    elif "and a quarter" in rest:
        hours += 15
    if rest.split()[-1] in ("minuten", "minutes") and len(rest.split()) > 2:
        hours += _number(rest.split()[-2]) or 0
    return hours


def _number(word: str) -> int | None:
    for half in _HALVES:
        if word.endswith(half) and word != half:
            word = word[: -len(half)]
    if word.replace(".", "").replace(",", "").isdigit():
        return round(float(word.replace(",", ".")))
    if word in NUMBERS:
        return NUMBERS[word]
    compounds = {"fünfundzwanzig": 25, "fünfundvierzig": 45, "twenty-five": 25, "forty-five": 45}
    return compounds.get(word)


def lengths_said(sentence: str) -> frozenset[int]:
    """The visit lengths `sentence` says, in minutes (of a visit it names: "Das ist in zwei
    Minuten erledigt" is the booking's errand, not the visit)."""
    text = fold(sentence).text
    if not _VISIT_NAMED.search(text):
        return frozenset()
    out = set()
    for m in _LENGTH.finditer(text):
        if _NOT_LENGTH.match(text[m.end() :]):
            continue
        minutes = _minutes(m.group("said") or m.group("done_in"))
        if minutes:
            out.add(minutes)
    return frozenset(out)


# an amount said alone, hedged at most: "Nur eine halbe Stunde.", "Etwa zwei Stunden.", "Just an hour."
_AMOUNT_ALONE = lazy(
    r"^\W*(?:(?:ja|yes|oh|also|so|well|na\s+ja)\W+)?"
    + _HEDGES
    + _AMOUNT.replace("{name}", "said")
    + r"\W*$"
)


def amount_alone(text: str) -> frozenset[int]:
    """The minutes folded `text` says when it is an amount of time and nothing else: the answer
    to the caller's "Wie lange dauert mein Termin?" / "How long will my appointment take?"
    (blind 59, claims170), read as the length of the visit asked about."""
    m = _AMOUNT_ALONE.match(text)
    minutes = _minutes(m.group("said")) if m else None
    return frozenset({minutes}) if minutes else frozenset()


def with_lengths(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` about a visit with the length `sentence` says of it."""
    if not any(c.kind in _VISIT for c in claims):
        return claims
    lengths = lengths_said(sentence)
    if not lengths:
        return claims
    out = []
    for c in claims:
        if c.kind in _VISIT:
            parts = c.details.parts or ((Role.ANY, Details()),)
            parts = tuple(
                (r, replace(d, lengths=d.lengths | lengths) if r is not Role.OLD else d)
                for r, d in parts
            )
            c = replace(c, details=replace(c.details, parts=parts))
        out.append(c)
    return tuple(out)


_END_SLACK = 15  # minutes an end said may be off the visit's (ends are rounded)


def fits(d: Details, start: datetime, service: str | None, minutes: dict[str, int]) -> bool:
    """Whether the length and end `d` names are those of a visit of `service` at `start`."""
    if not (d.lengths or d.ends):
        return True
    took = minutes.get(service or "")
    if not took:
        return False
    if d.lengths and not any(abs(n - took) <= max(15, took // 5) for n in d.lengths):
        return False
    if d.ends:
        end = start + timedelta(minutes=took)
        at = end.hour * 60 + end.minute
        said = [
            h * 60 + m + extra
            for h, m, certain in d.ends
            for extra in ((0,) if certain else (0, 720, -720))
        ]
        if not any(abs(s - at) <= _END_SLACK for s in said):
            return False
    return True
