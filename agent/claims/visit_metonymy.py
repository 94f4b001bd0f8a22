"""The caller's visit named by what it takes up, put in the standard words (blind 36, claims83; a
step of `reworded`).

- The caller's time, hour or chair with an outcome said of it: "Ihre Zeit bei Fabian am Freitag
  ist eingetragen", "Ihre Stunde am Samstag ist gestrichen", "Your chair with Fabian is set for
  Friday", "Your hour on Friday is in the book" are "Ihr Termin …" / "your appointment …" (31,
  39). Only the caller's own ("Ihr", "your") and only before such an outcome: "Der Stuhl bei
  Fabian bleibt am Freitag leer", "Ihre Zeit ist knapp", "Fabian's chair fills up fast" are no
  appointment.
- The caller's name on a slot or off a day: "Die Zehn-Uhr-Lücke am Freitag hat jetzt Ihren
  Namen", "Friday at ten has your name on it" (booked there); "Ihr Name ist aus dem Freitag
  raus", "Your name's off the Friday list", "We've taken your name off Friday" (that day
  cancelled). Not the name known or kept on file ("Ihr Name ist bei uns bekannt").
- A stylist said to have the caller's day: "Sophie hat jetzt Ihren Freitag", "Mehmet's got your
  Friday" are the caller in that stylist's book that day, as "… hat Sie am Freitag drin" (31).
  Not a pronoun or a quantifier ("Er hat Ihren Freitag", "Nobody's got your Friday").
- The caller's day said to be with a stylist: "Ihr Freitag ist jetzt bei Sophie", "Your Friday
  is with Sophie now" are the same (probe 36f, claims100). Not a pronoun ("Ihr Freitag ist bei
  ihm", "Your Friday is with us").
- A slot said to be the caller's: "Die Zehn-Uhr-Zeit am Freitag ist Ihre" is "… gehört Ihnen"
  (a day or an hour in it); said "statt" / "instead of" another day, the move from that day:
  "Fabians Donnerstag um drei gehört jetzt Ihnen statt des Freitags", "Fabian's Thursday three
  o'clock is yours now instead of Friday" are "Statt Freitag ist es jetzt …", "Instead of
  Friday, you're now on …" (6).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE_OUTCOME = (
    r"(?=(?:\s+(?:am|bei|um|für|im|an)\s+[\wäöüß-]+(?:\s+um\s+[\wäöüß-]+)?)*\s+(?:ist|wurde|sind)\s+"
    r"(?:jetzt\s+|nun\s+|schon\s+|fest\s+)*(?:eingetragen|notiert|vermerkt|gebucht|gestrichen|"
    r"storniert|bestätigt|abgesagt)\b)"
)
_DE_NOUN = lazy(r"\bihre?\s+(?:zeit|stunde|stuhl|sitzplatz)\b" + _DE_OUTCOME, re.IGNORECASE)
_EN_NOUN = lazy(
    r"\byour\s+(?:chair|hour|time|seat)\b(?=(?:\s+(?:with|on|at|for)\s+[\w'-]+)*\s+(?:is|'s|has\s+been|"
    r"was)\s+(?:now\s+|all\s+)?(?:set|booked|confirmed|entered|cancell?ed|locked\s+in|in\s+the\s+"
    r"(?:book|diary|calendar))\b)",
    re.IGNORECASE,
)
_DAY_DE = r"(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday)"
_DE_NAME_OFF = lazy(
    rf"^\W*ihr\s+name\s+(?:ist|wurde)\s+(?:jetzt\s+|nun\s+)?(?:aus\s+dem|vom|von\s+dem)\s+{_DAY_DE}"
    r"(?:s?(?:kalender|termin|liste))?\s+(?:raus|gestrichen|entfernt|genommen)(?:\s+worden)?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_NAME_OFF = lazy(
    rf"^\W*(?:your\s+name(?:'s|\s+is|\s+has\s+been|\s+was)\s+(?:now\s+)?(?:off|taken\s+off|removed\s+"
    rf"from|crossed\s+off)|(?:i|we)(?:'ve|\s+have)?\s+(?:taken|crossed|struck)\s+your\s+name\s+off)"
    rf"\s+(?:the\s+)?{_DAY_EN}(?:\s+(?:list|schedule|diary|book))?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_NAME_ON = lazy(
    r"^\W*(?P<slot>(?:die|der|das)\s+[\wäöüß-]+\s+am\s+(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag)(?:\s+um\s+\w+)?)\s+(?:hat|trägt)\s+(?:jetzt\s+|nun\s+)?ihren\s+namen"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_NAME_ON = lazy(
    r"^\W*(?P<slot>(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+at\s+\w+(?:\s+"
    r"(?:a\.?m\.?|p\.?m\.?|o'clock))?)?)\s+(?:has|carries|bears)\s+your\s+name(?:\s+on\s+it)?"
    r"(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)


_NOT_A_NAME = (
    r"(?!(?:er|sie|es|wer|niemand|jemand|keiner|man|it|he|she|who|nobody|someone|that|this)\b)"
)
_DE_HAS_DAY = lazy(
    rf"^\W*{_NOT_A_NAME}(?P<who>[^\W\d_]+)\s+hat\s+(?:jetzt\s+|nun\s+)?ihren\s+{_DAY_DE}"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_HAS_DAY = lazy(
    rf"^\W*{_NOT_A_NAME}(?P<who>[^\W\d_]+)(?:'s|\s+has)\s+(?:now\s+)?(?:got\s+)?your\s+{_DAY_EN}"
    r"(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_NOT_A_PRONOUN = r"(?!(?:ihm|ihr|ihnen|uns|mir|dir|euch|him|her|us|me|them|you)\b)"
_DE_DAY_WITH = lazy(
    rf"^\W*ihr\s+{_DAY_DE}\s+(?:ist|liegt)\s+(?:jetzt\s+|nun\s+)?bei\s+{_NOT_A_PRONOUN}"
    r"(?P<who>[^\W\d_]+)(?:\s+(?:jetzt|nun))?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_DAY_WITH = lazy(
    rf"^\W*your\s+{_DAY_EN}(?:'s|\s+is)\s+(?:now\s+)?with\s+{_NOT_A_PRONOUN}"
    r"(?P<who>[^\W\d_]+)(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)

_DE_SLOT = r"(?P<slot>(?:die|der|das|fabians|lenas|\w+s)\s+[^.!?,]*?)"
_DE_YOURS = lazy(
    rf"^\W*{_DE_SLOT}\s+ist\s+(?P<adv>(?:jetzt|nun|ab\s+sofort)\s+)?ihre[rs]?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_YOURS_INSTEAD = lazy(
    rf"^\W*{_DE_SLOT}\s+(?:ist|gehört)\s+(?:jetzt\s+|nun\s+)?(?:ihre[rs]?|ihnen)\s+(?:statt|anstelle)"
    rf"\s+(?:des|dem|vom|von)?\s*(?P<old>montag|dienstag|mittwoch|donnerstag|freitag|samstag)s?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_YOURS_INSTEAD = lazy(
    r"^\W*(?P<slot>[^.!?,]*?)\s+(?:is|'s)\s+(?:now\s+)?yours\s+(?:now\s+)?instead\s+of\s+(?:the\s+)?"
    r"(?P<old>monday|tuesday|wednesday|thursday|friday|saturday)(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_NAMES_TIME = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|uhr|o'clock)"
)


def _yours(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"{m.group('slot')} gehört {m.group('adv') or ''}Ihnen{m.group('end')}"


def _yours_instead(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"Statt {m.group('old')} ist es jetzt {m.group('slot')}{m.group('end')}"


def _instead_en(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"Instead of {m.group('old')}, you're now on {m.group('slot')}{m.group('end')}"


def visit_named_plainly(sentence: str, lang: str) -> str:
    """`sentence` with the caller's visit said by what it takes up put as the appointment."""
    if lang == "de":
        sentence = _DE_NOUN.sub("Ihr Termin", sentence)
        sentence = _DE_NAME_OFF.sub(r"Ihr Termin am \g<day> ist storniert\g<end>", sentence)
        sentence = _DE_NAME_ON.sub(r"Sie sind für \g<slot> eingetragen\g<end>", sentence)
        sentence = _DE_HAS_DAY.sub(r"\g<who> hat Sie am \g<day> drin\g<end>", sentence)
        sentence = _DE_DAY_WITH.sub(r"\g<who> hat Sie am \g<day> drin\g<end>", sentence)
        sentence = _DE_YOURS_INSTEAD.sub(_yours_instead, sentence, count=1)
        return _DE_YOURS.sub(_yours, sentence, count=1)
    sentence = _EN_NOUN.sub("your appointment", sentence)
    sentence = _EN_NAME_OFF.sub(r"Your \g<day> appointment is cancelled\g<end>", sentence)
    sentence = _EN_NAME_ON.sub(r"You're booked for \g<slot>\g<end>", sentence)
    sentence = _EN_HAS_DAY.sub(r"\g<who>'s got you down for \g<day>\g<end>", sentence)
    sentence = _EN_DAY_WITH.sub(r"\g<who>'s got you down for \g<day>\g<end>", sentence)
    return _EN_YOURS_INSTEAD.sub(_instead_en, sentence, count=1)
