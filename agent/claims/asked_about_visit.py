"""The agent's question about the caller's own appointment: its details, what to know or bring
for it, or the caller's own note of it (blind 27, claims47; conventions 45 and 77).

"Soll ich Ihren Termin noch mal wiederholen?", "Möchten Sie zu Ihrem Termin noch etwas wissen?",
"Haben Sie Ihren Termin schon im Kalender notiert?", "Shall I repeat your appointment details?",
"Is there anything Fabian should know before your perm?", "Did you save your appointment in your
phone?": the question brings the appointment up itself, named as the caller's by possession, so
it takes it as booked (45; convention 90 keeps 45 for the agent's own question). A BOOKED claim
of the day and service the phrase names.

Not: the caller's earlier or next appointment, one still to be made or wished for ("Ihr
Wunschtermin", "your new appointment"), a question for the appointment's identity ("Wissen Sie
noch, wann Ihr Termin ist?", "Do you remember when your appointment was?"), an indefinite one
("einen Termin", "an appointment"), a condition, a statement, a sentence the other readers found
a claim in.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAYS = (
    r"(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_POSSESSED = lazy(
    rf"\b(?:ihr|ihre|ihrem|ihrer|ihren|ihres)\s+(?:{_DAYS}\w*\s+)?(?P<de>termins?|buchung|"
    r"dauerwelle|strähnchen|färbung|\w*schnitts?|behandlung|besuch)\b"
    r"(?:\s+(?:am|um)\s+[\w:.]+(?:\s+um\s+[\w:.]+)?)?|"
    rf"\byour\s+(?:{_DAYS}\s+)?(?P<en>appointment|booking|perm|highlights|colou?r|cut|haircut|"
    r"trim|treatment|visit)\b(?:\s+on\s+\w+)?"
)
# the lead's decision D19 (convention 1086): the appointment's details named as the thing to say
# again ("Soll ich Ihnen die Termindaten noch einmal sagen?", "Shall I repeat the appointment
# details?") presuppose an appointment with details, as "Ihren Termin" does
_DETAILS_NAMED = lazy(
    r"\b(?:die|the)\s+(?:termin|buchungs)-?(?:daten|details|angaben|infos)\b|"
    r"\bthe\s+(?:appointment|booking)\s+(?:details|info)\b"
)
# what the question asks of it: its details told again, what to know, the caller's own note
_ABOUT = lazy(
    # told again in any verb of saying ("nochmal durchsagen", "read out … again": blind 56)
    r"\b(?:(?:noch\s+(?:ein)?mal|nochmal)\s+(?:\w*sagen|nennen)|wiederhol\w*|vorles\w*|vorzulesen|durchgeh\w*|durchgeb\w*|durchsag\w*|zusammenfass\w*|etwas\s+wissen|fragen\s+zu\w*|"
    r"beacht\w*|wissen\s+sollte|notiert|notieren|speicher\w*|gespeichert|"
    r"im\s+(?:kalender|handy|telefon)|"
    r"repeat|read\s+(?:\w+\s+){0,3}?(?:back|out)|go\s+over|(?:run|go)\s+through|recap|(?:like\s+to|want\s+to|should|need\s+to)\s+know|"
    r"questions?\s+(?:about|on)|know\s+about|saved?|put\s+(?:\w+\s+){0,3}?in\s+your|"
    r"in\s+your\s+(?:own\s+)?(?:calendar|diary|phone))\b"
)
_NOT_THIS = lazy(
    r"\b(?:letzte\w*|vorige\w*|erste\w*|nächste\w*|neue\w*|wunsch\w*|last|previous|first|next|"
    r"new|wann|when|which|welche\w*|ob|whether|remember|erinnern|referenz\w*|reference|nummer|"
    r"number|buchen|book|reservieren|reserve|wenn|falls|sofern|if|once(?!\s+(?:more|again))|sobald)\b|"
    r"\b(?:wissen|know)\s+(?:sie\s+|you\s+)?noch\b|"
    r"\b(?:einen|einem|an|any)\s+(?:termin|appointment|booking)\b"
)


# the lead's decision D10 (convention 1050, 1031's reach): a question that only asks whether the
# caller wants to know more about the appointment itself ("Haben Sie noch Fragen zu Ihrem
# Termin?", "Möchten Sie zu Ihrem Termin noch etwas wissen?", "Any questions about your
# appointment?") names no detail and presupposes nothing new: neutral. Its details told again,
# the caller's own note, something for the visit or a detail named keep the reading above.
_ASKED_ONLY = lazy(
    r"(?:etwas\s+wissen|fragen\s+zu\w*|questions?\s+(?:about|on)|know\s+about|(?:like|want)\s+to\s+"
    r"know)"
)
_PLAIN_NOUNS = frozenset(
    {"termin", "termins", "buchung", "besuch", "appointment", "booking", "visit"}
)


def _only_asked_about(text: str) -> bool:
    """Whether every word of `_ABOUT` the question says only asks what the caller wants to know."""
    return all(_ASKED_ONLY.fullmatch(a.group()) for a in _ABOUT.finditer(text))


def asked_about_visit(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the caller's own appointment a question asks about (above)."""
    if claims or not sentence.rstrip().endswith("?"):
        return ()
    text = fold(sentence).text
    m = _POSSESSED.search(text)
    if (m is None and not _DETAILS_NAMED.search(text)) or not _ABOUT.search(text):
        return ()
    if _NOT_THIS.search(text):
        return ()
    if m is None:  # the appointment's details named (D19): the appointment, nothing it names
        return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails()),)
    if m["de"] and not sentence[fold(sentence).span(m.start(), m.end())[0] :][:1].isupper():
        return ()  # "ihr" (hers) in lower case
    d = read_details(m.group(), names)
    if d.empty and (m["de"] or m["en"]) in _PLAIN_NOUNS and _only_asked_about(text):
        return ()  # the lead's decision D10 (1050): questions about it, naming nothing
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)
