"""Upper German and Swabian words put in standard German (blind 21, claims35; a step of
`reworded`): "Isch no ned gbucht" (ist noch nicht gebucht), "Drin bisch no ned", "Is fix, gell",
"Is gebongt", "Hab'n auf'n Donnerstag gschobe" (haben auf den Donnerstag geschoben), "Freitag um
zehne bei'm Fabian, isch gmacht", "Hamma, fertig".

Function words by their sound: "isch" / "is" for "ist" (but "isch" before a verb of the speaker,
"Isch hab Se eingetragen", is the Rhenish "ich"), "bisch" for "bist", "no" before a negation for
"noch", "ned" / "net" / "nit" for "nicht", "nix" for "nichts", "hamma" for "haben wir", words
clipped before an apostrophe ("hab'n", "auf'n", "bei'm"). A participle that drops the "e" of
"ge" before a consonant ("gbucht", "gschobe", "gmacht") and its final "n" is the participle the
German dictionary knows. German sentences only, and only where such a word is found.
"""

from __future__ import annotations

import re

from agent.claims import lemmas, morph
from agent.claims.lazy_pattern import lazy
from agent.claims.regional_function_words import regional_function_words

_CUE = lazy(
    r"\b(?:isch|is|bisch|ned|net|nit|nix|hamma|hammer|hab'n|auf'n|bei'm|in'n|g[bcdfhklmnpqrsvwz]\w{2,})\b",
    re.IGNORECASE,
)
# "is" is read as "ist" only before these (else it may be English, or a word the regional
# reader of `normalize` already takes: "is' durch", "da is scho wer drin")
_IS_BEFORE = (
    r"(?:fix|fest|gebongt|noch|no|nix|durch|eingetragen|erledigt|gemacht|gebucht|"
    r"g[bcdfhklmnpqrsvwz](?:bucht|schobe|schoben|macht|strichen|trage|tragen))"
)
_SPEAKER_VERB = r"(?:hab|habe|hob|bin|kann|mach|mache|trag|sag|schau|muss|geb|hätt)"
_WORDS = (
    (lazy(rf"\bisch\b(?!')(?!\s+{_SPEAKER_VERB}\b)", re.IGNORECASE), "ist"),
    (lazy(rf"\bis\b(?!')(?=\s+{_IS_BEFORE}\b)", re.IGNORECASE), "ist"),
    (lazy(r"\bbisch\b", re.IGNORECASE), "bist"),
    (lazy(r"\bno\b(?=\s+(?:ned|net|nit|nix|nicht|nichts|koi|kein\w*)\b)", re.I), "noch"),
    # "ned" / "net" / "nit" as "nicht" only after "noch" or before a state ("des geht net" is
    # left to the reader)
    (lazy(r"\b(?<=noch\s)(?:ned|net|nit)\b", re.IGNORECASE), "nicht"),
    (
        lazy(r"\b(?:ned|net|nit)\b(?=\s+(?:g\w+|fest|fix|drin|eingetragen)\b)", re.I),
        "nicht",
    ),
    (lazy(r"\bnix\b", re.IGNORECASE), "nichts"),
    (lazy(r"\bhamm(?:a|er)\b", re.IGNORECASE), "haben wir"),
    (lazy(r"\bhab'n\b", re.IGNORECASE), "haben"),
    (lazy(r"\bauf'n\b", re.IGNORECASE), "auf den"),
    (lazy(r"\bin'n\b", re.IGNORECASE), "in den"),
    (lazy(r"\bbei'm\b", re.IGNORECASE), "beim"),
)
_CLIPPED_GE = lazy(r"\bg([bcdfhklmnpqrsvwz][a-zäöü]{2,})\b", re.IGNORECASE)


def _participle(m: re.Match[str]) -> str:
    word = m.group(0)
    if morph.is_known(word.lower(), "de"):
        return word
    core = m.group(1)
    for candidate in ("ge" + core, "ge" + core + "n"):
        low = candidate.lower()
        # through `lemmas` (compressed): simplemma's own call loads its 130 MB dicts mid-call
        noun = lemmas.lemmatize(low.capitalize(), "de") == low.capitalize()
        if low == "gebongt" or (morph.is_known(low, "de") and not noun):
            return candidate  # a verb's participle ("gebucht"), not a noun ("Gericht")
    return word


def standard_german(text: str, lang: str) -> str:
    """`text` with the regional words above in standard German (unchanged when it has none)."""
    if lang != "de":
        return text
    text = regional_function_words(text)
    if not _CUE.search(text):
        return text
    for pattern, word in _WORDS:
        text = pattern.sub(word, text)
    return _CLIPPED_GE.sub(_participle, text)
