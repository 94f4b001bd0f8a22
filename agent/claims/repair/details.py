"""A day repaired mid-sentence, read with both days (blind 28's false blocks, claims51): one step
of `reworded`, keeping the day the speaker ends on.

"Sie sind am Samstag – Verzeihung, am Freitag um zehn eingetragen", "Donnerstag, äh, Freitag um
zehn ist gebucht", "You're in for Saturday – sorry, Friday at ten": the first day is taken back
(a self-repair is read by what it ends on), so the claim names the second only; read with both,
it named two days and no appointment matched.

Likewise a time, a stylist or a service taken back for another of its kind (blind 39, claims99):
"Freitag um zehn, äh, elf ist gebucht", "Gebucht ist Freitag zehn, ach nein, elf Uhr", "Booked
with Lena – sorry, Fabian – on Friday", "Gebucht bei Lena, ach Quatsch, bei Fabian",
"Ihre Dauerwelle, nein, Strähnchen meine ich, am Freitag …" name the second only. A name needs
its capital on both sides ("Lena – sorry, Fabian"), so a word that only looks like one is left.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.repair.markers import words

_WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday"
)
WEEKDAY = f"(?:{_WEEKDAYS})"
_DAY = rf"(?:{_WEEKDAYS}|heute|morgen|übermorgen|today|tomorrow)"
TIME_WORD = (
    r"(?:\d{1,2}(?::\d{2})?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
SERVICE = (
    r"(?:dauerwelle|strähnchen|strähnen|farbe|färben|tönung|schnitt|haarschnitt|perm|highlights|"
    r"colou?r|cut|haircut|balayage|beard\s+trim|bartpflege)"
)
_MARKS = words(
    "filler", "apology", "no", "pause", "meaning", "taking_back", but=("um",)
)  # "zehn um elf"
_REPAIR = lazy(
    rf"\b(?:(?:am|for|on)\s+)?{_DAY}\s*[,–—-]?\s*{_MARKS}\s*[,–—-]?\s*"
    rf"(?=(?:(?:am|for|on)\s+)?{_DAY}\b)",
    re.IGNORECASE,
)


# the marks of a repair between the detail taken back and its replacement
_MARK = rf"(?:\s*[,–—-]\s*|\s+)(?i:(?:{_MARKS}\b\s*[,–—-]?\s*)+)"
_TIME_REPAIR = lazy(rf"\b{TIME_WORD}(?:\s+uhr)?{_MARK}(?={TIME_WORD}\b)", re.IGNORECASE)
# a name taken back for another: "(bei|with) Lena – sorry, (bei|with) Fabian"
_NAME_REPAIR = lazy(
    r"\b(?P<at>(?i:(?:bei|mit|with)\s+))?"
    r"(?!(?i:nein|no|sorry|pardon|ach|also|okay|ok|ja|yes|danke|thanks)\b)[A-ZÄÖÜ][a-zäöüß]+"
    + _MARK
    + r"(?P<to>(?i:(?:bei|mit|with)\s+)?[A-ZÄÖÜ][a-zäöüß]+)\b"
)
_SERVICE_REPAIR = lazy(
    rf"\b{SERVICE}{_MARK}(?P<to>{SERVICE})(?:\s*,?\s*{words('repair_closing')})?\b", re.IGNORECASE
)


def _name_kept(m: re.Match[str], lang: str) -> str:
    """The name said second, with the preposition of the first if it has none; German capitalises
    every noun, so there only a name after "bei" / "mit" is one."""
    if lang == "de" and not m["at"]:
        return m.group()
    to = m["to"]
    return to if to[:1].islower() or not m["at"] else m["at"] + to


def day_repaired(sentence: str, lang: str) -> str:
    """`sentence` without a day, time, stylist or service it takes back for another, else as it
    is."""
    # on the words as said: folding drops the "äh" that marks the repair
    out = _REPAIR.sub("", sentence)
    out = _TIME_REPAIR.sub("", out)
    out = _NAME_REPAIR.sub(lambda m: _name_kept(m, lang), out)
    out = _SERVICE_REPAIR.sub(r"\g<to>", out)
    return sentence if out == sentence else re.sub(r"\s{2,}", " ", out)
