"""A weekday shortened with a full stop before plain words ("Also dann, bis Fr. um 10 Uhr!",
"Bis Sa. bei Lena!") read as the weekday it stands for, so a parting or a claim that names the
day reads as with the full name (the lead, after blind 26's probe). Only before a lower-case word
or at the end: "Fr. 28. Nov." is a written date (`dates_spelled_out`), "Fr. Hoffmann" is "Frau".
German only; "So." is "so" as often as Sonntag and is left alone.

A terse voice writes the short weekday without a stop before the hour, in both languages ("Do 15
Uhr, Fabian", "Fr 10 weg", "Fri 10, Fabian — ok?", "Thu 3 p.m.", blind 55): written with a
capital and followed by the hour (a comma between at most), it is the weekday too; "So"/"Sun"
are left alone here as well."""

from __future__ import annotations

import re

from agent.claims.dates_spelled_out import DE_DAYS, EN_DAYS
from agent.claims.lazy_pattern import lazy

_SHORT = lazy(r"\b(Mo|Di|Mi|Do|Fr|Sa)\.(?=\s+[a-zäöüß]|\s*[!?]?\s*$)")
# the short weekday before an hour ("Fr 10 Uhr", "Sa 11", "Fri, 10", "Thu 3 p.m."), not a date
# (an hour said in words after a comma, or the day after a parting's "bis" / "see you": "Bis Fr,
# zehn Uhr.", "See you Fri, 10.", "Bis Sa!"; claims142)
_HOUR_WORD_DE = r",\s*(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb)\b"
_HOUR_WORD_EN = r",\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b"
_BEFORE_HOUR = {
    "de": lazy(
        r"\b(Mo|Di|Mi|Do|Fr|Sa)\b(?=,?\s*\d{1,2}(?:[:.]\d\d)?(?!\d|\.\s*\d|\.\s*[A-ZÄÖÜ])|"
        rf"{_HOUR_WORD_DE})|(?<=\b[Bb]is\s)(Mo|Di|Mi|Do|Fr|Sa)\b(?=\s*(?:[,!]|\.?\s*$))"
    ),
    "en": lazy(
        r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?(?=,?\s*\d{1,2}(?:[:.]\d\d)?(?!\d|\s*(?:st|nd|rd|th)\b)|"
        rf"{_HOUR_WORD_EN})|(?<=\b[Ss]ee\syou\s)(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?(?=\s*(?:[,!]|\.?\s*$))"
    ),
}


# the bare hour after a short weekday marked as the hour it is, not a day of the month ("Fri,
# 10" is not "Friday the 10th"; "Fr 10 weg", "See you Fri, 10."; claims142)
_BARE_HOUR = {
    "de": lazy(
        r"\b(Mo|Di|Mi|Do|Fr|Sa)(,?\s*)(1[0-2]|0?[1-9])\b(?!\s*(?:uhr|h)\b|[:./-]\d|\.\s*[A-ZÄÖÜ\d])",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)(\.?,?\s*)(1[0-2]|0?[1-9])\b"
        r"(?!\s*(?:a\.?m|p\.?m|o'clock|h|st|nd|rd|th)\b|[:./-]\d)",
        re.IGNORECASE,
    ),
}


def days_in_full(sentence: str, lang: str) -> str:
    """`sentence` with weekdays shortened before plain words written out."""
    if lang in _BARE_HOUR:
        hour = " Uhr" if lang == "de" else " o'clock"
        sentence = _BARE_HOUR[lang].sub(
            lambda m: m[0] + hour if m[1][0].isupper() else m[0], sentence
        )
    if lang == "en":
        return _BEFORE_HOUR["en"].sub(lambda m: EN_DAYS[(m[1] or m[2]).lower()], sentence)
    if lang != "de":
        return sentence
    sentence = _BEFORE_HOUR["de"].sub(lambda m: DE_DAYS[(m[1] or m[2]).lower()], sentence)
    return _SHORT.sub(lambda m: DE_DAYS[m[1].lower()], sentence)
