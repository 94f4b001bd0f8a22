"""An end time is the visit's end, never its start (blind 20, convention 45).

"Ihr Termin am Freitag geht von zehn bis Viertel nach zwölf", "Am Freitag sind Sie ungefähr
bis 12:15 Uhr fertig" (not "bis Freitag um zehn", "bis morgen": a goodbye), "runs from ten until about a quarter past twelve", "you'll be done around
12:15", "out by quarter past twelve": the time after "bis", "until", "till", or with "fertig",
"done", "finished", "out" is when the visit ends. A claim keeps the times the sentence names
elsewhere (its start) and loses those it names only as the end.

Blind 33 (claims71, convention 45: an end time is labelled by the start that backs it): the end
time also before its end word ("Sie sind gegen zwölf Uhr fünfzehn wieder draußen", "Ihr Termin
endet um Viertel nach zwölf", "your appointment ends at 12:15"), and the visit's end told alone
("Sie sind dann gegen Viertel nach zwölf fertig", "The perm will be finished around 12:15")
presupposes the visit: a booking (`end_told`). Once every other step has read the sentence, a
claim that names no time of its own is given the start its end time names (`with_end_starts`):
the start of the call's appointment or offered slot that ends then (its service's minutes), else
the end less the minutes of the service named or of the call's appointments. So "fertig gegen
12:15" is backed by Friday 10:00's perm, and not by Thursday 15:00's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from agent.claims import morph
from agent.claims.bare_hour import bare_hours
from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import CallFacts, Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.sentence_claims import claims_where

# a clock time in words or digits, up to its last word: "zwölf uhr fünfzehn", "viertel nach
# zwölf", "12:15", "quarter past twelve", "mittag"
_HOUR = (
    r"(?:\d{1,2}(?:[:.]\d{2})?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|mittag|noon|midday)"
)
_TIME = (
    rf"(?:(?:viertel|halb|dreiviertel|(?:a\s+)?quarter|half)\s+(?:nach|vor|past|to\s+)?\s*)?{_HOUR}"
    rf"(?:\s+uhr(?:\s+(?:fünfzehn|dreißig|fünfundvierzig|\d{{2}}))?|\s+(?:fifteen|thirty|"
    rf"forty-?five))?"
)
_END = lazy(
    r"\b(?:bis|until|till|til)\s+(?:(?:etwa|ungefähr|circa|ca|gegen|about|around|roughly|"
    r"approximately|so|a)\.?\s+)*(?=\d|viertel|halb|dreiviertel|quarter|half|noon|mittag|"
    r"eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)(?:[^,.;:!?–—]|[.:](?=\d))*?(?=[,;!?–—]|[.:](?!\d)|$)|"
    r"\b(?:fertig|done|finished|out|over)\s+(?:again\s+|wieder\s+)?(?:(?:by|around|at|about|um|gegen|so)\s+)+"
    r"(?:[^,.;:!?–—]|[.:](?=\d))*?(?=[,;!?–—]|[.:](?!\d)|$)|"
    # the end word after its time ("gegen zwölf Uhr fünfzehn wieder draußen") or the end said as
    # a verb ("endet um", "ends at")
    rf"\b(?:gegen|um|so\s+gegen)\s+{_TIME}(?=\s+(?:\w+\s+){{0,2}}?(?:sind|seid)\s+sie\s+"
    r"(?:\w+\s+){0,3}?(?:fertig|draußen)\b)|"
    # (a person by name too: "Clara ist dann gegen 13 Uhr fertig", claims143)
    rf"\b(?:sie\s+sind|sind\s+sie|(?:(?:die|ihre|der|das|ihr)\s+)?\w+(?:\s+am\s+\w+)?\s+ist)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:gegen|um)\s+{_TIME}"
    r"(?=\s+(?:(?:dann|wieder|schon|mit\s+(?:ihrer|ihrem|ihren|der|dem|allem)(?:\s+\w+)?)\s+)?"
    r"(?:fertig|draußen|vorbei)\b)|"
    rf"\b(?:endet|ends|finishes|wraps\s+up)\s+(?:(?:um|gegen|at|around|about|by)\s+)+{_TIME}|"
    # the end named as the visit's ("zum Ende Ihres Termins gegen Mittag", "at the end of your
    # appointment around noon", claims88)
    r"\b(?:zum|am|gegen)\s+ende\s+(?:ihres|des)\s+\w+\s+(?:(?:um|gegen|so\s+gegen)\s+)+"
    rf"{_TIME}|\bat\s+the\s+end\s+of\s+(?:your|the)\s+\w+\s+(?:(?:at|around|about|by)\s+)+"
    rf"{_TIME}"
)

# claims135: "from ten to eleven", "from 10 to 4": the time after "to" is the end ("von … bis"
# is read above by "bis")
_FROM_TO = lazy(rf"\bfrom\s+{_TIME}\s+(?:to|-)\s+(?P<end>{_TIME})")


def _end_phrases(text: str, bare: bool = True) -> tuple[list[str], str]:
    """The phrases of folded `text` that name the visit's end, and `text` without them; with
    `bare`, an hour said bare after "bis / till / to" read as the hour."""
    spans = [m.span() for m in _END.finditer(text)]
    spans += [m.span("end") for m in _FROM_TO.finditer(text)]
    rest = text
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    # an hour said bare after "bis / till / to" is the hour ("from ten to eleven", "10 to 4")
    if not bare:
        return [text[a:b] for a, b in spans], rest
    return [_BARE_DIGITS.sub(r"\1 uhr", bare_hours(text[a:b])) for a, b in spans], rest


_BARE_DIGITS = lazy(r"\b(\d{1,2})\s*$")


def without_end_times(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` without the times `sentence` names only as the visit's end: a claim about the
    visit keeps them as its end (`Details.ends`, claims135), which the backing check holds to
    the appointment's start and minutes (`visit_length.fits`)."""
    ends, rest = _end_phrases(fold(sentence).text)
    if not ends:
        return claims
    end_times = read_details(" , ".join(ends), names).times
    start_times = read_details(rest, names).times
    only_end = end_times - start_times
    if not only_end:
        return claims
    out = []
    for c in claims:
        parts = tuple((r, replace(d, times=d.times - only_end)) for r, d in c.details.parts)
        if c.kind in _VISIT:  # claims135: the end kept as the visit's end, held to its own
            parts = tuple(
                (r, d if r is Role.OLD else replace(d, ends=d.ends | only_end))
                for r, d in parts or ((Role.ANY, Details()),)
            )
        details = ClaimDetails(parts, c.details.several, c.details.together)
        out.append(replace(c, details=details))
    return tuple(out)


