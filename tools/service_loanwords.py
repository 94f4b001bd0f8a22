"""How German callers and a speech recogniser spell the service words borrowed from French and
English: "Mèches" heard and written as "Meschen", "Balayage" as "Balajasch" or "Balaja", "Highlights" as
"Hailaits" or, respelled as it sounds in English, "Hilites". The spellings are derived from the
lexicon's words by the sound rules of the language they come from, so a loanword added to the
lexicon gets them without a list.
"""

from __future__ import annotations

import itertools
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
    found: set[str] = set()
    for chosen in itertools.product((False, True), repeat=len(_SOUND_RULES)):
        form = word
        for use, (pattern, sound) in zip(chosen, _SOUND_RULES, strict=True):
            if use:
                form = pattern.sub(sound, form)
        found |= {form, _SILENT_FRENCH_ENDING.sub("", form)}
    found.discard(word)
    return found
