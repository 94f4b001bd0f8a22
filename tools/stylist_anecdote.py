"""A stylist described by what the caller remembers of them, in a relative clause: "die, die so
lustig war", "der, der immer Fußball guckt", "die, die früher im anderen Laden gearbeitet hat",
"die, welche die Katze hat", the dialect's "der wo immer so lustig ist", "the one who always
talks about football". One person is meant and
nobody is named: the caller is asked who, with the stylists who offer the service (never "no
such stylist"). Said after a name ("die Sophie, die immer so viel erzählt", "der Mehmet, der
immer Witze macht"), the clause tells about the named stylist and is dropped before matching."""

from __future__ import annotations

import re

# "die, die ...", "der, der ...", "die eine, die ...", "der Typ, der ...": a person, then a
# relative pronoun (or the southern "wo": "der wo immer so lustig ist") and the clause (folded
# text; the comma may be lost)
ANECDOTE = (
    r"^\W*(?:(?:also|aeh|aehm|aehm|hm|aber|na|ja|so|die|der|den|dem)\W+)*?"
    r"(?:der|die|den|dem)(?:\s+(?:eine|andere|junge|typ|kollegin|kollege))?\W+"
    r"(?:der|die|den|dem|welche[rnms]?|wo)\s+\w+"
    r"|\b(?:the\s+)?(?:one|guy|lady|woman|man|girl|bloke|chap|person|stylist|hairdresser|barber)"
    r"\s+(?:who|that|whos)\s+\w+"
)
# the clause after a name: ", die immer so viel erzählt", ", der Motorrad fährt" (to the next comma)
RELATIVE_AFTER_NAME = re.compile(r"\s*,\s*(?:der|die|welche[rns]?|wo|who)\s+[^,]*")
