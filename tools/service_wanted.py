"""The hair as it is, then the service wanted ("it's all one flat colour, I want some highlights
in it", "die Farbe ist so langweilig, ich hätte gern Strähnchen"): the first clause describes,
the wish after it names what is booked. `tools.service_match` reads the wish alone only where
the whole is asked between services and the wish names one of them. The caller's own curls said
to be too much ("meine Locken sind zu wild", "my curls are way too frizzy") are the hair as it
is: no wish for a perm (which makes curls), so what is wanted is asked."""

from __future__ import annotations

import re

from tools.text_fold import fold

# A wish said after a clause of its own (folded, apostrophes dropped: "id like", "im after")
_WISH_AFTER = re.compile(
    r"^.*?\w.*?\b(?:i\s+(?:want|wanna|need|would\s+like|d\s+like)|id\s+(?:like|love)|im\s+after"
    r"|(?:can|could)\s+i\s+(?:get|have)|ich\s+(?:moechte|mochte|will|brauche|wuensche\s+mir"
    r"|haette\s+(?:gern|gerne)|haett\s+(?:gern|gerne)|haetts\s+(?:gern|gerne)|haette\s+lieber))"
    r"\b(?P<wish>.+)$"
)


def wanted_after_description(text: str) -> str | None:
    """The words of the wish said after a description of the hair, or None."""
    m = _WISH_AFTER.match(fold(text.replace("'", "").replace("’", "")))
    return m["wish"].strip() if m else None


# "meine Locken sind zu wild", "meine Naturlocken sind total kraus", "my curls are too frizzy":
# the caller's own curls, and too much of them
_OWN_CURLS_TOO_MUCH = re.compile(
    r"\b(?:meine|my|ihre|seine|unsere|our)\s+(?:\w+\s+)?(?:locken|naturlocken|curls|curly\s+hair"
    r"|wellen|waves)\s+(?:sind|are|werden|get)\s+(?:\w+\s+){0,2}?(?:wild|kraus|krisselig|wuschelig"
    r"|widerspenstig|buschig|unbaendig|unkontrollierbar|voluminoes|frizzy|unruly|bushy|puffy|poofy"
    r"|big|uncontrollable|unmanageable)\b"
)


def own_curls_too_much(text: str) -> bool:
    """Whether the words say the caller's own curls are too much, with no wish said after."""
    folded = fold(text.replace("'", "").replace("’", ""))
    return bool(_OWN_CURLS_TOO_MUCH.search(folded)) and wanted_after_description(text) is None
