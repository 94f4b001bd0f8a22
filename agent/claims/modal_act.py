"""An act told through a modal of ability, success, permission or necessity (blind 32, claims66).

"Das hat sich buchen lassen", "Es ließ sich auf Donnerstag verlegen", "Ich durfte Sie
einbuchen", "Es war möglich, Sie einzutragen", "Ich sah mich gezwungen, den Termin zu
stornieren", "Den Termin habe ich absagen müssen", "I've been able to lock in the booking",
"I had to cancel": the modal says how the act went, not that it did not happen, so the sentence
claims the act itself (blind 32's convention; issue 9's success verbs). `modal_plain` gives the
act said plainly ("Ich habe Sie eingebucht", "I locked in the booking"), read as any sentence
(`amended`, `restated`), the sentence's other words kept for its details.

Negated, the modal denies the act: with "noch" / "bisher" / "yet" ("Ich konnte Sie noch nicht
eintragen", "I couldn't get it booked yet") and a booking's act still to be done ("Ich muss Sie
noch eintragen", "I still need to finalise the booking") the booking is said not to be made yet
(NOT_BOOKED, convention 5); a failure told in the past without them ("Ich konnte es nicht
buchen") claims nothing and is left alone, as are present abilities and rules ("Ich kann Sie
eintragen", "Stornieren können Sie auch online"), questions, conditions and the Konjunktiv
("hätte buchen können").
"""

from __future__ import annotations

import re

from agent.claims.causative import causative_plain
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_F = re.IGNORECASE

# the act verbs a modal wraps: infinitive -> participle; BOOKING_DE: those a "not yet" denies
_PARTICIPLE_DE = {
    "buchen": "gebucht",
    "einbuchen": "eingebucht",
    "eintragen": "eingetragen",
    "stornieren": "storniert",
    "absagen": "abgesagt",
    "streichen": "gestrichen",
    "verschieben": "verschoben",
    "verlegen": "verlegt",
    "umlegen": "umgelegt",
    "umbuchen": "umgebucht",
    "vorziehen": "vorgezogen",
    "reservieren": "reserviert",
    "vormerken": "vorgemerkt",
    "bestätigen": "bestätigt",
    "zusagen": "zugesagt",
    "abschließen": "abgeschlossen",
    "durchführen": "durchgeführt",
    "erledigen": "erledigt",
    "unterbringen": "untergebracht",
    "einplanen": "eingeplant",
    "sichern": "gesichert",
}
_BOOKING_DE = frozenset(
    {"buchen", "einbuchen", "eintragen", "bestätigen", "zusagen", "abschließen", "unterbringen",
     "einplanen"}
)  # fmt: skip
_SEPARABLE = ("ein", "ab", "um", "vor", "zu", "durch", "unter")


def _zu_form(verb: str) -> str:
    """ "eintragen" -> "einzutragen" (a separable verb's zu-infinitive in one word)."""
    for prefix in _SEPARABLE:
        if verb.startswith(prefix):
            return f"{prefix}zu{verb[len(prefix) :]}"
    return ""


_INFINITIVES = {v: v for v in _PARTICIPLE_DE} | {
    _zu_form(v): v for v in _PARTICIPLE_DE if _zu_form(v)
}
_VERB_DE = lazy(
    r"\b(?:zu\s+)?(" + "|".join(sorted(_INFINITIVES, key=len, reverse=True)) + r")\b", _F
)

