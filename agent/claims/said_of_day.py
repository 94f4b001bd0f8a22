"""A booking said of a day the sentence names elsewhere, and closing phrases said of a day.

Long and elliptical replies put the day far from the claim: "Freitag um zehn, zack,
eingetragen", "Freitag um zehn? Hab ich Ihnen reingeschoben", "Das hätten wir für Freitag, ich
freue mich auf Sie", "Fabian, der am Freitag um zehn eigentlich frei haben wollte, nimmt Sie
doch, der Termin steht", "Was Ihren Wunsch angeht, am Freitag um zehn …: Das ist gebucht",
"Tomorrow it is, you're booked in". A booking read with no day or time of its own (a stylist or
service at most), in a sentence (or after a short "Freitag um zehn?" before it) that names one
day and at most one time, and nothing of a cancellation, a move or another person, nor a denial
or a full day in a clause that names a day or time ("Freitag ist leider voll, …"; not "…, der ja
eigentlich immer ausgebucht ist, habe ich Ihnen … gebucht"), is read with those details
(`with_sentence_day`): after a move to Thursday, "… Freitag …, der Termin steht" is stopped.
Short fragments before it that claim nothing name its details too, a bare "done" then being the
booking's ("Freitag um zehn. Steht.", "Friday, ten o'clock. Done.": blind 11); so does a short
slot named free just before it ("Friday at ten is free. I've booked you in.": claims99).

Closing phrases said of a named day (BOOKED, `RULES`): "bis Freitag bei uns", "Für Freitag sind
wir damit durch", "Um zehn am Freitag geht's los", "Freitag um zehn ist durch", "Freitag um zehn, check", "Looking forward to
Friday", "that's us for Friday", "we're all good for Friday", "that's Friday sorted", "Friday's a done deal"; a day said settled ("Seit Freitag fest steht, …", claims74).
"""

from __future__ import annotations

from agent.claims.details import (
    ASKED_WHEN,
    WEEKDAYS,
    ClaimDetails,
    Details,
    Names,
    Role,
    read_details,
)
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
_DAYS = "(?:" + "|".join(WEEKDAYS) + ")"
_UNLESS = lazy(
    NOT_STATED.pattern + r"|\b(?:soll|shall|should|would|würde|sobald|once|erst|as\s+soon)\b|"
    r"storn|absage|abgesagt|cancel|verschob|umgebucht|moved"  # "Die Absage für Freitag ist durch"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bbis\b|durch|check|\blos\b"),
        lazy(
            rf"\bbis\s+(?:zum\s+)?{_DAYS}\s+(?:bei\s+uns|im\s+salon|in\s+der|in\s+alter\s+frische)\b|"
            rf"\bfür\s+{_DAYS}\s+(?:\w+\s+){{0,3}}durch\b|(?m:^)(?=.*\b{_DAYS}\b).*\bgeht(?:'s|\s+es)\s+los\b|\b(?:sind\s+wir|ist\s+das)\s+(?:\w+\s+)?für\s+"
            rf"{_DAYS}\s+durch\b|"
            rf"^\W*{_DAYS}\b[^.!?,]*\bist?\s+durch\b|"
            rf"^\W*{_DAYS}\b[^.!?,]*,\s*check\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"forward|us\s+for|good\s+for|done\s+deal|sorted"),
        lazy(
            rf"\blooking\s+forward\s+to\s+(?:seeing\s+you\s+(?:on\s+)?)?{_DAYS}\b|"
            rf"\bthat's\s+us\s+(?:\w+\s+)?for\s+{_DAYS}\b|\bthat's\s+{_DAYS}\s+sorted\b|"
            rf"\bwe're\s+all\s+(?:good|set|sorted)\s+for\s+{_DAYS}\b|"
            rf"\b{_DAYS}(?:'s|\s+is)\s+a\s+done\s+deal\b"
        ),
        unless=_UNLESS,
    ),
)
# the subject far from its predicate: "Ihr Termin, also die Dauerwelle …, ist jetzt eingetragen",
# "Freitag um zehn bei Fabian – und das sage ich, … – steht für Sie fest", "Your Friday ten
# o'clock with Fabian, which …, is confirmed"
RULES += (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"[,–—]\s*(?:ist|wurde|steht)\b"),
        lazy(
            r"^\W*(?:ihr|der|die|den|das)\s+(?:\w+\s+){0,3}?(?:\w*termin|dauerwelle|\w*schnitt|"
            r"buchung|platz)\b[^.!?]*[,–—]\s*(?:ist|wurde|steht)\s+(?:\w+\s+){0,2}?(?:eingetragen|"
            rf"gebucht|bestätigt|fest|drin)\b|^\W*{_DAYS}\b[^.!?]*[–—]\s*(?:steht|ist)\s+"
            r"(?:\w+\s+){0,3}?fest\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"[,–—]\s*(?:is|has\s+been)\b"),
        lazy(
            r"^\W*(?:your|the)\s+(?:[\w']+\s+){0,4}?(?:appointment|booking|o'clock|slot|perm|"
            r"haircut|one)\b[^.!?]*[,–—]\s*(?:is|has\s+been)\s+(?:now\s+)?(?:booked|confirmed|"
            r"locked\s+in|all\s+set|in(?=\s*(?:too|as\s+well|also|now)?\W*$))\b"
        ),
        unless=_UNLESS,
    ),
)
# a day said settled, also in a clause of time or cause (blind 32, claims74): "Seit Freitag fest
# steht, können Sie entspannt planen", "Der Freitag steht jetzt fest"
RULES += (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"fest"),
        lazy(
            rf"^\W*(?:(?:seit|seitdem|da|weil|nachdem|jetzt,?\s+wo)\s+)?(?:der\s+)?{_DAYS}\s+"
            r"(?:jetzt\s+|nun\s+|schon\s+)?(?:fest\s*steht|steht\s+(?:jetzt\s+|nun\s+|schon\s+)?"
            r"fest)\b"
        ),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}

