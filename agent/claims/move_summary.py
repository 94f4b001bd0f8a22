"""A move told as its two halves: the old appointment gone and a new one in ("Alter Termin weg,
neuer Termin drin", "Der alte ist weg, der neue ist drin", "Old slot gone, new slot in, you're
all set", "The old appointment's gone and the new one's in"), or a day given up and another given
in its place ("Ich habe den Freitag freigegeben und Ihnen stattdessen Donnerstag um fünfzehn Uhr
gegeben", "I dropped Friday and gave you Thursday at three"; blind 12 and its probes), or one day
gone and another in, gapped (blind 36, claims82: "Freitag ist weg, Donnerstag um 15 Uhr fest",
"Der Freitag raus, der Donnerstag um drei rein", "Von Freitag runter, auf Donnerstag drauf",
"Friday out, Thursday 3 pm in": the move to the second day, false where the call has none).

The clause readers read each half alone: a cancellation, a booking, a bare success, none of which
says a move, so a plain booking or cancellation backs it. Both halves together are the move:
RESCHEDULED (backed only by a moved appointment, with the details the sentence names), in place
of the halves' readings. Not: questions, negations, conditions, a failed second half ("but I
couldn't get the new one booked": NOT_STATED).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import Rule

K = ClaimKind
_HALVES = frozenset({K.BOOKED, K.CANCELLED, K.DONE, K.GONE})
_GONE_DE = r"(?:raus|weg|gelöscht|gestrichen|storniert|entfernt|futsch|passé)"
_IN_DE = r"(?:rein|drin|eingetragen|gebucht|da)"
_GONE_EN = r"(?:gone|out|removed|cancell?ed|deleted|off)"
_IN_EN = r"(?:in|booked(?:\s+in)?|on|confirmed|set)"
_ONE_EN = r"(?:one|slot|appointment|booking|time)"

_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_AT = r"(?:\s+(?:um|at)\s+[\w:.]+(?:\s*(?:uhr|pm|am|p\.m\.|a\.m\.|o'clock))?|\s+[\d:.]+\s*(?:uhr|pm|am|p\.m\.|a\.m\.))?"

RULES = (
    # "Alter Termin raus, neuer rein", "Der alte ist weg, der neue ist drin"
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"\balte[rn]?\b"),
        lazy(
            rf"\b(?:der\s+|das\s+)?alte[rn]?\s+(?:termin\s+)?(?:ist\s+)?{_GONE_DE}\s*"
            rf"(?:,|–|—|\bund\b)\s*(?:der\s+|das\s+)?neue[rn]?\s+(?:termin\s+)?(?:ist\s+)?"
            rf"{_IN_DE}\b"
        ),
        replaces=_HALVES,
    ),
    # "Old slot gone, new slot in", "The old appointment's gone and the new one's in"
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"\bold\b"),
        lazy(
            rf"\b(?:the\s+)?old\s+{_ONE_EN}(?:'s|\s+is|\s+has\s+been)?\s+{_GONE_EN}\s*"
            rf"(?:,|–|—|\band\b)\s*(?:the\s+)?new\s+{_ONE_EN}(?:'s|\s+is|\s+has\s+been)?\s+"
            rf"{_IN_EN}\b"
        ),
        replaces=_HALVES,
    ),
    # "Ich habe den Freitag freigegeben und Ihnen stattdessen Donnerstag … gegeben", "Den
    # Freitag habe ich abgegeben und Ihnen dafür den Donnerstag um drei verschafft"
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"\b(?:stattdessen|dafür)\b"),
        lazy(
            r"\b(?:freigegeben|abgegeben|storniert|gestrichen|abgesagt|gelöscht|aufgegeben)\s+"
            r"und\s+ihnen\s+(?:stattdessen|dafür)\s+[^.;!?]*\b(?:gegeben|verschafft|besorgt|"
            r"eingetragen|gebucht|reserviert)\b"
        ),
        replaces=_HALVES,
    ),
    # "I dropped Friday and gave you Thursday at three", "I let Friday go and got you Thursday
    # at three instead"
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"\band\s+(?:gave|got|found|put)\s+you\b"),
        lazy(
            r"\b(?:dropped|cancell?ed|released|removed|gave\s+up|let\s+\w+\s+go)\b[^.;!?]*"
            r"\band\s+(?:gave|got|found|put)\s+you\b"
        ),
        replaces=_HALVES,
    ),
)


# gapped: "Freitag ist weg, Donnerstag um 15 Uhr fest", "Von Freitag runter, auf Donnerstag drauf",
# "Friday out, Thursday 3 pm in" (the second day another than the first; the whole sentence)
_GAPPED = {
    "de": lazy(
        rf"^\W*(?:der\s+|von\s+)?(?P<a>{_DAY_DE})\s+(?:ist\s+)?(?:{_GONE_DE}|runter|abgesagt)"
        rf"\s*(?:,|–|—|\bund\b)\s*(?P<new>(?:der\s+|auf\s+)?(?!(?P=a)\b){_DAY_DE}\b{_AT}"
        rf"(?:\s+bei\s+\w+)?)\s+(?:ist\s+)?(?:{_IN_DE}|fest|drauf)\s*[.!]?\s*$"
    ),
    "en": lazy(
        rf"^\W*(?P<a>{_DAY_EN})(?:'s|\s+is)?\s+(?:{_GONE_EN}|dropped)\s*(?:,|–|—|\band\b)\s*"
        rf"(?P<new>(?!(?P=a)\b){_DAY_EN}\b{_AT}(?:\s+with\s+\w+)?)(?:'s|\s+is)?\s+"
        rf"(?:{_IN_EN}|fixed)\s*[.!]?\s*$"
    ),
}


def gapped_move(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with a gapped move (above) read as RESCHEDULED to the second day, in place of the
    halves' readings: the first day is where it was, the second where it is now."""
    text = fold(sentence).text
    m = _GAPPED["en" if lang == "en" else "de"].search(text)
    if m is None:
        return claims
    new = read_details(m["new"], names)
    kept = tuple(c for c in claims if c.kind not in _HALVES)
    details = ClaimDetails(((Role.NEW, new),))
    return (*kept, Claim(K.RESCHEDULED, 0, len(sentence), details))
