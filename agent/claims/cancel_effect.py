"""An appointment told gone by its effect on the visit: "Fabian rechnet am Freitag nicht mehr
mit Ihnen", "Der Freitag ist für Sie damit wieder frei", "Den Freitag brauchen Sie sich nicht
mehr freizuhalten", "Fabian won't be expecting you on Friday".

The stylist no longer expecting the caller, the caller's day free again or no longer to be kept
free, says the appointment there is gone: cancelled, or moved away from that day. That is a
GONE claim (with the day, time and stylist it names), backed by a cancelled appointment or the
old place of a move; it replaces a CANCELLED reading of the same words, which a move would not
back. Not: conditions, questions, another person's day ("Lena hat am Freitag wieder frei"). "Sie
müssen am Freitag nicht mehr kommen" / "You won't need to come in on Friday" are the same class,
read as GONE by the clause readers (reader_de.py, reader_en.py).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CONDITION, SENTENCE_PIECE, stated_claims

_DE = lazy(
    r"\b(?:rechnet|rechnen|erwartet|erwarten)\b.*\bnicht\s+mehr\s+mit\s+(?:ihnen|dir)\b|"
    r"\b(?:erwartet|erwarten)\s+(?:wir\s+|er\s+)?(?:sie|dich)\b.*\bnicht\s+mehr\b|"
    r"\bfür\s+sie\b.*\bwieder\s+frei\b|"
    r"\b(?:(?:brauchen|müssen)\s+sie|sie\s+(?:brauchen|müssen))\s+(?:sich\s+)?(?:\w+\s+){0,4}nicht\s+mehr\s+(?:zu\s+)?"
    r"(?:freizuhalten|freihalten|frei\s+zu\s+halten|einzuplanen|einplanen)\b"
)
_EN = lazy(
    r"\b(?:no\s+longer|isn't|is\s+not|won't\s+be|will\s+not\s+be|aren't|are\s+not)\s+"
    r"expecting\s+you\b|"
    r"\b(?:won't|will\s+not|don't|do\s+not|no\s+longer)\s+(?:need|have)\s+to\s+"
    r"(?:keep\s+(?:\w+\s+){1,3}(?:free|clear)|block)\b"
)


# nothing left with the salon for the caller, the day to plan otherwise: read over the whole
# sentence, whose day it is ("Den Freitag können Sie sich wieder freihalten, da ist nichts mehr
# bei uns", "Feel free to make other plans for Friday morning, there's nothing with us now")
_DE_SENTENCE = lazy(
    r"(?<![^.!?])(?=[^.!?]*\b(?:uns|üs|für\s+sie|abgesagt|abgsait|abgseit|storniert|gestrichen)\b)[^.!?]*?"
    r"\b(?:da\s+ist|ist\s+da|ist|isch)\s+(?:bei\s+uns\s+)?(?:für\s+sie\s+)?(?:da\s+)?"
    r"(?:nichts|nüt|nix)\s+(?:mehr|meh)\b(?!\s+(?:frei|möglich|zu\s+haben|los|offen|verfügbar))|"
    r"\bnichts\s+mehr\s+(?:\w+\s+){0,4}?(?:eingetragen|drin|gebucht)\b|"
    r"\b(?:können|dürfen)\s+sie\s+sich\s+(?:\w+\s+){0,3}?wieder\s+(?:freihalten|frei\s+halten|"
    r"frei\s+nehmen|freinehmen|verplanen)\b"
)
_EN_SENTENCE = lazy(
    r"\bexpects?\s+you\b[^.!?]*\bno\s+longer\s+(?:on|at|with)\b|"
    r"\bthere's\s+nothing\s+(?:\w+\s+)?with\s+us\b|"
    r"\bnothing(?:'s|\s+is)\s+(?:\w+\s+)?with\s+us\s+(?:any\s*more|now|then)\b|"
    r"\b(?:won't|will\s+not)\s+be\s+seeing\s+you\s+(?:on\s+\w+|any\s*more|after\s+all)\b"
)
_DE_TRIGGER = lazy(r"(?:nichts|nüt|nix)\s+(?:mehr|meh)|wieder\s+frei|nicht\s+mehr")
_EN_TRIGGER = lazy(r"with\s+us|seeing\s+you|no\s+longer")


def gone_by_effect(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """GONE claims `sentence` makes by the effect on the visit (see above)."""
    en = lang == "en"
    out = stated_claims(sentence, ClaimKind.GONE, _EN if en else _DE, CONDITION, names)
    if (_EN_TRIGGER if en else _DE_TRIGGER).search(fold(sentence).text):
        rule = _EN_SENTENCE if en else _DE_SENTENCE
        out += stated_claims(sentence, ClaimKind.GONE, rule, CONDITION, names, SENTENCE_PIECE)
    return tuple(_old_place_only(sentence, c, names) for c in out)


# "… jetzt schon morgen um drei und nicht mehr am Freitag": the visit gone is the one named after
# "nicht mehr", not the new one named before it
_NO_LONGER_AT = lazy(r"\b(?:nicht\s+mehr|no\s+longer)\s+(?=(?:am|um|bei|für|on|at|with)\b)")


def _old_place_only(sentence: str, claim: Claim, names: Names) -> Claim:
    piece = fold(sentence[claim.start : claim.end]).text
    m = _NO_LONGER_AT.search(piece)
    if m is None:
        return claim
    tail = read_details(piece[m.end() :], names)
    if tail.empty:
        return claim
    return Claim(claim.kind, claim.start, claim.end, ClaimDetails(((Role.ANY, tail),)))


def instead_of_cancelled(
    sentence: str, claims: tuple[Claim, ...], gone: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the CANCELLED readings inside a clause read as GONE (not one said
    "abgesagt / storniert / cancelled" in its own clause); a bare success
    after a GONE clause of the same sentence ("No need to come in on Friday anymore, that's
    taken care of") is said of that visit gone, so it is read as GONE too."""
    gone = gone + tuple(c for c in claims if c.kind is ClaimKind.GONE)
    if not gone:
        return claims
    out = []
    for c in claims:
        if (
            c.kind is ClaimKind.CANCELLED
            and any(g.start <= c.start and c.end <= g.end for g in gone)
            and not _SAID_CANCELLED.search(fold(sentence[c.start : c.end]).text)
        ):
            continue
        if c.kind is ClaimKind.DONE and any(
            g.end <= c.start and not _SENTENCE_END.search(sentence, g.end - 1, c.start)
            for g in gone
        ):
            c = Claim(ClaimKind.GONE, c.start, c.end, c.details)
        out.append(c)
    return tuple(out)


_SENTENCE_END = lazy(r"[.!?]\s")
# a cancellation said in its own word stays one beside the effect ("Da ist nichts mehr, den
# Freitag haben Sie ja abgesagt", blind 20): a move is no cancellation
_SAID_CANCELLED = lazy(r"\b(?:abgesagt|storniert|cancell?ed|called\s+off)\b")
