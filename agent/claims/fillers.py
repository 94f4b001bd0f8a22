"""Filler words never change a claim (blind 20): "Ja, also, ähm, Ihr Termin, der ist, äh,
bestätigt", "Um, so, yeah, that's, uh, in now", "So, uh, your Friday appointment is, like, off
now, cancelled". In a sentence that hesitates (äh, ähm, hm, um, uh, erm), the hesitations and
the discourse particles set off by commas ("also", "ja", "genau", "so", "yeah", "like", "well")
(German "um" is "at", a hesitation only in English) are taken out and the sentence is read as said without them; a left-dislocated subject taken up
again by a pronoun ("Ihr Termin, der ist bestätigt", "your appointment, it's confirmed") is read
as the plain subject.

Not: a hesitation before a correction ("um elf, äh, nein, um zehn"), in a question, or beside
"stays / bleibt" (read by the self-repair and `stands` readers as written); a sentence without a
hesitation (its "Ja," or "So," is read as written), particles that
are not set off by commas.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# German "um" is "at" ("um zehn"): the English hesitations are English only
_HESITATIONS = {
    "de": lazy(r"\b(?:äh+m?|öh+m?|hm+)\b", re.IGNORECASE),
    "en": lazy(r"\b(?:um+|uh+m?|erm|err|hm+)\b", re.IGNORECASE),
}
_PARTICLE = (
    r"(?:äh+m?|öh+m?|hm+|um+|uh+m?|erm|err|also|ja|genau|so|yeah|yep|like|well|right|okay|ok|"
    r"you\s+know|i\s+mean|halt|quasi|sozusagen|irgendwie|ne|gell|oder\s+so)"
)
_ONLY = lazy(rf"\W*{_PARTICLE}\W*", re.IGNORECASE)
_DISLOCATED = lazy(
    r"\b((?:ihr|ihre|der|die|das|your|the)\s+[^,.!?]{2,40}?),?\s+(?:der|die|das|it|that)"
    r"(?:'s|\s+(?=ist|is|hat|has|steht|stehen|sind|wurde|was|war))",
    re.IGNORECASE,
)


# a hesitation before a correction or in a question is left to the readers of those
_REPAIR = lazy(
    r"[?–—]|\b(?:nein|no|meine\s+ich|wollte\s+ich\s+sagen|i\s+mean|sorry|pardon|korrektur|"
    r"rather|stays?|bleibt)\b",
    re.IGNORECASE,
)


def without_fillers(sentence: str, lang: str) -> str | None:
    """`sentence` as said without its fillers, or None when it does not hesitate."""
    hesitation = _HESITATIONS["en" if lang == "en" else "de"]
    if not hesitation.search(sentence) or _REPAIR.search(sentence):
        return None
    end = re.search(r"[.!?…]*$", sentence.rstrip())[0]
    body = sentence.rstrip()[: len(sentence.rstrip()) - len(end)]
    text, dropped = "", False
    for piece in body.split(","):
        if _ONLY.fullmatch(piece):  # a filler set off by commas: its commas go with it
            dropped = True
            continue
        if text:
            text += " " if dropped else ","
        text, dropped = text + piece, False
    text = re.sub(rf"\s*{hesitation.pattern}\s*", " ", text, flags=re.IGNORECASE)
    text = text.strip(" ,") + end
    text = _DISLOCATED.sub(lambda m: m[1] + ("'s" if m[0].endswith("'s") else " "), text)
    text = re.sub(r"\s{2,}", " ", text)
    if not text or text == sentence or hesitation.search(text):
        return None  # (read once: what is left is read as written)
    if not re.search(r"\w+\b(?!-)", text):
        return None  # only particles ("Äh, ja.", "Ja, ja, ge-, äh, ja."): an answer, as said
    return text[0].upper() + text[1:]
