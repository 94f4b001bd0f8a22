"""A separable particle left behind its participle put back in front of it (blind 55; a step of
`reworded`): a small model writing German as translation-ese keeps English word order, where
"through" follows "gone", so "Die Stornierung ist gegangen durch" stands for "ist
durchgegangen", "Sie sind getragen ein" for "eingetragen", "gesagt ab" for "abgesagt". The
particle joins the participle only when the joined word is one the dictionary knows, and not
when a phrase follows that makes the particle a preposition ("gegangen durch die Liste",
"geschaut durch den Kalender") or a number or noun does ("gegangen um 10 Uhr"), and only after an
auxiliary ("Der Termin gehört ab jetzt Ihnen" has no participle).
"""

from __future__ import annotations

import re

from agent.claims import morph
from agent.claims.lazy_pattern import lazy

_PARTICLES = "durch|ein|ab|an|auf|aus|um|zurück|weg|vor|mit|weiter|fest|nach|frei|rein|raus"
# what makes the particle a preposition: an article, a pronoun, a number, a noun (capital)
_PHRASE = (
    r"(?:der|die|das|den|dem|des|eine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|meine?[mnrs]?|"
    r"diese[mnrs]?|sie|ihn|es|mich|dich|uns|euch|ihm|sich|zu[mr]?)\b|\d|(?-i:[A-ZÄÖÜ])"
)
# a participle has its auxiliary before it ("ist gegangen durch"); without one "gehört ab jetzt"
# is the verb "gehören" with "ab jetzt", no participle
_AUXILIARY = lazy(
    r"\b(?:ist|sind|bin|bist|seid|war|waren|wurde|wurden|habe|hat|haben|hast|habt|hatte|hatten)\b",
    re.IGNORECASE,
)
_LEFT_BEHIND = lazy(
    r"\b(ge[a-zäöüß]{3,}(?:t|en))\s+(" + _PARTICLES + r")\b(?!\s+(?:" + _PHRASE + r"))",
    re.IGNORECASE,
)


def _joined(m: re.Match[str]) -> str:
    participle, particle = m[1], m[2]
    if participle[:1].isupper() and m.start() > 0:
        return m[0]  # a noun ("Gesetzen"), not a participle
    word = particle.lower() + participle.lower()
    return word if morph.is_known(word, "de") else m[0]


def particle_rejoined(text: str, lang: str) -> str:
    """`text` with a participle's particle written after it joined in front of it again."""
    if lang != "de" or "ge" not in text.lower():
        return text
    return _LEFT_BEHIND.sub(
        lambda m: _joined(m) if _AUXILIARY.search(text, 0, m.start()) else m[0], text
    )


# "take a message" said word for word (blind 55, claims142): "Ich habe eine Nachricht genommen für
# Lena", "Ich habe genommen eine Notiz" stand for "aufgenommen"; only with the message noun as the
# object of the participle, nothing between them that ends the clause
_MESSAGE_TAKEN = lazy(
    r"\b(nachricht|notiz)\b([^.,;:!?–—]{0,40}?)\bgenommen\b|"
    r"\bgenommen\b(\s+(?:eine|die|ihre|deine)\s+(?:\w+\s+)?(?:nachricht|notiz)\b)",
    re.IGNORECASE,
)


def message_taken(text: str, lang: str) -> str:
    """`text` with a message "genommen" (English "taken") as the German says it, "aufgenommen"."""
    if lang != "de" or "genommen" not in text.lower():
        return text
    return _MESSAGE_TAKEN.sub(
        lambda m: f"{m[1]}{m[2]}aufgenommen" if m[1] else f"aufgenommen{m[3]}", text
    )


# "all sorted" said word for word (blind 55, claims166): "Das ist alles sortiert für Sie" stands
# for "alles erledigt"; only "alles" sorted, never a thing put in order ("Die Unterlagen sind
# sortiert", "alphabetisch sortiert")
_ALL_SORTED = lazy(r"\b(alles(?:\s+(?:schon|jetzt|bereits|gut))*)\s+sortiert\b", re.IGNORECASE)


def all_sorted(text: str, lang: str) -> str:
    """`text` with "alles sortiert" (English "all sorted") as the German says it, "erledigt"."""
    if lang != "de" or "sortiert" not in text.lower():
        return text
    return _ALL_SORTED.sub(lambda m: f"{m[1]} erledigt", text)