# the visit's end told as a fact, the visit presupposed: "Sie sind dann gegen 12:15 fertig", the
# verb first after a fronted phrase ("Mit den Strähnchen sind Sie dann gegen eins fertig", claims156),
# "Ihr Termin geht bis Viertel nach zwölf" (or "von zehn bis …"), "The perm will be finished around quarter past
# twelve", "You'll be out again by about twelve fifteen". Not: a wish, a condition or a
# subjunctive ("wären Sie … fertig", "you'd be done", `claims_where` leaves conditions out).
_END_TOLD = lazy(
    r"^(?:(?!\b(?:wären|wäre|würden|würde|would|could|'d)\b)[^?])*?"
    r"(?:\b(?:sie\s+sind|sind\s+sie|ihr\s+termin\s+ist|die\s+\w+\s+ist|you(?:'ll|\s+will|\s+should)\s+be|sie\s+sollten|"
    r"your\s+appointment(?:'s|\s+is|\s+will\s+be)|the\s+\w+\s+will\s+be|the\s+\w+(?:'s|\s+is))\s+"
    r"(?:(?:dann|wieder|so|also|again|then|all)\s+)*(?:(?:gegen|um|bis|so\s+gegen)\s+[^.!?]*?\b"
    r"(?:fertig|draußen|raus)\b|(?:fertig|draußen|done|finished|out)\s+(?:again\s+)?(?:by|around|at|"
    r"about|um|gegen|bis)\b)|"
    r"\b(?:ihr\s+termin|your\s+appointment)\s+(?:geht|läuft|dauert|endet|runs|lasts|ends|finishes)"
    # its start said before the end (blind 56, claims162): "runs from ten until eleven"
    rf"\s+(?:\w+\s+)?(?:(?:von|from)\s+{_TIME}\s+)?(?:bis|um|gegen|until|till|at|around|by)\b)"
)
# the same of a person the call books for, named by a first name (claims143): "Clara ist dann
# gegen 13 Uhr fertig", "Leo will be done by twelve" (`who` must be a name: `morph.is_proper_name`)
_NAMED_END_TOLD = lazy(
    r"^(?:(?!\b(?:wären|wäre|würden|würde|would|could|'d)\b)[^?])*?\b(?P<who>\w+)\s+"
    r"(?:ist|is|will\s+be|'ll\s+be|should\s+be)\s+(?:(?:dann|wieder|so|also|again|then|all)\s+)*"
    r"(?:(?:gegen|um|bis|so\s+gegen)\s+[^.!?]*?\b(?:fertig|draußen|raus)\b|(?:fertig|draußen|done|"
    r"finished|out)\s+(?:again\s+)?(?:by|around|at|about|um|gegen|bis)\b)"
)
# midday said as the end: a rough time ("gegen Mittag" for 12:15)
_ROUGH = lazy(r"\b(?:mittag|mittags|noon|midday|lunchtime)\b")
_ROUGH_MINUTES = 30
_VISIT = frozenset(
    {ClaimKind.BOOKED, ClaimKind.STANDS, ClaimKind.DONE, ClaimKind.RESCHEDULED, ClaimKind.PENDING}
)
_APPOINTMENT = frozenset({ClaimKind.BOOKED, ClaimKind.STANDS, ClaimKind.DONE})


