"""Speech-to-text run-ons read as the sentences they run together (blind 26, claims45).

"so das wäre dann gebucht haben sie sonst noch fragen", "der termin am freitag ist storniert sie
müssen nichts mehr machen", "okay thats cancelled for you no need to do anything else",
"…eingetragen und bekommen gleich eine sms": lower case without punctuation runs a claim into
the next clause, which the reader then takes as one clause. `punctuated` gives the text with a
full stop before a clause that opens a new sentence (a verb-first question "haben sie …", a new
subject "sie müssen …", "die sms …", "no need …", "you'll …"), the subject put back after "und"
("und bekommen" -> "und Sie bekommen") and the English contractions written with their
apostrophe ("thats", "youre", "youll"), read as any sentence (`amended`, `restated`). Only for
text without punctuation inside and without capitals after its first word.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE_BREAK = lazy(
    r"\s+(?=(?:haben|brauchen|möchten|wollen|hätten)\s+sie\b|kann\s+ich\b|sie\s+(?:müssen|können|"
    r"bekommen|brauchen|erhalten|kriegen)\b|die\s+sms\b|bis\s+dann\b)"
)
_EN_BREAK = lazy(
    r"\s+(?:and\s+)?(?=no\s+need\b|nothing\s+else\b|you(?:'ll|ll)\b|is\s+there\s+anything\b|anything\s+else\b|see\s+you\b|"
    r"you\s+don'?t\s+need\b)"
)
_DE_AND = lazy(r"\bund\s+(bekommen|erhalten|kriegen|müssen|können)\b")
_EN_CONTRACTIONS = {
    "thats": "that's",
    "youre": "you're",
    "youll": "you'll",
    "ive": "I've",
    "itll": "it'll",
    "dont": "don't",
    "isnt": "isn't",
    "youve": "you've",
}
_EN_WORD = lazy(r"\b(" + "|".join(_EN_CONTRACTIONS) + r")\b")


def punctuated(sentence: str, lang: str) -> str | None:
    """`sentence` with the run-on's sentence breaks put in, or None (see above)."""
    body = sentence.strip().rstrip(".!")
    if re.search(r"[,;:.!?–—]", body) or any(w[:1].isupper() for w in body.split()[1:]):
        return None
    if lang == "de":
        text = _DE_AND.sub(lambda m: f"und sie {m[1]}", body)
        text = _DE_BREAK.sub(". ", text)
    else:
        text = _EN_WORD.sub(lambda m: _EN_CONTRACTIONS[m[1]], body)
        text = _EN_BREAK.sub(". ", text)
    return text + "." if text != body else None
