"""A weekday the caller checks about the date they named: "den 13. Jan., das ist ein Mittwoch,
oder?", "der 20., das ist doch ein Freitag, gell?", "the 14th, that's a Tuesday, right?", "der 20. ist ein
Samstag, oder?". The
question says the weekday the caller believes; it is read as the weekday said with the date
("Mittwoch, den 13. Januar"): the date when the weekday is right, the mismatch asked when not. Its
"ein" is no clock ("ein" read as 1 would be 13:00).

Works on normalized text (`tools.when.normalize`: "ein" as "1").
"""

from __future__ import annotations

import re

from tools.when.lexicon import MONTH_RE, WEEKDAY_RE

_CHECKED = re.compile(
    r"\b(?:(?:das|der|es|dies)\s+(?:ist|waer|waere|war)|(?:ist|waere)\s+(?:das|der|es)|thats"
    # the day of the month itself the subject: "der 20. ist ein Samstag, oder?", "the 17th is a
    # Friday, right?" (the tag question seeks a yes, it offers no other day)
    r"|(?<=\d\.\s)(?:ist|waere|war)|(?<=\dth\s)is|(?<=\dst\s)is|(?<=\dnd\s)is|(?<=\drd\s)is"
    r"|that\s+is|its|it\s+is|is\s+that|isnt\s+that|which\s+is"
    # "that'd be a Wednesday", "which will be a Friday"
    r"|(?:thatd|thatll|(?:that|which|it)\s+(?:would|will|should))\s+be)\s+"
    # the article may be gone: `normalize` drops English "a" ("that's a Monday": "thats monday")
    r"(?:(?:doch|ja|dann|schon|also|aber|wohl|auch|still)\s+)*(?:(?:1|ein|a)\s+)?"
    rf"(?P<day>{WEEKDAY_RE})\b"
    r"(?:\s+(?:oder\s+nicht|oder|gell|ne|nicht\s+wahr|nicht|right|isnt\s+it|is\s+it|no))?"
)

# the date with its month the subject: "der 20. maerz ist samstag oder" (a month between the day and
# "ist", beyond a look-behind's fixed width)
_MONTH_SUBJECT = re.compile(rf"(?<=\d\.\s)(?P<month>{MONTH_RE})\s+(?=(?:ist|waere|war)\s)")


def weekday_checked(text: str) -> str:
    """`text` with the caller's check of the weekday ("das ist ein Mittwoch, oder?") as the
    weekday said, after a filler: "am 5. ja dienstag" is the 5th checked as a Tuesday, never "am
    5. Dienstag" (the fifth Tuesday of the month, `tools.when.days`)."""
    text = _MONTH_SUBJECT.sub(lambda m: f"{m['month']} das ", text)
    return " ".join(_CHECKED.sub(lambda m: f" ja {m['day']} ", text).split())


# "on the 5th, a Wednesday, yeah?", "am Zehnten, ein Freitag": the weekday set beside the date as
# an apposition is the same check; `normalize` drops the comma and the article, and "the 5th
# Wednesday" would be the fifth Wednesday of a month, so it is read before (on the raw text)
_APPOSED = re.compile(
    r"\b(?P<date>\d{1,2}(?:st|nd|rd|th)?\.?|first|second|third|(?!month\b)[a-z]+th"
    r"|ersten|zweiten|dritten|siebten|achten|[a-zäöü]+ten|[a-zäöü]+sten)\s*,\s*"
    r"(?:also\s+|so\s+|that\s+)?(?:a|an|ein|einem|einen)\s+"
    rf"(?=(?:{WEEKDAY_RE})\b)",
    re.IGNORECASE,
)


def weekday_apposed(text: str) -> str:
    """Raw `text` with a weekday set beside a day of the month ("the 5th, a Wednesday") said as
    the caller's check of it ("the 5th, that is a Wednesday")."""
    return _APPOSED.sub(lambda m: f"{m['date']}, das ist ein ", text)
