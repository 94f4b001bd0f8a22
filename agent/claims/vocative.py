"""A parting that ends by addressing the listener by name (blind 54, claims163).

"Bis dann, Sophie!", "Bis Freitag, Sophie!", "See you then, Sophie!": the bare name after the
parting's comma is the person spoken to (a colleague who called, a caller called by first name),
not the appointment's stylist, even where a stylist has that name: the reader took it as "bei
Sophie" and read a booking with Sophie into a goodbye to her. `without_vocative` (a step of
`reworded`) gives the parting without the name ("Bis dann!", "Bis Freitag!"), read as any parting (a day it names is
still the visit's, convention 65). Not: a name with a preposition ("Bis Freitag bei Sophie!"),
a name inside the sentence or before other words, a listing of the slot ("Freitag, zehn Uhr,
Fabian."; no parting word), a question.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_PARTING_NAMED = lazy(
    r"^(?P<parting>\W*(?i:(?:(?:also|gut|okay|ok|prima|super|schön|danke|thanks|great|lovely|"
    r"perfect|perfekt|alright),?\s+)*(?:dann\s+|then\s+)?(?:bis|see\s+you|tschüss|ciao|bye|goodbye|"
    r"auf\s+wiedersehen|auf\s+wiederhören|take\s+care)\b)[^,?]*?)\s*,\s*"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\s*(?P<end>[.!]*)\s*$"
)
# a day, month or time word is part of the parting ("Bis dann, Freitag!" says the day)
_NOT_A_NAME = lazy(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morgen|heute|tomorrow|today|januar|februar|märz|april|mai|"
    r"juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|"
    r"october|december|uhr|bald|soon|später|later)$",
)


def without_vocative(sentence: str, lang: str) -> str:
    """The parting without the name it ends on, or `sentence` (see above)."""
    m = _PARTING_NAMED.search(sentence)
    if m is None or _NOT_A_NAME.search(m["name"].lower()):
        return sentence
    return f"{m['parting']}{m['end'] or '!'}"
