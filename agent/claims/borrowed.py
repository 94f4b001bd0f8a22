"""Claim words borrowed from the other language, read as the sentence's own.

A receptionist model switches languages mid-sentence ("Ihr Appointment ist confirmed", "Das
Cancelling ist durch", "your Termin is gebucht", "that's eingetragen"). The clause readers know
one language each, so a word the sentence's language does not know, but the other language's
dictionary does, is replaced by the word it means in the sentence's language, keeping its form:
a participle stays a participle ("confirmed", "gecancelled", "upgedatet" -> "bestätigt",
"storniert", "geändert"), an infinitive an infinitive ("booken" -> "buchen"). Only claim words
and the few words a claim is built from are translated; everything else is left as written.
"""

from __future__ import annotations

from functools import lru_cache

from agent.claims import morph

# English lemma -> German (infinitive or noun/adjective, participle)
_EN_TO_DE: dict[str, tuple[str, str]] = {
    "book": ("buchen", "gebucht"),
    "confirm": ("bestätigen", "bestätigt"),
    "approve": ("bestätigen", "bestätigt"),
    "cancel": ("stornieren", "storniert"),
    "cancelling": ("stornierung", "stornierung"),
    "canceling": ("stornierung", "stornierung"),
    "cancellation": ("stornierung", "stornierung"),
    "reschedule": ("verschieben", "verschoben"),
    "move": ("verschieben", "verschoben"),
    "update": ("ändern", "geändert"),
    "secure": ("sichern", "gesichert"),
    "lock": ("festmachen", "fest"),
    "settle": ("festmachen", "fest"),
    "appointment": ("termin", "termin"),
    "booking": ("buchung", "buchung"),
    "reservation": ("reservierung", "reservierung"),
    "final": ("fest", "fest"),
    "available": ("frei", "frei"),
    "pending": ("offen", "offen"),
    "do": ("erledigen", "erledigt"),  # "das ist gedone"
    "calendar": ("kalender", "kalender"),  # "Sie sind im Calendar"
}
# German lemma -> English (base form, participle)
_DE_TO_EN: dict[str, tuple[str, str]] = {
    "buchen": ("book", "booked"),
    "einbuchen": ("book", "booked"),
    "eintragen": ("enter", "entered"),
    "bestätigen": ("confirm", "confirmed"),
    "stornieren": ("cancel", "cancelled"),
    "absagen": ("cancel", "cancelled"),
    "verschieben": ("move", "moved"),
    "verlegen": ("move", "moved"),
    "umbuchen": ("move", "moved"),
    "termin": ("appointment", "appointment"),
    "buchung": ("booking", "booking"),
    "stornierung": ("cancellation", "cancellation"),
    "für": ("for", "for"),
}
_DE_PARTICIPLE_HEADS = ("ge", "upge", "ausge", "einge")


def _single_l(word: str) -> str:
    """ "cancelled" -> "cancel": the British doubled consonant the lemmatizer keeps."""
    for tail in ("led", "ling", "l"):
        if word.endswith("l" + tail):
            return word[: -len(tail)]
    return word


def _participle_en(word: str) -> bool:
    return word.endswith("ed") or word.endswith("ed'")


def _participle_de(word: str) -> bool:
    return any(word.startswith(h) for h in _DE_PARTICIPLE_HEADS) and (
        word.endswith("t") or word.endswith("en") or word.endswith("ed")
    )


def _english_in_german(word: str) -> str | None:
    participle = _participle_en(word) or _participle_de(word)
    if morph.is_known(word, "en") and not morph.is_known(word, "de"):
        lemma = morph.lemma(word, "en")
        pair = _EN_TO_DE.get(word) or _EN_TO_DE.get(lemma) or _EN_TO_DE.get(_single_l(lemma))
        if pair:
            return pair[1] if participle else pair[0]
    # an English verb inflected as German: "gecancelled", "gecancelt", "upgedatet", "booken"
    de_lemma = morph.lemma(word, "de")
    stems = [word[2:], word[2:-1]] if word.startswith("ge") else []
    stems += [de_lemma[:-1], de_lemma[:-2]] if de_lemma.endswith("n") else []
    for stem in stems:
        if len(stem) >= 3 and morph.is_known(stem, "en"):
            pair = _EN_TO_DE.get(morph.lemma(stem, "en")) or _EN_TO_DE.get(_single_l(stem))
            if pair:
                return pair[1] if participle else pair[0]
    return None


def _german_in_english(word: str) -> str | None:
    if morph.is_known(word, "en") or not morph.is_known(word, "de"):
        return None
    lemma = morph.lemma(word, "de")
    pair = _DE_TO_EN.get(lemma)
    if pair is None:
        return None
    return pair[1] if word != lemma else pair[0]


@lru_cache(maxsize=65536)
def native(word: str, lang: str) -> str:
    """`word` (folded, lower case) as a word of `lang` when it is a claim word borrowed from
    the other language; otherwise unchanged."""
    if lang == "de" and word.startswith("ge-"):
        word = "ge" + word[3:]  # "ge-rescheduled", "ge-updated"
    if len(word) < 3 or not word.isalpha():
        return word
    found = _english_in_german(word) if lang == "de" else _german_in_english(word)
    return found or word
