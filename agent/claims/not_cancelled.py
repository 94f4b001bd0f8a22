"""The caller's appointment said not to be cancelled: "Storniert ist nichts", "Ich habe den Termin
nicht storniert", "Es wurde nichts abgesagt", "Nicht storniert, nur verschoben", "Weder gebucht
noch storniert", "Storniert: nichts", "I haven't cancelled anything", "It wasn't cancelled",
"Nothing's been cancelled yet", "neither moved nor cancelled".

That is a claim about the calendar (`ClaimKind.NOT_CANCELLED`, convention 280, the mirror of
`not_booked`): false when the call holds a cancelled appointment that fits what the sentence
names, true otherwise (nothing, a hold, a booking, a failure, and a move: the caller's words
keep "verschoben" apart from "storniert", and a move's old place is no cancellation). After a
real cancellation, "Nein, storniert ist nichts" would send the caller to a slot that is gone.

Not: another person's appointment ("Der Termin Ihrer Tochter ist nicht storniert", "the ten
o'clock client"), questions and conditions ("Falls der Termin nicht storniert ist, …"), what the
speaker said, thinks or sees ("Ich habe nicht gesagt, dass er storniert ist": a report, not the
calendar), acts to come or that cannot be done ("Der Termin kann nicht storniert werden", "I
won't cancel anything": modal, future), a denial that moves on to the act ("nicht verschoben,
sondern storniert": the negation is the move's). A failure report without a cancelling
participle ("Die Stornierung hat nicht geklappt") is left to the other readers, as
`not_booked` leaves "konnte nicht gebucht werden".
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import Folded, fold

# cheap test first: every pattern below needs a cancelling word
_MAYBE = lazy(r"storn|abgesagt|gestrichen|gecancel|annulliert|gelöscht|cancel|called\s+off")

_CW_DE = r"(?:storniert|abgesagt|gestrichen|gecancel(?:t|ed|led)|annulliert|gelöscht)"
_CW_EN = r"(?:cancel(?:l)?ed|called\s+off)"
# the act as a noun and its completion (the nominal style, nominal_style.py's words)
_CN_DE = r"(?:stornierung|absage|terminabsage)"
_DONE_DE = r"(?:vorgenommen|erfolgt|durchgeführt|gemacht|eingegangen)"
# words between a negation and the participle that end its reach: another act or a new clause
# ("nicht verschoben sondern storniert", "findet nicht statt ich habe abgesagt"), a report or a
# thought ("didn't say it was cancelled"), reassurance ("keine Sorge …")
_STOP = (
    r"(?:sondern|aber|nur|bloß|but|only|just|instead|stattdessen|dafür|statt|sorge|worry|"
    r"worries|problem|happening|going|ahead|on|gesagt|sagen|say|said|think|thought|denken|"
    r"glauben|meinte|sure|sicher|know|weiß|see|sehe|mean|ich|wir|i|i've|we|we've|it's|that's|"
    r"dass|that|verschoben|verlegt|umgebucht|gebucht|eingetragen|moved|rescheduled|postponed|"
    r"booked|rebooked)"
)
_GAP = rf"(?:\s+(?!{_STOP}\b)[\w']+){{0,3}}?"
_DE = lazy(
    # negation, then the participle: "nicht storniert", "nichts wurde abgesagt"
    rf"\b(?:nicht|nichts|nie|niemals){_GAP}\s+{_CW_DE}\b(?!\s+werden)|"
    # the participle first: "storniert ist nichts", "abgesagt habe ich Ihren Termin nicht"
    rf"\b{_CW_DE}\s+(?:ist|sind|wurde|wurden|habe|hab|haben|hat|hatte)(?:\s+[\w']+){{0,3}}?\s+"
    r"(?:noch\s+|gar\s+|bisher\s+|überhaupt\s+)?(?:nicht|nichts)\b|"
    rf"\b{_CW_DE}\s+(?:auch|ebenfalls)\s+nicht\b|"
    # "weder gebucht noch storniert", "weder storniert noch verschoben"
    rf"\bweder\b(?:\s+[\w']+){{0,4}}?\s+noch\s+(?:\w+\s+)?{_CW_DE}\b|\bweder\s+{_CW_DE}\b|"
    # blind 58, the nominal style: "Es wurde keine Stornierung vorgenommen", "Eine Absage ist
    # nicht erfolgt"
    rf"\bkeine\s+{_CN_DE}\s+(?:\w+\s+){{0,3}}?{_DONE_DE}\b|"
    rf"\b{_CN_DE}\s+(?:ist|wurde)\s+(?:\w+\s+)?nicht\s+{_DONE_DE}\b"
)
_EN = lazy(
    rf"\b(?:not|never|nothing(?:'s)?|(?:is|was|has|have|had|did|are|were)n't){_GAP}\s+"
    rf"(?:been\s+)?{_CW_EN}\b|"
    r"\b(?:didn't|did\s+not|haven't|have\s+not|hasn't|has\s+not|never)\s+(?:\w+\s+)?"
    r"cancel\b(?!\s+(?:fee|charge|policy))|"
    rf"\b(?:neither|nor)\s+(?:\w+\s+){{0,2}}?{_CW_EN}\b|\bneither\b[^.!?;,]*?\bnor\s+{_CW_EN}\b|"
    # blind 58, the nominal style: "No cancellation has been made", "There's been no cancellation"
    r"\bno\s+cancell?ations?\s+(?:(?:has|have)\s+been|was|were)\s+(?:made|done|processed|"
    r"carried\s+out|entered|recorded)\b|\bthere(?:'s|\s+has)\s+been\s+no\s+cancell?ation\b"
)
# across punctuation: a list line ("Storniert: nichts."), a question answered ("…, ob der
# Termin storniert ist: noch nicht.")
_ACROSS = lazy(
    rf"\b(?:{_CW_DE}|{_CW_EN})\s*:\s*(?:nichts|nothing|none|keine?r?s?)\b|"
    rf"\b(?:{_CW_DE}|{_CW_EN})\b[^.!?]*?[:?]\s*(?:(?:nein|no),?\s*)?(?:noch\s+nicht|not\s+yet)\b"
)
# a cancellation denied as the caller's thought: "Nicht dass Sie denken, der Termin wäre storniert"
# (the counterfactual reader drops what the unreal clause says; this is what the whole says)
_THOUGHT = lazy(
    r"\bnicht,?\s+dass\s+sie\s+(?:\w+\s+)?(?:denken|glauben|meinen)\b[^.!?:;–—]*?"
    rf"\b(?:wäre|sei|ist)\s+(?:schon\s+|bereits\s+)?{_CW_DE}\b|"
    r"\bnot\s+that\s+you\s+(?:\w+\s+)?(?:think|believe)\b[^.!?:;–—]*?\b(?:is|was|were|'s)\s+"
    rf"(?:already\s+)?(?:been\s+)?{_CW_EN}\b"
)
# the denial raised to the speaker's belief (blind 58, the round's judgement call 1: a hedged
# denial keeps the denial): "I don't think anything's been cancelled", "Ich glaube nicht, dass da
# etwas storniert wurde"
_RAISED = lazy(
    r"\bi\s+(?:don't|do\s+not)\s+(?:think|believe|reckon)\s+(?:that\s+)?(?:anything|it|that|"
    r"(?:your|the)\s+appointment)(?:'s|\s+has|\s+was|\s+is)\s+(?:been\s+|got\s+)?"
    rf"{_CW_EN}\b|"
    r"\bich\s+(?:glaube|denke)\s+nicht,?\s+dass\s+(?:(?:da|etwas|was|ihr|der|termin|er|es)\s+)"
    rf"{{1,3}}{_CW_DE}\s+(?:wurde|ist|worden)\b"
)
# a clause that states no fact of the caller's calendar: a condition, a question word, a modal,
# something to come
_NOT_STATED = lazy(
    r"\b(?:falls|ob|sofern|wenn|sonst|if|whether|unless|otherwise|would|würde|wäre|wären|"
    r"kann|können|konnte|könnte|muss|müssen|soll|sollte|will|wollen|werde|wird|werden|can|"
    r"cannot|could|won't|will|should|must|may|might|able|want|wanted)\b|n't\s+be\b"
)
# another person's appointment (the denial is theirs), a customer or a product
_OTHER = lazy(
    r"\b(?:ihre?[mnrs]?|your|seine?[mnrs]?|his|her)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|"
    r"frau|freund\w*|kind\w*|son|daughter|mum|mom|mother|father|dad|husband|wife|friend|"
    r"partner\w*|kolleg\w*)\b|\b(?:kund\w*|customer|client|herr[n]?|frau|mr|mrs|ms)\b|"
    r"\b(?:bestellung|order|lieferung|kurs|course|event|veranstaltung)\b"
)
_CLAUSE_END = lazy(r"[.!?;:,–—]")
# both answers left open: "Ob es storniert ist oder nicht, prüfe ich gleich" (blind 37, claims85)
_EITHER_WAY = lazy(r"\b(?:oder|or)\s+(?:nicht|not)\b")


def _clause(text: str, at: int, end: int) -> tuple[int, int]:
    """The clause of `text` around text[at:end]: from the punctuation before to the one after."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    after = _CLAUSE_END.search(text, end)
    return start, after.start() if after else len(text)


