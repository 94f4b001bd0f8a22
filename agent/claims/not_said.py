"""Claims read in words that state nothing about the caller's appointment, dropped:

- a report the speaker doubts: "Your husband apparently cancelled, but I can't see that here",
  "The website says 'booking confirmed', but that's just a sample page", "Laut Ihrer E-Mail
  wurde der Termin verschoben, das kann ich aber nicht sehen" (a report alone is left to the
  reader: "Apparently …, but you're booked" still states the booking);
- another client's appointment or a stylist's full day: "Die Dame vor Ihnen hat den Freitag um
  neun genommen", "Mr Miller moved his appointment to Monday", "Mrs Schulz is confirmed for
  Thursday, not you", "Mehmet hat heute keinen freien Platz mehr";
- what nearly happened or was only thought: "Beinahe wäre die Buchung durchgegangen", "Ohne den
  Fehler wären Sie jetzt eingetragen", "I almost booked it, but …", "I thought it was already
  confirmed, but …";
- a note of what the caller prefers: the record verb's object is the "that" clause ("I've noted
  that you'd like Fabian", "Ich habe festgehalten, dass Sie lieber vormittags kommen"); the
  clause itself is read as usual;
- an act under way: "Ich bin gerade dabei, die Stornierung abzuschicken";
- the caller told to call the salon (no callback promised, no visit presupposed): "…, bitte rufen
  Sie den Salon an"; the time to allow for a visit: "Set aside about two hours for the colour";
- idioms: "Fest steht: Locken sind im Trend" (naming no appointment), "that's confirmed by every
  magazine";
- a denial by place: "Nein, vorgemerkt habe ich Sie nirgendwo".

Each rule's pattern runs only when its trigger word is in the folded sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE
from agent.claims.spans import sentence_spans

K = ClaimKind
_STATES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.HELD})
_RECORDED = frozenset({K.BOOKED, K.HELD, K.DONE})

# one cheap test for every rule below
_TRIGGER = lazy(
    r"apparent|suppos|alleged|according|says|said|shows|angeblich|anscheinend|laut\b|"
    r"dame|herr|frau|kund|\bmann\b|lady|gentleman|\bman\b|woman|client|customer|person|"
    r"\bmrs?\b|\bms\b|\bmiss\b|freie|no\s+(?:free|open)|"
    r"beinahe|\bfast\b|haar\b|\bohne\b|almost|nearly|thought|assumed|believed|figured|dachte|"
    r"gedacht|nahm\s+an|davon\s+aus|"
    r"(?:recorded|noted|down|note|logged|festgehalten|notiert|vermerkt|aufgeschrieben|hinterlegt)"
    r"\s*,?\s+(?:that|dass)\b|"
    r"dabei|middle|process|rufen\s+sie|(?:call|ring|phone)\s+(?:the\s+salon|us)\b|aside|"
    r"steht\s+fest|fest\s+steht|feststeht|confirmed\s+by|bestätigt\s+(?:\w+\s+)?(?:jede|alle)|"
    r"nirgend|nowhere"
)

_REPORT = lazy(
    r"\b(?:apparently|supposedly|allegedly|according\s+to|angeblich|anscheinend|"
    r"laut\s+(?:ihre[mr]?|der|dem|des)|"
    r"(?:website|site|app|e-?mail|text|message|letter|system|screen|page|nachricht|sms|"
    r"webseite|seite)\s+(?:says|said|shows|showed|sagt|zeigt))\b"
)
_DOUBT = lazy(
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:\w+\s+)?(?:see|find|verify|confirm|check)\b|"
    r"\b(?:just|only)\s+an?\s+(?:sample|test|demo|example|dummy|mock)|"
    r"\b(?:kann|konnte)\s+ich\s+(?:\w+\s+){0,3}(?:nicht|nirgends)\s+(?:sehen|finden|bestätigen|"
    r"prüfen|nachvollziehen)\b|\bsehe\s+ich\s+(?:\w+\s+){0,2}nicht\b|"
    r"\bnur\s+eine?\s+(?:beispiel|test|muster|demo)\w*"
)
# another client: someone placed before or after the caller, with an appointment of his own
# or "not you" ("The lady before you took Friday at nine"), or named with a title that is not a
# stylist's ("Mr Miller moved his appointment"; "Herr Spitzer erwartet Sie" is the stylist)
_OTHER_PERSON = lazy(
    r"^\W*(?:die|der|eine?|the|a|another)\s+(?:andere\s+|other\s+)?(?:dame|herr|frau|kundin|kunde|"
    r"mann|lady|gentleman|man|woman|client|customer|person)\s+(?:vor|nach|before|after)\s+"
    r"(?:ihnen|you)\b"
)
_TITLED = lazy(r"^\W*(?:herr|frau|mr|mrs|ms|miss)\.?\s+([a-zäöüß-]+)\s+(?!und\b|and\b)[a-zäöüß]")
_THEIR_OWN = lazy(
    r"\b(?:seinen|seine|seinem|his|her)\s+(?:\w+\s+)?(?:termin|appointment|booking|buchung)\b|"
    r"\bnot\s+you\b|\bnicht\s+sie\b"
)
_NO_FREE_PLACE = lazy(
    r"\bkeine[nr]?\s+(?:\w+\s+)?freie[nr]?\s+(?:platz|plätze|termine?|slots?)\b|"
    r"\bno\s+(?:free|open)\s+(?:slots?|space|spots?|openings?)\b"
)
_NEARLY = lazy(
    r"\b(?:beinahe|fast|um\s+ein\s+haar)\b[^,;:.!?]*\b(?:wäre|wären|hätte|hätten|würde)\b|"
    r"\b(?:wäre|wären|hätte|hätten|würde)\b[^,;:.!?]*\b(?:beinahe|fast|um\s+ein\s+haar)\b|"
    r"^\W*ohne\b[^,;:.!?]*\b(?:wäre|wären|hätte|hätten|würde|würden)\b|"
    r"\b(?:almost|nearly)\s+(?:\w+\s+)?(?:booked|cancell?ed|confirmed|moved|reserved|put|had|got|"
    r"went)\b"
)
_THOUGHT = lazy(
    r"\b(?:i|we)\s+(?:thought|assumed|believed|figured)\b[^.;!?]*?(?=\bbut\b)|"
    r"\b(?:ich|wir)\s+(?:dachte|dachten|hatte\s+gedacht|nahm\s+an|ging\s+davon\s+aus)\b"
    r"[^.;!?]*?(?=\baber\b)"
)
_RECORD_THAT = lazy(
    r"\b(?:recorded|noted|written\s+down|jotted\s+down|made\s+a\s+note|logged|put\s+down|"
    r"festgehalten|notiert|vermerkt|aufgeschrieben|hinterlegt)\s*,?\s+(?:that|dass)\b"
)
_UNDER_WAY = lazy(
    r"\b(?:bin|sind|ist)\s+(?:\w+\s+){0,2}dabei\s*,|\bin\s+the\s+(?:middle|process)\s+of\b"
)
_CALL_US = lazy(
    r"^\W*(?:(?:dann|bitte|einfach|am\s+besten|gern|gerne|doch)\s+)*rufen\s+sie\b|"
    r"^\W*(?:(?:then|please|just)\s+)*(?:call|ring|phone)\s+(?:the\s+salon|us)\b"
)
# the time a visit takes: "Set aside about two hours for the colour"
_TIME_TO_ALLOW = lazy(
    r"^\W*(?:please\s+|just\s+)?(?:set|put|keep)\s+aside\s+(?:about\s+|around\s+|roughly\s+)?"
    r"(?:\w+\s+)?(?:an?\s+)?(?:hours?|minutes?)\b"
)
_IDIOM_MARKER = lazy(
    r"^\W*(?:fest\s+steht|eins\s+steht\s+fest|so\s*viel\s+steht\s+fest|was\s+feststeht)\s*[:,]"
)
_ANY_CONFIRMS = lazy(
    r"\bconfirmed\s+by\s+(?:every|all|any|each)\b|\bbestätigt\s+(?:\w+\s+)?(?:jede[mnrs]?|alle)\b"
)
_APPOINTMENT_WORD = lazy(r"\b(?:termin\w*|buchung\w*|sie|ihr\w*)\b")
_NOWHERE = lazy(r"\b(?:nirgendwo|nirgends|nowhere)\b")


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for m in CLAUSE_PIECE.finditer(text, start, end):
        yield m.start(), m.end(), m.group()


Spans = list[tuple[int, int, frozenset[ClaimKind]]]
Points = list[tuple[int, frozenset[ClaimKind]]]


def _dropped(text: str, names: Names) -> tuple[Spans, Points]:
    """(start, end, kinds) in folded `text` whose claims of those kinds starting there are
    dropped, and (place, kinds) whose claims of those kinds spanning it are."""
    out: Spans = []
    points: Points = []
    every = _STATES | {K.FOLLOW_UP, K.PENDING}
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        if _REPORT.search(sentence) and _DOUBT.search(sentence):
            out.append((s, e, every))
            continue
        for m in _THOUGHT.finditer(sentence):
            out.append((s + m.start(), s + m.end(), _STATES))
        for m in _RECORD_THAT.finditer(sentence):
            # the claim read from the record verb itself (its span holds the verb)
            points.append((s + m.start(), _RECORDED))
        idiom = _IDIOM_MARKER.match(sentence)
        if idiom and not _APPOINTMENT_WORD.search(sentence, idiom.end()):
            rest = read_details(sentence[idiom.end() :], names)
            if not (
                rest.weekdays or rest.days or rest.relative_days or rest.times or rest.stylists
            ):
                out.append((s, e, _STATES))
        pieces = list(_pieces(text, s, e))
        for i, (a, b, piece) in enumerate(pieces):
            titled = _TITLED.match(piece)
            other = _OTHER_PERSON.match(piece) or (
                titled is not None
                and titled.group(1) not in names.words
                and (_THEIR_OWN.search(piece) or _THEIR_OWN.search(sentence))
            )
            if other or _NEARLY.search(piece) or _ANY_CONFIRMS.search(piece):
                out.append((a, b, _STATES | {K.PENDING}))
            elif _NO_FREE_PLACE.search(piece) or _NOWHERE.search(piece):
                out.append((a, b, _STATES))
            if _CALL_US.match(piece) or _TIME_TO_ALLOW.match(piece):
                out.append((a, b, every))
            under_way = _UNDER_WAY.search(piece)
            if under_way:
                # the act named after "dabei," is the next piece
                last = (
                    b
                    if under_way.end() < len(piece.rstrip())
                    else pieces[min(i + 1, len(pieces) - 1)][1]
                )
                out.append((a + under_way.start(), last, _STATES))
    return out, points


def without_unsaid(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` minus those read in the words described above."""
    if not claims:
        return claims
    folded = fold(sentence)
    if not _TRIGGER.search(folded.text):
        return claims
    found, at = _dropped(folded.text, names)
    spans = [(*folded.span(a, b), kinds) for a, b, kinds in found]
    points = [(folded.span(p, p + 1)[0], kinds) for p, kinds in at]
    if not spans and not points:
        return claims
    return tuple(
        c
        for c in claims
        if not any(c.kind in k and a <= c.start < b for a, b, k in spans)
        and not any(c.kind in k and c.start <= p < c.end for p, k in points)
    )
