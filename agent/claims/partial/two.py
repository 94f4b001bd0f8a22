"""Two appointments, each with its own outcome, in one sentence (convention 171, claims58): "Die
Farbe ist drin, den Samstag hab ich nicht mehr untergebracht", "Saturday's highlights are in, but
the Friday perm fell through", "Freitag ja, Samstag nein", "The perm went through, and so did
the highlights", "Gebucht ist Freitag. Der zweite Termin ist leider fehlgeschlagen". Each part
claims its own appointment: one said done is `BOOKED` with what it names (a partial outcome is
about bookings: "went through" is no cancellation), one said to have failed `NOT_BOOKED` with
what it names, "the second"/"the other" about one of two (`several`), a part that says "too" or
"auch" the other part's outcome. "One of the two went through" says the other did not: one of
two is not booked.

The readers read one part or read the parts together; this reads them apart, in either order,
and adds what they miss (a claim added can only stop a sentence where that part is false). What
a reader read of the failed part as done or cancelled is dropped.

Not: a question or a condition, a part in the conditional or future ("Freitag könnte ich
eintragen"), the salon's calendar ("Freitag ist ausgebucht"), a cancellation, move or hold (their
readers' own), a part that names nothing of its own ("Friday is booked, and no, there's no
deposit"), a part denied otherwise ("Not booked yet: …", "nicht nötig"), a correction ("…, er,
no, ten"), "auch" inside a part of its own verb ("passt auch zu Fabians Plan"), two failures, two
parts naming the same appointment.

Part of `partial`, the one owner of partial outcomes: two outcomes read apart, in either order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agent.claims.date_apposition import DENIED_AFTER_DATE
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.partial.parts import THE_OTHER
from agent.claims.service_label import with_service_label

_PIECES = lazy(
    # (not the last dot of a date in figures, "am 28.11. um zehn", nor of "a.m." or "Mr.": claims131)
    r"\s*(?:[,;–—]|(?<!\d\.\d)(?<!\d\.\d\d)(?<![ap]\.m)(?<!\bmrs)(?<!\bmr)(?<!\bms)\.(?:\s+|$)|\b(?:aber|but|though|doch|und|and|während|while|whereas)\b)\s*",
    re.IGNORECASE,
)
_NO = lazy(
    # a failure to book or fit, or a piece ending on its bare denial ("Samstag leider nicht")
    r"\b(?:nicht\s+(?:mehr\s+)?(?:geklappt|gereicht|reingepasst|untergebracht|unterbringen|"
    r"reinbekommen|bekommen|eintragen|buchen|gebucht|eingetragen|möglich|frei|drin|funktioniert|"
    r"durchgegangen)|ging(?:en)?\s+(?:leider\s+)?nicht|nichts\s+mehr\s+frei|fehlgeschlagen|"
    r"gescheitert|failed|fell\s+through|no\s+luck|nothing\s+left|(?:couldn't|could\s+not|can't|"
    r"didn't|did\s+not|wasn't|weren't)\s+(?:\w+\s+)?(?:fit|fitted|get|squeeze|book|booked|make|"
    r"work|go\s+through|happen|possible))\b|"
    r"\S.*\b(?:nicht|nein|not|no|isn't|aren't|didn't|wasn't)\W*$",
    re.IGNORECASE,
)
_YES = lazy(
    r"\b(?:(?:steht|stehen)(?:\s+(?:jetzt|schon|auch))?\W*$|fest|drin|sicher|eingetragen|gebucht|geklappt|(?:ging|gingen|ist|sind)\s+"
    r"durch|durchgegangen|(?:hab|habe|haben)\b[^,;]*\bbekommen\W*$|gereicht|reingepasst|untergebracht|reinbekommen|ja|booked|confirmed|"
    r"done|yes|went\s+through|worked\s+out|locked\s+in|secured|sorted|fitted|has\s+you|"
    r"down\s+for)\b|(?:\b(?:is|are)|'s|'re|\bgot\b[^,;]*)\s+in\W*$",
    re.IGNORECASE,
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|not|no)\b|n't\b", re.IGNORECASE)
# "auch" said of a part of no verb of its own: "Samstag bei Lena auch", "so did the highlights"
# (not "…, passt auch zu Fabians Plan")
_ALSO_ALONE = lazy(
    r"\b(?:auch|ebenfalls|genauso|too|as\s+well|likewise)\W*$|^\W*so\s+(?:did|has|have|is|are)\b",
    re.IGNORECASE,
)
_FIRST = lazy(
    r"\b(?:(?:der|den|dem)\s+ersten?|the\s+first|einer\s+(?:der|von)\s+(?:beiden|zwei)|"
    r"one\s+of\s+the\s+two)\b",
    re.IGNORECASE,
)
_ONE_OF_TWO = lazy(
    r"\b(?:(?:einer|eine|eins)\s+(?:der|von)\s+(?:beiden|zwei)(?:\s+(?:terminen?|buchungen))?\s+"
    r"(?:hat\s+(?:geklappt|funktioniert)|ist\s+(?:drin|gebucht|eingetragen|durch)|ging\s+durch|"
    r"steht)|one\s+of\s+the\s+two(?:\s+appointments|\s+bookings)?\s+"
    r"(?:went\s+through|worked(?:\s+out)?|is\s+(?:in|booked|confirmed)))\b",
    re.IGNORECASE,
)
_NOT_THIS = lazy(
    # a question, a condition, the conditional or future, the calendar, another kind of outcome
    r"\?|\b(?:wenn|falls|sobald|if|unless|once|kann|könnte|können|würde|wäre|hätte|wird|werde|"
    r"soll|möchte|can|could|would|will|shall|should|might|\w+'ll|ausgebucht|belegt|voll|vergeben|"
    r"fully|full|taken|storn\w*|abgesagt|absag\w*|cancel\w*|versch\w+|verleg\w+|umgebucht|"
    r"moved?|reschedul\w*|reserv\w+|held|hold\w*|vorgemerkt|als\s+wären|as\s+if|as\s+though|"
    r"dass|jemand|someone|anderer?\s+kund\w*|another\s+(?:customer|client))\b",
    re.IGNORECASE,
)
# the question after a dash only: after a full stop it is a sentence of its own, and what is left
# before it may be one outcome with an aside ("Ach, bei dem Regen … – Ihr Termin ist gebucht.")
_QUESTION_AFTER = lazy(r"(?:\s*[–—]|\s+-)\s+[^–—.!?]*\?\s*$")
_ATTEMPT = lazy(r"\b(?:time|try|attempt|versuch\w*|mal|anlauf)\b", re.IGNORECASE)
_DROPPED = (ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.CANCELLED, ClaimKind.GONE)


@dataclass
class _Part:
    start: int
    end: int
    said: bool | None  # done (True), failed (False), as the other part (None: "auch")


def two_outcomes(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with what each of two outcomes in `sentence` claims of its own appointment."""
    told = _without_question_after(sentence)
    if _NOT_THIS.search(told) or DENIED_AFTER_DATE.search(told):
        return claims  # DENIED_AFTER_DATE: one clause denied after its date (claims126)
    parts = _parts(told)
    apart = claims if parts is None else _apart(told, parts, claims, names)
    return _one_of_two(told, apart)


