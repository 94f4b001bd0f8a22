"""Weekday words of other languages a caller may say in a German or English call ("el viernes",
"le vendredi", "w piątek", "am Cuma", "op zondag"). They are words as they are: never repaired to
the German number or day word they are one letter from ("viernes" is no "viertes", the 4th;
"zondag" no "Montag"). Which day they name is not read here: the caller is asked, as for any
day word not understood (README: foreign weekday words), with the weekday the word names offered
in the question, so the model can ask "Meinen Sie Freitag?" instead of saying it did not understand.
"""

from __future__ import annotations

from tools.text_fold import fold

# the words by the weekday they name (0 Monday ... 6 Sunday), Spanish, French, Italian, Portuguese,
# Polish (with the accusatives), Turkish and Dutch
_BY_WEEKDAY = (
    "lunes lundi lunedì segunda segunda-feira poniedziałek pazartesi maandag",
    "martes mardi martedì terça terça-feira wtorek salı dinsdag",
    "miércoles mercredi mercoledì quarta quarta-feira środa środę çarşamba woensdag",
    "jueves jeudi giovedì quinta quinta-feira czwartek perşembe donderdag",
    "viernes vendredi venerdì sexta sexta-feira piątek cuma vrijdag",
    "sábado samedi sabato sobota sobotę cumartesi zaterdag",
    "domingo dimanche domenica niedziela niedzielę pazar zondag",
)


def _folded_words(text: str) -> list[str]:
    """The text folded and split at spaces and hyphens ("ł" and "ı" have no accent to drop:
    spelled out before folding)."""
    return fold(text.replace("ł", "l").replace("ı", "i")).replace("-", " ").split()


FOREIGN_DAY_WORDS = frozenset(w for words in _BY_WEEKDAY for w in _folded_words(words))
# "segunda-feira" is read by its first word, "feira" names no day
_WEEKDAY_OF = {
    said[0]: weekday
    for weekday, words in enumerate(_BY_WEEKDAY)
    for said in (_folded_words(word) for word in words.split())
}


def foreign_weekday(said: str) -> int | None:
    """The weekday a caller's weekday word of another language names ("el viernes" -> 4), or
    None when the words hold none (or two that disagree: then nothing is offered)."""
    found = {_WEEKDAY_OF[w] for w in _folded_words(said) if w in _WEEKDAY_OF}
    return found.pop() if len(found) == 1 else None
