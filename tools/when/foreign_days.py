"""Weekday words of other languages a caller may say in a German or English call ("el viernes",
"le vendredi", "w piątek", "am Cuma", "op zondag"). They are words as they are: never repaired to
the German number or day word they are one letter from ("viernes" is no "viertes", the 4th;
"zondag" no "Montag"). Which day they name is not read here: the caller is asked, as for any
day word not understood (README: foreign weekday words), with the weekday the word names offered
in the question, so the model can ask "Meinen Sie Freitag?" instead of saying it did not understand.
"""

from __future__ import annotations

from tools.text_fold import fold

_SAID = """
lunes martes miércoles jueves viernes sábado domingo
lundi mardi mercredi jeudi vendredi samedi dimanche
lunedì martedì mercoledì giovedì venerdì sabato domenica
segunda terça quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę
pazartesi salı çarşamba perşembe cuma cumartesi pazar
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
"""
# "ł" and "ı" have no accent to drop: spelled out before folding
FOREIGN_DAY_WORDS = frozenset(
    w for said in _SAID.split() for w in fold(said.replace("ł", "l").replace("ı", "i")).split()
)

# the weekday each word names (0 Monday ... 6 Sunday); "segunda-feira" is read by its first word
_BY_WEEKDAY = (
    "lunes lundi lunedì segunda poniedziałek pazartesi maandag",
    "martes mardi martedì terça wtorek salı dinsdag",
    "miércoles mercredi mercoledì quarta środa środę çarşamba woensdag",
    "jueves jeudi giovedì quinta czwartek perşembe donderdag",
    "viernes vendredi venerdì sexta piątek cuma vrijdag",
    "sábado samedi sabato sobota sobotę cumartesi zaterdag",
    "domingo dimanche domenica niedziela niedzielę pazar zondag",
)
_WEEKDAY_OF = {
    fold(word.replace("ł", "l").replace("ı", "i")): weekday
    for weekday, words in enumerate(_BY_WEEKDAY)
    for word in words.split()
}


def foreign_weekday(said: str) -> int | None:
    """The weekday a caller's weekday word of another language names ("el viernes" -> 4), or
    None when the words hold none (or two that disagree: then nothing is offered)."""
    words = fold(said.replace("ł", "l").replace("ı", "i")).replace("-", " ").split()
    found = {_WEEKDAY_OF[w] for w in words if w in _WEEKDAY_OF}
    return found.pop() if len(found) == 1 else None
