"""A correction of the caller's belief read by what it ends on (blind 26, claims45).

"Da irren Sie sich, der Termin ist nicht am Samstag, sondern am Freitag", "Nein, Sie sind nicht
um elf eingetragen, sondern um zehn", "No, you're not booked for Saturday — it's Friday at 10":
"nicht X, sondern Y" and "not X — it's Y" correct the caller to Y, so the sentence says of Y
what it denies of X (convention 75: a correction is read by what it ends on). `corrected_to`
gives the sentence with Y in X's place ("der Termin ist am Freitag", "Sie sind um zehn
eingetragen", "you're booked for Friday at 10"); its claims replace the reader's (which took the
denied X). An English denial with the caller as its subject ("you're not booked for
Saturday") still says the caller is not booked at X (convention 97: false where the call booked X
too): its `not_booked`, read from "You're not booked for X.", stays beside Y's claims when X
names a day (a time corrected, "not at eleven, it's ten", is the same appointment's). Only
English: the tune split labels "Sie sind nicht am Samstag eingetragen, sondern am Freitag" true
in `two` (for the lead to weigh against 97). Not: corrections of other things ("nicht Fabio,
sondern Fabian", "nicht 80, sondern 95 Euro": the reader finds no claim in them), a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

_PREP = r"(?:am|um|bei|für|auf|an|im|ab)"
_DE = lazy(
    r"\bnicht\s+(?P<x>"
    + _PREP
    + r"\s+\w+(?:\s+uhr)?)(?P<rest>(?:\s+[a-zäöüß]\w*)?)\s*,\s*sondern\s+"
    r"(?P<y>" + _PREP + r"\s+[^,.!?;–—]+?)\s*(?P<end>[,.!?;–—].*|$)",
    re.IGNORECASE,
)
_EN = lazy(
    r"\bnot\s+(?P<verb>(?:booked|in|down|confirmed|scheduled)(?:\s+in)?)\s+(?P<prep>for|on|at)\s+"
    r"(?P<x>[^—–,;-]+?)(?P<sep>\s*[—–,;-]+\s*)(?:it's|it\s+is|that's)\s+(?P<y>[^.!?]+)(?P<end>.*)$",
    re.IGNORECASE,
)

# the caller as the subject of the denial ("you're not …")
_YOU = lazy(r"\byou(?:'re|\s+are)\s+$", re.IGNORECASE)
# a day denied, not a time corrected on the same day ("nicht um elf, sondern um zehn")
_DAY = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morgen|heute|tomorrow|today)\b|\d+\.",
    re.IGNORECASE,
)


def corrected_to(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims`, or the claims of the corrected statement where the sentence corrects."""
    text = straight_apostrophes(sentence)
    if text.rstrip().endswith("?"):
        return claims
    m = (_DE if lang == "de" else _EN).search(text)
    if m is None:
        return claims
    if lang == "de":
        said = f"{text[: m.start()]}{m['y']}{m['rest']}{m['end']}"
        denied = ""  # the tune split passes "Sie sind nicht am Samstag …, sondern …" in two
    else:
        said = f"{text[: m.start()]}{m['verb']} for {m['y']}{m['end']}"
        denied = (
            f"You're not booked {m['prep']} {m['x']}." if _YOU.search(text[: m.start()]) else ""
        )
    found = restated(sentence, said, read_whole)
    if not found:
        return claims
    if not _DAY.search(m["x"]):
        return found
    kept = restated(sentence, denied, read_whole)  # the denial in standard words
    return found + tuple(c for c in kept if c.kind is ClaimKind.NOT_BOOKED)
