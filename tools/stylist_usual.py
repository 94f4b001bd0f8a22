"""The caller's usual or earlier stylist, said without a name: "meine übliche Friseurin", "meine
gewohnte Friseurin", "meine bisherige", "my regular hairdresser", "my normal stylist", "den
gleichen wie im Sommer", "dieselbe wie an Ostern", "the same lady as in spring". One person is
meant whom only the caller knows: asked who (never "no such stylist"). Read only where no name
fits (a name that fits is matched as before)."""

from __future__ import annotations

# folded text: a possessive and what says "the usual one" ...
_MINE = r"(?:mein|meine[nmrs]?|unser\w*|my|our)"
_USUAL_WORD = (
    r"(?:uebliche[nmrs]?|gewohnte[nmrs]?|normale[nmrs]?|regulaere[nmrs]?|bisherige[nmrs]?"
    r"|immer\s+gleiche[nmrs]?|usual|regular|normal|previous|former|go\s*-?\s*to)"
)
# ... or the same one as at a time or occasion said ("wie im Sommer", "as in spring", "as last")
_SAME = (
    r"(?:(?:der|die|den|dem|the)\s+)?(?:gleiche[nmrs]?|selbe[nmrs]?|dieselbe[nmrs]?|derselbe"
    r"|denselben|demselben|same)"
)
USUAL = (
    rf"\b{_MINE}\s+(?:\w+\s+)?{_USUAL_WORD}\b"
    rf"|\b{_SAME}\s+(?:\w+\s+)?(?:wie|as|like)\b"
)
