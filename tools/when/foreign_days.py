"""Weekday words of other languages a caller may say in a German or English call ("el viernes",
"le vendredi", "w piątek", "am Cuma", "op zondag"). They are words as they are: never repaired to
the German number or day word they are one letter from ("viernes" is no "viertes", the 4th;
"zondag" no "Montag"). Which day they name is not read here: the caller is asked, as for any
day word not understood (README: foreign weekday words).
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
