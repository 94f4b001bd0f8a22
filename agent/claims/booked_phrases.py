"""A booking or cancellation stated in phrases the clause readers do not know.

- presupposed by an attribute, also inside a question: "your confirmed Friday ten o'clock perm",
  "Friday's confirmed ten o'clock", "your cancelled Friday at ten", "den fest gebuchten Freitag
  um zehn", "den abgesagten Freitag um zehn" (a day named right after the participle: "the
  cancelled slot" may be anyone's);
- stated inside what someone is told or knows: "I'll let Fabian know that you're confirmed for
  Friday at ten", "Fabian already knows he has you on Friday at ten";
- colloquial: "You're in with Fabian" (blind 37), "Friday at ten is a go", "Your Friday ten a.m. is in", "No need to book again, you're already in", "You're golden for Friday at ten", "Friday at ten is
  yours", "I confirm: Friday at ten", "Erlauben Sie mir zu bestätigen: Freitag, zehn Uhr",
  "Jetzt haben Sie's schriftlich: Freitag, zehn Uhr".

Correction (`with_topic`): a success said of a day and time named before it ("Friday at ten?
Sorted.", "Freitag um zehn? Erledigt, ist drin.", "Friday ten o'clock, done and dusted",
"Friday at ten – that's a wrap, you're in") or in a sentence naming one day and time and no
cancellation or move ("Appointment: 28/11/2025, 10:00 – confirmed", "Freitag, zehn Uhr, bei
Fabian – das hat geklappt") is that appointment's booking, with its details.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CONDITION
from agent.claims.spans import sentence_spans
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
# a weekday and the time said after it: "Friday ten o'clock", "Freitag um zehn"
_AT = r"(?:\s+(?:um\s+|at\s+)?[\w:.]+(?:\s+(?:uhr|o'clock|am|pm|a\.m\.|p\.m\.))?)?"
_DAY_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*"
_THE_DE = r"(?:den|dem|der|zum|beim|vom|am|ihren|ihrem|ihr|ihre)"

# "yours" of a slot the speaker holds is the hold's (blind 42, claims104: "Friday at ten, which
# I'm holding for you, is yours for ten more minutes"; read by `held_words`)
_NOT_STATED_OR_HELD = lazy(
    r"\b(?:nicht|kein\w*|nichts|nie|niemals|wenn|falls|ob|sofern|leider|not|no|nothing|never|"
    r"if|whether|unless|unfortunately|holding|keeping|reserved|held|hold)\b|n't\b"
)

RULES = (
    # blind 37 (claims86): "Yay, you're in with Fabian!": put in with a stylist, no day named
    Rule(
        "en",
        K.BOOKED,
        lazy(r"in with"),
        lazy(
            r"\byou're\s+(?:all\s+|now\s+)?in\s+with\s+"
            r"(?!(?:us|a|an|the|luck|your|my|him|her|them|me)\b)\w+"
        ),
        unless=CONDITION,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"confirmed|booked"),
        lazy(
            rf"\byour\s+(?:\w+\s+)?(?:confirmed|booked)\s+(?:\w+\s+){{0,2}}?{_DAY_EN}\b{_AT}|"
            rf"\b{_DAY_EN}'s\s+(?:confirmed|booked){_AT}"
        ),
        unless=CONDITION,
        questions=True,
        placed=True,
        own_details=True,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"cancell?ed"),
        lazy(
            rf"\byour\s+(?:\w+\s+)?cancell?ed\s+(?:\w+\s+){{0,2}}?{_DAY_EN}\b{_AT}|"
            rf"\b{_DAY_EN}'s\s+cancell?ed{_AT}"
        ),
        unless=CONDITION,
        questions=True,
        placed=True,
        own_details=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"gebucht|bestätigt|eingetragen"),
        lazy(
            rf"\b{_THE_DE}\s+(?:fest\s+|verbindlich\s+|schon\s+|bereits\s+)?(?:gebucht|bestätigt|"
            rf"eingetragen)e[nmrs]?\s+{_DAY_DE}\b{_AT}"
        ),
        unless=CONDITION,
        questions=True,
        placed=True,
        own_details=True,
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"abgesagt|storniert|gestrichen"),
        lazy(
            rf"\b{_THE_DE}\s+(?:schon\s+|bereits\s+)?(?:abgesagt|storniert|gestrichen)e[nmrs]?\s+"
            rf"{_DAY_DE}\b{_AT}"
        ),
        unless=CONDITION,
        questions=True,
        placed=True,
        own_details=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"know|tell|told|inform"),
        lazy(
            r"\b(?:let\s+\w+\s+know|tell\s+\w+|told\s+\w+|inform\s+\w+|knows?)\s+(?:that\s+)?"
            r"(?:you're|you\s+are|you've\s+been)\s+(?:now\s+|all\s+)?(?:confirmed|booked)\b|"
            r"\bknows?\s+(?:that\s+)?(?:he|she|they)\s+(?:has|have|'s\s+got|has\s+got)\s+you\s+"
            r"(?:down\s+|in\s+)?(?:on|for)\b"
        ),
        placed=True,
    ),
    Rule(  # "Your Friday ten a.m. is in", "No need to book again, you're already in", "Friday at ten's in, …"
        "en",
        K.BOOKED,
        lazy(r"(?:\bis|'s)\s+in\b"),
        lazy(
            rf"\b(?:your\s+(?:\w+\s+){{0,2}}?)?{_DAY_EN}\b{_AT}(?:\s+with\s+\w+)?(?:\s+is|'s)\s+"
            r"(?:now\s+|all\s+|definitely\s+)?in(?=\s*(?:[,.!;:–—-]|$))"
        ),
        unless=NOT_STATED,
        placed=True,
    ),
    Rule(  # "You're in a week from Friday at ten" (probe 37b, claims92): the weekday counted a
        # week on (convention 562), not "in a week" from now
        "en",
        K.BOOKED,
        lazy(r"\bin\s+a\s+week\s+(?:from|on)\b"),
        lazy(rf"\byou(?:'re|\s+are)\s+(?:now\s+|all\s+)?in\s+a\s+week\s+(?:from|on)\s+{_DAY_EN}\b"),
        unless=NOT_STATED,
    ),
    Rule(  # blind 44 (claims109): "No, you're with Mehmet.", "Nein, Sie sind bei Fabian.": the caller
        # put with a stylist, said alone (a correction of the stylist the caller named)
        "",
        K.BOOKED,
        lazy(r"\bwith\s|\bbeim?\s"),
        lazy(
            r"^\W*(?:(?:no|nope|yes|yeah|so|right|actually|nein|nee|ja|also|genau)\W+)*"
            r"(?:you(?:'re|\s+are)\s+(?:now\s+|still\s+|actually\s+)?with|sie\s+sind\s+"
            r"(?:jetzt\s+|weiterhin\s+|eigentlich\s+)?beim?)\s+(?!(?:us|me|him|her|them|uns|mir|ihm|ihr|"
            r"ihnen)\b)[\w']+\W*$"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|wenn|falls|ob|not|if|whether|unless)\b|n't\b"),
    ),
    Rule(  # blind 44 (claims109): "That one's in as well.", "It's still in, too.": the appointment
        # pointed to, said in (the answer about the caller's other appointment)
        "en",
        K.BOOKED,
        lazy(r"(?:'s|\bis)\s+(?:still\s+|also\s+)?in\b"),
        lazy(
            r"^\W*(?:(?:yes|yeah|yep|and|oh)\W+)?(?:that(?:\s+one)?|it)(?:'s|\s+is)\s+"
            r"(?:still\s+|also\s+)?in(?:\s*,?\s*(?:as\s+well|too))?\W*$"
        ),
        unless=NOT_STATED,
    ),
    Rule(  # "No need to book again, you're already in": the clause, not the need denied;
        # claims106: "I've noticed your booking is already in" (the caller's booking seen in)
        "en",
        K.BOOKED,
        lazy(r"(?:already|now|all|definitely|still)\s+in\b"),
        lazy(
            r"\b(?:you(?:'re|\s+are)|your\s+(?:booking|appointment)(?:'s|\s+is))\s+"
            r"(?:already|now|all|definitely|still)\s+in(?=\s*(?:[,.!;:–—-]|$))"
        ),
        unless=NOT_STATED,
        clause=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\ba\s+go\b|golden|yours|confirm\s*:"),
        lazy(
            r"\b(?:is|'s)\s+a\s+go\b|\byou(?:'re|\s+are)\s+golden\b|\b(?:is|'s)\s+(?:all\s+)?yours\b|"
            r"^\W*i\s+(?:hereby\s+)?confirm\s*:"
        ),
        unless=_NOT_STATED_OR_HELD,
        placed=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"bestätigen\s*:|bestätige\s*:|schriftlich\s*:"),
        lazy(
            r"\b(?:zu\s+bestätigen|bestätige\s+(?:ich\s+)?(?:ihnen\s+)?(?:gern\w*\s+)?)\s*:|"
            r"\bhaben\s+sie(?:'s|\s+es)\s+(?:\w+\s+)?schriftlich\s*:"
        ),
        unless=NOT_STATED,
        placed=True,
    ),
)

# a topic: a day and time alone before a "?", ",", ":", dash or "ist" that opens the sentence
_TOPIC = lazy(r"^\W*([^?,:–—-]{3,40}?)(?:\s*(?:\?|,|:|–|—|-)|\s+(?:ist|is)\s)")
_SUCCESS = lazy(
    r"\b(?:sorted|done|dusted|sealed|wrap|you're\s+in|erledigt|drin|fix|eingetütet|geritzt|klar\s+gemacht|"
    r"gebongt|geklärt|gricht)\b"
)
_NOT_A_BOOKING = lazy(
    r"storn|absag|abgesagt|cancel|verschob|verschieb|verleg|moved|weg\b|raus\b|frei\b|free\b|"
    r"gone|nicht|kein|not|n't|\bno\b"
)
# a status line: the slot, then a dash and its state ("Friday 29/11/2025, 10:00 – confirmed")
_STATUS_LINE = lazy(r"\s[–—-]\s*(?:confirmed|booked|bestätigt|gebucht)\b")
_CONFIRMED = lazy(r"\b(?:confirmed|bestätigt|geklappt|worked|approved)\b")


def _one_slot(d: Details) -> bool:
    """One day and one time named (not a choice of two)."""
    days = len(d.weekdays) + len(d.days) + len(d.relative_days)
    return 1 <= len(d.weekdays | d.days | d.relative_days) and len(d.times) == 1 and days <= 2


_VERB_LIKE = lazy(r"\b(?:ist|sind|habe|hat|is|are|has|have|was|wurde|i|ich|sie|you)\b")


def with_topic(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a bare success said of a named day and time read as its booking."""
    bare = [c for c in claims if c.kind in (K.DONE, K.BOOKED)]
    if not bare:
        return claims
    folded = fold(sentence)
    text = folded.text
    if _NOT_A_BOOKING.search(text) or not (_SUCCESS.search(text) or _CONFIRMED.search(text)):
        return claims
    spans = sentence_spans(text)
    out = list(claims)
    for i, (s, e) in enumerate(spans):
        if any(c.kind in (K.DONE, K.BOOKED) for c in out):
            # a success in a sentence that names one day and time: "Appointment: 28/11/2025,
            # 10:00 – confirmed", "Freitag, zehn Uhr, bei Fabian – das hat geklappt"
            whole = read_details(text[s:e], names)
            start, end = folded.span(s, e)
            if _one_slot(whole):
                line = _STATUS_LINE.search(text, s, e) is not None
                for j, c in enumerate(out):
                    if start <= c.start < end and (
                        c.kind is K.DONE or (line and c.kind is K.BOOKED)
                    ):
                        d = ClaimDetails(((Role.ANY, whole),))  # the line names it all
                        out[j] = Claim(K.BOOKED, c.start, c.end, d)
        if not _SUCCESS.search(text, s, e) and not text[s:e].rstrip().endswith("?"):
            continue
        topic = _TOPIC.match(text, s, e)
        if topic is None or _VERB_LIKE.search(topic.group(1)):
            continue
        details = read_details(topic.group(1), names)
        if not (details.weekdays or details.days or details.relative_days) or not details.times:
            continue
        # the success: the rest of this sentence, or the next one after a "Friday at ten?"
        a, b = s, e
        if text[s:e].rstrip().endswith("?") and i + 1 < len(spans):
            b = spans[i + 1][1]
        start, end = folded.span(a, b)
        for j, c in enumerate(out):
            if c.kind in (K.DONE, K.BOOKED) and start <= c.start < end and c.details.empty:
                out[j] = Claim(K.BOOKED, c.start, c.end, ClaimDetails(((Role.ANY, details),)))
            elif c.kind is K.DONE and start <= c.start < end:
                out[j] = Claim(K.BOOKED, c.start, c.end, c.details)
    return tuple(out)
