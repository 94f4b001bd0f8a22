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
    # blind 45 (claims111): the salon's words an English reply keeps ("Your Termin is gestrichen",
    # "Everything's erledigt", "The Verschiebung went through", "You'll get a Rückruf")
    "streichen": ("cancel", "cancelled"),
    "austragen": ("cancel", "cancelled"),
    "absage": ("cancellation", "cancellation"),
    "umbuchung": ("rescheduling", "rescheduling"),
    "verschiebung": ("rescheduling", "rescheduling"),
    "verlegung": ("rescheduling", "rescheduling"),
    "erledigen": ("do", "done"),
    "reservieren": ("reserve", "reserved"),
    "vormerken": ("hold", "held"),
    "reservierung": ("reservation", "reservation"),
    "anfrage": ("request", "request"),
    "anfragen": ("request", "requested"),
    "buchungsanfrage": ("request", "request"),
    "terminanfrage": ("request", "request"),
    "bestätigung": ("confirmation", "confirmation"),
    "terminbestätigung": ("confirmation", "confirmation"),
    "buchungsbestätigung": ("confirmation", "confirmation"),
    "erinnerung": ("reminder", "reminder"),
    "rückruf": ("callback", "callback"),
    "rückrufwunsch": ("callback", "callback"),
    "rufen": ("call", "called"),  # "Fabian will ruf you zurück"
    # blind 56 (claims162): "I'll leave a Nachricht for the salon", "Someone will zurückrufen you"
    "nachricht": ("message", "message"),
    # (the particle goes after the object in English, "call you back": "call you" is the callback)
    "zurückrufen": ("call", "called"),
    "anrufen": ("call", "called"),
    "zurück": ("back", "back"),
    "frei": ("free", "free"),
    "offen": ("open", "open"),  # blind 56 (claims157): "It's still offen whether you're booked"
    "bleiben": ("stay", "stayed"),
    "unverändert": ("unchanged", "unchanged"),
    "kalender": ("calendar", "calendar"),
    "der": ("the", "the"),  # "Die Stornierung is done"
    "die": ("the", "the"),
    "das": ("the", "the"),
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
    if morph.is_known(word, "en") and word not in _DE_ARTICLES:
        return None
    if word in _DE_TO_EN:  # a noun or an infinitive as listed ("buchungsanfrage", "absage")
        return _DE_TO_EN[word][0]
    pair = _DE_TO_EN.get(morph.lemma(word, "de")) if morph.is_known(word, "de") else None
    if pair is None:
        return _english_as_german_participle(word)  # "gecancelt", "gebookt"
    lemma = morph.lemma(word, "de")
    if lemma in (word + "en", word + "n"):  # "ruf": the stem said as a verb
        return pair[0]
    third = lemma.endswith("en") and word == lemma[:-2] + "t"  # "bleibt", not "erledigt"
    if third and not word.endswith("iert") and not word.startswith(_INSEPARABLE):
        return pair[0] + "s"
    return pair[1]


_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
_DE_ARTICLES = frozenset({"der", "die", "das"})  # "die" is an English word too


def _english_as_german_participle(word: str) -> str | None:
    """ "gecancelt", "gebookt", "gemoved": an English verb given a German participle, read as
    the English participle it is."""
    if not word.startswith("ge") or len(word) < 6:
        return None
    for stem in (word[2:-1], word[2:-2], word[2:]):
        if len(stem) >= 3 and morph.is_known(stem, "en"):
            lemma = _single_l(morph.lemma(stem, "en"))
            if lemma in _EN_TO_DE:
                return lemma + (
                    "led" if lemma.endswith("el") else "d" if lemma.endswith("e") else "ed"
                )
    return None


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
