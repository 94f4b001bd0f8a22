"""An act said done through someone or something made to do it (blind 34, claims76).

"Ich habe Sie eintragen lassen", "Fabian hat den Termin streichen lassen", "I got the front desk
to book you in", "I had my colleague enter the appointment": the causative in the past says the
act was done (by the system, a colleague, the stylist), so the sentence claims the act itself
(blind 34's convention: a delegated act said done is the outcome). `causative_plain` gives the
act said plainly ("Ich habe Sie eingetragen", "I booked you in"), read as any sentence.

Left alone: the causative to come or in progress ("Ich lasse Sie eintragen", "Ich werde Sie
eintragen lassen", "I'll get reception to book you", "I'm getting the system to enter it":
acts to come, neutral, 5 and 125), negations, questions and conditions, a zu-infinitive under
another verb ("Ich habe vergessen, Sie eintragen zu lassen"), and checks ("prüfen lassen").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE

_PARTICIPLE_DE = {
    "buchen": "gebucht",
    "einbuchen": "eingebucht",
    "eintragen": "eingetragen",
    "anlegen": "angelegt",
    "reinnehmen": "reingenommen",
    "bestätigen": "bestätigt",
    "festmachen": "festgemacht",
    "stornieren": "storniert",
    "absagen": "abgesagt",
    "streichen": "gestrichen",
    "löschen": "gelöscht",
    "nehmen": "genommen",
    "rausnehmen": "rausgenommen",
    "austragen": "ausgetragen",
    "verschieben": "verschoben",
    "verlegen": "verlegt",
    "legen": "gelegt",
    "umlegen": "umgelegt",
    "umbuchen": "umgebucht",
    "umtragen": "umgetragen",
    "vorziehen": "vorgezogen",
    "reservieren": "reserviert",
    "vormerken": "vorgemerkt",
}
_PAST_EN = {
    "book": "booked",
    "enter": "entered",
    "put": "put",
    "add": "added",
    "confirm": "confirmed",
    "pencil": "pencilled",
    "squeeze": "squeezed",
    "fit": "fit",
    "lock": "locked",
    "cancel": "cancelled",
    "call": "called",
    "delete": "deleted",
    "remove": "removed",
    "move": "moved",
    "shift": "shifted",
    "reschedule": "rescheduled",
    "rebook": "rebooked",
    "hold": "held",
    "reserve": "reserved",
}

# "[pre] habe [mid] VERB lassen [post]": the act's infinitive right before the final "lassen"
_CAUSED_DE = lazy(
    r"^(?P<pre>.*?\b)(?P<aux>habe|hab|hat|haben|hatte|hatten)\b(?P<mid>[^,.;:!?–]*?)\s"
    r"(?P<verb>" + "|".join(sorted(_PARTICIPLE_DE, key=len, reverse=True)) + r")\s+lassen\b"
    r"(?P<post>.*)$",
    _F,
)
_AGENT_DE = lazy(
    r"\b(?:von\s+(?:der|dem|meiner|meinem|unserer|unserem|einer|einem)\s+\w+|vom\s+\w+)\b", _F
)
_REFLEXIVE = lazy(r"\bsich\b", _F)
_LEFT_ALONE_DE = lazy(
    r"\?|\b(?:nicht|nie|nichts|kein\w*|wenn|falls|ob|sobald|sowie|bevor|hätte|hätten|"
    r"wäre|wären|könnte|könnten|würde|würden|sollte|sollten|wollte|wollten)\b",
    _F,
)
# "[pre] I('ve) got WHO to VERB [post]" / "[pre] I('ve) had WHO VERB [post]"
_WHO_EN = r"(?:(?:the|my|our|a|one\s+of\s+(?:my|our|the))\s+)?(?:\w+\s+)?\w+"
_VERB_EN = "|".join(sorted(_PAST_EN, key=len, reverse=True))
_CAUSED_EN = lazy(
    r"^(?P<pre>.*?\b)(?P<subj>i|we)(?:'ve|\s+have|'d|\s+had)?\s+"
    r"(?:(?:got|gotten)\s+(?P<who>" + _WHO_EN + r")\s+to|had\s+(?P<who2>" + _WHO_EN + r"))"
    r"\s+(?P<verb>" + _VERB_EN + r")\b(?P<post>.*)$",
    _F,
)
_NOT_WHO_EN = lazy(
    r"^(?:it|you|them|time|no\s+\w+|the\s+chance|a\s+chance|\w+\s+chance)$|\bto$", _F
)
_LEFT_ALONE_EN = lazy(
    r"\?|\b(?:not|never|if|once|when|whenever|unless|whether|until|before|would|could|should|"
    r"yet)\b|n't\b",
    _F,
)


def causative_plain(text: str, lang: str) -> str | None:
    """The act a past causative tells, said plainly, or None (`text` folded)."""
    return _german(text) if lang == "de" else _english(text)


def _german(text: str) -> str | None:
    m = _CAUSED_DE.search(text)
    if m is None or _LEFT_ALONE_DE.search(text) or _REFLEXIVE.search(m["mid"]):
        return None  # "Das hat sich buchen lassen" is `modal_act`'s (it could be done)
    mid = _AGENT_DE.sub(" ", m["mid"])  # "von meiner Kollegin": the doer, not the owner
    return f"{m['pre']}{m['aux']}{mid} {_PARTICIPLE_DE[m['verb'].lower()]}{m['post']}"


def _english(text: str) -> str | None:
    m = _CAUSED_EN.search(text)
    if m is None or _LEFT_ALONE_EN.search(text):
        return None
    who = (m["who"] or m["who2"] or "").strip()
    if _NOT_WHO_EN.search(who):
        return None
    return f"{m['pre']}{m['subj']} {_PAST_EN[m['verb'].lower()]}{m['post']}"
