"""A question whether the caller knows a state of the appointment (blind 27, claims47; a step
of `reworded`): "Wussten Sie, dass Ihr Termin unverändert bleibt?", "Ist Ihnen bewusst, dass
sich an Ihrem Termin nichts ändert?" say it as fact (as "Wussten Sie, dass Ihr Termin schon
steht?"): read as the statement in main-clause order ("Ihr Termin bleibt unverändert.", "An
Ihrem Termin ändert sich nichts.").

Only where the embedded clause is the appointment staying as it is; the other outcomes asked so
are read by the clause readers.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_FRAME = (
    r"^\W*(?:wussten\s+sie|wissen\s+sie|ist\s+ihnen)"
    r"(?:\s+(?:eigentlich|schon|denn|bewusst|klar)){0,3}\s*,?\s*dass\s+"
)
_UNCHANGED = lazy(
    _FRAME + r"(?P<s>ihr\s+termin|der\s+termin)\s+(?P<m>(?:\w+\s+){0,2}?unverändert|"
    r"(?:\w+\s+){0,2}?so)\s+bleibt\s*\?\s*$",
    re.IGNORECASE,
)
_NOTHING_CHANGES = lazy(
    _FRAME + r"sich\s+an\s+(?P<s>ihrem\s+termin)\s+nichts\s+ändert\s*\?\s*$", re.IGNORECASE
)


def known_to_caller(text: str, lang: str) -> str:
    """`text` as the statement its question frame takes as known (above), else unchanged."""
    if lang != "de":
        return text
    m = _UNCHANGED.search(text)
    if m is not None:
        return f"{m['s'][0].upper()}{m['s'][1:]} bleibt {m['m']}."
    m = _NOTHING_CHANGES.search(text)
    if m is not None:
        return f"An {m['s'][0].upper()}{m['s'][1:]} ändert sich nichts."
    return text
