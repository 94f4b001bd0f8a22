"""A move of the caller's appointment denied in the speaker's own question answered:
"Verschoben? Noch nicht, ich brauche erst Ihr Okay", "Auf Samstag verlegt? Nein, noch nicht",
"Moved? Not yet – I still need your yes", "Rescheduled? No, not yet".

That is a claim about the calendar (`ClaimKind.NOT_MOVED`, convention 820, the lead's decision;
the mirror of `not_cancelled` for a move): false when the call moved an appointment that fits what
the question names, true otherwise. After a real move, "Verschoben? Noch nicht." would send the
caller to the old slot, which is free again. The caller's own move question answered "not yet"
is read the same way by `caller_answer` and `answered_statement`.

Left as the gated files label them (neutral, a question for the lead in 820): a plain denial
with no question before it ("Ich habe nichts verschoben", "I haven't moved anything yet").
Not: a question that is a condition or a modal ("Soll ich ihn verschieben? Noch nicht?"),
another person's appointment, "… oder nicht".
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import Folded, fold
from agent.claims.not_cancelled import _clause

# cheap test first: every pattern below needs a moving word
_MAYBE = lazy(r"verschoben|verlegt|umgebucht|umgelegt|umterminiert|moved|reschedul|shifted|changed")

_MW_DE = r"(?:verschoben|verlegt|umgebucht|umgelegt|umterminiert)"
_MW_EN = r"(?:moved|rescheduled|shifted|changed\s+the\s+(?:time|day|date))"
# the speaker's own question answered ("Verschoben? Noch nicht.", "Rescheduled? No, not yet.")
_ACROSS = lazy(
    rf"\b(?:{_MW_DE}|{_MW_EN})\b[^.!?]*?\?\s*"
    r"(?:(?:nein|nee|no|nope),?\s*)?(?:noch\s+nicht|bisher\s+nicht|not\s+yet)\b"
)
_NOT_STATED = lazy(
    r"\b(?:falls|ob|sofern|wenn|sonst|if|whether|unless|otherwise|would|würde|wäre|wären|"
    r"kann|können|konnte|könnte|muss|müssen|soll|sollte|will|wollen|werde|wird|werden|can|"
    r"cannot|could|won't|will|should|must|may|might|able|want)\b|n't\s+be\b"
)
# another person's appointment, a customer or a thing that is not an appointment
_OTHER = lazy(
    r"\b(?:ihre?[mnrs]?|your|seine?[mnrs]?|his|her)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|"
    r"frau|freund\w*|kind\w*|son|daughter|mum|mom|mother|father|dad|husband|wife|friend|"
    r"partner\w*|kolleg\w*)\b|\b(?:kund\w*|customer|client|herr[n]?|mr|mrs|ms)\b|"
    r"\b(?:bestellung|order|lieferung|kurs|course|event|veranstaltung|möbel|furniture)\b"
)
_EITHER_WAY = lazy(r"\b(?:oder|or)\s+(?:nicht|not)\b")


def not_moved(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_MOVED claims `sentence` makes (see above), with the details each clause names."""
    folded = fold(sentence)
    text = folded.text
    if not _MAYBE.search(text):
        return ()
    return _claims(folded, tuple(_ACROSS.finditer(text)), names)


def _claims(folded: Folded, found: tuple[re.Match[str], ...], names: Names) -> tuple[Claim, ...]:
    """A NOT_MOVED claim per question answered in `found` that states the caller's calendar."""
    text = folded.text
    out: list[Claim] = []
    for m in found:
        # from the question's start ("Auf Samstag verlegt? Noch nicht.") to the answer's end
        a, b = _clause(text, m.start(), m.start())[0], _clause(text, m.end(), m.end())[1]
        clause = text[a : max(b, m.end())]
        if _NOT_STATED.search(text[a : m.start()]):
            continue
        if _OTHER.search(clause) or _EITHER_WAY.search(clause):
            continue
        start, end = folded.span(min(a, m.start()), max(b, m.end()))
        details = read_details(clause, names)
        claim = Claim(ClaimKind.NOT_MOVED, start, end, ClaimDetails(((Role.ANY, details),)))
        if claim not in out:
            out.append(claim)
    return tuple(out)
