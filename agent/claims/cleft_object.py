"""Clefts about the caller's appointment (blind 30, claims68).

- The appointment named in an English cleft as the object of the act told after it: "It's your
  Friday appointment that I've cancelled", "It was the Friday booking that we moved". The head
  "It's your Friday appointment" is no booking said of its own (the possessed visit
  `possessed_visits` reads there): the act after "that" is the claim, so a booking read inside
  the head is dropped where the sentence also tells another outcome (`without_cleft_head`).
- What the caller has now, said as a pseudo-cleft: "Was Sie jetzt haben, ist ein Termin am
  Freitag um zehn", "What you've got now is Friday at ten with Fabian": the booking of what it
  names (`had_now`); so what is in the book for the caller (claims78): "Was für Sie drinsteht,
  ist Freitag um zehn", "What's down for you is Friday at ten"; a slot named free for the caller
  so is offered (`free_named`: "Was für Sie noch frei wäre, ist Samstag um elf"); the day said
  first (blind 36, claims82): "Freitag um zehn ist, was Sie haben", "Friday at ten is what you've
  got". Not: questions, negations, conditions.
- The speaker's own act said as a pseudo-cleft (blind 36, claims82): "Was ich gemacht habe, ist,
  Ihren Termin zu stornieren", "Was ich für Sie tun konnte, war, den Platz zu reservieren", "What
  I've done is hold it", "All I could do was hold the slot": the act in the focus, done
  (`act_clefted`: HELD, CANCELLED, RESCHEDULED or BOOKED by its verb). Not what the speaker can
  or will do ("Was ich tun kann, ist …", "What I can do is hold it": an offer).
- The booking named as what is still missing (blind 36, claims82): "Was noch fehlt, ist die
  Buchung selbst", "What hasn't happened yet is the booking": NOT_BOOKED (convention 5)
  (`booking_missing`). Not: another thing missing ("Was noch fehlt, ist Ihr Name").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.sentence_claims import claims_where

_CLEFT = lazy(
    r"^\W*it(?:'s|\s+is|\s+was)\s+(?:your|the)\s+[^.!?]*?\s+that\s+(?:i|we)(?:'ve|\s+have|\s+had)?"
    r"\s+(?:just\s+)?(?:cancell?ed|called\s+off|moved|rescheduled|shifted|dropped)\b"
)
_OTHER_OUTCOMES = frozenset({ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE})


def without_cleft_head(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read in a cleft's head (see above)."""
    if not any(c.kind in _OTHER_OUTCOMES for c in claims):
        return claims
    folded = fold(sentence)
    m = _CLEFT.search(folded.text)
    if m is None:
        return claims
    head_end = folded.span(0, m.start() + m.group().rfind(" that ") + 1)[1]
    return tuple(c for c in claims if not (c.kind is ClaimKind.BOOKED and c.end <= head_end))


_HAD_NOW = lazy(
    r"^\W*(?:was\s+sie\s+(?:jetzt|nun|aktuell)\s+(?:bei\s+uns\s+)?haben\s*,?\s+ist|"
    r"what\s+you(?:'ve\s+got|\s+have(?:\s+got)?)(?:\s+now)?\s+is|"
    r"was\s+(?:bei\s+uns\s+|jetzt\s+|nun\s+)*für\s+sie\s+(?:jetzt\s+|nun\s+)?eingetragen\s+ist\s*$|"
    # probe 30 (claims78): what is in the book for the caller ("Was für Sie drinsteht, ist …",
    # "Was bei uns für Sie eingetragen ist, ist …", "What's down for you is …")
    r"was\s+(?:bei\s+uns\s+|jetzt\s+|nun\s+)*für\s+sie\s+(?:jetzt\s+|nun\s+)?(?:drinsteht|"
    r"drin\s+steht|eingetragen\s+ist|gebucht\s+ist|im\s+kalender\s+steht|steht)\s*,?\s+ist|"
    r"what(?:'s|\s+is)\s+(?:now\s+)?(?:down|in|booked|in\s+the\s+(?:book|diary|calendar|system))\s+"
    r"for\s+you(?:\s+now)?\s+is)\s+[^.!?]*\b(?:termin|appointment|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)\b"
)


