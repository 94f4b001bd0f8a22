"""An English reply that carries German salon words is English (blind 45, claims111).

A receptionist model answering in English keeps the salon's German words: the appointment
("Termin", "Buchung"), the act ("storniert", "gebucht", "erledigt"), the day and time ("am
Freitag", "um zehn", "10 Uhr") and the stylist's title ("Herr Spitzer"). Such words are the
reply's content, not its grammar; the language a listener hears the claim in is the language
of its frame: the pronouns, articles, auxiliaries and contractions that hold the words together
("You're gebucht with Herr Yilmaz am Freitag", "Nothing's storniert yet"). A sentence whose
frame words are all English is read in English, whatever the German words in it; the borrowed
words are then read in English by `borrowed` (one mapping for both directions).

Only the English frame is decided here: a German frame with English words ("Ihr Appointment ist
confirmed") is read in German by the marker count as before.
"""

from __future__ import annotations

import re

from agent.claims import borrowed
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

# English function words a German sentence never holds (not "is", "i", "so", "an", "was",
# "will", "die", "am": German or dialect words too; not "do": "Do 15:00" is Thursday)
_EN_FRAME = frozenset(
    {"the", "you", "your", "yours", "you're", "you've", "you'll", "it", "it's", "its", "that's",
     "there's", "nothing's", "everything's", "what's", "i've", "i'm", "i'll", "i'd", "we",
     "we've", "we'll", "we're", "they", "they'll", "they're", "they've", "has", "have", "hasn't",
     "haven't", "isn't", "aren't", "wasn't", "are", "been", "be", "would", "could", "should",
     "shall", "can", "can't", "won't", "don't", "doesn't", "didn't", "to", "of", "my", "our",
     "this", "that", "with", "for", "yet", "anything", "nothing", "everything", "does",
     "did", "he", "she", "his", "him", "them", "what", "when", "let", "me", "just", "one", "from",
     "by", "on", "at", "and", "now", "still", "off", "get", "got", "need", "want", "like"}
)  # fmt: skip
# German function words: one of them makes the frame (also) German
_DE_FRAME = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ist", "sind", "sie", "ihr", "ihre", "ihren",
     "ihrem", "ihnen", "ich", "habe", "hab", "haben", "hat", "und", "wir", "nicht", "dann", "es",
     "bis", "ein", "eine", "einen", "einem", "kein", "keine", "keinen", "mit", "auf", "wird",
     "werden", "wurde", "er", "zu", "auch", "aber", "oder", "wenn", "dass", "mein", "meine",
     "mich", "mir", "uns", "euch", "du", "dich", "dir", "sich", "war", "wäre", "noch", "schon",
     "jetzt", "gerade", "gleich", "kann", "können", "soll", "sollen", "möchten", "wollen"}
)  # fmt: skip


def english_frame(words: list[str]) -> bool:
    """`words` (folded, lower case, contractions kept) are held together by English function
    words only: German words among them are borrowed content."""
    found = False
    for w in words:
        if w in _DE_FRAME:
            return False
        found = found or w in _EN_FRAME
    return found


_DAYS_EN = {
    "montag": "Monday", "dienstag": "Tuesday", "mittwoch": "Wednesday", "donnerstag": "Thursday",
    "freitag": "Friday", "samstag": "Saturday", "sonnabend": "Saturday", "sonntag": "Sunday",
}  # fmt: skip
_HOURS_EN = {
    "eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20,
}  # fmt: skip
_HOUR = r"(\d{1,2}(?::\d\d)?|" + "|".join(sorted(_HOURS_EN, key=len, reverse=True)) + r")"
# the day, the hour and the few words of form a German slot is said with, in English words
_HALB = lazy(rf"\bhalb\s+{_HOUR}\b")
_UM = lazy(rf"\bum\s+{_HOUR}\b")
_UHR = lazy(rf"\b{_HOUR}\s*uhr\b")
_AM_DAY = lazy(r"\bam\s+(?=(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)")
_PHRASES = lazy(r"\b(?:wie\s+gehabt|wie\s+besprochen|alles\s+klar|bei|e-mail)\b")
_PHRASE_EN = {"wie gehabt": "as before", "wie besprochen": "as agreed", "alles klar": "all right",
              "bei": "with", "e-mail": "email"}  # fmt: skip
# compounds that say more than their head ("Your Terminbestätigung went out": the booking's)
_COMPOUNDS_EN = {"terminbestätigung": "booking confirmation",
                 "buchungsbestätigung": "booking confirmation"}  # fmt: skip
_WORDS = lazy(r"[^\W\d_]+")
# the article before a word said in English now: "an Erinnerung" -> "a reminder"
_ARTICLE = lazy(r"\b(an?)\s+([^\W\d_])")


def _hour(word: str) -> str:
    if word in _HOURS_EN:
        return str(_HOURS_EN[word])
    return word


def _said_in_english(text: str) -> str:
    text = _HALB.sub(lambda m: f"{int(_hour(m[1]).split(':')[0]) - 1}:30", text)
    text = _UHR.sub(lambda m: _hour(m[1]) if ":" in m[1] else f"{_hour(m[1])}:00", text)
    text = _UM.sub(lambda m: f"at {_hour(m[1])}", text)
    text = _AM_DAY.sub("on ", text)
    text = _PHRASES.sub(lambda m: _PHRASE_EN[" ".join(m[0].split())], text)

    def word(m: re.Match[str]) -> str:
        w = m[0]
        return _DAYS_EN.get(w) or _COMPOUNDS_EN.get(w) or borrowed.native(w, "en")

    out = _WORDS.sub(word, text)
    if out == text:
        return text
    return _ARTICLE.sub(lambda m: f"{'an' if m[2] in 'aeiou' else 'a'} {m[2]}", out)


def in_english_words(sentence: str, lang: str) -> str:
    """An English reply's German salon words, days, hours and titles in English words ("You're
    gebucht with Herr Yilmaz am Freitag um halb elf" -> "you're booked with herr yilmaz on Friday
    at 10:30"), so every reader of English reads the claim and its details as said in English."""
    text = fold(sentence).text
    words = [w.strip(".,!?;:") for w in text.split()]
    # in an English call, a reply with no German function word is English too ("Alles klar,
    # sorted.", "Erledigt!")
    if not english_frame(words) and (lang != "en" or any(w in _DE_FRAME for w in words)):
        return sentence
    out = _said_in_english(text)
    return sentence if out == text else out
