"""The caller's working day that sets a bound, said with its time: the window it leaves, never
that time as the appointment's start.

- The end of work or school ("nach der Arbeit, ich hab um 16 Uhr Schluss", "ich hab um fünf
  Feierabend", "nach der Schule, die ist um halb zwei aus", "after work, I finish at 6", "I get
  off at 5", "um halb fünf bin ich fertig" after "nach der Arbeit"): from that time ("ab T"), the salon's closing the other end.
- The start of work ("vor der Arbeit, ich fange um zehn an", "before work, I start at 10", "ich
  muss um elf anfangen" after "vor der Arbeit"): before that time, the service done by then.
- A deadline ("ich muss um fünf fertig sein", "um vier muss Schluss sein", "I need to be done
  by 5"): before that time, the service done by then.
- A break with its length ("in der Mittagspause, ich hab ab eins eine Stunde", "during my lunch
  break, I have an hour from 12", "eine halbe Stunde ab zwölf"): that window.

Only with exactly one clock time and no day in the clause, and no "also" / "so" / "dann" with a
time after it (the caller's own estimate: `own_schedule`). "fertig" / "done" count only after
"nach der Arbeit" / "after work" ("ich muss um zwölf fertig sein" is a deadline). A work
schedule without its time ("nach der Arbeit") is left as said (asked).

Works on the caller's words as said, before `own_schedule`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import TODAY_TOMORROW_RE, WEEKDAY_NAME_RE
from tools.when.normalize import normalize
from tools.when.times import time_spans

_AFTER_WORK = re.compile(
    r"\b(?:nach\s+(?:der|meiner)\s+(?:arbeit|(?:früh|frueh|spät|spaet|nacht)?schicht|schule|uni)"
    r"|nach\s+(?:dem|meinem)\s+(?:dienst|job|unterricht)"
    r"|nach\s+(?:dem\s+)?(?:feierabend|dienstschluss|büroschluss|bueroschluss|arbeitsschluss"
    r"|schichtende)|after\s+(?:work|school|my\s+shift|the\s+office))\b",
    re.I,
)
_BEFORE_WORK = re.compile(
    r"\b(?:vor\s+(?:der|meiner)\s+(?:arbeit|schicht)|vor\s+(?:dem|meinem)\s+(?:dienst|job)"
    r"|before\s+(?:work|my\s+shift|the\s+office))\b",
    re.I,
)
# the end of work said with its time
_ENDS = re.compile(
    r"\b(?:schluss|feierabend|dienstschluss|arbeitsschluss|büroschluss|bueroschluss|schichtende|finish\w*|get\s+off|knock\s+off"
    r"|off\s+work|clock\s+off|ends|endet|zu\s+ende|vorbei|aus|over|out"
    # "da hab ich Frühschicht bis zwei": the shift until then (round 59)
    r"|(?:früh|frueh|spät|spaet|tag)?schicht\s+bis)\b",
    re.I,
)
# after "nach der Arbeit" only: "ich bin um fünf draußen", "aus dem Büro raus", "I'm off at 6"
# (alone, "damit ich um drei wieder draußen bin" is a deadline: `end_to_keep`)
_DONE = re.compile(
    r"\b(?:fertig|durch|done|free|draußen|draussen|raus|(?:i'?m|i\s+am)\s+off)\b", re.I
)
# the start of work said with its time ("ich fange um zehn an", "I start at 10")
_STARTS = re.compile(
    r"\b(?:fang\w*|anfangen|beginn\w*|start\w*|begin\w*|dienstbeginn|arbeitsbeginn"
    # where work is, to be there by then: "ich muss um halb elf im Büro sein" (round 59)
    r"|(?:im\s+(?:büro|buero|laden|geschäft|geschaeft)|bei\s+der\s+arbeit|auf\s+der\s+arbeit"
    r"|in\s+der\s+arbeit)\s+sein|be\s+(?:at\s+work|in\s+the\s+office))\b",
    re.I,
)
# the appointment's own clock after "vor der Arbeit" ("morgen früh vor der Arbeit, um neun"):
# the work only says why that time suits
_OWN_CLOCK = re.compile(r"^\W*(?:so\s+)?(?:um|at|gegen|around)\b", re.I)
_BREAK = re.compile(r"\b(?:mittagspause|pause|lunch\s*break|lunch|break)\b", re.I)
_LENGTH = re.compile(
    r"\b(?:(?P<half>eine\s+halbe\s+stunde|half\s+an\s+hour|(?:a\s+)?half\s+hour|30\s+min\w*)"
    r"|(?P<hour>eine\s+stunde|an\s+hour|one\s+hour|1\s+stunde|60\s+min\w*))\b",
    re.I,
)
# the service must be done by the time ("ich muss um fünf fertig sein", "um vier muss Schluss
# sein", "I need to be done by 5"): before it, never from it nor at it
_DEADLINE = re.compile(
    r"\b(?:muss|müsste|muesste|sollte?|must|need\s+to|have\s+to|got\s+to)\b.*"
    r"\b(?:fertig|schluss|durch|raus|done|finished|out)\b"
    r"|\b(?:fertig|durch|raus)\s+sein\b|\bbe\s+(?:done|finished|out)\b",
    re.I,
)
_FROM = re.compile(r"\b(?:ab|von|from|at|um)\b", re.I)
_OWN_ESTIMATE = re.compile(r"\b(?:also|so|dann|then)\b", re.I)
# a day in the clause (also glued to its part: "Samstagnachmittag, bis vier muss ich fertig sein")
_DAY = re.compile(
    rf"\b(?:{WEEKDAY_NAME_RE}|{TODAY_TOMORROW_RE})(?:\b|(?=vormittag|nachmittag|mittag|abend"
    r"|morgen|frueh|früh))|\d{1,2}\.\d",
    re.I,
)


# the day said right after the work it bounds ("after work today, I'm off at half five",
# "nach der Arbeit morgen"): the day of the window, read before the clause
_WORK_THEN_DAY = re.compile(
    rf"({_AFTER_WORK.pattern}|{_BEFORE_WORK.pattern})\s+((?:am\s+|on\s+)?(?:{WEEKDAY_NAME_RE}"
    rf"|{TODAY_TOMORROW_RE}))\b",
    re.I,
)


@dataclass(frozen=True)
class WorkBound:
    text: str  # the clause replaced by the window it leaves
    finish_by: bool = False  # the service must be done by the bound: its minutes counted


def one_clock(text: str) -> tuple[int, int, bool] | None:
    """The one clock time in `text` (hour, minute, pm said), else None; a part of the day said
    with it ("nach der Arbeit") is no clock."""
    found, _ = time_spans(normalize(text), "date")
    clocks = [c for _, _, term in found for c in term.clocks]
    if len(clocks) != 1:
        return None
    c = clocks[0]
    return c.hour, c.minute, c.meridiem == "pm"


def said_clock(hour: int, minute: int, pm: bool) -> str:
    return (f"{hour}:{minute:02d}" if minute else str(hour)) + (" pm" if pm else "")


_CLAUSE = re.compile(
    rf"{_AFTER_WORK.pattern}|{_BEFORE_WORK.pattern}|{_BREAK.pattern}"
    r"|\b(?:ich|i|i'm|im|my|meine?|mir)\b|\b(?:muss|must|need)\b",
    re.I,
)


def work_bound(text: str) -> WorkBound | None:
    """`text` with the caller's working day read as the window it leaves, or None."""
    text = _WORK_THEN_DAY.sub(r"\2 \1", text)
    start = _CLAUSE.search(text)
    if start is None:
        return None
    head, clause = text[: start.start()], text[start.start() :]
    if one_clock(head) is not None and one_clock(clause) is None:
        head, clause = "", text  # "um vier ist bei mir Schluss": the time said first
    if _DAY.search(clause) or one_clock(head) is not None:
        return None
    clock = one_clock(clause)
    if clock is None:
        return None
    estimate = _OWN_ESTIMATE.search(clause)
    if estimate is not None and one_clock(clause[estimate.end() :]) is not None:
        return None  # "ich hab um vier Schluss, also so um halb fünf": the caller's estimate
    after_work = _AFTER_WORK.search(clause)
    if _DEADLINE.search(clause):  # done by then; "after work, done by 7" says both: as said
        return None if after_work else WorkBound(f"{head} bitte vor {said_clock(*clock)}", True)
    if _ENDS.search(clause) or (after_work and _DONE.search(clause[after_work.end() :])):
        return WorkBound(f"{head} ab {said_clock(*clock)}")
    if _BEFORE_WORK.search(clause) and _STARTS.search(clause):
        return WorkBound(f"{head} bitte vor {said_clock(*clock)}", finish_by=True)
    before_work = _BEFORE_WORK.search(clause)
    if before_work and _OWN_CLOCK.match(clause[before_work.end() :]):
        return WorkBound(f"{head} {clause[before_work.end() :]}")
    length = _LENGTH.search(clause)
    if _BREAK.search(clause) and length is not None and _FROM.search(clause):
        hour, minute, pm = clock
        end = hour * 60 + minute + (30 if length["half"] else 60)
        return WorkBound(
            f"{head} von {said_clock(hour, minute, pm)} bis {said_clock(end // 60, end % 60, pm)}"
        )
    return None
