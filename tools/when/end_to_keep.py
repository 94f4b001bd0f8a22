"""An end the caller must keep ("ich muss um zwölf wieder weg", "um eins muss ich wieder im Büro
sein", "bis halb drei muss ich fertig sein", "ich hab nur bis elf Zeit", "I need to be out by 4",
"aber um acht muss ich zu Hause sein"): that time is when the service must be done, never the
start. The clause becomes the bound "bitte vor T" with the service's minutes counted (round 21's
rule in `tools.when.own_schedule`), so the window of starts ends T less the service's minutes,
and a day where no start fits is "outside"; without a day it is asked as any bound is.

Only a time the caller must be gone, elsewhere or done by: an errand's own time ("ich muss um
zwölf meinen Sohn abholen") stays with `own_schedule` (asked). A start said beside the end is
the wish, kept with the end so the resolver checks the service fits before it ("um elf, aber um
zwölf muss ich fertig sein" for two hours is asked); "gegen zehn" beside it is the wish alone; a
lower bound ("ab zehn, ich muss um zwölf weg") is kept with the end. "Punkt eins muss ich weg",
"so dass ich vor fünf raus bin" are ends as "um eins" / "bis fünf" with the goal are.
A reason said after the end with no day or time in it ("da hol ich die Kinder") is left out.
"""

from __future__ import annotations

import re

from tools.when.lexicon import GERMAN_NEAR_DAY_RE, WEEKDAY_RE
from tools.when.normalize import normalize
from tools.when.times import time_spans

