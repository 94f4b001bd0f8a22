"""A move said by what the day became or by how the appointment travelled, put in the words of
a move (blind 21, claims35; a step of `reworded`):

- the new day said as what it became, the old one as no more or replaced: "Donnerstag ist es
  geworden, nicht mehr Freitag", "Donnerstag ist es jetzt geworden statt Freitag", "Jetzt also
  Donnerstag anstelle von Freitag, ist erledigt", "It's Thursday now rather than Friday, all
  done", "Thursday it is now instead of Friday, all sorted": "Der Termin ist von Freitag auf
  Donnerstag verschoben" (the done beside it the move's, not a success on both days);
- a verb of travel for the move: "Your appointment's hopped over to Thursday", "jumped over to",
  "slid to", "bumped to": "moved to".

Not: an offer or a wish ("Rather than Friday, I could do Thursday", "Statt Freitag hätte ich
Donnerstag"), a question, "instead of" with no mark of the change being made (no "geworden",
"now" / "jetzt" or word of done).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
)
_BECAME = lazy(
    rf"^\W*(?:(?:jetzt|nun|also|so)\s+)*(?P<new>{_DAY})\s+ist\s+es\s+(?:(?:jetzt|nun|also|dann)\s+)*"
    rf"geworden\s*,?\s*(?:und\s+)?(?:nicht\s+mehr|statt|anstatt|anstelle\s+von)\s+(?:dem\s+|am\s+)?"
    rf"(?P<old>{_DAY})\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_INSTEAD = lazy(
    rf"^\W*(?:(?:jetzt|nun|also|so|it's|it\s+is|that's|now)\s+)*(?P<new>{_DAY})"
    rf"(?:\s+(?:it\s+is|jetzt|now|also|nun|dann|then))*\s*,?\s*(?:anstelle\s+von|statt|anstatt|"
    rf"rather\s+than|instead\s+of)\s+(?:dem\s+|am\s+)?(?P<old>{_DAY})\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# blind 29 (claims56): "Statt Freitag sehen wir Sie damit Donnerstag um drei", "Instead of
# Friday, we'll now see you on Thursday at three": the old day first, then the caller coming on
# the new one, marked as now so ("damit", "nun", "jetzt", "now")
_INSTEAD_FIRST = lazy(
    rf"^\W*(?:statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than)\s+(?:dem\s+|am\s+)?"
    rf"(?P<old>{_DAY})\s*,?\s+(?P<mid>(?:\w+'?\w*\s+){{1,5}}?)(?:am\s+|on\s+)?"
    rf"(?P<new>{_DAY}(?:\s+(?:um|at)\s+\w+(?:\s+uhr)?)?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_COMING_NOW = lazy(
    r"\b(?:sie|you)\b.*\b(?:damit|nun|jetzt|now)\b|\b(?:damit|nun|jetzt|now)\b.*\b(?:sie|you)\b",
    re.IGNORECASE,
)
_MADE = lazy(
    r"\b(?:erledigt|fertig|geklappt|done|sorted|jetzt|now)\b|^\W*(?:jetzt|now)\b", re.IGNORECASE
)
_OFFER = lazy(
    r"\b(?:könnte|könnten|hätte|hätten|wäre|würde|kann|could|would|can|might|möchten|like)\b",
    re.IGNORECASE,
)
_TRAVEL = lazy(
    r"\b(?:hopped|hops|jumped|jumps|skipped|slid|slides|slipped|bounced|scooted|bumped|shuffled|"
    r"drifted|hopped)(?:\s+(?:over|across|along|forward|back))?\s+(?=to\b)",
    re.IGNORECASE,
)


def moves_in_standard_words(text: str, lang: str) -> str:
    """`text` with a move said in the words above put as a move (unchanged otherwise)."""
    if text.rstrip().endswith("?") or _OFFER.search(text):
        return text
    de = lang == "de"
    for pattern, needs_mark in ((_BECAME, False), (_INSTEAD, True)):
        m = pattern.search(text)
        if m and (not needs_mark or _MADE.search(text)):
            return _as_move(m, de)
    # `decide` reads the sentence without its unheard characters (`invisible`) before this
    m = _INSTEAD_FIRST.search(text)
    if m and _COMING_NOW.search(m.group("mid")):
        return _as_move(m, de)
    return _TRAVEL.sub("moved ", text)


def _as_move(m: re.Match[str], de: bool) -> str:
    """The matched move said plainly, with what followed it."""
    old, new = m.group("old"), m.group("new")
    rest = m.group("rest").strip(" ,;.–—-")
    move = (
        f"Der Termin ist von {old} auf {new} verschoben."
        if de
        else f"The appointment is moved from {old} to {new}."
    )
    return f"{move} {rest}." if rest else move
