"""The caller's appointment named as theirs in what to do for it, or in a wish to cancel or move
it (blind 25, claims43; convention 45).

"Vor Ihrer Dauerwelle bitte nicht die Haare waschen", "Before your perm, skip the conditioner",
"Kommen Sie zu Ihrem Termin bitte ungeschminkt", "Fabian needs about two hours for your perm, so
block out the morning", "Your perm's in — plan about two hours": preparation and planning for
the caller's own appointment or service, named by possession, presuppose it, with or without a
day. A BOOKED claim of the day and service the phrase names. (The caller's wish to cancel it
read back, "Sie möchten Ihren Termin am Freitag absagen, richtig?", repeats the caller's words
and claims nothing: convention 90.)

Not: a rule for every visit ("egal wann", "für alle Kunden"), a condition on finding it, an
act on it denied or offered ("I didn't move your appointment"), an appointment still to be made ("Soll ich Ihren Termin buchen?", "Ihr Wunschtermin"), a
condition on the caller ("Wenn Sie einen Termin haben", "falls Sie Ihren Termin absagen
wollen"), an offer of a slot, a sentence the other readers found a claim in.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAYS = r"(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_POSSESSED = lazy(
    rf"\b(?:ihr|ihre|ihrem|ihrer|ihren)\s+(?:{_DAYS}\w*\s+)?(?P<de>termin|\w*termin|dauerwelle|"
    r"strähnchen|färbung|farbe|\w*schnitt|behandlung)\b(?:\s+(?:am|um)\s+[\w:.]+(?:\s+um\s+[\w:.]+)?)?|"
    rf"\byour\s+(?:{_DAYS}\s+)?(?P<en>appointment|perm|highlights|colou?r|cut|haircut|trim|"
    r"treatment|visit)(?:'s)?\b(?:\s+on\s+\w+)?"
)
# what to do for it: an instruction, planning, a duration it takes
_PREPARED = lazy(
    r"\bbitte\b|^\W*(?:vor|nach|zu)\s+ihre[mrn]?\b|\bplease\b|^\W*(?:before|after|for)\s+your\b|"
    # "plan" the English verb, not the German noun ("aus seinem Plan genommen": claims54)
    r"(?<!\bdem\s)(?<!\bseinem\s)(?<!\bihrem\s)(?<!\bmeinem\s)(?<!\bim\s)(?<!\bvom\s)\bplan\b|"
    r"\b(?:block\s+out|skip|avoid|allow|bring)\b|\bneeds?\s+(?:about\s+)?\w+\s+(?:hours?|minutes)\b|"
    r"\b(?:planen|einplanen|mitbringen)\b|"
    # an instruction said as an infinitive: "… eine Viertelstunde früher da sein" (claims54 probe)
    r"\b(?:früher|eher|pünktlich|rechtzeitig)\s+(?:da|dort|hier|im\s+salon)\s+sein\W*$"
)
_NOT_MADE = lazy(
    r"\b(?:buchen|eintragen|reservieren|wunsch\w*|neue[nmr]?|book|reserve|requested|new|"
    r"whether|frei|free|available|hätte|could|would\s+be|egal|whatever|alle|all|every|immer|always|"
    r"gefunden|finde|found|find|absagen|stornieren|verschieben|cancel|move)\b|"
    r"\b(?:wenn|falls|sofern|if|whenever|once|sobald)\s+(?:sie|you|ihr|your)\b|"
    r"\b(?:einen|einem|any|an)\s+(?:termin|appointment)\b"
)


def possessed_prepared(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the caller's own appointment prepared for or to be undone (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    m = _POSSESSED.search(text)
    if m is None or _NOT_MADE.search(text):
        return ()
    if m["de"] and not sentence[fold(sentence).span(m.start(), m.end())[0] :][:1].isupper():
        return ()  # "ihr" (hers) in lower case
    if not _PREPARED.search(text):
        return ()
    d = read_details(m.group(), names)
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)
