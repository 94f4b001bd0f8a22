"""A record set with typography, put in words (blind 21, claims35; a step of `reworded`):

- a state behind an arrow or in brackets is the record's label: "📅 Freitag 10:00 · Dauerwelle ·
  Fabian → gebucht ✔️" and "[booked] Friday 28/11/2025, 10:00–12:15" read as "Gebucht: …" /
  "Booked: …" (a booking with every detail the record names);
- a time range in a record with a state is its start and its end ("10:00–12:15 Uhr": the
  appointment is at ten, it ends at a quarter past twelve): the start is the appointment's time;
- two places joined by an arrow and marked done ("Freitag 10:00 → Donnerstag 15:00 ✔", "Fri 10:00
  → Thu 15:00 ✔ (moved)") are a move from the first to the second, and so are two places alone
  with the arrow between them, a status line of the move (blind 34: "Fr 10:00 → Do 15:00");
  otherwise, without a mark of done or a state, the arrow is left as it is;
- a slot labelled free ("Frei: **Do 15 Uhr** (Fabian)", "Noch frei: *Do 15 Uhr* bei Fabian") is
  the slot said free; a name alone in brackets is the stylist ("(Fabian)": bei / with Fabian);
- emphasis marks, pictographs and middle dots go (the dots as commas).
"""

from __future__ import annotations

import re
import unicodedata

from agent.claims.lazy_pattern import lazy

_CUE = lazy(
    r"[→⇒➔➜\[\]*·•✔✓✅☑]|\(\w+\)|\d\d?[:.]\d\d\s*[–—-]\s*\d\d?[:.]\d\d|^\W*(?:noch\s+)?frei\s*:",
    re.I,
)
_STATE = (
    r"(?:gebucht|bestätigt|storniert|abgesagt|verschoben|reserviert|vorgemerkt|eingetragen|"
    r"booked|confirmed|cancell?ed|moved|held|reserved)"
)
_DONE_MARK = lazy(r"[✔✓✅☑]|\((?:moved|verschoben|done|erledigt)\)|\b(?:erledigt|done)\b", re.I)
_ARROW = lazy(r"\s*(?:→|⇒|➔|➜|->|=>)\s*")
_PLACE = lazy(
    r"\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?"
    r"[^→⇒➔➜]*?\d",
    re.IGNORECASE,
)
# a place alone: a day and a clock time, nothing else ("Fr 10:00", "Thursday 3 pm")
_PLACE_ALONE = lazy(
    r"^\W*(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?,?"
    r"\s*(?:um\s+|at\s+)?\d\d?(?:[:.]\d\d)?\s*(?:uhr|am|pm|a\.m\.|p\.m\.)?\W*$",
    re.IGNORECASE,
)
_RANGE = lazy(r"\b(\d\d?[:.]\d\d)\s*[–—-]\s*\d\d?[:.]\d\d\b")
_BRACKET_STATE = lazy(rf"^\W*\[\s*({_STATE})\s*\]\s*", re.IGNORECASE)
_ARROW_STATE = lazy(rf"\s*(?:→|⇒|➔|➜|->|=>)\s*({_STATE})\b\W*$", re.IGNORECASE)
_FREE_LABEL = lazy(r"^\W*(noch\s+)?frei\s*:\s*(.+?)\s*[.!]?\s*$", re.IGNORECASE)
_EN_FREE_LABEL = lazy(r"^\W*(?:still\s+)?(?:free|available|open)\s*:", re.IGNORECASE)
_NAME_IN_BRACKETS = lazy(r"\(\s*([A-ZÄÖÜ][a-zäöüß]+)\s*\)")
_EMPHASIS = lazy(r"\*{1,2}|_{2}")


def _plain(text: str) -> str:
    out = []
    for ch in text:
        if ch in "·•":
            out.append(",")
        elif unicodedata.category(ch) == "So" or ch == "\ufe0f":
            out.append(" ")
        else:
            out.append(ch)
    return re.sub(r"[ \t]+,", ",", re.sub(r"[ \t]{2,}", " ", "".join(out))).strip(" ,")


def typeset_records(text: str, lang: str) -> str:
    """`text` with the typography above put in words (unchanged when it has none)."""
    if not _CUE.search(text) or "~~" in text:
        return text  # struck-through text is the markdown reader's (blind 19)
    de = lang == "de"
    original = text
    text = _EMPHASIS.sub("", text)
    text = _NAME_IN_BRACKETS.sub(
        lambda m: (
            m.group(0)
            if _PLACE.match(m.group(1) + " 1")
            else ("bei " if de else "with ") + m.group(1)
        ),
        text,
    )
    state = None
    m = _BRACKET_STATE.search(text)
    if m:
        state, text = m.group(1), text[m.end() :]
    else:
        m = _ARROW_STATE.search(text)
        if m:
            state, text = m.group(1), text[: m.start()]
    if state is not None:
        body = _plain(_RANGE.sub(r"\1", text))
        return f"{state.capitalize()}: {body}."
    parts = _ARROW.split(text)
    alone = len(parts) == 2 and all(_PLACE_ALONE.match(_plain(p)) for p in parts)
    if (
        len(parts) == 2
        and all(_PLACE.search(p) for p in parts)
        and (alone or _DONE_MARK.search(text))
    ):
        old, new = (_plain(_DONE_MARK.sub("", p)) for p in parts)
        return f"Verschoben von {old} auf {new}." if de else f"Moved from {old} to {new}."
    m = _FREE_LABEL.search(_plain(text)) if de else None
    if m:
        return f"{m.group(2)} ist {(m.group(1) or '').lower()}frei."
    if not de and _EN_FREE_LABEL.search(original):
        return _plain(text)  # "Free: *Sat 11:00* (Lena)": the slot with its stylist
    return original  # none of the shapes above: left to the reader as typed
