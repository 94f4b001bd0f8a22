"""A cancellation under way of the caller's appointment named by its day, put as the act to come
(blind 36, claims81, claims84): one step of `reworded`.

"Ich bin gerade dabei, Ihren Termin am Freitag um zehn zu stornieren", "Ihr Termin am Freitag um
zehn wird gerade storniert", "I'm cancelling your appointment on Friday at ten as we speak": the
act is not done (convention 5, `under_way` drops its outcome), but the appointment it names is
presupposed booked, as for a cancellation to come ("Ich werde Ihren Termin am Freitag um zehn
stornieren", blind 35: `booked` of what it names, 45). Put as that act to come, the clause reader
reads the presupposed booking with its day and time. claims84: the appointment named by a
compound ("Ihren Montagstermin", "your Saturday with Lena", "your Friday ten o'clock") or by its
service and day ("Ihre Strähnchen am Samstag"), the verb "absagen" / "call off", the object put
first ("Ihren Termin am Dienstag sage ich gerade ab"). Not: an act under way that names no day
("Ich storniere gerade Ihren Termin", "I'm cancelling it right now"), a booking or a move under
way (neutral, 5), an appointment not said to be the caller's ("den Termin").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_NOW_DE = r"(?:gerade|grad|jetzt|eben|in\s+diesem\s+moment|soeben)"
# a word of waiting after the act (claims132, blind 46): "I'm cancelling your Friday appointment
# now, one sec", "Ich storniere gerade Ihren Termin am Freitag, einen Moment"
_WAIT = (
    r"(?:\s*[,–—-]\s*(?:one\s+sec(?:ond)?|just\s+a\s+(?:sec(?:ond)?|moment)|one\s+moment|"
    r"bear\s+with\s+me|hang\s+on|(?:einen\s+)?moment(?:\s+bitte)?|eine\s+sekunde|sekunde))?"
)
# the caller's appointment, named by a day: "Termin am Freitag …", "Montagstermin …",
# "Strähnchen bei Lena am Samstag"
_DE_OBJ = (
    rf"(?P<obj>(?:termin\s+(?:am|für\s+(?:den\s+)?)\s*{_DAY}\b|{_DAY}s?termin\b|"
    rf"[a-zäöüß]+\b(?=[^,.;:!?]*\b(?:am|für)\s+{_DAY}\b))[^,.;:!?]*?)"
)
_POSS = r"(?P<poss>ihren|ihre|ihr)"
_CANCEL_DE = r"(?:stornieren|streichen|löschen|absagen)"
_CANCELLED_DE = r"(?:storniert|gestrichen|gelöscht|abgesagt)"
_DE = (
    lazy(
        rf"^\W*ich\s+bin\s+(?:{_NOW_DE}\s+)?dabei,?\s+{_POSS}\s+{_DE_OBJ}\s+"
        rf"(?:zu\s+{_CANCEL_DE}|abzusagen){_WAIT}\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*{_POSS}\s+{_DE_OBJ}\s+wird\s+(?:{_NOW_DE}\s+)?{_CANCELLED_DE}{_WAIT}\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*(?:ich\s+(?:storniere|streiche|lösche|sage)|{_NOW_DE}\s+(?:storniere|streiche|"
        rf"lösche|sage)\s+ich)\s+(?:{_NOW_DE}\s+)?{_POSS}\s+{_DE_OBJ}(?:\s+ab)?{_WAIT}\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*{_POSS}\s+{_DE_OBJ}\s+(?:storniere|streiche|lösche|sage)\s+ich\s+"
        rf"(?:{_NOW_DE}\s+)?(?:ab\b)?{_WAIT}\W*$",
        re.IGNORECASE,
    ),
)
_COMPOUND_DE = lazy(rf"^({_DAY})s?termin\b", re.IGNORECASE)

_NOW_EN = r"(?:right\s+now|as\s+we\s+speak|now|at\s+the\s+moment|this\s+minute)"
_CANCELLING = r"(?:cancell?ing|calling\s+off)"
# "appointment on Friday at ten", "Friday appointment …", "Saturday with Lena", "Saturday highlights …"
_EN_OBJ = rf"(?P<obj>(?:(?:appointment|booking)\s+on\s+{_DAY}\b|{_DAY}(?:'s)?\b)[^,.;:!?]*?)"
_EN = (
    lazy(
        rf"^\W*(?:{_NOW_EN},?\s+)?(?:i'm|i\s+am)\s+(?:just\s+|in\s+the\s+middle\s+of\s+|"
        rf"in\s+the\s+process\s+of\s+|busy\s+)?{_CANCELLING}\s+your\s+{_EN_OBJ}"
        rf"(?:\s+{_NOW_EN})?{_WAIT}\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*your\s+{_EN_OBJ}\s+(?:is|'s)\s+being\s+(?:cancell?ed|called\s+off)"
        rf"(?:\s+{_NOW_EN})?{_WAIT}\W*$",
        re.IGNORECASE,
    ),
)
_COMPOUND_EN = lazy(
    rf"^({_DAY})(?:'s)?(?:\s+(?:(?:appointment|booking|slot|visit)\b|(?P<noun>(?!at\b|with\b|"
    r"ten\b|on\b|in\b|\d)[a-z]+)\b))?",
    re.IGNORECASE,
)


def _de_object(obj: str) -> str:
    """ "Montagstermin bei Lena" -> "Termin am Montag bei Lena"."""
    return _COMPOUND_DE.sub(lambda m: f"Termin am {m[1]}", obj, count=1)


def _en_object(obj: str) -> str:
    """ "Friday appointment" -> "appointment on Friday", "Saturday highlights with Lena" ->
    "highlights on Saturday with Lena"."""
    m = _COMPOUND_EN.match(obj)
    if m is None:
        return obj
    rest = obj[m.end() :]
    return f"{m['noun'] or 'appointment'} on {m[1]}{rest}"


# a word spelled out letter by letter ("g e r a d e", "M o n t a g s t e r m i n"), joined
_SPELLED = lazy(r"(?<![\w'])(?:[^\W\d_] ){2,}[^\W\d_](?![\w])")


def cancel_under_way_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a cancellation under way of a day's appointment as the act to come (see
    above), else as it is."""
    joined = _SPELLED.sub(lambda m: m[0].replace(" ", ""), sentence)
    if joined != sentence:
        said = cancel_under_way_in_words(joined, lang)
        return sentence if said == joined else said
    if lang == "de":
        for pattern in _DE:
            if m := pattern.match(sentence):
                obj = _de_object(m["obj"])
                poss = "Ihren" if obj.lower().startswith("termin") else m["poss"].capitalize()
                return f"Ich werde {poss} {obj} stornieren."
    if lang == "en":
        for pattern in _EN:
            if m := pattern.match(sentence):
                return f"I will cancel your {_en_object(m['obj'])}."
    return sentence