def _asked(text: str, end: int) -> bool:
    """Whether the clause ending after `end` ends the sentence with a question mark."""
    after = re.search(r"[.!?;:,–—]", text[end:])
    return after is not None and after.group() == "?"


def not_cancelled(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_CANCELLED claims `sentence` makes (see above), with the details each clause names."""
    folded = fold(sentence)
    text = folded.text
    if not _MAYBE.search(text):
        return ()
    rule = _EN if lang == "en" else _DE
    found = (*rule.finditer(text), *_ACROSS.finditer(text), *_RAISED.finditer(text))
    return _claims(folded, found, names)


def thought_not_cancelled(sentence: str, names: Names) -> tuple[Claim, ...]:
    """NOT_CANCELLED for a cancellation denied as what the caller might think (`_THOUGHT`)."""
    folded = fold(sentence)
    if not _MAYBE.search(folded.text):
        return ()
    return _claims(folded, tuple(_THOUGHT.finditer(folded.text)), names)


def _claims(folded: Folded, found: tuple[re.Match[str], ...], names: Names) -> tuple[Claim, ...]:
    """A NOT_CANCELLED claim per match in `found` whose clause states the caller's calendar."""
    text = folded.text
    out: list[Claim] = []
    for m in found:
        a, b = _clause(text, m.start(), m.end())
        clause = text[a : max(b, m.end())]
        if m.re in (_DE, _EN) and (_asked(text, m.end()) or _NOT_STATED.search(text[a:b])):
            continue
        if _OTHER.search(clause) or _EITHER_WAY.search(clause):
            continue
        start, end = folded.span(min(a, m.start()), max(b, m.end()))
        details = read_details(clause, names)
        claim = Claim(ClaimKind.NOT_CANCELLED, start, end, ClaimDetails(((Role.ANY, details),)))
        if claim not in out:
            out.append(claim)
    return tuple(out)
