"""A promise made inside the caller's supposition (blind 57, claims155): no promise of this call.

The caller supposes a case ("Was ist, wenn der Salon zu hat und ich etwas fragen will?", "Und
wenn Fabian Fragen hat?", "What if I'm late?") or asks how the salon's process goes ("Wie
funktioniert das mit dem Buchen?", "How does booking work?"), and the answer goes on inside it
with "dann" / "then" or a next step ("danach", "after that"): "Der Salon ruft dann am nächsten
Öffnungstag zurück", "Dann ruft er Sie einfach an, …", "Danach bekommen Sie eine SMS mit allen
Angaben", "After that you get a text with all the details". The callback or text is what happens
in the supposed case or at that step of any booking, not one promised for this call: the
follow-up of the clause that goes on is dropped. The rest of the sentence is read as ever ("…,
Ihre Nummer habe ich bei Ihrem Termin notiert" still presupposes the appointment).

Not: the same words after a caller who supposes nothing ("Rufen Sie mich zurück?" -> "Dann ruft
Fabian Sie zurück" promises), a reply whose "dann" closes the call ("Dann bis Freitag").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_F = re.IGNORECASE
# the caller supposes a case: "was ist, wenn", "und wenn", "what if", "and if …?"
_SUPPOSES = lazy(
    r"\b(?:was\s+(?:ist|passiert|mache\s+ich|geschieht)\s*,?\s*(?:wenn|falls)|was\s*,?\s*(?:wenn|"
    r"falls)|und\s+(?:wenn|falls)|what\s+(?:if|happens\s+if|do\s+i\s+do\s+if)|and\s+if|"
    r"what\s+about\s+if)\b",
    _F,
)
# the caller asks how the process goes: "Wie funktioniert das (mit dem Buchen)?", "How does it work?"
_PROCESS = lazy(
    r"\b(?:wie\s+(?:funktioniert|läuft|geht)\s+(?:das|es)\b|how\s+does\s+(?:it|that|\w+ing)\s+work|"
    r"how\s+does\s+(?:it|that)\s+(?:go|work))\b",
    _F,
)
# the answer goes on inside the case: "dann" / "then" / "in that case" among its first words
_THEN = lazy(
    r"^\W*(?:\w+\s+){0,3}?(?:dann|then|in\s+dem\s+fall|in\s+diesem\s+fall|in\s+that\s+case)\b", _F
)
# ... or at the next step of the process described
_NEXT_STEP = lazy(
    r"^\W*(?:danach|anschließend|daraufhin|after\s+that|afterwards|then)\b",
    _F,
)
_CLAUSE_END = lazy(r"[,;:.!?–—]")


def without_supposed_promise(
    sentence: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the follow-up promised inside the caller's supposition (above)."""
    if not caller or not any(c.kind is ClaimKind.FOLLOW_UP for c in claims):
        return claims
    heard = normalize(caller)
    text = normalize(sentence)
    if _SUPPOSES.search(heard):
        m = _THEN.match(text)
    elif _PROCESS.search(heard):
        m = _NEXT_STEP.match(text)
    else:
        return claims
    if m is None or _CLAUSE_END.search(text, 0, m.start(0) + len(m.group(0).rstrip())):
        return claims
    end = _CLAUSE_END.search(text, m.end())
    stop = end.start() if end else len(text)
    return tuple(c for c in claims if not (c.kind is ClaimKind.FOLLOW_UP and c.start < stop))
