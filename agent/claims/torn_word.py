"""A claim word torn in two by a stray space, read whole (blind 41, claims104; a step of
`reworded`): "I'm ho lding a slot", "I've can celled it", "Ich ha lte Ihnen Freitag frei",
"…, wenn der Salon zusa gt", "Ihr Termin ist stor niert". Speech to text and streamed tokens
split a word where no word ends; the clause reader re-joins its own words (`tokens._join_torn`),
but the rules over the text (holds, requests, conditions) read the words as written.

Joined only when the two pieces make a verb of the guard's claims (booking, holding,
cancelling, moving, changing, asking and agreeing) and one of them is no word of its own ("zu sagen",
"ab sagen" stay apart: two words a sentence may say).
"""

from __future__ import annotations

from agent.claims import morph
from agent.claims.lazy_pattern import lazy

_PAIR = lazy(r"\b([A-Za-zÄÖÜäöüß]+) (?=([a-zäöüß]+)\b)")
_CLAIM_VERBS = frozenset(
    {
        # German
        "buchen",
        "einbuchen",
        "eintragen",
        "halten",
        "freihalten",
        "festhalten",
        "reservieren",
        "vormerken",
        "blockieren",
        "stornieren",
        "absagen",
        "verschieben",
        "verlegen",
        "umbuchen",
        "bestätigen",
        "anfragen",
        "zusagen",
        "zustimmen",
        "freigeben",
        # English
        "book",
        "hold",
        "reserve",
        "pencil",
        "cancel",
        "cancell",
        "move",
        "reschedule",
        "confirm",
        "approve",
        "agree",
        # claims158 (blind 52): what stands ("Nothing cha nges for Friday", "ändert sich nichts")
        "ändern",
        "change",
    }
)


def _torn(a: str, b: str, lang: str) -> bool:
    if morph.is_known(a.lower(), lang) and morph.is_known(b, lang):
        return False  # two words of their own (the dictionary look-ups first: cheap)
    joined = (a + b).lower()
    return morph.is_known(joined, lang) and morph.lemma(joined, lang) in _CLAIM_VERBS


def untorn(text: str, lang: str) -> str:
    """`text` with a claim word torn by one space joined (unchanged otherwise)."""
    if lang not in ("de", "en") or " " not in text:
        return text
    return _PAIR.sub(lambda m: m.group(1) if _torn(*m.groups(), lang) else m.group(), text)
