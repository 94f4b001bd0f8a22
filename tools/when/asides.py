"""Asides a caller adds to a day or time that exclude nothing and name no day: "kein Scherz",
"keine Ahnung", "das ist doch kein Feiertag, oder?" ("am 6. Januar, das ist doch bei Ihnen kein
Feiertag, oder?" is the 6th of January, asked as said). Read as they are, their "kein" would be an
exclusion and their "Feiertag" the next holiday, and the caller would be asked what they excluded.

Also what today is ("wir sind ja grad auf der Weiberfastnacht, aber so Dienstag") and an
exclusion of a day with what the caller wants after "aber" ("heute schaff ich's nicht
mehr, aber morgen früh"): the excluded day is dropped, as with "sondern" (`resolve._EXCLUDED_RE`).
Only a day is dropped this way: an excluded time or part of the day ("nicht vormittags, aber
Freitag") still holds for the day named and is asked.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, TEMPORAL_WORDS, WEEKDAY_RE, is_temporal
from tools.when.named_days import phrases

_ASIDES = re.compile(
    # "kein Scherz", "kein Witz", "no joke", "keine Ahnung", "no idea": said in passing
    r"\b(?:kein\s+(?:scherz|witz|spass|quatsch|mist|schmarrn)|ohne\s+(?:scherz|witz|spass)"
    r"|no\s+(?:joke|kidding|idea)|not\s+kidding|keine\s+ahnung|weiss\s+nicht|weiss\s+ich\s+nicht"
    r"|i\s+dont\s+know)\b"
    # "das ist doch (bei Ihnen) kein Feiertag, oder?", "das ist ja ein Feiertag": a question
    # about the day just named, which the answer settles (closed or open)
    r"|\b(?:(?:das|da|der|es)\s+)?ist\s+(?:(?:doch|ja|aber|wohl|hoffentlich|bei\s+ihnen|nicht)\s+)*"
    r"(?:k?ein\s+)?(?:feiertag|holiday)(?:\s+bei\s+ihnen)?(?:\s+(?:oder|gell|ne|nicht|right))?"
    r"|\b(?:thats|that\s+is|isnt\s+that|is\s+that)\s+(?:not\s+)?(?:a\s+)?(?:public\s+|bank\s+)?"
    r"holiday(?:\s+is\s+it|\s+right)?\b"
)
# "kurz vor Ostern, am Gründonnerstag": "kurz" before a named day says nothing the day itself
# does not ("kurz vor drei", a time, keeps it); "Samstag, aber nicht zu früh" with its time ("so
# um elf") is a wish about the time said, no exclusion; "die haben nämlich Ferien" a reason
_NAMED = "|".join(sorted((re.escape(p) for p in phrases()), key=len, reverse=True))
_SOFT = re.compile(
    rf"\bkurz(?=\s+(?:vor|nach)\s+(?:dem\s+|der\s+|den\s+)?(?:{_NAMED})\b)"
    r"|\b(?:aber\s+|but\s+)?(?:nicht\s+zu|not\s+too)\s+(?:frueh|zeitig|spaet|early|late)\b"
    # "die haben nämlich Ferien", "ich hab da Urlaub": why the day suits, said of someone
    r"|\b(?:die|wir|sie|er|ich|der|kinder)\s+(?:haben|hat|hab|habe|sind|ist)\s+"
    r"(?:(?:naemlich|ja|da|dann|gerade|grad|doch)\s+)*(?:ferien|urlaub)\b"
    # "Samstag, da hab ich keine Schicht", "da hab ich frei": why the day suits (round 59)
    r"|\b(?:da\s+)?(?:hab|habe|hat|haben)\s+(?:ich\s+|wir\s+)?(?:(?:ja|eh|dann)\s+)*"
    r"(?:keine?n?\s+(?:schicht|dienst|arbeit|schule|uni)|frei)\b"
    # "jetzt gleich, ich hab grad Mittag": the caller's break now, why now suits (round 59)
    r"|\b(?:ich\s+)?(?:hab|habe|hab\s+ich|habe\s+ich)\s+(?:(?:ja|jetzt|gerade|grad|eh)\s+)+"
    r"(?:mittag|mittagspause|pause|frei)\b"
)
# "nach meinem Urlaub, also ab dem 5.", "after my vacation, so from the 8th": the caller's own
# time away, restated by the day it ends on: the day said after "also" / "so" is the wish (the
# time away alone names no day the salon can know: left, and asked)
_AWAY_RESTATED = re.compile(
    r"\b(?:nach|after)\s+(?:meinem|meinen|unserem|unseren|dem|den|my|our|the)\s+"
    r"(?:urlaub|ferien|reise|kur|vacation|holidays?|trip)\b"
    r"(?=\s+(?:also|so|dh|das\s+heisst|that\s+is|i\s+e|ie)\s+(?:ab|von|from|after|am|on)?\s*"
    r"(?:dem\s+|den\s+|the\s+)?\d)"
)
# "wie spät hätten Sie da, so zehn?": a question about the hours, not the late part of the day
_HOURS_QUESTION = re.compile(
    r"\bwie\s+spaet\b(?:\s+(?:haetten|haben|hatten|ginge|geht|gehts|waere|ist|es|sie|ihr|da|denn"
    r"|noch|bei|ihnen|offen|auf))*"
)
# "nach dem Einkaufen, so gegen zwölf": an errand before the caller's rough estimate of when they
# are free; "nach dem Einkaufen" alone is left, and asked (when is that?), and so is one before an
# exact time ("nach dem Arzttermin um drei": is three the doctor's time or the wish?)
_ERRAND = re.compile(
    r"\b(nach|vor|after|before)\s+(?:dem|der|den|meinem|meiner|the|my)\s+([a-z]+)"
    r"(?:\s+(?!(?:also|so|gegen)\b)([a-z]+))?\b"  # "nach der Kita-Abholung": two words
    r"(?=\s+(?:also\s+)?(?:so\s+)?(?:gegen|ungefaehr|etwa|circa|ca|around|about|roughly|so)\b)"
)
_A_TIME = re.compile(r"\d|\b(?:noon|midday|mittag|mittags)\b")
# "nach dem Zahnarzt um drei, also so um vier", "nach der Arbeit, die geht bis fünf, also halb
# sechs", "vor dem Kino um acht, also so um sieben", "after the dentist at two, so around three":
# an errand with its own time, then "also" / "so" and the caller's time: the errand and its time
# are context, dropped; the caller's time is the wish. Without a time after it, or without
# "also" / "so" between, it stays (asked: whose time is it?)
_ERRAND_WITH_ITS_TIME = re.compile(
    r"\b(?:nach|vor|after|before)\s+(?:dem|der|den|meinem|meiner|meinen|the|my)\s+"
    r"(?P<what>[a-z]+(?:\s+(?!(?:also|so|dann|um|at|gegen|bis|ab)\b)[a-z]+){0,2}?)\s+"
    r"(?:(?!(?:also|so|dann)\b)[a-z]+\s+){0,3}?(?:um|at|gegen|bis|till|until|ab)\s+\d{1,2}"
    r"(?::\d{2})?(?:\s+uhr)?(?:\s+(?!(?:also|so|dann)\b)[a-z]+){0,2}?"
    r"\s+(?:also|dann|so|then)\b"
    r"(?=\s+(?:so\s+)?(?:(?:um|gegen|at|around|about|ca|etwa|ungefaehr)\s+)?(?:halb\s+|half\s+)?\d)"
)
# what follows "nach dem" / "nach der" and is part of the time: "nach der Arbeit" (a part of the
# day; "vor der Arbeit" is none), "nach dem Mittagessen", "nach der Schule", a named day ("nach dem Nikolaus")
_NOT_ERRANDS = frozenset(
    {"arbeit", "schule", "uni", "job", "buero", "dienst", "work", "office", "shift"}
) | {p for p in phrases() if p.isalpha()}
_NAMED_DAYS = frozenset(p for p in phrases() if p.isalpha())
_DAY_WORD = re.compile(rf"\b(?:{NEAR_DAY_RE}|{WEEKDAY_RE})\b")
# "heute schaff ich es nicht mehr, aber morgen": the words up to "aber" exclude a day
_EXCLUDED_DAY_BUT = re.compile(r"^(?P<excluded>[^\d]*?\b(?:nicht|not)\b[^\d]*?)\b(?:aber|but)\b")
# "wir sind ja grad auf der Weiberfastnacht, aber so Dienstag": what today is, said before the
# wish after "aber"
_TODAY_BUT = re.compile(
    r"^[^\d]*?\b(?:wir\s+sind|ich\s+bin|heute\s+ist|heute\s+haben\s+wir|today\s+is)\b[^\d]*?"
    r"\b(?:aber|but)\b"
)
_TIME_WORD = re.compile(
    r"\b(?:frueh|morgens|vormittags?|mittags?|nachmittags?|abends?|uhr|halb|viertel|morning"
    r"|afternoon|evening|noon)\b"
)


# Words that make "nach dem ..." a stretch of days, not an errand ("nach dem Wochenende um 3")
_DAYS_STEMS = (
    "woche", "monat", "jahr", "ferien", "urlaub", "feiertag", "oster", "pfingst", "weihnacht",
    "silvester", "neujahr", "karneval", "fasching", "fastnacht", "holiday", "vacation", "weekend",
    "week", "month", "year",
)  # fmt: skip


def _errand_with_its_time(m: re.Match[str]) -> str:
    what = m["what"].split()
    named = any(
        w in _NAMED_DAYS or w in TEMPORAL_WORDS or any(s in w for s in _DAYS_STEMS) for w in what
    )
    if named or _DAY_WORD.search(m["what"]):
        return m[0]
    # "nach meinem Zahnarzttermin am Donnerstag um zehn, also so um zwölf": the errand's day is
    # the day wanted, its time is not
    day = _DAY_WORD.search(m[0])
    return f" {day[0]} " if day else " "


def _errand(m: re.Match[str]) -> str:
    words = [w for w in (m[2], m[3]) if w]
    # "nach der Arbeit" is a part of the day; "vor der Arbeit, so um neun" only an errand
    part = m[1] in ("nach", "after") and any(w in _NOT_ERRANDS for w in words)
    kept = part or any(is_temporal(w) for w in words)
    return m[0] if kept or _DAY_WORD.search(" ".join(words)) else " "


# "zwischen zwei Kundenterminen", "zwischen zwei Schichten": between two of the caller's
# things, no window of two hours (round 59); "zwischen 2 und 4", "zwischen 2 uhr ..." stay
_BETWEEN_TWO_THINGS = re.compile(r"\bzwischen\s+2\s+([a-z]+)\b")


def _between_two_things(m: re.Match[str]) -> str:
    return m[0] if is_temporal(m[1]) or m[1] in TEMPORAL_WORDS else " "


def drop_asides(text: str) -> str:
    """`text` without asides that exclude nothing, and without a day excluded before "aber"."""
    text = _SOFT.sub(" ", _HOURS_QUESTION.sub(" ", _ASIDES.sub(" ", text)))
    text = _BETWEEN_TWO_THINGS.sub(_between_two_things, text)
    text = _AWAY_RESTATED.sub(" ", text)
    if _A_TIME.search(text):  # a clock, or noon ("after my dentist, around noon")
        text = _ERRAND_WITH_ITS_TIME.sub(_errand_with_its_time, text)
        text = _ERRAND.sub(_errand, text)
    text = _TODAY_BUT.sub(" ", text)
    m = _EXCLUDED_DAY_BUT.search(text)
    if m and _DAY_WORD.search(m["excluded"]) and not _TIME_WORD.search(m["excluded"]):
        text = text[m.end() :]
    return " ".join(text.split())
