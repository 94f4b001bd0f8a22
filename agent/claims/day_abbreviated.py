"""A weekday shortened with a full stop before plain words ("Also dann, bis Fr. um 10 Uhr!",
"Bis Sa. bei Lena!") read as the weekday it stands for, so a parting or a claim that names the
day reads as with the full name (the lead, after blind 26's probe). Only before a lower-case word
or at the end: "Fr. 28. Nov." is a written date (`dates_spelled_out`), "Fr. Hoffmann" is "Frau".
German only; "So." is "so" as often as Sonntag and is left alone."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_DAYS = {
    "mo": "Montag",
    "di": "Dienstag",
    "mi": "Mittwoch",
    "do": "Donnerstag",
    "fr": "Freitag",
    "sa": "Samstag",
}
_SHORT = lazy(r"\b(Mo|Di|Mi|Do|Fr|Sa)\.(?=\s+[a-zäöüß]|\s*[!?]?\s*$)")


def days_in_full(sentence: str, lang: str) -> str:
    """`sentence` with weekdays shortened before plain words written out."""
    if lang != "de":
        return sentence
    return _SHORT.sub(lambda m: _DAYS[m[1].lower()], sentence)
