"""A service named by the effect the caller wants on their hair ("die Haare sollen wellig
werden", "ich möchte gelockte Haare", "my hair should be wavy", "I want my hair curly"): a small
mapping of effect words to the salon's services (waves and curls: the perm). The hair said with
the effect is the hair the service is done on, not a second wish ("die Haare" with "lockig" is
no haircut), so the effect alone settles the service.

An effect taken away ("die Locken sollen weg", "keine Locken mehr", "get rid of the curls") is
not that service: read as no service (asked), never as the perm. Words of the other services
said with the effect ("lockig und kürzer") leave the matcher to weigh them.
"""

from __future__ import annotations

import re

from tools.service_words import concepts
from tools.text_fold import fold

# effect word (folded) -> the service slug it asks for
EFFECTS: dict[str, str] = {
    w: "dauerwelle"
    for w in (
        "wellig", "welliger", "wellige", "welligen", "gewellt", "gewellte", "gewellten", "wellen",
        "lockig", "lockiger", "lockige", "lockigen", "gelockt", "gelockte", "gelockten", "locken",
        "wavy", "wavier", "waves", "curly", "curlier", "curls",
    )
}  # fmt: skip
_TAKEN_AWAY = re.compile(
    r"\b(?:weg|raus|loswerden|entfernen|glaetten|keine|nicht\s+mehr|rid\s+of|no\s+more"
    r"|straight|straighten|remove)\b"
)
# besides the effect, only the hair and whom it is for may be said
_BESIDES = frozenset({"hair", "perm", "women", "men", "child"})


def service_by_effect(text: str) -> str | bool | None:
    """The slug of the service an effect names; False when the effect is taken away (no
    service); None when no effect settles it."""
    folded = fold(text)
    words = re.findall(r"[a-z]+", folded)
    wanted = {EFFECTS[w] for w in words if w in EFFECTS}
    if not wanted:
        return None
    if _TAKEN_AWAY.search(folded):
        return False
    said, not_offered, _ = concepts(text)
    if len(wanted) != 1 or not_offered or not said <= _BESIDES:
        return None
    return wanted.pop()