def had_now(sentence: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED for what the caller is said to have now in a pseudo-cleft (see above)."""
    return claims_where(sentence, _HAD_NOW, ClaimKind.BOOKED, names)


# a slot named free for the caller as a pseudo-cleft (probe 30c, claims78): "Was für Sie noch
# frei wäre, ist Samstag um elf", "What's still open for you is Friday at ten": the slot offered
_FREE_FOR_YOU = lazy(
    r"^\W*(?:was\s+(?:bei\s+uns\s+)?für\s+sie\s+(?:noch\s+|jetzt\s+|aber\s+)*(?:frei|offen|möglich|"
    r"verfügbar)\s+(?:wäre|ist|bleibt)\s*,?\s+ist|"
    r"what(?:'s|\s+is|\s+would\s+be)\s+(?:still\s+)?(?:free|open|available)\s+for\s+you\s+(?:is|would\s+be))"
    r"\s+[^.!?]*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|um|at)\b"
)


def free_named(sentence: str, names: Names) -> tuple[Claim, ...]:
    """AVAILABLE for the slot a pseudo-cleft names free for the caller (see above)."""
    return claims_where(sentence, _FREE_FOR_YOU, ClaimKind.AVAILABLE, names)


# the day first, the pseudo-cleft after it (blind 36): "Freitag um zehn ist, was Sie haben"
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
_HAD_AFTER = lazy(
    rf"^\W*(?:der\s+|am\s+|on\s+)?{_DAY}\b[^.!?]*?\s+(?:ist\s*,?\s+(?:das\s*,?\s+)?was\s+"
    r"(?:sie\s+(?:jetzt\s+|nun\s+)?haben|für\s+sie\s+(?:eingetragen|gebucht)\s+ist)|"
    r"is\s+what\s+you(?:'ve\s+got|\s+have(?:\s+got)?))\b"
)


def had_named_first(sentence: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED for the day said first, the pseudo-cleft of what the caller has after it."""
    return claims_where(sentence, _HAD_AFTER, ClaimKind.BOOKED, names)


# the speaker's act done, said as a pseudo-cleft: the head, then the act's verb in the focus (a
# German infinitive with "zu" anywhere in it, an English verb first; "reserve" may be read back
# as "reserved")
_HEAD_DE = (
    r"^\W*(?:was|alles,?\s+was)\s+ich\s+(?:für\s+sie\s+|da\s+|jetzt\s+)*(?:gemacht\s+habe|"
    r"getan\s+habe|tun\s+konnte|machen\s+konnte)\s*[,:]?\s+(?:ist|war)\s*[,:]?\s+[^.!?]*?\b"
)
_HEAD_EN = (
    r"^\W*(?:what|all)\s+i(?:'ve|\s+have)?\s+(?:(?:just\s+)?done|did|could\s+do|"
    r"managed(?:\s+to\s+do)?|was\s+able\s+to\s+do)\s+(?:for\s+you\s+)?(?:is|was)\s+(?:to\s+)?"
)
_ACTS = (
    (
        ClaimKind.HELD,
        r"(?:freizuhalten|zu\s+reservieren|zu\s+blockieren|vorzumerken|festzuhalten)",
        r"(?:hold|held|reserved?|put\s+(?:it|you|the\s+\w+)\s+on\s+hold|keep\s+\w+\s+free|blocked?)",
    ),
    (
        ClaimKind.CANCELLED,
        r"(?:zu\s+stornieren|abzusagen)",
        r"(?:cancell?e?d?|call(?:ed)?\s+\w+\s+off)",
    ),
    (
        ClaimKind.RESCHEDULED,
        r"(?:zu\s+verlegen|zu\s+verschieben|umzulegen)",
        r"(?:moved?|shift(?:ed)?|rescheduled?)",
    ),
    (ClaimKind.BOOKED, r"(?:einzutragen|zu\s+buchen|einzubuchen)", r"(?:book(?:ed)?)"),
)
_ACT_CLEFTS = tuple((kind, lazy(rf"{_HEAD_DE}{de}\b|{_HEAD_EN}{en}\b")) for kind, de, en in _ACTS)


# the head alone before a colon, the act told after it (blind 36, claims83): "Was ich gemacht
# habe: ich habe ihn für Sie reserviert", "What I did: I held it": the head is no act of its own
_HEAD_COLON = lazy(
    r"^\W*(?:(?:was|alles,?\s+was)\s+ich\s+(?:für\s+sie\s+|da\s+|jetzt\s+)*(?:gemacht|getan)\s+"
    r"habe|(?:what|all)\s+i(?:'ve|\s+have)?\s+(?:just\s+)?(?:done|did))\s*:"
)


def act_clefted(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the speaker's act done, said as a pseudo-cleft (see above); a booking the
    other readers found in the head ("was ich tun konnte") is no claim of its own, nor a deed
    read in a head said alone before a colon."""
    folded = fold(sentence)
    m = _HEAD_COLON.search(folded.text)
    if m is not None:
        colon = folded.span(0, m.end())[1]
        claims = tuple(c for c in claims if not (c.kind is ClaimKind.DONE and c.end <= colon))
    for kind, pattern in _ACT_CLEFTS:
        found = claims_where(sentence, pattern, kind, names)
        if found:
            return (*(c for c in claims if c.kind is not ClaimKind.BOOKED), *found)
    return claims


# the booking named as what is still missing: a denial, read with its negation
_BOOKING_MISSING = lazy(
    r"^\W*(?:was\s+(?:jetzt\s+)?noch\s+(?:fehlt|aussteht|offen\s+ist)|"
    r"what(?:'s|\s+is)\s+(?:still\s+)?(?:missing|outstanding|pending)|"
    r"what\s+(?:hasn't|has\s+not)\s+(?:happened|been\s+done)\s+yet|"
    r"the\s+(?:one|only)\s+thing\s+(?:that's\s+|that\s+is\s+)?(?:not\s+done\s+yet|(?:still\s+)?missing))"
    r"\s*,?\s+(?:is|ist)\s+(?:die|the)\s+(?:eigentliche\s+|actual\s+|feste\s+|real\s+)?"
    r"(?:buchung|booking)(?:\s+(?:selbst|itself))?\s*[.!]?\s*$"
)


def booking_missing(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with NOT_BOOKED where the booking is named as what is still missing (see above),
    and without the booking the noun "Buchung" was read as."""
    found = claims_where(sentence, _BOOKING_MISSING, ClaimKind.NOT_BOOKED, names, stated_only=False)
    if not found:
        return claims
    return (*(c for c in claims if c.kind is not ClaimKind.BOOKED), *found)


# blind 36 (claims83): the outcome in the head of a pseudo-cleft, the appointment or its day in the
# focus: "Was feststeht, ist Ihr Termin", "Was storniert wurde, ist der Donnerstag", "Was ich
# storniert habe, ist Ihr Freitagstermin", "What's gone is the Friday booking", "What's settled now
# is your appointment". The outcome is said of what the focus names (14): its day is the claim's,
# and the focus is no booking of its own. Not: a negated head ("Was nicht storniert ist, …": the
# reader's denial), a question, a condition, a focus that names no appointment or day.
_OUTCOME_HEAD_DE = (
    r"^\W*was\s+(?:(?:ich|wir)\s+)?(?:für\s+sie\s+|jetzt\s+|nun\s+|heute\s+|schon\s+)*"
)
_OUTCOME_HEAD_EN = (
    r"^\W*what(?:'s|\s+is|\s+was|\s+got|(?:'s|\s+has|\s+was)\s+been|\s+(?:i|we)(?:'ve|\s+have)?)\s+"
    r"(?:just\s+|now\s+|already\s+)?"
)
_FOCUS_DE = (
    r"\s*,?\s+(?:ist|war)\s+(?:ihr|ihre|der|die)\s+(?:[a-zäöüß-]+\s+){0,3}?"
    r"(?:[a-zäöüß]*termin|buchung|montag|dienstag|mittwoch|donnerstag|freitag|samstag)\b"
    r"(?:\s+(?:am|um|bei)\s+[a-zäöüß0-9]+)*\s*(?:[.!–-]|$)"
)
_FOCUS_EN = (
    r"\s+(?:now\s+)?(?:is|was)\s+(?:your|the)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?:appointment|booking|visit|monday|tuesday|wednesday|thursday|friday|saturday)\b"
    r"(?:\s+(?:on|at|with)\s+[a-z0-9]+)*\s*(?:[.!–-]|$)"
)
_OUTCOME_VERBS = (
    (
        ClaimKind.CANCELLED,
        r"(?:(?:storniert|abgesagt|gestrichen|gecancelt)\s+(?:ist|wurde|worden\s+ist|habe|haben)|"
        r"weggefallen\s+ist|wegfällt|ausfällt)",
        r"(?:cancell?ed|called\s+off|gone|dropped|scrapped)(?:\s+now)?",
    ),
    (
        ClaimKind.BOOKED,
        r"(?:feststeht|fest\s+steht|(?:jetzt\s+)?(?:fest|sicher|fix)\s+ist|"
        r"(?:gebucht|eingetragen)\s+(?:ist|wurde|worden\s+ist|habe|haben))",
        r"(?:settled|confirmed|booked|fixed|locked\s+in|certain)(?:\s+now)?",
    ),
)
_OUTCOME_CLEFTS = tuple(
    (kind, lazy(rf"{_OUTCOME_HEAD_DE}{de}{_FOCUS_DE}|{_OUTCOME_HEAD_EN}{en}{_FOCUS_EN}"))
    for kind, de, en in _OUTCOME_VERBS
)
_READ_IN_CLEFT = frozenset({ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.GONE})


def outcome_clefted(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the outcome a pseudo-cleft's head tells of what its focus names (see above),
    in place of what the readers found in the head and the focus apart."""
    for kind, pattern in _OUTCOME_CLEFTS:
        found = claims_where(sentence, pattern, kind, names)
        if found:
            inside = [(c.start, c.end) for c in found]
            kept = tuple(
                c
                for c in claims
                if c.kind not in _READ_IN_CLEFT
                or not any(s <= c.start and c.end <= e for s, e in inside)
            )
            return (*kept, *found)
    return claims