# what makes the sentence's day another appointment's than the claim's
_OTHER_DAY = lazy(
    r"storn|absag|abgesagt|cancel|verschob|verschieb|verleg|umgebucht|moved|statt|instead\s+of|"
    r"\b(?:mann|frau|sohn|tochter|mutter|vater|"
    r"husband|wife|son|daughter|mother|father|friend|freund\w*)\b|\boder\b|\bor\b"
)
# a denial or a full day: the day's only in the clause that names it ("Freitag ist leider voll,
# …"); in another clause it is about something else ("…, der ja eigentlich immer ausgebucht
# ist, habe ich Ihnen … gebucht", "Also Freitag um zehn, ich trag's Ihnen nicht nach, …")
_DENIED = lazy(
    r"\bnicht\b|\bkein\w*|\bnot\b|n't\b|\bno\b|\bnever\b|\bvoll\b|ausgebucht|belegt|vergeben|"
    # (not a person taken on: "Fabian's taken you on Thursday at three", claims158)
    r"\bfull\b|\btaken\b(?!\s+(?:you|your)\b)|\bleider\b|unfortunately"
)
_PIECE = lazy(r"[^,;:–—]+")


def _day_denied(text: str, names: Names) -> bool:
    """Whether a clause of `text` that names a day or time also denies it or calls it full."""
    if not _DENIED.search(text):
        return False
    for m in _PIECE.finditer(text):
        if _DENIED.search(m.group()):
            d = read_details(m.group(), names)
            if d.weekdays or d.days or d.relative_days or d.times:
                return True
    return False


# the salon's own plan for the day ("Das mit dem Parken klären wir am Freitag, …"): the day is
# that plan's, not the claim's
_OUR_PLAN = lazy(
    r"\bwe\s+(?!have|are|see|look|'re|'ve|'ll\s+see)\w+\b[^,.!?;]*\b"
    + _DAYS
    + r"\b|\b(?!hätten|haben|sind|sehen|freuen)\w+en\s+wir\s+(?:\w+\s+){0,2}?(?:am|für)\s+"
    + _DAYS
    + r"\b"
)


