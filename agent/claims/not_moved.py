"""A move of the caller's appointment denied in the speaker's own question answered:
"Verschoben? Noch nicht, ich brauche erst Ihr Okay", "Auf Samstag verlegt? Nein, noch nicht",
"Moved? Not yet – I still need your yes", "Rescheduled? No, not yet".

That is a claim about the calendar (`ClaimKind.NOT_MOVED`, convention 820, the lead's decision;
the mirror of `not_cancelled` for a move): false when the call moved an appointment that fits what
the question names, true otherwise. After a real move, "Verschoben? Noch nicht." would send the
caller to the old slot, which is free again. The caller's own move question answered "not yet"
is read the same way by `caller_answer` and `answered_statement`.

A plain denial with no question before it is the same claim (convention 843, the lead's
decision; claims117): "Ich habe nichts verschoben", "Der Termin wurde nicht verschoben", "Ich
habe Sie nicht umgebucht", "Verschoben habe ich nichts", "I haven't moved anything yet", "It
hasn't been rescheduled", "I didn't reschedule you", "Nothing's been moved".

Not: a question that is a condition or a modal ("Soll ich ihn verschieben? Noch nicht?"),
another person's appointment, "… oder nicht", a denial that moves on to another act ("nicht
verschoben, sondern storniert", "I didn't move it, I cancelled it": the other act's), an act
that cannot be done or is to come ("Ich kann ihn nicht verschieben", "I won't move it"), the
salon's own move ("We haven't moved, we're still on Hauptstraße").
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import Folded, fold
from agent.claims.not_cancelled import _asked, _clause

# cheap test first: every pattern below needs a moving word
_MAYBE = lazy(
    r"verschoben|verlegt|umgebucht|umgelegt|umterminiert|moved?\b|reschedul|shift|changed"
)

_MW_DE = r"(?:verschoben|verlegt|umgebucht|umgelegt|umterminiert)"
_MW_EN = r"(?:moved|rescheduled|shifted|changed\s+the\s+(?:time|day|date))"
# the speaker's own question answered ("Verschoben? Noch nicht.", "Rescheduled? No, not yet.")
_ACROSS = lazy(
    rf"\b(?:{_MW_DE}|{_MW_EN})\b[^.!?]*?\?\s*"
    r"(?:(?:nein|nee|no|nope),?\s*)?(?:noch\s+nicht|bisher\s+nicht|not\s+yet)\b"
)
# words between a negation and the participle that end its reach: another act or a new clause,
# reassurance, what the speaker said or thinks (as `not_cancelled` keeps them apart)
_STOP = (
    r"(?:sondern|aber|nur|bloß|but|only|just|instead|stattdessen|dafür|statt|sorge|worry|"
    r"worries|problem|gesagt|sagen|say|said|think|thought|denken|glauben|sure|sicher|know|weiß|"
    r"see|sehe|mean|ich|wir|i|i've|we|we've|it's|that's|dass|that|storniert|abgesagt|gestrichen|"
    r"gebucht|eingetragen|cancel(?:l)?ed|booked|gelöscht)"
)
_GAP = rf"(?:\s+(?!{_STOP}\b)[\w']+){{0,3}}?"
_PLAIN = {
    "de": lazy(
        # negation, then the participle: "nichts verschoben", "nicht umgebucht"
        rf"\b(?:nicht|nichts|nie|niemals){_GAP}\s+{_MW_DE}\b(?!\s+werden)|"
        # the participle first: "Verschoben habe ich nichts", "Umgelegt ist da nichts"
        rf"\b{_MW_DE}\s+(?:ist|sind|wurde|wurden|habe|hab|haben|hat|hatte)(?:\s+[\w']+){{0,3}}?\s+"
        r"(?:noch\s+|gar\s+|bisher\s+|überhaupt\s+)?(?:nicht|nichts)\b"
    ),
    "en": lazy(
        rf"\b(?:not|never|nothing(?:'s)?|(?:is|was|has|have|had|did|are|were)n't){_GAP}\s+"
        rf"(?:been\s+)?{_MW_EN}\b|"
        r"\b(?:didn't|did\s+not|haven't|have\s+not|hasn't|has\s+not|never)\s+(?:\w+\s+)?"
        r"(?:move|reschedule|shift)\b"
    ),
}
# a denial that moves on to the act made instead: "nicht verschoben, sondern storniert", "I didn't
# move it, I cancelled it", "rather than moved"
_INSTEAD = lazy(
    r"\b(?:sondern|stattdessen|instead|rather|storniert|abgesagt|gestrichen|gelöscht|"
    r"cancel(?:l)?ed|called\s+off)\b"
)
# the other act itself denied is no act made instead (blind 55, claims166): "Ich habe nichts
# storniert, und ich habe nichts verschoben", "Storniert habe ich nichts, und verschoben habe ich
# auch nichts", "I haven't cancelled anything, and I haven't moved anything"
_DENIED_OTHER = lazy(
    r"\b(?:nicht|nichts|nie|not|nothing|never|\w+n't)(?:\s+(?!sondern|aber|but|instead|rather)"
    r"[\w']+){0,3}?\s+(?:storniert|abgesagt|gestrichen|gelöscht|cancell?ed|called\s+off)\b|"
    # the participle first: "Storniert habe ich nichts, und verschoben auch nicht"
    r"\b(?:storniert|abgesagt|gestrichen|gelöscht)\s+(?:habe|hab|haben|hat|ist|wurde)"
    r"(?:\s+[\w']+){0,3}?\s+(?:nicht|nichts)\b"
)


def _instead(text: str) -> bool:
    """Whether `text` names an act made instead of the move (not one it denies as well)."""
    return _INSTEAD.search(_DENIED_OTHER.sub(" ", text)) is not None


# the salon or a thing moved, not the caller's appointment: "Wir sind nicht umgezogen", "We
# haven't moved, we're still on …"
_PLACE = lazy(
    r"\b(?:salon|shop|laden|adresse|address|location|premises|umgezogen|still\s+(?:at|on|in)\b)"
)
# "Ungebucht ist da nichts" (nothing left unbooked), which the fold spells "umgebucht"
_UNBOOKED = lazy(r"(?i)ungebucht")
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
    plain = tuple(
        m
        for m in _PLAIN["en" if lang == "en" else "de"].finditer(text)
        if not _asked(text, m.end())
        and not _instead(text)
        and not _PLACE.search(text)
        and not _UNBOOKED.search(sentence[slice(*folded.span(m.start(), m.end()))])
    )
    return _claims(folded, (*_ACROSS.finditer(text), *plain), names)


def _claims(folded: Folded, found: tuple[re.Match[str], ...], names: Names) -> tuple[Claim, ...]:
    """A NOT_MOVED claim per question answered in `found` that states the caller's calendar."""
    text = folded.text
    out: list[Claim] = []
    for m in found:
        # from the question's start ("Auf Samstag verlegt? Noch nicht.") to the answer's end
        a, b = _clause(text, m.start(), m.start())[0], _clause(text, m.end(), m.end())[1]
        if m.re is not _ACROSS:  # a plain denial: its own clause
            a, b = _clause(text, m.start(), m.end())
        clause = text[a : max(b, m.end())]
        if _NOT_STATED.search(text[a : m.start()] if m.re is _ACROSS else text[a:b]):
            continue
        if _OTHER.search(clause) or _EITHER_WAY.search(clause):
            continue
        start, end = folded.span(min(a, m.start()), max(b, m.end()))
        details = read_details(clause, names)
        claim = Claim(ClaimKind.NOT_MOVED, start, end, ClaimDetails(((Role.ANY, details),)))
        if claim not in out:
            out.append(claim)
    return tuple(out)
