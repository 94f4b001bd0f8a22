"""A day or time the caller takes back with a reason of not managing it, then names another:
"Donnerstag, oh nee, da kann ich nicht, Freitag", "um neun – nee, das schaff ich nicht, um
zehn", "Mittwoch, ach nee, da geht's nicht, Donnerstag", "Friday, oh no, I can't make it,
Saturday". The clause that takes back is a correction ("nein"), so what follows it replaces what
came before (README round 16: what is said last counts).

Only when a day or a time follows the clause ("am", "um", a weekday, a number, "lieber" before
one); a clause with nothing after it ("Donnerstag, oh nee, da kann ich nicht") or with a reason
("..., da kann ich nicht, weil ...") stays as said: something excluded, nothing named instead
(asked).

The clause may restate what it takes back as its subject ("Freitag um zehn, nee, zehn geht
nicht, lieber um zwei", "Friday at ten, ten won't work, make it two", "Freitag geht nicht, lieber
Samstag"): the restated words stay, only the clause becomes the correction. Said without a mark,
a word of preference must follow ("zehn geht nicht lieber um zwei"): "da kann ich nicht um zehn"
still excludes the ten.

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import TODAY_TOMORROW_RE, WEEKDAY_RE

_SEP = r"\s*(?:[,.;!:–—-]\s*)*"
_NUMBER_WORDS = (
    r"eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
# a day or a time named after the clause: what replaces the one taken back
_NAMED = (
    rf"(?:am|um|an|on|at|den|the|gegen|around|\d|(?:{WEEKDAY_RE})\b|{TODAY_TOMORROW_RE}"
    rf"|{_NUMBER_WORDS}|halb|viertel|half|quarter)"
)
# words of preference before it ("lieber um zwei", "make it two", "how about Saturday")
_PREFER = r"(?:lieber|besser|eher|rather|instead|better|make\s+it|how\s+about|what\s+about)"
# after the clause: a mark and a day or time, or (no mark) a word of preference and one
_THEN = (
    r"(?:\s*[,.;!:–—-]"
    rf"{_SEP}(?=(?:(?:dann|aber|also|doch|but|then|{_PREFER})\s+)*{_NAMED})"
    rf"|\s+(?=(?:(?:dann|doch|aber|but|then)\s+)*{_PREFER}\s+(?:(?:so\s+)?{_NAMED})))"
)
_CANNOT = re.compile(
    rf"{_SEP}(?:(?:oh|ach|ah|äh|hm|mist)\b{_SEP})?(?:(?:nee|nein|ne|nö|no|nope)\b{_SEP})?"
    r"(?:"
    r"(?:da|das|dann|des|den|die)\s+(?:kann\s+ich|könnte\s+ich|geht(?:'s|s|\s+es)?|klappt(?:'s|s|\s+es)?"
    r"|passt(?:'s|s|\s+es)?|schaff(?:e)?\s+ich|krieg(?:e)?\s+ich|bin\s+ich|wird\s+das|hab\s+ich|habe\s+ich)"
    r"(?:\s+(?:doch|leider|eh|ja|wohl|echt|gar))*\s+(?:nicht|nich|net|nit)"
    r"(?:\s+(?:so\s+gut|mehr|hin|da|dabei|zeit))*"
    r"|i\s+(?:can't|cannot|can\s+not|won't)(?:\s+(?:do|make))?(?:\s+(?:that|it|then))*"
    r"|(?:that|it)\s+(?:doesn't|does\s+not|won't|will\s+not)\s+work(?:\s+for\s+me)?"
    r")"
    # a mark after the clause: "da kann ich nicht um zehn" excludes the ten, it names nothing
    rf"{_THEN}",
    re.IGNORECASE,
)
# the day or time taken back, restated as the clause's subject ("zehn", "um 10 Uhr", "Freitag")
_SUBJECT = (
    rf"(?:(?:um|at|on|am)\s+)?(?:(?:\d{{1,2}}(?:[:.]\d{{2}})?|{_NUMBER_WORDS}"
    r"|(?:halb|viertel\s+(?:nach|vor)|half\s+past|quarter\s+(?:past|to))\s+\w+)"
    r"(?:\s+(?:uhr|o'?clock|am|pm))?"
    rf"|(?:{WEEKDAY_RE})s?)"
)
_SOFT = r"(?:\s+(?:doch|leider|eh|ja|wohl|echt|gar|bei\s+mir|für\s+mich|mir|really|actually))*"
_RESTATED_CANNOT = re.compile(
    rf"\b(?P<subject>{_SUBJECT})"
    r"(?:"
    rf"\s+(?:geht|passt|klappt|ist|wäre){_SOFT}\s+(?:nicht|nich|net|nit|schlecht|blöd|doof"
    r"|ungünstig|nix|nichts)"
    rf"|\s+(?:kann|könnte|schaff(?:e)?|krieg(?:e)?)\s+ich{_SOFT}\s+(?:nicht|nich|net|nit)"
    r"|(?:\s+|'s\s+)(?:doesn't|does\s+not|won't|will\s+not|isn't|is\s+not)\s+"
    r"(?:work|do|suit\s+me|good)(?:\s+for\s+me)?"
    r"|(?:\s+is|'s)\s+(?:no\s+good|out|bad)"
    rf"){_THEN}",
    re.IGNORECASE,
)


def cannot_then(text: str) -> str:
    """`text` with a "da kann ich nicht" or "zehn geht nicht" between two days or times read as a
    correction."""
    text = _RESTATED_CANNOT.sub(lambda m: f"{m['subject']}, nein, ", text)
    return _CANNOT.sub(", nein, ", text)
