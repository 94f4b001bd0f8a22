"""A limit set by the caller's own schedule ("Freitag, bevor ich die Kinder abhole um vier",
"ich hab bis vier Dienst, also ab halb fünf", "mein Zug kommt um elf an, also ab zwölf", "ich
muss um zwölf meinen Sohn holen, also bis dahin fertig"): the errand's own time is never the
wish.

- "bevor ich ... um T" / "before I ... at T": the window before T, the service's minutes counted
  (it must be done by then).
- The caller's schedule with its time, then "also" / "so" / "dann" and a time: that time (the
  estimate or bound after "also") is the wish, the schedule is left out.
- The schedule, then "also bis dahin fertig" / "also vorher" / "so before that": the window
  before the schedule's time, the service's minutes counted.
- An errand's time said with no other time ("Freitag, ich hole die Kinder um vier ab"): before
  or after it? Asked, never the errand's time.

The bound is written "bitte vor T": a word between it and a time said before it, so "um zehn,
bevor ich um zwölf ..." never reads as "zehn vor zwölf". Works on the words as said (normalize joins "at three, so around half three" into one span);
the schedule is found by who does it ("ich",
"mein Zug", "wenn ich", "nach meiner Schicht", "after the school run") and must hold exactly one
time and no day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.normalize import normalize
from tools.when.times import time_spans

# who keeps the schedule: the caller, their family, their train; "wenn ich", "nach meiner ..."
_OWNER = re.compile(
    r"(?i)\b(?:(?:wenn|sobald|weil|da|when|once|because)\s+)?(?:ich|wir|i|we|mein\w*|my|unser\w*|our)\b"
    r"|\b(?:nach|after)\s+(?:meine[mnr]?|unsere[mnr]?|dem|der|my|our|the)\b"
)
# "bis dahin fertig" said right after the schedule, no "also" before it
_DONE_BY = re.compile(r"\bbis\s+dahin\s+(?:fertig|durch)\b|\bdone\s+by\s+then\b")
# the caller goes on after the errand: the wish is after it, read as said elsewhere
_THEN = re.compile(r"\b(?:danach|nachher|afterwards|after\s+that|geht\w*)\b")
# the caller or someone of theirs: "bevor ich", "bevor mein Mann", "bevor die Kinder", "before
# the kids"
_BEFORE = re.compile(
    r"(?i)\b(?:bevor|before)\s+(?:ich|wir|i|we|mein\w*|my|unser\w*|our"
    # the clocks changing is no schedule: "the Friday before the clocks go back, at three"
    r"|(?:die|der|das|the)\s+(?!\d)(?!(?:clocks?|uhren?|zeit|time|zeitumstellung)\b)\w+)\b"
    r"(?P<body>.*)$"
)
_CONNECTOR = re.compile(r"(?i)\b(?:also|so|dann|then|therefore)\b")
# "also bis dahin fertig", "also vorher bitte", "so before that": done before the schedule's time
_BEFORE_THAT = re.compile(
    r"^(?:(?:also|so|dann|then)\s+)*(?:bis\s+dahin(?:\s+(?:fertig|durch))?|vorher|davor"
    r"|before\s+(?:that|then)|beforehand|by\s+then)(?:\s+(?:bitte|please|fertig|sein))*\s*$"
)
_DAY = re.compile(rf"\b(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|woche|week)\b|\d{{1,2}}\.\d")
# an errand's own time said with nothing after it: what the caller does, not the wish
_ERRAND = re.compile(
    r"\b(?:\w*hol\w*|bring\w*|arbeit\w*|schicht|dienst|feierabend|pick\w*|drop\w*|shift"
    r"|school\s+run|office|buero|kita|schule|uni|training|zug|bus|flieger|flug|train|flight)\b"
)


# the errand's time said first, the verb before its owner ("Samstag, um eins muss ich meine Tochter
# abholen", "um vier hol ich die Kinder"): the errand starts at its time
_FRONTED_TIME = re.compile(
    r"(?i)(?:^|,|\s)\s*(?P<time>(?:um|gegen|at)\s+[^,]*?)\s+(?:muss|muessen|müssen|soll|sollte|will"
    r"|wollte|hab|habe|werde|hole|hol|bringe|bring)\s*$"
)

ERRAND_TIME = "errandtime"  # stands for an errand's time left open: the question quotes the errand


@dataclass(frozen=True)
class Schedule:
    text: str  # what the caller said, the schedule replaced by the limit it sets
    finish_by: bool = False  # the limit is when the service must be done: its minutes counted
    unread: tuple[str, ...] = ()  # words standing for a schedule time left open (asked)
    errand: str = ""  # the errand as said, quoted by the question for the word in `unread`


def _one_clock(text: str) -> str | None:
    """The one clock time in `text` as a bare clock ("4", "14:00", "4:30"), else None."""
    found, _ = time_spans(text, "date")
    clocks = [c for _, _, term in found for c in term.clocks]
    if len(found) != 1 or len(clocks) != 1:
        return None
    c = clocks[0]
    said = f"{c.hour}:{c.minute:02d}" if c.minute or c.fixed else str(c.hour)
    return said + (" pm" if c.meridiem == "pm" else "")


def own_schedule(text: str) -> Schedule | None:
    """`text` (as said) with the caller's schedule read as the limit it sets, or None."""
    m = _BEFORE.search(text)
    if m is not None:
        body = normalize(m["body"])
        clock = _one_clock(body)
        if clock is not None and not _DAY.search(body) and not _CONNECTOR.search(body):
            # "bevor ich die Kinder abhole um vier": before 16:00, done by then
            return Schedule(f"{text[: m.start()]} bitte vor {clock}", finish_by=True)
    owner = _OWNER.search(text)
    if owner is None:
        return None
    start = owner.start()
    head = text[:start]
    if (fronted := _FRONTED_TIME.search(head)) is not None:
        start = fronted.start("time")
        head = text[:start]
    for connector in reversed(list(_CONNECTOR.finditer(text, owner.end()))):
        schedule = normalize(text[start : connector.start()])
        after = text[connector.start() :]
        if _DAY.search(schedule) or _DAY.search(normalize(after)):
            continue
        clock = _one_clock(schedule)
        if clock is None:
            continue
        if _BEFORE_THAT.match(normalize(after)):  # "also bis dahin fertig": before that time
            return Schedule(f"{head} bitte vor {clock}", finish_by=True)
        estimate = after[connector.end() - connector.start() :]
        if connector[0].lower() == "so":
            estimate = after  # "so um vier", "so any time after half nine"
        found, _ = time_spans(normalize(estimate), "date")
        if found:  # "also ab zwölf", "so um vier", "so any time after half nine": the wish
            return Schedule(f"{head} {estimate}")
    errand = normalize(text[start:])
    done_by = _DONE_BY.search(errand)
    clock = _one_clock(errand[: done_by.start()] if done_by else errand)
    if clock is None or _DAY.search(errand) or _CONNECTOR.search(errand):
        return None
    if done_by is not None:  # "ich muss um elf im Laden stehen, bis dahin fertig"
        return Schedule(f"{head} bitte vor {clock}", finish_by=True)
    if _ERRAND.search(errand) and not _THEN.search(errand) and _one_clock(normalize(head)) is None:
        # "Freitag, ich hole die Kinder um vier ab": before or after it? asked
        said = text[start:].strip(" ,.;")
        return Schedule(f"{head} {ERRAND_TIME}", unread=(ERRAND_TIME,), errand=said)
    return None