# the modal frames, past only (a present ability is no act): each is cut from the sentence
_FRAMES_DE = (
    lazy(r"\b(?:ließ|ließen)\s+(?:(?:es|er|sie)\s+)?sich\b", _F),
    lazy(r"\b(?:hat|haben)\s+(?:(?:es|er|sie|das)\s+)?sich\b(?P<mid>[^,.;:!?]*?)\blassen\b", _F),
    lazy(r"\b(?:ich|wir)\s+(?:konnte|konnten|durfte|durften|musste|mussten)\b", _F),
    lazy(r"\b(?:konnte|konnten|durfte|durften|musste|mussten)\s+(?:ich|wir)\b", _F),
    lazy(r"\b(?:habe|haben)\b(?P<mid>[^,.;:!?]*?)\b(?:müssen|können|dürfen)\b", _F),
    lazy(r"\b(?:es\s+war|war\s+es)\s+(?P<mid>(?:\w+\s+){0,2}?)möglich\s*,?", _F),
    lazy(r"\bwar\s+(?P<mid>(?:\w+\s+){0,3}?)möglich\b", _F),
    lazy(r"\b(?:ich\s+habe|wir\s+haben|habe\s+ich)\s+es\s+(?P<mid>(?:\w+\s+){0,3}?)geschafft\s*,?", _F),
    lazy(r"\b(?:es\s+ist|ist\s+es)\s+mir\s+(?P<mid>(?:\w+\s+){0,3}?)gelungen\s*,?", _F),
    lazy(r"\b(?:ich\s+sah\s+mich|ich\s+war|wir\s+waren)\s+(?P<mid>(?:\w+\s+){0,2}?)gezwungen\s*,?", _F),
    lazy(r"\bich\s+habe\s+mir\s+(?P<mid>(?:\w+\s+){0,2}?)erlaubt\s*,?", _F),
)  # fmt: skip
_STILL_TO_DO_DE = lazy(
    r"(?:\b(?:ich|wir)\s+(?:muss|müsste|müssen)|\b(?:muss|müsste|müssen)\s+(?:ich|wir))\b"
    r"(?![^,.;:!?]*\berst\b)(?=[^,.;:!?]*\bnoch\b)",
    _F,
)  # "Ich muss Sie noch eintragen": the booking not made yet
_MADE_DE = lazy(
    r"\b(?:hat|haben)\s+sich\s+(?:\w+\s+){0,2}?machen\s+lassen\b|"
    r"\bließ\s+sich\s+(?:\w+\s+){0,2}?machen\b",
    _F,
)
_NOT_DE = lazy(r"\b(?:nicht|nie|nichts|niemand|kein\w*)\b", _F)
_NOT_YET_DE = lazy(r"\bnoch\s+(?:nicht|kein\w*)\b|\bbisher\b|\bbis\s+jetzt\b", _F)
_LEFT_ALONE_DE = lazy(
    r"\?|\b(?:wenn|falls|ob|sobald|sowie|bevor|könnte|könnten|hätte|hätten|wäre|wären)\b|"
    r"\bbis\b(?!\s+(?:jetzt|heute|dato))",
    _F,
)

_PAST_EN = {
    "book": "booked", "confirm": "confirmed", "lock": "locked", "secure": "secured",
    "get": "got", "fit": "fit", "squeeze": "squeezed", "cancel": "cancelled", "call": "called",
    "move": "moved", "shift": "shifted", "push": "pushed",
    "reschedule": "rescheduled", "rebook": "moved", "reserve": "reserved", "hold": "held",
    "keep": "kept", "put": "put", "finish": "finished", "finalise": "finalised",
    "finalize": "finalized", "complete": "completed", "pencil": "pencilled", "slot": "slotted",
}  # fmt: skip
_BOOKING_EN = lazy(
    r"\b(?:book\w*|confirm\w*|finali[sz]e|lock\w*\s+(?:it\s+)?in|get\s+\w+\s+in)\b", _F
)
_FRAME_EN = lazy(
    r"\b(?:i|we)(?:\s+(?:was|were|have\s+been|had\s+been)|'ve\s+been|'d\s+been)"
    r"(?:\s+(?:\w+ly|just|also|still))?\s+able\s+to\s+|"
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:finally\s+)?managed\s+to\s+|"
    r"\b(?:i|we)(?:'ve|\s+have)?\s+had\s+to\s+|"
    r"\bit\s+(?:was|has\s+been)\s+possible\s+to\s+",
    _F,
)
_VERB_EN = lazy(r"\s*(\w+)\b")
_GOT_THROUGH = lazy(r"\bgot\s+(the|your)\s+(booking|appointment)\s+through\b", _F)
_NOT_YET_EN = lazy(
    r"\b(?:couldn't|could\s+not|wasn't\s+able|weren't\s+able|haven't\s+been\s+able|hasn't\s+been"
    r"\s+possible|wasn't\s+possible|haven't\s+managed|didn't\s+manage)\b[^.;!?]*\byet\b|"
    r"\b(?:i|we)\s+still\s+(?:need|have)\s+to\s+(?:book|confirm|finali[sz]e|lock|secure)\b",
    _F,
)
_NOT_EN = lazy(r"\b(?:not|never|couldn't|wasn't|weren't|haven't|hasn't|didn't)\b|n't\b", _F)
_LEFT_ALONE_EN = lazy(r"\?|\b(?:if|once|when|whenever|unless|whether|until|before)\b", _F)


