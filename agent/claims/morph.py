"""Word forms to lemmas: simplemma's dictionaries, plus the participle rule of German.

simplemma maps "eingetragen" to "eintragen" and "rausgenommen" to "rausnehmen"; for a participle
it does not know ("gebongt", "umgebucht") the regular German formation is undone:
(particle)ge(stem)(e)t -> (particle)(stem)en.
"""

from __future__ import annotations

from functools import lru_cache

from agent.claims import lemmas, misheard
from agent.claims.lazy_pattern import lazy

_LANGS = ("de", "en")
# separable particles that take "ge" after them in the participle (ein-ge-tragen)
_PARTICLES = (
    "zurück",
    "herein",
    "heraus",
    "dazwischen",
    "dazu",
    "vorbei",
    "nach",
    "rein",
    "raus",
    "fest",
    "ein",
    "aus",
    "auf",
    "weg",
    "vor",
    "um",
    "ab",
    "an",
    "zu",
    "mit",
    "",
)
_WEAK_PARTICIPLE = lazy(r"^(?P<p>" + "|".join(_PARTICLES) + r")ge(?P<stem>\w{2,}?)e?t$")


def warm_up() -> None:
    """Load the dictionaries now (about a second) rather than on the first sentence of a call."""
    for lang in _LANGS:
        lemmas.lemmatize("termin", lang)
    misheard.warm_up()


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The lemma of a lower-case word form, lower case ("gebucht" -> "buchen")."""
    if not word.isalpha():
        return word
    found = lemmas.lemmatize(word, lang).lower()
    if lang == "de" and found == word:
        m = _WEAK_PARTICIPLE.match(word)
        if m:
            return m["p"] + m["stem"] + "en"
        # a separable particle before a participle without ge-: "umterminiert", "einbestellt"
        for p in _PARTICLES:
            rest = word[len(p) :]
            if p and word.startswith(p) and len(rest) > 5 and rest.endswith("t"):
                inner = lemmas.lemmatize(rest, lang).lower()
                if inner == rest and rest.endswith("iert"):
                    inner = rest[:-1] + "en"  # -ieren verbs take no ge-
                if inner != rest and inner.endswith("en"):
                    return p + inner
        if word.endswith("iert") and len(word) > 6:
            return word[:-1] + "en"
    return found


@lru_cache(maxsize=65536)
def is_known(word: str, lang: str | None = None) -> bool:
    """Whether a dictionary of `lang` (or of any language the reader reads) knows the word."""
    langs = (lang,) if lang else _LANGS
    return any(lemmas.is_known(word, lg) for lg in langs)


@lru_cache(maxsize=8192)
def is_proper_name(word: str) -> bool:
    """Whether `word` (lower case) is a name by simplemma's English dictionary: English writes
    no common noun with a capital, so a word whose English lemma comes back capitalised ("emma"
    -> "Emma", "clara" -> "Clara") names a person or a place. German capitalises every noun and
    cannot tell a first name from a thing this way ("Emma" and "Kompliment" alike; claims143)."""
    if len(word) < 3 or not word.isalpha():
        return False
    if lemmas.lemmatize(word, "en")[:1].isupper():
        return True
    # "Jordan", "Anna": the capitalised form is an entry of its own, its own lemma ("Summer",
    # "Rose" lead to "summer", "rose": common nouns written at a sentence's start)
    title = word.capitalize()
    return lemmas.is_known(title, "en") and lemmas.lemmatize(title, "en")[:1].isupper()
