"""A stylist named by their role in the salon ("die Auszubildende", "ein Azubi", "the apprentice,
it's cheaper", "die Meisterin", "der Inhaber", "the owner"): a wish about who, never an unknown
name. With no name said, it is asked back with who offers the service (the salon file says no
roles; "der Chef" of Salon Spitzer may be its Herr Spitzer, a name the matcher reads apart)."""

from __future__ import annotations

import re

from tools.text_fold import fold

_ROLE = re.compile(
    r"\b(?:azubi\w*|auszubildende\w*|lehrling\w*|praktikant\w*|anfaenger\w*|chef\w*|inhaber\w*"
    r"|meister\w*|friseurmeister\w*|geschaeftsfuehrer\w*|leiter\w*|filialleiter\w*|juniors?"
    r"|seniors?|apprentices?|trainees?|interns?|owners?|boss|bosses|manager\w*|master\w*"
    r"|head\s+stylist|senior\s+stylist|junior\s+stylist|top\s+stylist)\b"
)


def names_role(text: str) -> bool:
    """Whether the words name a role in the salon rather than a person."""
    return _ROLE.search(fold(text)) is not None