# where the caller must be or what they must be: gone, done, back, somewhere ("im Büro sein")
_GOAL_DE = (
    r"(?:(?:wieder|schon|dann|spaetestens|aber|leider|unbedingt|ja|auch)\s+)*"
    r"(?:weg(?:\s+sein)?|los|gehen|fahren|raus|fertig(?:\s+sein)?|zurueck(?:\s+sein)?"
    r"|daheim(?:\s+sein)?|(?:im|in\s+der|in\s+die|bei\s+der|beim|auf\s+der|auf|zur|zum|zu|bei)"
    r"\s+\w+(?:\s+\w+)?\s+(?:sein|stehen))"
)
_ADVERBS = r"(?:(?:aber|dann|leider|ja|schon|wieder|spaetestens|halt|eben|nämlich|naemlich)\s+)*"
# the end's time: "um 12", "bis halb 3", "spätestens um 1", "gegen 4"
_AT_DE = (
    r"(?:(?:spaetestens|allerspaetestens)\s+)?(?:um\s+punkt|um|bis|gegen|vor|spaetestens|punkt)\s+"
)
_END_DE = (
    # "ich muss um 12 wieder weg", "ich muss aber um 9 schon wieder weg"
    rf"\b(?:aber\s+)?(?:(?:ich|wir)\s+)?(?:muss|muessen|muesste|sollte)\s+{_ADVERBS}"
    rf"(?:(?P<d1>(?:am\s+)?(?:{WEEKDAY_RE}|{GERMAN_NEAR_DAY_RE}))\s+{_ADVERBS})?"
    rf"(?P<t1>{_AT_DE}.+?)\s+{_GOAL_DE}\b"
    # "um 1 muss ich wieder im buero sein", "bis halb 3 muss ich fertig sein"
    rf"|\b(?:aber\s+)?(?P<t2>{_AT_DE}.+?)\s+(?:muss|muessen|sollte)\s+(?:ich|wir)\s+{_GOAL_DE}\b"
    # "ich hab nur bis 11 zeit", "ich habe leider nur bis 3 zeit", "ich hab zeit nur bis 11"
    r"|\b(?:ich\s+|wir\s+)?(?:hab|habe|haben|haette|hab')\s+(?:aber\s+|leider\s+|halt\s+)*"
    r"(?:(?:nur|bloss|blos|lediglich)\s+)?(?:(?P<t3>bis\s+.+?)\s+zeit"
    r"|zeit\s+(?:(?:nur|bloss|lediglich)\s+)?(?P<t4>bis\s+\S+(?:\s+uhr)?))\b"
    # "ich kann nur bis 11", "ich bin nur bis 11 frei"
    r"|\b(?:ich|wir)\s+(?:kann|koennen|bin|sind)\s+(?:aber\s+|leider\s+)*(?:nur|bloss|lediglich)"
    r"\s+(?P<t5>bis\s+\S+(?:\s+uhr)?)(?:\s+(?:frei|da|hier))?\b"
)
# "i need to be out by 4", "i have to leave at noon", "ive got to be home by 5", "i need to be
# back at work by 2", "i only have until 3", "im only free until 3"
_GOAL_EN = (
    r"(?:be\s+(?:out|gone|done|finished|off|home|back(?:\s+(?:at\s+\w+|home|in\s+the\s+\w+))?"
    r"|at\s+(?:work|the\s+\w+|school)|in\s+the\s+\w+)|leave|go|head\s+(?:off|out)|get\s+going"
    r"|run|get\s+back(?:\s+to\s+\w+)?)"
)
_END_EN = (
    rf"\b(?:but\s+)?(?:i|we)\s*(?:ve|\s)?\s*(?:need|have|got|must|has)\s+(?:got\s+)?(?:to\s+)?"
    rf"{_GOAL_EN}\s+(?P<t6>(?:by|at|before|around)\s+.+?)(?=$|\s+(?:so|because|cause|since)\b)"
    r"|\b(?:i|we)\s*(?:ve|m|re|\s)?\s*(?:only\s+)?(?:have|got|am|are|free)\s+(?:only\s+)?"
    r"(?:got\s+)?(?:free\s+|time\s+)?(?P<t7>(?:until|till|til)\s+\S+(?:\s+(?:pm|am|oclock))?)"
)
# Said without "ich muss" ("Dienstag, bis spätestens elf wieder raus", "spätestens halb eins
# fertig", "fertig sein bis Viertel nach elf", "out by 10:30 at the latest", "done by noon"): only
# the goals that read one way. "bis elf weg" / "bis elf draußen" is also "away until eleven" ("ich
# bin bis elf weg": from then on), so after a bare "bis" they count with "wieder" only; "zurück"
# and "daheim" are where the caller comes from ("um zwölf bin ich zurück": from then), never kept.
# "fertig" alone is the caller's own state as often as the wish ("um zehn bin ich fertig", "ich
# bin spätestens um elf fertig (mit der Arbeit)": free from then), so it counts after "spätestens"
# or "bis", or as "fertig sein", never with "ich bin" or "mit" ("fertig machen" is the styling).
_AGAIN = r"(?:wieder|schon|dann|spaetestens|aber|auch)"
# "11", "halb 1", "viertel nach 11 uhr"; never across a second time ("um 10 um 12 weg")
_WORD = r"(?!um\b|bis\b|ich\b|bin\b|wir\b)\S+"
_CLOCK_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,2}}?(?:\s+uhr)?"
_LATEST = r"(?:spaetestens|allerspaetestens)"
# "um halb eins bin ich wieder weg", "bis elf muss ich fertig sein": the verb after the time
_I_AM = r"(?:(?:bin|sind|muss|muessen|sollte)\s+(?:ich|wir)\s+)?"
_MUST = r"(?:(?:muss|muessen|sollte)\s+(?:ich|wir)\s+)?"
_GONE = rf"(?:{_AGAIN}\s+)*(?:raus|weg|draussen)(?:\s+sein)?"
_DONE = rf"(?:{_AGAIN}\s+)*fertig(?:\s+sein)?(?!\s+(?:mit|machen|gemacht)\b)"
_CLAUSE_END = r"(?=$|[\s,.;!?])"
_BARE_DE = (
    rf"\b(?P<t8>(?:{_LATEST}\s+(?:um\s+|bis\s+)?|um\s+(?:punkt\s+)?|punkt\s+){_CLOCK_WORDS})\s+{_I_AM}"
    rf"{_GONE}{_CLAUSE_END}"
    # "so dass ich vor fünf raus bin", "damit ich um zwölf fertig bin": the purpose is the end
    rf"|\b(?:dass|das|damit)\s+(?:ich|wir)\s+{_ADVERBS}(?P<t14>(?:{_LATEST}\s+)?(?:um|bis|vor|punkt)"
    rf"\s+{_CLOCK_WORDS})\s+{_ADVERBS}(?:raus|weg|draussen|fertig|durch|zurueck|daheim"
    rf"|zu\s+hause|(?:im|in\s+der|bei\s+der|beim|auf\s+der|zur|zum)\s+\w+)\s+(?:bin|sind|sein)\b"
    rf"|\b(?P<t9>{_LATEST}\s+(?:um\s+|bis\s+)?{_CLOCK_WORDS})\s+{_MUST}{_DONE}{_CLAUSE_END}"
    rf"|\b(?P<t12>um\s+{_CLOCK_WORDS})\s+{_MUST}(?:{_AGAIN}\s+)*fertig\s+sein"
    rf"(?!\s+mit\b){_CLAUSE_END}"
    rf"|\b(?P<t13>bis\s+(?:{_LATEST}\s+)?{_CLOCK_WORDS})\s+(?:{_I_AM}(?:{_AGAIN}\s+)*raus"
    rf"|{_I_AM}(?:{_AGAIN}\s+)*wieder\s+(?:{_AGAIN}\s+)*(?:weg|draussen)|{_MUST}{_DONE})"
    rf"(?:\s+sein)?{_CLAUSE_END}"
    # "fertig sein bis Viertel nach elf", "spätestens fertig bis 12": the goal said first
    rf"|\b(?:{_LATEST}\s+)?fertig(?:\s+sein)?\s+(?:muss\s+ich\s+)?"
    rf"(?P<t10>(?:{_LATEST}\s+)?bis\s+(?:{_LATEST}\s+)?\S+(?:\s+(?:uhr|nach|vor)\s+\S+)?"
    rf"(?:\s+uhr)?){_CLAUSE_END}"
)
# the caller's own state said before the time ("ich bin bis elf fertig", "wir sind spätestens
# um zehn fertig"): free from then, no end to keep
_OWN_STATE = re.compile(r"\b(?:ich\s+bin|wir\s+sind|bin\s+ich|sind\s+wir)(?:\s+\w+)?\s*$")
_BARE_EN = (
    r"\b(?:be\s+)?(?:out|done|finished|gone|through)\s+(?:and\s+gone\s+)?"
    r"(?P<t11>(?:by|before|no\s+later\s+than)\s+.+?)(?:\s+at\s+the\s+(?:very\s+)?latest)?"
    r"(?=$|\s+(?:so|because|cause|since|please)\b|[,.;!?])"
)
_END = re.compile(f"{_END_DE}|{_END_EN}|{_BARE_DE}|{_BARE_EN}")