def _without_question_after(sentence: str) -> str:
    """`sentence` without the question it ends on after a dash or a full stop (claims145,
    blind 41): "Der Freitag hat geklappt, beim Samstag leider nicht – soll ich eine andere
    Uhrzeit versuchen?" states both outcomes and then asks what next; the question is not the
    outcomes'."""
    m = _QUESTION_AFTER.search(sentence)
    return sentence if m is None or not m.start() else sentence[: m.start()]


def _one_of_two(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """ "One of the two appointments went through": one is booked, the other is not (not both);
    the two are the ones asked for, not two said booked."""
    m = _ONE_OF_TWO.search(sentence)
    if m is None:
        return claims
    one = tuple(
        replace(c, details=replace(c.details, several=False, count=0))
        if c.kind in _DROPPED and c.start < m.end() and c.end > m.start()
        else c
        for c in claims
    )
    said = (Claim(ClaimKind.BOOKED, m.start(), m.end()),)
    return (
        one + said + (Claim(ClaimKind.NOT_BOOKED, m.start(), m.end(), ClaimDetails(several=True)),)
    )


def _parts(sentence: str) -> list[_Part] | None:
    """The pieces of `sentence` that say an outcome, each with the words around it that say none
    (before the first, after the others: "Freitag, 10 Uhr, steht, leider")."""
    out: list[_Part] = []
    pending, pos = None, 0
    for cut in [*_PIECES.finditer(sentence), None]:
        end = cut.start() if cut else len(sentence)
        start, piece = pos, sentence[pos:end]
        pos = cut.end() if cut else len(sentence)
        if not piece.strip():
            continue
        said = _said(piece)
        if said is None and not _ALSO_ALONE.search(piece):  # says no outcome: joins its neighbour
            if out:
                out[-1].end = end
            elif pending is None:
                pending = start
            continue
        out.append(_Part(start if pending is None else pending, end, said))
        pending = None
    if len(out) != 2 or out[0].said is None:
        return None
    if out[1].said is None:
        out[1].said = out[0].said
    if not (out[0].said or out[1].said):
        return None  # two failures: no partial outcome
    return out


def _said(piece: str) -> bool | None:
    if _NO.search(piece):
        return False
    if _YES.search(piece) and not _NEGATED.search(piece):
        return True
    return None  # no outcome, or one denied otherwise ("Not booked yet: …"): the readers'


def _apart(
    sentence: str, parts: list[_Part], claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    named = [_named(sentence[p.start : p.end], names) for p in parts]
    if any(n is None for n in named) or named[0] == named[1]:
        return claims
    added = tuple(
        Claim(ClaimKind.BOOKED if p.said else ClaimKind.NOT_BOOKED, p.start, p.end, n)
        for p, n in zip(parts, named, strict=True)
        if n is not None
    )
    failed = [p for p in parts if not p.said]
    kept = tuple(
        c
        for c in claims
        if c.kind not in _DROPPED or not any(c.start < f.end and c.end > f.start for f in failed)
    )
    return kept + added


def _named(part: str, names: Names) -> ClaimDetails | None:
    """What `part` names of its own: its details, one of two ("the second"), or any one ("the
    first"); None when nothing."""
    if _ATTEMPT.search(part):
        return None  # "the second try went through": one booking tried twice
    if THE_OTHER.search(part):
        return ClaimDetails(several=True)
    details = read_details(with_service_label(fold(part).text), names)
    if not details.empty:
        return ClaimDetails(((Role.ANY, details),))
    if _FIRST.search(part):
        return ClaimDetails()
    return None
