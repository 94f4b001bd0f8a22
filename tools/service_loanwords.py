"""How German callers and a speech recogniser spell the service words borrowed from French and
English: "Mèches" heard and written as "Meschen", "Balayage" as "Balajasch" or "Balaja", "Highlights" as
"Hailaits" or, respelled as it sounds in English, "Hilites". The spellings are derived from the
lexicon's words by the sound rules of the language they come from, so a loanword added to the
lexicon gets them without a list.
"""

from __future__ import annotations

import re

# (pattern, German spelling of the sound), each applied or not: a caller may say one part the
# French or English way and spell another as written.
_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!s)ch(?!en$)"), "sch"),  # French ch: Mèches -> Mesches; not German -chen
    (re.compile(r"age$"), "asch"),  # French -age: Balayage -> Balayasch
    (re.compile(r"age$"), "a"),  # its soft end swallowed on the phone: Balayage -> Balaja
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "j"),  # Balayage -> Balajage
    (re.compile(r"igh"), "ai"),  # English igh: Highlights -> Hailaits
    # English respelled as it sounds, as a recogniser writes it: "light" -> "lite", "high" -> "hi"
    (re.compile(r"ight"), "ite"),  # Highlights -> Highlites
    (re.compile(r"igh(?!t)"), "i"),  # Highlites -> Hilites
    (re.compile(r"igh(?!t)"), "ei"),  # the German spelling of the sound: Highlites -> Heilites
)
_SILENT_FRENCH_ENDING = re.compile(r"(?<=sch)(?:es|e|s)$")  # mèches: "mesch"


def spoken_spellings(word: str) -> set[str]:
    """The ways a folded lexicon word may be written as heard (the word itself not included)."""
    # each rule applied or not, in order: the forms after a rule are those before it, each
    # also with the rule applied (a set: two choices that give one form are walked on once)
    forms = {word}
    for pattern, sound in _SOUND_RULES:
        forms |= {pattern.sub(sound, form) for form in forms}
    found = forms | {_SILENT_FRENCH_ENDING.sub("", form) for form in forms}
    found.discard(word)
    return found
