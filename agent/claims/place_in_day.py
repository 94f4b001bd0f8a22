"""The caller's place in a stylist's day (blind 34, claims75): "Nach Ihnen ist Fabian am Freitag
ausgebucht", "Vor Ihnen hat er nur noch eine Kundin", "Zwischen Ihnen und der Mittagspause ist
nichts mehr", "Sie sind an dem Tag seine letzte Kundin", "Sie eröffnen Fabians Tag"; "After you,
he's booked solid", "There's someone at nine ahead of you", "You're the last one before lunch",
"You're first in the chair that day", "Nobody comes in after you", "You're kicking off his day".

Only a caller with an appointment has a place among the stylist's other customers, so the
sentence presupposes the booking (blind 34's header, conventions 31, 45): BOOKED with the day and
stylist it names. A time or service said of the neighbour ("um neun noch jemand", "nach einem
Herrenschnitt", "he's got a colour") is the other customer's, not the caller's: left out of the
claim, and the reader's own booking, cancellation or denial of such a sentence ("keinen Platz
mehr", "nobody after you": the rest of the day) is dropped. Said in the subjunctive ("Am
Samstag wären Sie bei Lena die Erste", "You could be Lena's first") it is the slot offered
(AVAILABLE, convention 2). Not: a queue on the telephone or a waiting list ("Vor Ihnen sind noch
zwei Anrufer", "two callers ahead of you"), an act of the caller's ("after you've booked",
"nach Ihnen gefragt"), a question or a condition, the salon's places in general ("Der erste
Termin des Tages ist um neun": others_place.py).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

K = ClaimKind
_READ_FOR_NEIGHBOUR = frozenset({K.BOOKED, K.CANCELLED, K.GONE, K.NOT_BOOKED})
_DAY_WORDS = (
    r"(?:ausgebucht|voll|belegt|jemand|niemand|keiner|keine|nichts|kundin|kunden?|lücke|termin|"
    r"färbung|\w*schnitt|dauerwelle|strähnchen|pause|feierabend|dran|kommt|hat\s+(?:er|sie|\w+)\s)"
)
_NEIGHBOUR_DE = lazy(
    r"^\W*(?:(?:direkt|gleich|kurz|unmittelbar|erst)\s+)?(?:nach|vor|hinter)\s+ihnen\b"
    rf"(?!\s+(?:gefragt|erkundigt|gesucht))[^.!?]*\b{_DAY_WORDS}|"
    r"\bsie\b[^.!?]*\b(?:direkt|gleich|kurz)\s+(?:nach|vor)\s+(?:einem|einer)\b[^.!?]*\bdran\b|"
    rf"\bzwischen\s+ihnen\s+und\s+(?:\w+\s+){{0,3}}?(?:pause|mittag\w*|feierabend|schluss)\b"
)
_RANK_DE = lazy(
    r"\bsie\s+(?:sind|wären|waren)\s+(?:\w+\s+){0,4}?(?:die|der|seine|ihre|\w+s)\s+"
    r"(?:\w+\s+)?(?:aller)?(?:erste|letzte|einzige|erster|letzter|eröffnung)\b|"
    r"\b(?:sind|wären|waren)\s+sie\s+(?:\w+\s+){0,4}?(?:die|der|seine|ihre|\w+s)\s+"
    r"(?:\w+\s+)?(?:aller)?(?:erste|letzte|einzige|erster|letzter)\b(?!\s+(?:anrufer\w*|in\s+der\s+leitung))|"
    r"\b(?:könnten|würden)\s+sie\s+(?:\w+\s+){0,5}?(?:erste|letzte|einzige)\b|"
    r"\b(?:eröffnen|beschließen)\s+sie\s+(?:\w+\s+){0,2}?(?:\w+s|seinen|ihren|den)\s+tag\b|"
    r"\bsie\s+(?:eröffnen|beschließen)\s+(?:\w+\s+){0,2}?(?:\w+s|seinen|ihren|den)\s+tag\b"
)
_NEIGHBOUR_EN = lazy(
    r"\b(?:after|behind|ahead\s+of)\s+you\b(?!'|\s+(?:have|had|are|were|get|got|book|call|arrive|"
    r"come|check|confirm|say|decide|leave|pay|go|finish|hang|sign|make))[^.!?]*|"
    r"\bbetween\s+you\s+and\s+(?:\w+\s+){0,2}?(?:lunch|break|closing|end\s+of)\b"
)
_NEIGHBOUR_EN_WORDS = lazy(
    r"\b(?:booked|full|solid|someone|somebody|nobody|no\s+one|client|customer|colou?r|cut|gaps?|"
    r"comes?\s+in|in\s+the\s+book|got\s+(?:a|an|one)|perm|highlights|appointment)\b"
)
_RANK_EN = lazy(
    r"\byou(?:'re|\s+are|'ll\s+be|\s+could\s+be|\s+would\s+be|'d\s+be)\s+(?:\w+\s+){0,2}?(?:the\s+|his\s+|her\s+|"
    r"\w+'s\s+)?(?:very\s+)?(?:last|first|final|only)\s+(?:one|client|customer|appointment|in\s+the\s+chair|"
    r"(?:\w+\s+)?(?:before|after|of\s+the\s+day))\b|"
    r"\byou(?:'re|\s+are)?\s+(?:kicking\s+off|opening|closing|kick\s+off|open|close)\s+"
    r"(?:his|her|\w+'s|the)\s+(?:\w+\s+)?day\b"
)
# a telephone queue or a waiting list, the caller's own acts
_NOT = lazy(
    # a rank denied (claims134): "You're definitely not the only one", "nicht die Einzige"
    r"\b(?:not|nicht)\s+(?:\w+\s+)?(?:the|die|der)\s+(?:only|first|last|einzige|erste|letzte)\b|"
    r"\b(?:anrufer\w*|warteschl\w*|leitung|warteliste|queue|line|callers?|waiting\s+list|wenn|falls|"
    r"sobald|if|once|unless|whether|ob|gefragt|nachgefragt|erkundigt|gesucht|angerufen|called|asked)\b|\?"
)
_OFFERED = lazy(r"\b(?:wären|könnten|würden|could|would)\b|'d\s+be\b")
# a neighbour's slot: its time and service are not the caller's
_NEIGHBOURS_SLOT = lazy(
    r"\b(?:(?:direkt|gleich|kurz|unmittelbar)\s+)?(?:nach|vor|hinter)\s+(?:einem|einer|eine|ein|ihnen)\b"
    r"[^,;.!?–—]*|"
    r"\b(?:after|behind|ahead\s+of)\s+(?:you|a|an)\b[^,;.!?–—]*|"
    r"^[^,;.!?]*\b(?:ahead\s+of|after|behind)\s+you\b|"
    r"\b(?:noch\s+)?(?:jemand|eine\s+kundin|ein\s+kunde)\b[^,;.!?]*|"
    r"\b(?:someone|somebody|(?:one\s+more|another)\s+client)\b[^,;.!?]*|"
    r"\b(?:he's|she's|he\s+has|she\s+has)\s+got\b[^,;.!?]*"
)
_QUICK = lazy(r"ihnen|\bsie\b|you|erste|letzte|einzige|eröffn|first|last|final|only|kick|open")


def place_in_day(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the booking (or the slot offered) the caller's place in a day says."""
    folded = fold(sentence)
    text = folded.text
    if not _QUICK.search(text):
        return claims
    out: list[Claim] = []
    neighbour_said = False
    for start, end in sentence_spans(text):
        part = text[start:end]
        neighbour = _neighbour(part, lang)
        if not (neighbour or _ranked(part, lang)) or _NOT.search(part):
            continue
        neighbour_said = neighbour_said or neighbour
        kind = K.AVAILABLE if _OFFERED.search(part) else K.BOOKED
        own = _NEIGHBOURS_SLOT.sub(" ", part) if neighbour else part
        details = read_details(own, names)
        if neighbour:  # a day or stylist named inside the neighbour's clause is still the day's
            whole = read_details(part, names)
            details = replace(details, weekdays=whole.weekdays, days=whole.days, months=whole.months,
                              stylists=whole.stylists)  # fmt: skip
        out.append(Claim(kind, *folded.span(start, end), ClaimDetails(((Role.ANY, details),))))
    if not out:
        return claims
    if neighbour_said:  # the reader's booking may carry the neighbour's time or service, and
        # "keinen Platz mehr", "nobody" deny the rest of the day, not the caller's appointment
        claims = tuple(c for c in claims if c.kind not in _READ_FOR_NEIGHBOUR)
    return (*claims, *out)


def _neighbour(part: str, lang: str) -> bool:
    if lang == "de":
        return bool(_NEIGHBOUR_DE.search(part))
    m = _NEIGHBOUR_EN.search(part)
    return bool(m) and bool(_NEIGHBOUR_EN_WORDS.search(part))


def _ranked(part: str, lang: str) -> bool:
    return bool((_RANK_DE if lang == "de" else _RANK_EN).search(part))
