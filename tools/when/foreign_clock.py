"""A time said in another language after a German (or English) day: "le Donnerstag à quinze
heures", "Freitag à dix heures et demie", "Freitag a las tres y media", "Freitag alle dieci".
French, Spanish and Italian number words are read by `text2num` (the library the German and
English numbers use), and the time is given to the reader as a German clock ("um 15", "um
10:30"), so the salon's hours read it as any other. A time the library does not read ("à
quinzeuh heures") and a Turkish one ("Donnerstag saat üç": no library for it here) are left as a
clock not understood, and the caller is asked; never the day with the time dropped.

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

_WORD = r"[a-zàâçéèêëîïôûùüÿœ'-]+"
_NUMBER = rf"(?:\d{{1,2}}|{_WORD}(?:[ -]{_WORD})?)"
# language: the words before the hour, the hour, the words for a quarter and half after it
_FRENCH = re.compile(
    rf"\b(?:à|a|vers)\s+(?P<hour>{_NUMBER}?)\s+heures?\b"
    r"(?:\s+(?P<part>et\s+demie|et\s+quart|moins\s+le\s+quart|\d{1,2}))?",
    re.IGNORECASE,
)
_FRENCH_NOON = re.compile(r"\b(?:à|a|vers)\s+midi\b(?:\s+et\s+demie)?", re.IGNORECASE)
_SPANISH = re.compile(
    rf"\ba\s+las?\s+(?P<hour>{_WORD})(?:\s+(?P<part>y\s+media|y\s+cuarto|menos\s+cuarto))?\b",
    re.IGNORECASE,
)
_ITALIAN = re.compile(
    rf"\b(?:alle|all')\s*(?P<hour>{_WORD})(?:\s+(?P<part>e\s+mezza|e\s+mezzo|e\s+un\s+quarto"
    r"|meno\s+un\s+quarto))?\b(?!\s+(?:wochen|tage|monate|jahre|weeks|days|months))",
    re.IGNORECASE,
)
_TURKISH = re.compile(r"\bsaat\s+(?P<hour>\S+)", re.IGNORECASE)
_MINUTES = {
    "et demie": 30, "et quart": 15, "moins le quart": -15, "y media": 30, "y cuarto": 15,
    "menos cuarto": -15, "e mezza": 30, "e mezzo": 30, "e un quarto": 15, "meno un quarto": -15,
}  # fmt: skip
_ITALIAN_HOURS = frozenset(
    "una uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti".split()
)
# what a clock not read becomes: a clock word with an unread word after it (asked)
_UNREAD = "um {}"


def _hour(words: str, language: str) -> int | None:
    if words.isdigit():
        return int(words)
    read = alpha2digit(words.lower(), language).strip()
    if language == "es" and words.lower() == "una":
        return 1
    if language == "it" and words.lower() in ("una", "uno"):
        return 1
    return int(read) if read.isdigit() and 0 <= int(read) <= 24 else None


def _clock(hour: int | None, part: str | None, said: str) -> str:
    if hour is None:
        return " " + _UNREAD.format(said.split()[-1] if said.split() else said) + " "
    minutes = _MINUTES.get(" ".join((part or "").lower().split()), None)
    if part and part.strip().isdigit():
        minutes = int(part)
    if minutes is None or minutes == 0:
        return f" um {hour} "
    if minutes < 0:
        hour, minutes = (hour - 1) % 24, 60 + minutes
    return f" um {hour}:{minutes:02d} "


def _french(m: re.Match[str]) -> str:
    hour = _hour(m["hour"], "fr") if m["hour"] else None
    return _clock(hour, m["part"], m["hour"] or "heures")


def _spanish(m: re.Match[str]) -> str:
    return _clock(_hour(m["hour"], "es"), m["part"], m["hour"])


def _italian(m: re.Match[str]) -> str:
    if not m["hour"].isdigit() and m["hour"].lower() not in _ITALIAN_HOURS:
        return m[0]  # "alle vier Wochen", "alle Termine": German "alle"
    return _clock(_hour(m["hour"], "it"), m["part"], m["hour"])


def read_foreign_clock(text: str) -> str:
    """`text` with a French, Spanish or Italian time as a German clock; a time in another
    language not read (Turkish "saat üç") left as a clock not understood, to be asked."""
    text = _FRENCH_NOON.sub(lambda m: " um 12:30 " if "demie" in m[0] else " um 12 ", text)
    text = _FRENCH.sub(_french, text)
    text = _SPANISH.sub(_spanish, text)
    text = _ITALIAN.sub(_italian, text)
    return _TURKISH.sub(lambda m: " " + _UNREAD.format("saat") + " ", text)
