"""The caller correcting a read-back or their own words, in the forms the generic correction
reading (`resolve._corrected`) leaves asked:

- the wish said with what was misheard after it: "Donnerstag, ich sagte drei, nicht zwei", "no,
  Friday, not Wednesday", "Freitag meinte ich, nicht Samstag", "I didn't say Monday, I said
  Wednesday": what was said is the wish, the "nicht X" is the agent's mistake, not a day or time
  ruled out with nothing named instead. Only with a read-back word ("nein" / "no" opening the
  words, "ich sagte", "hab ich gesagt", "meinte ich", "I said", "I meant"): "Freitag, nicht
  Samstag" alone stays asked (the hand corpus' label);
- a part of the day taken back for another ("not the morning, the afternoon", "nicht
  vormittags, nachmittags"): the part said last;
- a time moved by a span after a correction word ("um zwei, ach so, dann doch lieber eine Stunde
  später", "at ten, actually make that an hour later", "um elf, nee, eine halbe Stunde
  früher"): the time said, moved by it (14:00 -> 15:00). A hedged move ("oder eine Stunde
  später", "vielleicht auch später") stays asked;
- the caller's usual time said with this time's difference ("sonst komm ich immer um zehn,
  diesmal eine Stunde später am Samstag", "normally at ten, this time an hour earlier"): the usual
  time moved by it. A difference from a usual time not said ("eine Stunde später als sonst")
  stays asked: the tool cannot know it.

Works on normalized text (`tools.when.normalize`: digits, no punctuation, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

# Words that mark the turn as a correction of what the agent read back
_READ_BACK = re.compile(
    r"^(?:nein|nee|no|noe)\b|\b(?:ich\s+(?:sagte|sag|sage|meinte|hab|habe)|sagte\s+ich"
    r"|meinte\s+ich|(?:hab|habe)\s+ich\s+gesagt|i\s+said|i\s+meant|i\s+did\s+say|gesagt)\b"
)
_CLOCK = r"\d{1,2}(?::\d{2})?(?:\s+uhr)?"
# A clock said in full, as callers say one and the recogniser mishears it ("viertel nach 10",
# "3 15", "2 in the afternoon"): what a correction of a misheard clock names on both sides
_FULL_CLOCK = (
    r"(?:(?:um|at)\s+)?(?:(?:viertel|dreiviertel|halb|half|quarter)\s+(?:(?:nach|vor|past|to)\s+)?)?"
    r"\d{1,2}(?::\d{2}|\s+\d{2}(?!\.))?(?:\s+uhr)?(?:\s+(?:in\s+the\s+)?(?:morning|afternoon"
    r"|evening|night)|\s+(?:morgens|vormittags|nachmittags|abends|nachts))?\b(?!\.)"
)
# A day of the month said by its number ("den 18.", "the 16th")
_DAY_OF_MONTH = r"(?:(?:am|den|dem|der|the|on\s+the)\s+)?\d{1,2}(?:\.|(?:st|nd|rd|th)\b)"
_PART = (
    r"(?:(?:the|in\s+the|am|den|der)\s+)?(?:morning|afternoon|evening|vormittags?|nachmittags?"
    r"|abends?|morgens)\b"
)
_KINDS = {
    "day": rf"(?:(?:am|on)\s+)?(?:{WEEKDAY_RE})\b",
    "date": _DAY_OF_MONTH,
    "full clock": _FULL_CLOCK,
    "clock": rf"(?:(?:um|at)\s+)?{_CLOCK}\b(?!\.)",
    "part": _PART,
}
# "um viertel nach 10 nicht viertel vor 10", "at 3 15 not 3 50": a clock said with the clock it is
# not, side by side; the one not meant is the recogniser's or agent's mishearing of it
_CLOCK_NOT_CLOCK = re.compile(rf"(?P<kept>{_FULL_CLOCK})\s+(?:nicht|not)\s+{_FULL_CLOCK}")
# "früher, also um 9", "later, so at 4", "earlier, I mean at 9": the clock said after the
# direction is the time meant; the direction only says how it moved from the one before
_DIRECTION_THEN_CLOCK = re.compile(
    r"\b(?:frueher|spaeter|earlier|later)\s+(?:also|so|dann|sprich|i\s+mean|that\s+is|say)\s+"
    r"(?=(?:um|at|gegen|around)\s+\d)"
)
# "ich hab vier gesagt", "hab ich gesagt", "I said", "ich sagte": the marker around what was said
_SAID_MARKERS = re.compile(
    r"\b(?:ich\s+(?:hab|habe)\s+(?=\S+\s+gesagt\b)|(?<=\S)\s+gesagt\b|(?:hab|habe)\s+ich\s+gesagt"
    r"|ich\s+(?:sagte|sag|sage)|sagte\s+ich|i\s+(?:said|did\s+say))\b"
)
# "I didn't say Monday", "ich hab nicht Montag gesagt", "thats wrong", "das ist falsch"
_NOT_SAID = re.compile(
    r"\b(?:i\s+)?(?:didnt|did\s+not|never)\s+say\s+\S+(?:\s+\S+)??(?=\s+(?:i\s+said|i\s+meant"
    r"|but|i\s+did\s+say)\b)"
    r"|\bich\s+(?:hab|habe)\s+(?:doch\s+)?(?:nicht|nie)\s+(?:\S+\s+){1,2}?gesagt\b(?:\s+sondern)?"
    r"|\b(?:thats|that\s+is|its)\s+(?:wrong|not\s+right|not\s+what\s+i\s+said)\b"
    r"|\b(?:das\s+ist\s+falsch|das\s+stimmt\s+so\s+nicht)\b"
)

_AMOUNT_WORDS = (
    r"eine?\s+halbe|eine?\s+dreiviertel|eine?\s+viertel|a\s+quarter\s+of\s+an|a\s+half|half\s+an"
    r"|anderthalb|eineinhalb|an\s+hour\s+and\s+a\s+half|eine?|an?|zwei|two|drei|three"
)
AMOUNT = rf"(?P<amount>{_AMOUNT_WORDS}|1|2|3)"
# any whole number of hours: a booked slot said and moved by more than three (`offered_slot`)
ANY_AMOUNT = rf"(?P<amount>{_AMOUNT_WORDS}|\d{{1,2}})"
_SHIFT = re.compile(
    rf"\b(?P<prep>um|at)\s+(?P<halb>halb\s+)?(?P<hour>\d{{1,2}}|noon|midday|mittag)"
    r"(?::(?P<minute>\d{2}))?"
    rf"(?:\s+uhr)?\b(?P<between>.*?)\b{AMOUNT}\s*(?:stunden?|hours?)?\s*"
    r"(?P<way>spaeter|frueher|later|earlier)\s*$"
)
_CORRECTING = re.compile(
    r"\b(?:nein|nee|ne|no|doch|lieber|actually|make\s+(?:that|it)|ach\s+(?:so|also)|moment"
    r"|wait|besser|rather|instead)\b"
)
_HEDGED = re.compile(r"\b(?:oder|or|vielleicht|maybe|perhaps|eventuell|evtl)\b")
_MINUTES = {"eine halbe": 30, "ein halbe": 30, "a half": 30, "half an": 30, "anderthalb": 90,
            "eineinhalb": 90, "eine viertel": 15, "ein viertel": 15, "a quarter of an": 15,
            "eine dreiviertel": 45, "ein dreiviertel": 45, "an hour and a half": 90, "zwei": 120, "two": 120, "drei": 180,
            "three": 180}  # fmt: skip


# "sonst komm ich immer um 10 diesmal eine stunde spaeter", "usually at 10 but this time an hour
# earlier": the usual time, then this time's difference (a day may follow)
_USUAL_SHIFT = re.compile(
    r"\b(?:sonst|normalerweise|gewoehnlich|meistens|immer|usually|normally|always)\b"
    r"(?:\s+(?!um\b|at\b)[a-z]+){0,4}?"
    rf"\s+(?P<prep>um|at)\s+(?P<halb>halb\s+)?(?P<hour>\d{{1,2}}|noon|midday|mittag)"
    r"(?::(?P<minute>\d{2}))?(?:\s+uhr)?(?:\s+(?!um\b|at\b)[a-z]+){0,3}?"
    r"\s+(?:aber\s+|but\s+)?(?:diesmal|dieses\s+mal|this\s+time|heute|today)"
    r"(?:\s+(?:lieber|eher|gern|gerne|bitte|mal|doch|rather|please))*"
    rf"\s+{AMOUNT}\s*(?:stunden?|hours?)?\s*(?P<way>spaeter|frueher|later|earlier)\b"
)


def _moved(m: re.Match[str]) -> str | None:
    """The time said, moved by the span after it; None when the words between mark no
    correction or hedge it."""
    between = m["between"]
    if not _CORRECTING.search(between) or _HEDGED.search(between):
        return None
    return moved_clock(m)


def moved_clock(m: re.Match[str]) -> str | None:
    """The clock of `m` moved by its amount, said as "um <clock>"; None past the day."""
    amount = m["amount"]
    delta = _MINUTES.get(amount, int(amount) * 60 if amount.isdigit() else 60)
    if m["way"].startswith(("frueher", "earlier", "eher", "sooner", "vor", "nach vorne")):
        delta = -delta
    hour = int(m["hour"]) if m["hour"].isdigit() else 12  # "at noon", "um Mittag"
    minute = int(m["minute"] or 0)
    if m["halb"]:
        hour, minute = hour - 1, 30
    total = hour * 60 + minute + delta
    if total < 0 or total >= 24 * 60:
        return None
    new_hour, new_minute = divmod(total, 60)
    if hour <= 12 and new_hour > 12:  # a time said on the twelve-hour dial stays on it
        new_hour -= 12
    new_hour = new_hour or 12
    clock = f"{new_hour}" if not new_minute else f"{new_hour}:{new_minute:02d}"
    return f"{m['prep']} {clock}"


def read_back(text: str) -> str:
    """`text` (normalized) with a read-back correction settled to what the caller wants."""
    m = _SHIFT.search(text)
    if m is not None and (moved := _moved(m)) is not None:
        text = f"{text[: m.start()]}{moved}"
    usual = _USUAL_SHIFT.search(text)
    if usual is not None and (moved := moved_clock(usual)) is not None:
        text = f"{text[: usual.start()]}{moved}{text[usual.end() :]}"
    text = _DIRECTION_THEN_CLOCK.sub("", text)
    text = _CLOCK_NOT_CLOCK.sub(lambda m: m["kept"], text)
    if not _READ_BACK.search(text) and not _NOT_SAID.search(text):
        return _part_taken_back(text)
    text = _NOT_SAID.sub(" ", text)
    for pattern in _KINDS.values():
        excluded = re.compile(rf"\b(?:nicht|not)\s+{pattern}")
        kept = excluded.sub(" ", text)
        if kept != text and re.search(pattern, kept):  # another of that kind is said
            text = kept
    text = _SAID_MARKERS.sub(" ", text)
    # "donnerstag 3": the number said as the time
    text = re.sub(rf"\b({WEEKDAY_RE})\s+(\d{{1,2}})\b(?!\.|\s*(?:uhr|:))", r"\1 um \2", text)
    return _part_taken_back(" ".join(text.split()))


def _part_taken_back(text: str) -> str:
    """ "not the morning, the afternoon": the part said last."""
    return " ".join(re.sub(rf"\b(?:nicht|not)\s+{_PART}\s*(?={_PART})", " ", text).split())
