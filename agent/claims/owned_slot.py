"""A booking said as the slot recorded in the caller's name or owned by the caller, in words
`recorded_words.py` and `possessed_slot.py` do not list: "Freitag um zehn läuft jetzt auf Sie",
"ist mit Ihrem Namen belegt", "steht unter Ihrem Namen", "Sie sind jetzt Inhaberin des
Termins", "haben Sie in der Tasche", "kann Ihnen keiner mehr nehmen", "da kommt keiner mehr
ran"; "recorded/logged against your name", "your name's against the ten o'clock", "locked in
under your name", "You're on the sheet for Friday", "I've popped you into Fabian's column",
"You've bagged/snagged the Friday ten o'clock".
Vaguer wordings ("läuft auf Sie", "locked in") only where the clause names a day and a time,
"ist Ihrer", "keiner mehr", "bagged" where the sentence names a day. Not: questions, conditions, negations (but "keiner mehr" is the claim), a
waiting list.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS, ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
_CONDITION = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|if|whether|once|unless|would|could|würde|könnte|soll|"
    r"shall|should|let's|lass|lassen)\b|\bnicht\b|n't\b|\bnot\b|\bnever\b|\bnie\b"
)
# the vaguer wordings need a day named in the sentence (the detail reader may miss a bare hour)
# (anchored at a line start, "(?m)^": a match exists exactly where one exists unanchored, since
# ".*" stops at a line end either way, and is found in one pass instead of one lookahead per
# position; the rules use whether a match exists, not where)
_DAY = (
    r"(?m)^(?=.*\b(?:"
    + "|".join(WEEKDAYS)
    + r"|morgen|übermorgen|tomorrow|today|heute|uhr|o'clock|"
    r"a\.m|p\.m)\b)"
)
# conditions and a hold's words, not negation ("Keine Angst", "Don't worry" open the comfort)
_KEPT_UNLESS = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|solange|reserv\w*|vorgemerkt|gehalten|minuten|if|whether|"
    r"once|unless|would|while|held|hold|reserved|minutes)\b|\?"
)
_UNLESS = lazy(NOT_STATED.pattern + r"|" + _CONDITION.pattern + r"|wait|warte|standby")

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:auf|unter|mit)\s+(?:sie|ihnen|ihren|ihrem)\b"),
        lazy(
            r"\b(?:läuft|steht|ist)\s+(?:\w+\s+){0,2}(?:auf|unter)\s+(?:sie\b|ihnen\b|ihren\s+"
            r"namen\b|ihrem\s+namen\b)|\b(?:mit|auf)\s+(?:ihrem\s+namen|ihnen|sie)\s+belegt\b"
        ),
        unless=_UNLESS,
        clause=True,
        placed=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"inhaber|besitzer|tasche|gehört"),
        lazy(
            r"\b(?:inhaber|besitzer)\w*\s+(?:des|eines|von\s+einem|vom)\s+(?:\w+\s+)?termin\w*|"
            # blind 33 (claims73): modal particles between ("haben Sie ja schon sicher in der Tasche")
            r"\bhaben\s+sie\s+(?:(?:jetzt|nun|ja|doch|eh|schon|sowieso|halt|eben)\s+)*(?:sicher\s+)?"
            r"in\s+der\s+tasche\b|"
            r"\bgehört\s+(?:jetzt|nun|ab\s+jetzt)\s+ihnen\b(?![^.!?]*\b(?:minuten|vorerst|vorläufig|"
            r"nächsten|solange)\b)"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:keiner|niemand|keener)\s+mehr\b|\bist?\s+(?:jetzt\s+)?ihrer\b"),
        lazy(
            _DAY
            + r".*?(?:\b(?:kann|wird|darf)\s+ihnen\s+(?:\w+\s+){0,2}(?:keiner|niemand)\s+mehr\s+"
            r"(?:weg)?nehmen\b|\bnimmt\s+ihnen\s+(?:\w+\s+)?(?:keiner|niemand)\s+mehr\s+weg\b|"
            r"\bkommt\s+(?:keiner|niemand|keener)\s+mehr\s+(?:ran|dran)\b|"
            r"\bist?\s+(?:jetzt\s+)?ihrer\b)"
        ),
        unless=lazy(_CONDITION.pattern.replace(r"|\bnicht\b", "")),
    ),
    # blind 38 (claims87): the appointment itself named as what nobody can take any more ("Den
    # Termin nimmt Ihnen keiner mehr weg", "Nobody can take that appointment from you now"): the
    # over-reassurance of issue 9, a booking though no day is named; not a hold's comfort
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:keiner|niemand)\s+mehr\b"),
        lazy(
            r"\b(?:den|ihren|diesen)\s+termin\b[^.!?;:]*?\b(?:keiner|niemand)\s+mehr\s+"
            r"(?:weg\b|wegnehmen\b|nehmen\b|wegschnappen\b|streitig\s+machen\b)"
        ),
        unless=_KEPT_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:nobody|no\s+one|no-one)\b"),
        lazy(
            r"\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:can|will|is\s+going\s+to)\s+"
            r"(?:\w+\s+)?(?:take|snatch|steal|grab)\s+(?:that|this|the|your)\s+appointment\s+"
            r"(?:away\s+)?from\s+you\s+(?:now|anymore|any\s+more)\b"
        ),
        unless=_KEPT_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"against|under\s+your\s+name"),
        lazy(
            r"\b(?:recorded|logged|entered|noted|written|down|booked|locked\s+in|pinned\s+down)\s+"
            r"(?:against|under)\s+your\s+name\b|\byour\s+name(?:'s|\s+is)\s+(?:now\s+)?"
            r"(?:down\s+)?against\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"locked|pinned|nailed"),
        lazy(
            r"\b(?:is|'s|has\s+been|have\s+been|are|'re)\s+(?:now\s+|all\s+)?(?:locked|pinned|"
            r"nailed)\s+(?:in|down)\b"
        ),
        unless=_UNLESS,
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"sheet|column|rota|popped|slotted"),
        lazy(
            r"\byou(?:'re|\s+are)\s+(?:now\s+)?on\s+(?:the\s+|our\s+)?(?:\w+(?:'s)?\s+)?"
            r"(?:sheet|column|rota)\b|\b(?:popped|slotted)\s+you\s+(?:in|into)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"bagged|snagged|grabbed|nabbed|landed|scored"),
        lazy(
            _DAY
            + r".*?\byou(?:'ve|\s+have)\s+(?:just\s+|now\s+)?(?:bagged|snagged|grabbed|nabbed|landed|"
            r"scored)\s+(?:yourself\s+)?(?:the|a|\w+'s)\b"
        ),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}


def owned_slots(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The bookings `sentence` states as a slot recorded in the caller's name or owned."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    if not claims:
        return ()
    # the day after "a.m." ("Fabian's ten a.m. on Friday") is cut off as another sentence
    whole = read_details(fold(sentence).text, names)
    out = []
    for c in claims:
        d = c.details.parts[0][1] if c.details.parts else None
        if d is not None and not (d.weekdays or d.days or d.relative_days) and whole.weekdays:
            c = Claim(c.kind, c.start, c.end, ClaimDetails(((Role.ANY, whole),)))
        out.append(c)
    return tuple(out)