def end_told(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the visit's end told as a fact read as its booking: added where no step
    read an appointment claim, in place of the bare success "finished" / "fertig" reads."""
    told = claims_where(sentence, _END_TOLD, ClaimKind.BOOKED, names)
    if not told:
        named = _NAMED_END_TOLD.search(fold(sentence).text)
        if named is not None and morph.is_proper_name(named["who"]):
            told = claims_where(sentence, _NAMED_END_TOLD, ClaimKind.BOOKED, names)
    if not told:
        return claims
    # its end kept as the visit's end, as the readers' claims keep theirs: an hour said bare
    # ("runs from ten until eleven") is read as one only there (blind 56, claims162)
    told = without_end_times(sentence, told, names)
    if not any(c.kind in _APPOINTMENT for c in claims):
        return claims + told
    return tuple(
        replace(c, kind=ClaimKind.BOOKED) if c.kind is ClaimKind.DONE else c for c in claims
    )


def with_end_starts(
    sentence: str, claims: tuple[Claim, ...], names: Names, facts: CallFacts
) -> tuple[Claim, ...]:
    """`claims` whose parts name no time given the start their end time names (see above)."""
    # a bare hour ("bis zwölf") is held as the end (`without_end_times`), not made a start
    ends, rest = _end_phrases(fold(sentence).text, bare=False)
    if not ends or not facts.service_minutes:
        return claims
    end_times = read_details(" , ".join(ends), names).times - read_details(rest, names).times
    rough = _ROUGH.search(" ".join(ends)) is not None
    if not end_times and rough:
        end_times = frozenset({(12, 0, True)})  # "around midday": no clock time of its own
    if not end_times:
        return claims
    out = []
    for c in claims:
        if c.kind not in _VISIT:  # a hold's clock ("runs out at 11:20") is no visit's end
            out.append(c)
            continue
        parts = []
        for r, d in c.details.parts:
            said = d.times & end_times
            if said or not d.times:
                starts = _starts(said or end_times, d.services, facts, rough)
                d = replace(d, times=(d.times - said) | starts)
            parts.append((r, d))
        out.append(replace(c, details=replace(c.details, parts=tuple(parts))))
    return tuple(out)


def _starts(
    ends: frozenset[tuple[int, int, bool]],
    named: frozenset[frozenset[str]],
    facts: CallFacts,
    rough: bool = False,
) -> frozenset[tuple[int, int, bool]]:
    """The starts that end at `ends`: of the call's visits and offered slots that end then,
    else the end less the minutes of the service named or of the call's visits."""
    minutes = dict(facts.service_minutes)
    visits = [v for v in (*facts.appointments, *facts.offered) if v.service in minutes]
    out: set[tuple[int, int, bool]] = set()
    for hour, minute, certain in ends:
        for v in visits:
            end = v.start + timedelta(minutes=minutes[v.service])
            said = (hour + 12 if not certain and hour < 8 else hour) * 60 + minute
            if abs(end.hour * 60 + end.minute - said) <= (_ROUGH_MINUTES if rough else 0):
                out.add((v.start.hour, v.start.minute, True))
        if out:
            continue
        services = [s for mention in named for s in mention if s in minutes]
        services = services or [v.service for v in facts.appointments if v.service in minutes]
        for service in services[:1]:
            hour = hour + 12 if not certain and hour < 8 else hour  # "gegen eins": 13:00
            start = datetime(2000, 1, 1, hour, minute) - timedelta(minutes=minutes[service])
            out.add((start.hour, start.minute, True))
    return frozenset(out)
