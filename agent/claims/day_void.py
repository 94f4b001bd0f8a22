"""The caller's day said void in spoken or borrowed words (blind 28's false blocks, claims53):
one step of `reworded`, putting it in convention 42's standard words.

"Freitag is für Sie hinfällig", "Der Freitag ist für Sie passé": the day's visit void for the
caller, no act of cancelling named, is `gone` (convention 42: true after a cancellation and
after a move), as "Der Freitag ist für Sie hinfällig" is read. Read as they were, the spoken
"is" or the French "passé" left the reader's cancellation of the appointment ("hinfällig" of
"Der Termin") or nothing. Only a sentence that is nothing but the day said void; the
appointment itself void ("Der Termin ist hinfällig") stays a cancellation.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY_VOID = lazy(
    r"^\W*(?:der\s+|am\s+)?(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
    r"(?P<time>\s+um\s+\w+(?:\s+uhr)?)?\s+(?:ist|is|is')\s+(?:für\s+sie\s+)?"
    r"(?:(?:jetzt|damit|nun|also)\s+)?(?:hinfällig|passé|passe)\W*$",
    re.IGNORECASE,
)


def day_void(sentence: str, lang: str) -> str:
    """`sentence` as "Der <Tag> ist für Sie hinfällig." when that is all it says, else as it is."""
    if lang != "de" or not (m := _DAY_VOID.match(sentence)):
        return sentence
    out = f"Der {m['day'].capitalize()}{m['time'] or ''} ist für Sie hinfällig."
    return sentence if out == sentence else out
