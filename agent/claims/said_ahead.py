"""A visit said in the future tense and a slot offered in Konjunktiv II (blind 28, claims50).

"Sie werden dann am Freitag um zehn bei Fabian sitzen", "Am Freitag um zehn werden Sie von Fabian
verwöhnt": the caller's visit said as a plain future presupposes the booking, as "Sie sitzen am
Freitag bei Fabian" does. "Das wäre dann am Freitag um zehn, falls Sie möchten", "Ich würde Sie
dann für Donnerstag eintragen, wenn Ihnen das passt": a slot put to the caller in Konjunktiv II
offers it (convention 2). `said_ahead` gives the sentence the reader knows; None otherwise.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_RULES = (
    (lazy(r"^(.*?)\bwerden sie (?:dann )?von (\w+) verwöhnt\b.*$"), r"\1sind sie bei \2."),
    (
        lazy(r"^(.*?)\bsie werden (?:dann )?(.+?) (?:sitzen|verwöhnt werden)\b.*$"),
        r"\1sie sitzen dann \2.",
    ),
    (lazy(r"^das wäre dann (am .+?),\s*(?:falls|wenn) .*$"), r"\1 wäre noch frei."),
    (
        lazy(r"^ich würde sie (?:dann )?für (\w+) eintragen,\s*(?:falls|wenn) .*$"),
        r"am \1 wäre noch frei.",
    ),
)


def said_ahead(sentence: str, lang: str) -> str | None:
    """The visit or the offer in the reader's words, or None."""
    if lang != "de":
        return None
    text = normalize(sentence)
    for pattern, replacement in _RULES:
        if pattern.search(text):
            return pattern.sub(replacement, text)
    return None
