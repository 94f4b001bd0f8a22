"""An outcome said despite the failure before it (blind 25, claims43).

"Trotz des Timeouts sind Sie jetzt auf Donnerstag um drei", "Despite the error, you're booked":
the opening "trotz …" / "despite …" concedes a failure and states the outcome anyway (the blind
round's reading: a success said despite an error by what it says). `despite_said` gives the
statement without the concession, the German verb put back after its subject ("sind Sie" ->
"Sie sind"), read as any sentence (`amended`).

Not: a concession with no statement after it, a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DESPITE = lazy(
    r"^\W*(?:trotz|ungeachtet)\s+(?:des|der|dem|eines|einer)\s+\w+\s*,?\s*|"
    r"^\W*(?:despite|in\s+spite\s+of)\s+(?:the|an?|that)\s+\w+(?:\s+\w+)?\s*,\s*",
    re.IGNORECASE,
)
_INVERTED = lazy(r"^(ist|sind|steht|stehen|bleibt|bleiben)\s+(sie|er|es|ihr\s+termin)\b", re.I)


def despite_said(sentence: str) -> str | None:
    """The statement after a concession of failure, or None (see above)."""
    m = _DESPITE.match(sentence)
    if m is None or sentence.rstrip().endswith("?"):
        return None
    rest = _INVERTED.sub(lambda v: f"{v[2]} {v[1]}", sentence[m.end() :])
    return rest[:1].upper() + rest[1:] if len(rest) > 3 else None
