"""A move said by where the appointment slid: "Der Termin rutscht auf übermorgen um drei, ist
schon umgetragen", "Ihr Termin geht auf Samstag um elf", "Your appointment slides to Saturday at
eleven, already changed". The clause that says it is done ("ist schon umgetragen") names nothing,
so the move is read with the place it went to (`Role.NEW`), which the move's new appointment must
match; a move read there without details is replaced. Not: negations, conditions, questions,
modals ("könnte auf Donnerstag rutschen").

A move said from one place to the other in any verb of moving (`_FROM_TO`): "Ihr Termin wandert
von Freitag auf Donnerstag", "Ich habe Sie am Freitag von zehn auf elf geschoben", "Von Freitag
zehn auf Donnerstag fünfzehn Uhr verschoben, erledigt", "I've bumped you from Friday to Thursday
at three", "Your slot has slid from ten to eleven", "Moved from Fri 10 a.m. to Thu 3 p.m., done"
is read with both places (`Role.OLD`, `Role.NEW`; a bare hour is a time there, a day named once
outside them is both's), replacing what the clause reader read in the same sentence (a booking
in "geschoben", a "done" that took both days). It needs the caller or the appointment in the
sentence, or the verb or "von/from" first ("Wir haben die Öffnungszeiten von zehn auf elf
verschoben" is no move of the caller's).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

K = ClaimKind
_REREAD = (K.RESCHEDULED, K.BOOKED, K.DONE)  # what a move said from-to replaces in its sentence
_RULE = {
    "de": lazy(
        r"\b(?:\w*termin|er|sie)\s+(?:rutscht|wandert|springt|geht|wechselt)\s+(?:jetzt\s+|nun\s+)?"
        r"(?:auf|zu)\s+(?P<to>[^,.;!?–—]+)"
    ),
    "en": lazy(
        r"\b(?:appointment|booking|it)\s+(?:slides|shifts|jumps|moves|goes)\s+(?:now\s+)?"
        r"(?:to|over\s+to)\s+(?P<to>[^,.;!?–—]+)"
    ),
}
_NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|wenn|falls|ob|könnte|würde|wäre|soll|kann|not|no|if|whether|could|"
    r"would|should|can|might)\b|n't\b"
)


_MOVING = {
    "de": lazy(
        r"\b(?:\w*schieb\w*|\w*schoben|wander\w*|gewandert|\w*rutsch\w*|\w*gesetzt|\w*gelegt|"
        r"verleg\w*|umgebucht|umgetragen|getauscht|\w*schubs\w*|\w*gerückt|\w*rück\w*)\b"
    ),
    "en": lazy(
        r"\b(?:shift\w*|bump\w*|push\w*|slid\w*|slide\w*|mov\w*|switch\w*|chang\w*|nudg\w*|"
        r"budg\w*|rebooked|shuffl\w*)\b"
    ),
}
_FROM_TO = {
    "de": lazy(r"\b(?:von|vom)\s+(?P<from>[^,.;!?–—]+?)\s+auf\s+(?P<to>[^.;!?–—]+)"),
    "en": lazy(r"\bfrom\s+(?P<from>[^,.;!?–—]+?)\s+(?:over\s+)?to\s+(?P<to>[^.;!?–—]+)"),
}
_WHOSE = {
    "de": lazy(r"\b(?:sie|ihr\w*|\w*termin\w*|ich)\b|^\W*(?:von|vom|\w+t)\b"),
    "en": lazy(r"\b(?:you|your|appointment|booking|slot|i|i've|it)\b|^\W*(?:from|\w+ed)\b"),
}
_AND = lazy(r",\s*(?:und|aber|and|but)\b|\s+(?:und|and)\s+(?:ihr|ich|your|i)\b")
_HOUR = lazy(
    r"^\W*(?:\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\W*$"
)


def _place(text: str, lang: str, names: Names) -> Details:
    """The details of one end of a move; a bare hour is a time ("von zehn auf elf geschoben")."""
    details = read_details(text, names)
    words = text.split()
    if not details.times and words and _HOUR.match(words[0]):
        hour = read_details(("um " if lang == "de" else "at ") + words[0], names)
        return replace(details, times=hour.times)
    return details


_CLOCK = lazy(r"\b([ap])\.m\.")
_CLOCK_END = lazy(r"\b[ap]\.m\.\s*$")


def _spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text`, a full stop of "a.m."/"p.m." within one ("Moved from Fri 10
    a.m. to Thu 3 p.m., done") not ending it."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        if (
            out
            and _CLOCK_END.search(text, out[-1][0], out[-1][1])
            and text[s:e].strip()[:1].islower()
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _from_to(part: str, lang: str, names: Names) -> ClaimDetails | None:
    """Both places of a move `part` says from one to the other, or None (see above)."""
    part = _CLOCK.sub(r"\1m  ", part)  # "10 a.m. to": the same length, no full stops
    m = _FROM_TO[lang].search(part)
    if m is None or not _MOVING[lang].search(part) or not _WHOSE[lang].search(part):
        return None
    to_text = _AND.split(m["to"])[0]
    old, new = _place(m["from"], lang, names), _place(to_text, lang, names)
    if old.empty or new.empty:
        return None
    parts = [(Role.OLD, old), (Role.NEW, new)]
    rest = read_details(part[: m.start()] + " " + m["to"][len(to_text) :], names)
    days = rest.weekdays | rest.days | rest.relative_days
    dayless = not (old.weekdays | old.days | old.relative_days | new.weekdays | new.days)
    if len(days) == 1 and dayless and not new.relative_days:
        day = Details(weekdays=rest.weekdays, days=rest.days, relative_days=rest.relative_days)
        parts += [(Role.OLD, day), (Role.NEW, day)]
    return ClaimDetails(tuple(parts))


def moved_to(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with a move said by where it slid read with that place (see above)."""
    rule = _RULE.get(lang)
    folded = fold(sentence)
    text = folded.text
    if rule is None:
        return claims
    slid = rule.search(text)
    from_to = ("von " in text or "vom " in text or "from " in text) and _FROM_TO[lang].search(
        _CLOCK.sub(r"\1m  ", text)
    )
    if not slid and not from_to:
        return claims
    out = list(claims)
    for s, e in _spans(text) if from_to else sentence_spans(text):
        part = text[s:e]
        if part.rstrip().endswith("?") or _NOT_STATED.search(part):
            continue
        both = _from_to(part, lang, names) if from_to else None
        if both is not None:
            start, end = folded.span(s, e)
            out = [c for c in out if not (c.kind in _REREAD and start <= c.start < end)]
            out.append(Claim(K.RESCHEDULED, start, end, both))
            continue
        m = rule.search(part)
        if m is None:
            continue
        to = read_details(m["to"], names)
        if to.empty:
            continue
        start, end = folded.span(s, e)
        out = [
            c
            for c in out
            if not (c.kind is K.RESCHEDULED and c.details.empty and start <= c.start < end)
        ]
        out.append(Claim(K.RESCHEDULED, start, end, ClaimDetails(((Role.NEW, to),))))
    return tuple(out)
