"""Hesitations taken out before a sentence is read (blind 17, claims27): "Ihr Termin am Samstag,
äh, ist storniert worden", "Gebucht ist, äh, noch gar nichts", "I haven't, um, put you in yet",
"So, uh, it's now – Thursday".

A hesitation between commas cut the clause it stood in, so a day named before it was lost to the
claim after it ("Samstag, äh, ist storniert": a cancellation with no day), and "Gebucht ist" was
read as a claim of its own. The hesitation and the commas around it are dropped, as the speaker
meant the sentence without them (a comma stays before a self-repair: "um elf, äh, nein, um
zehn"). Words that are also real words are dropped only where they
cannot be one: "um" and "er" (a German preposition and pronoun) only between commas.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

# always a hesitation; "um" and "er" only between commas (", um,", ", er,")
_HESITATION = lazy(
    r"\s*,?\s*\b(?:äh+m?|ähem|öh+m?|hm+|uh+m?|erm|ehm)\b\s*,?(?=\s|$)|\s*,\s*(?:um|er)\s*,(?=\s)"
)

# what every hesitation holds, found without the leading spaces and commas of the full pattern
_QUICK = lazy(r"äh|öh|\bhm|\buh|\berm\b|\behm\b|,\s*(?:um|er)\s*,")
# a self-repair after the hesitation keeps its comma: "um elf, äh, nein, um zehn"
_REPAIR = lazy(
    r"\s*(?:nein|no|nope|sorry|entschuldigung|verzeihung|pardon|moment|wait|hang|korrektur)\b"
)


def without_hesitations(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Folded characters with hesitations and their commas replaced by one space (each kept
    character keeps its origin, so spans still point into the original)."""
    text = "".join(chars)
    if not _QUICK.search(text) or not _HESITATION.search(text):
        return chars, origin
    out: list[str] = []
    org: list[int] = []
    at = 0
    for m in _HESITATION.finditer(text):
        out += chars[at : m.start()]
        org += origin[at : m.start()]
        kept = ", " if "," in m.group() and _REPAIR.match(text, m.end()) else " "
        out += kept
        org += [origin[min(m.start(), len(origin) - 1)]] * len(kept)
        at = m.end()
    out += chars[at:]
    org += origin[at:]
    return out, org