def _one_clock(text: str) -> str | None:
    """The one clock time in `text` ("bis 11", "by 4", "um halb 3") as a bare clock, else None."""
    found, _ = time_spans(text, "date")
    clocks = [c for _, _, term in found for c in term.clocks]
    if len(found) != 1 or len(clocks) != 1:
        return None
    c = clocks[0]
    # "halb eins" is hour 0 with either half of the day open: written 12:30, read as any hour
    # said without its half of the day (00:30 would be the 24-hour clock)
    hour = 12 if c.hour == 0 and not c.fixed and c.meridiem is None else c.hour
    said = f"{hour}:{c.minute:02d}" if c.minute or c.fixed else str(hour)
    return said + (" pm" if c.meridiem == "pm" else "")


def _said_something(text: str) -> bool:
    """A day or a time in `text`: words to keep after the end."""
    from tools.when.own_schedule import _DAY  # the same day words as the caller's schedule

    return bool(_DAY.search(text)) or bool(time_spans(text, "date")[0])


def end_to_keep(text: str) -> tuple[str, bool] | None:
    """`text` with an end the caller must keep made the bound "bitte vor T", and whether the
    service's minutes are counted before it (False when a start said beside it is the wish), or
    None when no such end is said."""
    said = normalize(text)
    m, clock = _END.search(said), None
    while m is not None:  # "um neun, um halb zwölf muss ich los": the end is the last time
        end = next(g for name, g in m.groupdict().items() if g is not None and name[0] == "t")
        clock = _one_clock(end)
        if clock is not None:
            break
        m = _END.search(said, m.start() + 1)
    if m is None or clock is None:
        return None
    head, tail = said[: m.start()].strip(), said[m.end() :].strip()
    if "fertig" in m[0] and "sein" not in m[0] and _OWN_STATE.search(head):
        return None
    head = f"{head} {m['d1'] or ''}"  # "ich muss am Mittwoch um 12 weg": the day said in it
    tail = tail if _said_something(tail) else ""
    kinds = {term.kind for _, _, term in time_spans(head, "date")[0]}
    if kinds & {"around", "between"}:
        # "gegen zehn, ich muss um zwölf weg": the start said is the wish
        return " ".join(f"{head} {tail}".split()), False
    # "Mittwoch um zehn, ich muss um zwölf weg": the start said is the wish, checked against
    # the end ("um elf, aber um zwölf fertig" for two hours: asked); "ab zehn, ich muss um zwölf
    # weg" a lower bound: both kept
    return " ".join(f"{head} bitte vor {clock} {tail}".split()), True
