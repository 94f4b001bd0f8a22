"""The verb "klargehen" said of the caller's appointment (convention 823, the lead's decision): "Der Termin
geht klar", "Freitag um zehn geht klar", "Ihr Samstag um 11 Uhr ist klargegangen", "Das ist
klargegangen" are the booking, with what the clause names; the caller's "Geht das mit Freitag
klar?" stated ("Das geht mit Freitag klar.", `answered_statement`) is the booking of Friday.

A bare "Geht klar." right after the caller's yes to an act ("Ja, buchen Sie das bitte.") says
that act done (`done`, as 733 reads a bare done-word): `klar_after_yes`.

Not: "Geht klar, ich schaue nach" or "Das geht klar." alone (an acknowledgement: nothing named,
the tune split labels it neutral), a question ("Geht das klar?"), a condition, modal or report
("Chef sagt, das geht klar"), a denial ("geht leider nicht klar").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.not_cancelled import _clause

_MAYBE = lazy(r"klar")
# the present said of something named: "(der Termin|Freitag um zehn|das mit Freitag) geht klar"
_PRESENT = lazy(r"\bgeht\s+(?:\w+\s+){0,4}?klar\b(?!\w)|\bklar\s+geht\b")
# the participle: it went through ("ist klargegangen", "ist klar gegangen")
_PAST = lazy(r"\bklar\s?gegangen\b")
# what makes the present a statement about the appointment: it or a slot named
_NAMED = lazy(
    r"\b(?:termin\w*|buchung|dauerwelle|strähnchen|farbe|schnitt|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|morgen|übermorgen|uhr|zehn|elf|zwölf|eins|zwei|drei|"
    r"vier|fünf|sechs|sieben|acht|neun|\d{1,2})\b"
)
_NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|nie|falls|ob|wenn|sofern|würde|wäre|könnte|kann|soll|sollte|muss|"
    r"müsste|hoffe|hoffentlich|vielleicht|sagt|meint|meinte|sagte|glaube|denke)\b"
)


def klar_gehen(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED for "klargehen" said of the caller's appointment (see above)."""
    if lang == "en":
        return ()
    folded = fold(sentence)
    text = folded.text
    if not _MAYBE.search(text):
        return ()
    out: list[Claim] = []
    for pattern in (_PAST, _PRESENT):
        for m in pattern.finditer(text):
            a, b = _clause(text, m.start(), m.end())
            clause = text[a : max(b, m.end())]
            if text[b : b + 1] == "?" or _NOT_STATED.search(clause):
                continue
            if pattern is _PRESENT and not _NAMED.search(clause):
                continue
            start, end = folded.span(a, max(b, m.end()))
            details = ClaimDetails(((Role.ANY, read_details(clause, names)),))
            claim = Claim(ClaimKind.BOOKED, start, end, details)
            if claim not in out:
                out.append(claim)
    return tuple(out)


# the caller's yes to an act: "Ja, buchen Sie das bitte.", "Ja, dann stornieren Sie bitte."
_YES_TO_ACT = lazy(
    r"^\W*(?:ja|gerne|gern|okay|ok|genau|bitte)\b[^?]*\b(?:buchen|stornieren|absagen|"
    r"verschieben|verlegen|umbuchen|eintragen|tragen|reservieren|machen)\b[^?]*$"
)
_BARE_KLAR = lazy(r"^\W*(?:ja\s*,?\s*|alles\s+klar\s*,?\s*|okay\s*,?\s*)?geht\s+klar\W*$")


def klar_after_yes(sentence: str, lang: str, caller: str) -> tuple[Claim, ...]:
    """DONE for a bare "Geht klar." right after the caller's yes to an act (823, 733)."""
    if lang == "en" or not caller:
        return ()
    if not _BARE_KLAR.search(fold(sentence).text) or not _YES_TO_ACT.search(fold(caller).text):
        return ()
    return (Claim(ClaimKind.DONE, 0, len(sentence)),)
