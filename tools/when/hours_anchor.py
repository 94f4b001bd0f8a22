"""Times counted from the salon's own opening or closing on the day said: "eine Stunde vor
Ladenschluss", "eine Dreiviertelstunde vor Feierabend", "zwei Stunden nachdem Sie aufmachen",
"eine halbe Stunde nach Öffnung", "two hours before you close", "an hour after you open". Only
the day's hours know the clock time (Thursday closes at 20:00, Saturday at 14:00), so the phrase
stays a length and an edge (`anchor`) until `tools.when.resolve` knows the day; a closed day is
closed, a start whose service does not fit the hours "outside".

"in der letzten Stunde vor Ladenschluss", "zur letzten halben Stunde vor Geschäftsschluss", "the
last hour before closing" are the window of that last stretch (`last_stretch`).

The caller's own "Feierabend" is the end of their work: "eine Stunde nach Feierabend" is not read
(asked); "vor Feierabend" with a length before it is the salon's, as "kurz vor Feierabend" is.

Works on normalized text (`tools.when.normalize`: folded umlauts, number words as digits)."""

from __future__ import annotations

import re

from tools.when.stretch import STRETCH, stretch_minutes

_WHO = r"(?:sie|ihr|du|der\s+laden|der\s+salon|das\s+geschaeft|you(?:\s+guys)?|they|the\s+(?:salon|shop))"
_CLOSE_NOUN = (
    r"(?:(?:dem|der|ihrem|eurem)\s+)?(?:(?:laden|geschaefts)?schluss|(?:laden)?schliessung|geschaeftsende"
    r"|zumachen|schliessen|dichtmachen|feierabend)"
)
_CLOSE_VERB = (
    r"(?:zumachen|zu\s+machen|zumacht|schliessen|schliesst|dichtmachen|zusperren"
    r"|(?:feierabend|schluss)\s+machen|close|closes|shut|shuts|shut\s+up\s+shop)"
)
_CLOSE_EN = r"(?:closing(?:\s+time)?|close|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day)"
_OPEN_NOUN = r"(?:(?:der|dem)\s+)?(?:(?:laden|geschaefts)?oeffnung|aufmachen|oeffnen|aufsperren)"
_OPEN_VERB = (
    r"(?:aufmachen|aufmacht|auf\s+machen|aufgemacht\s+(?:haben|habt|hat)|oeffnen|oeffnet"
    r"|geoeffnet\s+(?:haben|habt|hat)|aufsperren|aufgesperrt\s+(?:haben|hat)|open|opens"
    r"|(?:have|ve|has)\s+opened|opened)"
)
_OPEN_EN = r"(?:opening(?:\s+time)?|you\s+open|youve\s+opened|the\s+(?:salon|shop)\s+opens)"
# a length, then before / after, then the salon's closing or opening
_EDGE = (
    rf"(?P<before_close>vorm?\s+{_CLOSE_NOUN}|bevor\s+{_WHO}\s+{_CLOSE_VERB}"
    rf"|bevor\s+(?:bei\s+ihnen\s+)?(?:feierabend|schluss)\s+ist"
    rf"|before\s+(?:{_CLOSE_EN}|{_WHO}\s+{_CLOSE_VERB}))"
    rf"|(?P<after_close>nach\s+(?:(?:dem|der)\s+)?(?:(?:laden|geschaefts)schluss|(?:laden)?schliessung)"
    rf"|nachdem\s+{_WHO}\s+(?:zugemacht|geschlossen)(?:\s+(?:haben|habt|hat))?"
    rf"|after\s+(?:{_CLOSE_EN}|{_WHO}\s+{_CLOSE_VERB}))"
    rf"|(?P<after_open>nach\s+{_OPEN_NOUN}|nachdem\s+{_WHO}\s+{_OPEN_VERB}"
    rf"|after\s+(?:{_OPEN_EN}|{_WHO}\s+{_OPEN_VERB}))"
    rf"|(?P<before_open>vor\s+{_OPEN_NOUN}|bevor\s+{_WHO}\s+{_OPEN_VERB}"
    rf"|before\s+(?:{_OPEN_EN}|{_WHO}\s+{_OPEN_VERB}))"
)
# "zwei Stunden vor Ladenschluss fertig sein" is an end to keep, not the start: not read (asked)
_DONE_BY = (
    r"(?!\s+(?:(?:wieder|schon|dann|spaetestens|again|already)\s+)*"
    r"(?:fertig|weg|los|raus|draussen|zurueck|done|finished|out|gone|back|leave)\b)"
)
ANCHORED = rf"\b(?P<length>{STRETCH})\s+(?:{_EDGE})\b{_DONE_BY}"
# "in der letzten Stunde vor Ladenschluss", "zur letzten halben Stunde", "the last hour before
# closing": a closing word (or "des Tages", "of the day") must be said, as "in der letzten Stunde"
# alone is also the hour just gone
_LAST_LENGTH = (
    r"(?P<last_len>stunde|halben\s+stunde|viertelstunde|dreiviertelstunde|hour|half\s+(?:an\s+)?hour"
    r"|(?P<last_n>\d+)\s+(?P<last_unit>stunden|hours|minuten|minutes))"
)
LAST_STRETCH = (
    r"\b(?:(?:in|zu|waehrend)\s+(?:der|die)\s+|zur\s+|(?:in|during|within)\s+the\s+|the\s+)?"
    rf"(?:letzten|letzte|last|final)\s+{_LAST_LENGTH}\s+"
    rf"(?:vor\s+{_CLOSE_NOUN}|bevor\s+{_WHO}\s+{_CLOSE_VERB}|des\s+tages|am\s+tag"
    rf"|before\s+(?:{_CLOSE_EN}|{_WHO}\s+{_CLOSE_VERB})|of\s+the\s+day)\b"
)


# "spätestens eine Stunde vor Ladenschluss", "ab zwei Stunden nach Öffnung": a bound at that time,
# never the start alone; not read (asked)
_BOUND_BEFORE = re.compile(
    r"\b(?:ab|bis|spaetestens|fruehestens|nicht|from|until|till|by|after|before|than|not)\s*$"
)


def bounded(m: re.Match[str]) -> bool:
    """Whether an `ANCHORED` match is said as a bound ("spätestens", "ab", "by" before it)."""
    return bool(_BOUND_BEFORE.search(m.string[: m.start()]))


def anchor(m: re.Match[str]) -> tuple[str, int]:
    """The edge of the day ("open" / "close") and the minutes from it (before: negative) said
    by an `ANCHORED` match."""
    minutes = stretch_minutes(m["length"]) or 0
    if m["before_close"]:
        return "close", -minutes
    if m["after_close"]:
        return "close", minutes
    return "open", minutes if m["after_open"] else -minutes


def last_stretch(m: re.Match[str]) -> int:
    """The minutes before closing said by a `LAST_STRETCH` match."""
    if m["last_n"]:
        return int(m["last_n"]) * (60 if m["last_unit"] in ("stunden", "hours") else 1)
    said = m["last_len"]
    if said.startswith("dreiviertel"):
        return 45
    if "halb" in said or "half" in said:
        return 30
    return 15 if said.startswith("viertel") else 60