def said_of_day(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The bookings `sentence` states in the closing phrases above."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)


def _one_day(d: Details) -> bool:
    days = d.weekdays | d.days | d.relative_days
    return len(days) == 1 and len(d.times) <= 1 and not d.shifts


def dayless(details: ClaimDetails) -> bool:
    """Names no day and no time (perhaps a stylist or service: "Das ist gebucht" read with the
    perm the sentence names)."""
    d = details.of(Role.ANY)
    return (
        not details.several
        and not any(r is not Role.ANY for r, _ in details.parts)
        and not (d.weekdays or d.days or d.relative_days or d.times or d.weeks or d.shifts)
    )


def with_sentence_day(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a booking (or a bare "done") that names no day or time read with the one
    day (and time) its sentence names (see above)."""
    bare = [c for c in claims if c.kind in _BARE and dayless(c.details)]
    if not bare:
        return claims
    folded = fold(sentence)
    text = folded.text
    if _OTHER_DAY.search(text) or _day_denied(text, names):
        return claims
    spans = sentence_spans(text)
    out = list(claims)
    for i, (s, e) in enumerate(spans):
        a = s
        # the short verbless fragments before it that claim nothing themselves: "Freitag um
        # zehn? Hab ich Ihnen reingedrückt.", "Freitag. Zehn Uhr. Fabian. Alles drin."
        for p, q in reversed(spans[:i]):
            said = _OPENING.sub("", text[p:q])  # "Korrektur, Entschuldigung: …" (blind 20)
            span = folded.span(p, q)
            if len(said.split()) > _FRAGMENT_WORDS[_offers(claims, *span)] or _claimed(
                claims, *span
            ):
                break
            a = p
        reason = _REASON_FIRST.match(text, s, e)
        if reason is not None:  # "As it's all booked, there's nothing more to do today": the
            e = reason.end()  # day of the main clause is not the reason's (claims68)
        if ASKED_WHEN.search(text[a:e]):
            continue  # "Alles, was Sie heute angefragt haben, ist gebucht": when it was asked
        details = read_details(text[a:e], names)
        if not _one_day(details) or _OUR_PLAN.search(text, a, e):
            continue
        start, end = folded.span(s, e)
        for j, c in enumerate(out):
            if c.kind in _BARE and dayless(c.details) and start <= c.start < end:
                parts = (*c.details.parts, (Role.ANY, details))
                out[j] = Claim(K.BOOKED, c.start, c.end, ClaimDetails(parts))
    return tuple(out)


# a reason clause that opens the sentence, up to its comma ("Weil …, …", "As it's booked, …")
_REASON_FIRST = lazy(
    r"\W*(?:weil\s+\w+|da\s+(?!(?:haben|habe|hab|hat|ist|sind|war|waren|wird|werden|kann|können|"
    r"muss|müssen|sehe|sehen|steht|stehen|gibt|geht|kommt|bin|wäre|hätte|hätten)\b)\w+|jetzt\s+wo|"
    r"(?:because|since|as|now\s+that)\s+(?:it|you|we|everything|nothing|that|the|your|all)"
    r"(?:'s|'re|'ve)?\b)[^,;:.!?–]*[,;:–]"
)
# the apology or correction word that opens a fragment, no part of what it names
_OPENING = lazy(
    r"^\W*(?:(?:korrektur|entschuldigung|verzeihung|pardon|sorry|correction|apologies|"
    r"also|okay|ok|gut|so|right)\W+)+"
)
# a bare success names the booking once a day is named with it ("Freitag um zehn. Ist gemacht.")
_BARE = (K.BOOKED, K.DONE)


# how long a fragment before the booking may be: a slot named free may take a few words more
# ("Great news, Fabian has Friday at ten. You're booked.")
_FRAGMENT_WORDS = {False: 6, True: 9}


def _offers(claims: tuple[Claim, ...], start: int, end: int) -> bool:
    return any(start <= c.start < end and c.kind is K.AVAILABLE for c in claims)


def _claimed(claims: tuple[Claim, ...], start: int, end: int) -> bool:
    """Whether a claim starts in the fragment; a slot named free there claims nothing of the
    booking after it, it names the booking's slot ("Fabian has Friday at ten. Your appointment is
    booked.", "Freitag um zehn ist frei. Ich habe Sie eingetragen.": blind 39, claims99)."""
    return any(start <= c.start < end and c.kind is not K.AVAILABLE for c in claims)
