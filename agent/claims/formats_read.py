"""Chat formats in a spoken reply put in plain words (blind 24, claims41; convention 76: a
wrapper does not change the claim it wraps):

- a bracketed "not yet" beside a status ("**Status:** reserviert (noch nicht gebucht) – Freitag,
  10 Uhr", "on hold (not booked yet)") qualifies it and does not replace it: the status is read
  without the bracket as well (the bracket's own "not booked yet" is read as said);
- a struck-through slot (a day or time) followed by an arrow ("- ~~Fr 10:00~~ → **Do 15:00** bei Fabian") is a
  move from the struck slot to the one after the arrow;
- a JSON-like record of a hold with a slot as an ISO date and time and an active status
  ('{"hold": {"slot": "2025-11-28T10:00", "status": "active"}}') is that slot held;
- "auf Halt" (the English "on hold" in German) is "reserviert"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.restated import restated
from agent.claims.said_claim import names_slot

_NOT_YET_BRACKET = lazy(
    r"\s*\((?:noch\s+nicht\s+\w+|nicht\s+\w+|not\s+(?:\w+\s+)?yet|not\s+yet\s+\w+)\)", re.I
)
_STRUCK = lazy(r"~~(?P<old>[^~]+)~~\s*(?:→|->|➜|⇒|=>|➔)\s*(?P<new>.+)$", re.S)
_HOLD_JSON = lazy(
    r'"(?:hold|reservation|reservierung)"\s*:\s*\{[^{}]*"slot"\s*:\s*"(?P<when>\d{4}-\d\d-\d\dT\d\d:\d\d)'
    r'[^"]*"[^{}]*"status"\s*:\s*"(?:active|held|on_hold|aktiv|reserviert)"',
    re.I,
)
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
_MONTHS_EN = "January February March April May June July August September October November December"


def _slot_words(when: str, lang: str) -> str:
    t = datetime.fromisoformat(when)
    if lang == "de":
        return f"am {t.day}. {_MONTHS_DE.split()[t.month - 1]} um {t.hour}:{t.minute:02d} Uhr"
    return f"on {_MONTHS_EN.split()[t.month - 1]} {t.day} at {t.hour}:{t.minute:02d}"


def in_plain_words(sentence: str, lang: str, names: Names) -> str | None:
    """`sentence`'s format put in words, or None when it has none of these."""
    m = _HOLD_JSON.search(sentence)
    if m:
        slot = _slot_words(m["when"], lang)
        if lang == "de":
            return f"Der Termin {slot} ist für Sie reserviert."
        return f"The slot {slot} is held for you."
    m = _STRUCK.search(sentence)
    if m and names_slot(m["old"], names):
        old, new = m["old"].strip(), m["new"].replace("*", "").strip()
        return f"Verlegt: {old} ➜ {new}." if lang == "de" else f"Moved: {old} ➜ {new}."
    out = _NOT_YET_BRACKET.sub("", sentence)
    out = re.sub(r"\bauf\s+halt\b", "reserviert", out, flags=re.I)
    return None if out == sentence else out


def formats_read(
    sentence: str, lang: str, names: Names, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of the format put in words (added to the sentence's own)."""
    return restated(sentence, in_plain_words(sentence, lang, names), whole)
