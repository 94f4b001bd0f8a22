"""A stylist named as "ours" is the stylist (issue 9 rule 1, blind 49; claims135).

"Der Termin am achtundzwanzigsten November bei unserem Fabian ist gebucht", "So, der Termin am
Freitag, den 29., bei unserem Fabian steht", "Bei unserer Lena." (to "Bei wem bin ich?"), "with
our Fabian", "bei unserem Herrn Spitzer": the possessive before a stylist's name (first name,
surname or nickname, a title between) adds nothing to who it is, yet the clause readers stop at
it, and the claim, with every detail it names, was lost. The sentence is read as said without
the possessive ("bei Fabian", "with Fabian"), so the stylist is compared with the appointment's
like any other name form.

Not: "unser" before anything that is not a stylist of the salon ("in unserem Kalender", "bei
unserer Kollegin", "our system"): read as written.
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_OURS = lazy(
    r"\b(?:unserem|unserer|unseren|unser|unsere|our)\s+"
    r"(?=(?:(?:herrn?|frau|mr|mrs|ms|miss)\.?\s+)?(?P<name>[^\W\d_]+))",
    re.IGNORECASE,
)


def without_our(sentence: str, names: Names) -> str | None:
    """`sentence` without "unserem / our" before a stylist's name, or None if it has none."""
    if not names.stylists:
        return None
    words = {w for _, ws in names.stylists for w in ws}
    out, at, changed = [], 0, False
    for m in _OURS.finditer(sentence):
        if normalize(m.group("name")) not in words:
            continue
        out.append(sentence[at : m.start()])
        at, changed = m.end(), True
    if not changed:
        return None
    return "".join(out) + sentence[at:]
