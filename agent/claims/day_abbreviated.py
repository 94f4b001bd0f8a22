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

from agent.claims.dates_spelled_out import DE_DAYS, EN_DAYS
from agent.claims.lazy_pattern import lazy

_SHORT = lazy(r"\b(Mo|Di|Mi|Do|Fr|Sa)\.(?=\s+[a-zäöüß]|\s*[!?]?\s*$)")
# the short weekday before an hour ("Fr 10 Uhr", "Sa 11", "Fri, 10", "Thu 3 p.m."), not a date
_BEFORE_HOUR = {
    "de": lazy(r"\b(Mo|Di|Mi|Do|Fr|Sa)\b(?=,?\s*\d{1,2}(?:[:.]\d\d)?(?!\d|\.\s*\d|\.\s*[A-ZÄÖÜ]))"),
    "en": lazy(
        r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?(?=,?\s*\d{1,2}(?:[:.]\d\d)?(?!\d|\s*(?:st|nd|rd|th)\b))"
    ),
}


def days_in_full(sentence: str, lang: str) -> str:
    """`sentence` with weekdays shortened before plain words written out."""
    if lang == "en":
        return _BEFORE_HOUR["en"].sub(lambda m: EN_DAYS[m[1].lower()], sentence)
    if lang != "de":
        return sentence
    sentence = _BEFORE_HOUR["de"].sub(lambda m: DE_DAYS[m[1].lower()], sentence)
    return _SHORT.sub(lambda m: DE_DAYS[m[1].lower()], sentence)