def modal_plain(sentence: str, lang: str) -> str | None:
    """The act a modal sentence tells, said plainly, or None."""
    text = fold(sentence).text  # as heard: Cyrillic letters, digits for letters, case folded
    caused = causative_plain(text, lang)  # "Ich habe Sie eintragen lassen" (blind 34)
    if caused is not None:
        return caused
    return _german(text) if lang == "de" else _english(text)


def _german(text: str) -> str | None:
    if _LEFT_ALONE_DE.search(text):
        return None
    made = _MADE_DE.search(text)  # "Das Verschieben hat sich machen lassen": it worked
    if made is not None:
        return (
            None
            if _NOT_DE.search(text)
            else f"{text[: made.start()]}hat geklappt{text[made.end() :]}"
        )
    verb = _VERB_DE.search(text)
    if verb is None:
        return None
    infinitive = _INFINITIVES[verb[1].lower()]
    if _STILL_TO_DO_DE.search(text):
        return "Sie sind noch nicht gebucht." if infinitive in _BOOKING_DE else None
    frame = next((f for f in _FRAMES_DE if f.search(text)), None)
    if frame is None or not _same_clause(text, frame.search(text), verb):
        return None
    if _NOT_DE.search(text):
        if _NOT_YET_DE.search(text) and infinitive in _BOOKING_DE:
            return "Sie sind noch nicht gebucht."
        return None  # a failure without "noch": no claim (blind 32's convention)
    f = frame.search(text)
    assert f is not None
    start = _clause_start(text, min(f.start(), verb.start()))
    end = _clause_end(text, max(f.end(), verb.end()))
    plain = text[: verb.start()] + " " + _PARTICIPLE_DE[infinitive] + text[verb.end() : end]
    plain = plain[start:]
    m = frame.search(plain)
    if m is None:
        return None
    mid = m.groupdict().get("mid") or ""
    plain = f"{plain[: m.start()]} {mid} {plain[m.end() :]}"
    plain = re.sub(r"\b(?:ich|wir)\b", " ", plain, flags=_F)
    plain = re.sub(r"\s+([,.;:!])", r"\1", re.sub(r"\s+", " ", plain)).strip(" ,")
    return f"Ich habe {plain}."


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position `at` begins."""
    cut = max(text.rfind(c, 0, at) for c in ",.;:!–-")
    return cut + 1


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding position `at` ends."""
    ends = [i for i in (text.find(c, at) for c in ",.;:!–") if i >= 0]
    return min(ends, default=len(text))


def _same_clause(text: str, frame: re.Match[str] | None, verb: re.Match[str]) -> bool:
    """The act's verb stands in the modal's clause (a zu-clause's comma aside)."""
    if frame is None:
        return False
    a, b = (
        sorted((frame.end(), verb.start()))
        if frame.end() <= verb.start()
        else (verb.end(), frame.start())
    )
    return frame.start() <= verb.start() < frame.end() or not re.search(r"[,.;:!?]", text[a:b])


def _english(text: str) -> str | None:
    if _LEFT_ALONE_EN.search(text):
        return None
    if _NOT_YET_EN.search(text):
        return "It's not booked yet." if _BOOKING_EN.search(text) else None
    m = _FRAME_EN.search(text)
    if m is None or _NOT_EN.search(text[: m.end()]):
        return None
    verb = _VERB_EN.match(text, m.end())
    if verb is None or verb[1].lower() not in _PAST_EN:
        return None
    plain = f"I {_PAST_EN[verb[1].lower()]}{text[verb.end() :]}"
    return _GOT_THROUGH.sub(r"completed \1 \2", plain)
