"""The German enclitic "'s" written out (blind 26, claims45).

"gebucht ist's, sobald Sie Ja sagen", "Eingetragen hab ich's", "Jetzt steht's": the "'s" after
a verb is "es", and the sentence claims what it claims with "es" written out ("gebucht ist es,
sobald Sie Ja sagen": `not_booked`, convention 5). `es_written_out` gives that sentence, read as
any sentence (`amended`, `restated`); None without an enclitic.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_CLITIC = lazy(r"\b(\w+)'s\b")
_VERB_ENDINGS = ("t", "b", "ab", "ist", "war", "wär", "hätt", "geht", "steht", "klappt", "wird")


def es_written_out(sentence: str, lang: str) -> str | None:
    """`sentence` with a verb's enclitic "'s" written "es", or None (see above)."""
    if lang != "de":
        return None
    text = straight_apostrophes(sentence)
    out = _CLITIC.sub(
        lambda m: f"{m[1]} es" if m[1].lower().endswith(_VERB_ENDINGS) else m[0], text
    )
    return out if out != text else None
