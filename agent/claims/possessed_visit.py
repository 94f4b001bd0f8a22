"""The caller's appointment referred to as theirs or as settled (blind 20, convention 45).

A sentence that names the caller's appointment by possession — "Ihr Termin am Freitag", "Ihre
Dauerwelle am Freitag", "Ihr Freitagstermin", "your Friday appointment", "Friday's perm", "your
perm on Friday" — takes it as booked whatever it does with it: a price, a duration, the payment,
what to bring or do before it, a question ("Wollen Sie Ihren Termin am Freitag stornieren?"). A
sentence that says a slot is the caller's or reads it from the calendar — "das ist Ihr Termin",
"that's your slot", "laut Kalender", "bei mir steht", "so steht es bei mir", "zur Erinnerung",
"just to remind you", "das bleibt so", "Ihr Termin? Der ist …", "Ihr Termin war …" — states it.
Both are BOOKED claims of what they name: the possessed phrase's day and service, or for a
settled slot every detail the sentence states (not one a denial takes back).

Not: an appointment still to be made ("Soll ich Ihren Termin am Freitag buchen?", "Ihr
Wunschtermin", "your requested slot"), one named without a day or time ("Darf ich Ihren Termin
auf Donnerstag legen?": where to, not which), a sentence the other readers found as another
outcome (cancelled, moved, not booked, held, pending, offered).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.answered_slot import OTHER_OUTCOMES, placed, stated_details
from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_WEEKDAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_NOUN_DE = rf"(?:{_WEEKDAYS}?termin|buchung|dauerwelle|strähnchen|färbung|\w*schnitt)"
_NOUN_EN = r"(?:appointment|booking|slot|perm|highlights|colou?r|cut|haircut|trim|treatment|visit)"
_DAYS = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|today|tomorrow|heute|morgen|übermorgen)"
)
# "Ihre Dauerwelle am Freitag", "Ihrem Termin am Freitag um zehn", "Ihr Freitagstermin"
_TAIL = r"(?:\s+[^\s,.;:!?–—]+){1,4}"  # "am Freitag um zehn Uhr": the day and time after it
_WEEKDAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_HOUR = (
    r"(?:\d{1,2}(?:[:.]\d\d)?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|halb\s+\w+)"
)
# the appointment named by its day and time alone, no noun (blind 38, claims92; convention 45):
# "your Friday ten o'clock", "your Friday at ten", "Ihren Freitag um zehn", "Ihr Freitag zehn
# Uhr" — an hour said with "um"/"at" or with "Uhr"/"o'clock"/"am"/"pm", so that "your Friday"
# alone ("Enjoy your Friday") names no appointment
_TIMED = (
    rf"\bihr(?:e|en|em|er)?\s+(?P<timed_de>{_WEEKDAYS}\s+(?:um\s+{_HOUR}(?:\s+uhr)?|{_HOUR}\s+uhr))\b|"
    rf"\byour\s+(?P<timed_en>{_WEEKDAYS_EN}\s+(?:at\s+{_HOUR}(?:\s+o'clock|\s*[ap]\.?m\b\.?)?|"
    rf"{_HOUR}(?:\s+o'clock|\s*[ap]\.?m\b\.?)))"
    # a noun after it is the phrase's head ("your Friday 10 a.m. appointment is cancelled"): the
    # noun forms and the other readers read those
    r"(?![.\s]*\w*(?:appointment|booking|perm|slot|request|reservation|visit|cut|termin|anfrage|"
    r"reservierung|buchung|dauerwelle))"
)


def _possessed(noun_de: str) -> re.Pattern[str]:
    """ "Ihre Dauerwelle am Freitag", "Ihrem Termin am Freitag um zehn", "your Friday appointment";
    the caller's first visit is theirs too ("Bei Ihrem ersten Termin am Freitag …", claims156)."""
    return re.compile(
        rf"\bihr(?:e|en|em|er|es)?\s+(?:(?:gebucht|fest|nächst|kommend|erst)\w*\s+)?(?P<de>{noun_de})\b"
        # the stylist alone after it names the appointment too ("Ihre Dauerwelle bei Lena kostet
        # …", claims118)
        rf"(?:\s+(?:bei\s+\w+\s+)?(?:beginnt\s+)?(?:am|vom|für|diesen|kommenden|um){_TAIL}|"
        r"\s+bei\s+\w+)?|"
        rf"\byour\s+(?:(?:booked|next|upcoming|{_DAYS})\s+)?(?P<en>{_NOUN_EN})\b"
        # its start said with it: "Your perm starts at ten and is done by …" (claims156)
        rf"(?:\s+(?:with\s+\w+\s+)?(?:(?:starts|begins)\s+)?(?:on|this|for|at){_TAIL}|"
        r"\s+with\s+\w+)?|"
        rf"\b{_DAYS}'s\s+(?P<gen>{_NOUN_EN})\b|{_TIMED}"
    )


# the day and time alone as a topic echoed ("Ihr Freitag um zehn? Weg. Storniert.", gated blind
# 11) or no longer there ("The system no longer shows your Friday at ten", gated blind 24)
_TIMED_NOT_HELD = lazy(
    r"^\W*(?:ihr\w*|your)\s+\w+\s+(?:um\s+|at\s+)?\w+(?:\s+(?:uhr|o'clock))?\s*\?|"
    r"\bno\s+longer\b|\bnicht\s+mehr\b"
)
_POSSESSED = _possessed(_NOUN_DE)
# any German noun after "Ihr": kept only where the salon names it a service (blind 57, claims153):
# "Ihr Färben am Freitag dauert …", "Ihre Bartpflege am Freitag …" (the nouns above are the
# appointment's own words; a service's name is the salon's, read from its names)
_POSSESSED_ANY_NOUN = _possessed(r"\w+")
# with the linking s of a weekday compound ("Ihr Freitagstermin"), for the payment (claims67),
# and the genitive ("zum Ende Ihres Termins", claims88)
_POSSESSED_LINKED = _possessed(_NOUN_DE.replace("?termin", "?s?termin(?:e?s)?"))
# a slot said to be the caller's, or read out as settled
_SETTLED = lazy(
    r"\b(?:das|da|dies)\s+ist\s+ihr(?:e)?\s+(?:termin|platz|slot)\b|"
    r"\blaut\s+(?:(?:unserem|meinem|dem)\s+)?(?:kalender|system|buch|terminbuch|plan)\b|"
    r"\bbei\s+mir\s+steht\b|\bsteht\s+(?:es\s+)?bei\s+mir\b|\bzur\s+erinnerung\b|"
    r"\bdas\s+bleibt\s+so\b|\bihr\s+termin\s*(?:\?|:|war\b)|"
    r"\b(?:that|this)(?:'s|\s+is)\s+your\s+(?:slot|appointment|booking|spot)\b|"
    r"\baccording\s+to\s+(?:the|our|my)\s+(?:diary|calendar|system|books)\b|"
    r"\b(?:just\s+)?to\s+remind\s+you\b|\bas\s+a\s+reminder\b|\byour\s+appointment\s+was\b"
)
# an appointment still to be made or only wished for
_NOT_MADE = lazy(
    r"\b(?:buchen|eintragen|reservieren|vormerken|festmachen|bestätigen|vereinbaren|"
    r"wunsch\w*|gewünscht\w*|neue[nmr]?|book|reserve|confirm|schedule|hold|requested|"
    r"preferred|wished|new)\b"
)
# not said as the caller's settled appointment: a hypothesis, an alternative, the caller's wish
# reported or read back ("Ihren Termin am Freitag wollen Sie also absagen", convention 90; not
# the question "Are you sure you want to drop your …?", probe 38), a question or a condition on the appointment itself ("Liegt Ihr Termin am Freitag?",
# "Wenn Ihr Termin am Freitag liegt, …")
_NOT_ASSERTED = lazy(
    r"\b(?:wäre|wären|würde|würden|könnte|könnten|hätte|hätten)\b(?!\s+sie\b)|\b(?:oder|or)\b|"
    r"\b(?:would|could|might)\b(?!\s+you\b)|"
    r"(?<!\bwould\s)\byou(?:'d|\s+would)\s+like\b|(?<!\bdo\s)(?<!\bsure\s)\byou\s+want\b|\bif\s+i\s+understand\b|"
    r"\bwenn\s+ich\s+sie\s+richtig\s+verstehe\b|^\W*(?:(?:also|gut|okay|ok)\W+)?sie\s+(?:möchten|wollen)\b|"
    r"\b(?:möchten|wollen)\s+sie\s+also\b|"
    r"^\W*(?:ist|liegt|war|fällt|is|was|does|did)\s+(?:\w+\s+)?(?:ihr|your)\b|"
    r"\b(?:wenn|falls|sofern|if)\s+(?:ihr|your)\b|"
    # a whether-clause on it, unless it asks a detail noted at it, the appointment presupposed
    # (blind 37, claims85; 45, 77): "ob Ihr Termin am Freitag auch bei Fabian liegt", "whether
    # your Friday appointment has the perm noted"
    r"\b(?:ob|whether)\s+(?:ihr|your)\b(?![^,.;!?]*\b(?:vermerkt|notiert|hinterlegt|noted|on\s+it|"
    r"auch\s+bei|has\s+the)\b)|"
    # a slot searched for the caller's service (blind 49, claims131): "I'm searching for a slot for
    # your perm on 28 November", "Ich suche einen Platz für Ihre Dauerwelle am Freitag": a wish
    r"\b(?:search\w*|looking\s+for|look\s+for|find|finding|such\w*|finde)\b[^.;!?]*?"
    r"\b(?:slot|time|opening|termin|platz|zeit)\s+(?:for|für)\s+(?:your|ihre?n?)\b"
)
# the visit said not to be (kept, booked, there): "Your appointment on Friday … is not kept either"
# (a tool's own outcome sentence) denies the visit, it presupposes none
_DENIED = lazy(
    r"\b(?:is|are|was|ist|sind|war|bleibt|wird|findet)\s+(?:\w+\s+){0,2}?"
    r"(?:not|nicht|kein\w*|no\s+longer|never|nie)\b|\b(?:isn't|aren't|wasn't)\b|"
    # the booking of it said to have failed (blind 29, claims56: "…, but Saturday's highlights
    # didn't go through"): no visit presupposed
    r"\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:go\s+through|work(?:\s+out)?|happen|"
    r"be\s+(?:booked|fitted\s+in|done))\b|\bfell\s+through\b|"
    r"\bnicht\s+(?:geklappt|durchgegangen|geschafft)\b|\b(?:ging|gingen|klappte|klappten)\s+"
    r"(?:leider\s+)?nicht\b"
)
# a day that recurs ("samstags", "jeden Samstag", "on Saturdays"): the salon's week, no one visit
# ("Zur Erinnerung: Wir haben samstags bis 14 Uhr geöffnet")
_RECURRING = lazy(
    rf"\b{_WEEKDAYS}s\b|\b(?:jeden|jede[nm]?)\s+{_WEEKDAYS}\b|"
    r"\bevery\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b"
)
# "laut Kalender ist Fabian am Freitag im Haus": the stylist's day, not the caller's
_STYLIST_SAID = lazy(r"\b(?:ist|hat|arbeitet|is|has|works)\s+(?P<name>\w+)")
# a slot offered: "Ihr Termin am Freitag wäre frei" (an "available" read elsewhere in another
# sense, "Ihr Termin am Freitag geht von zehn bis …", is no offer)
_OFFER = lazy(
    r"\b(?:frei|verfügbar|offen|wäre|wären|hätte|hätten|könnte|free|available|open|could|would)\b|"
    # a stylist's place for the service (blind 38, claims91): "Fabian has a slot for your perm on
    # Friday at ten": the perm still to be made
    r"\b(?:has|hat)\s+(?:still\s+|noch\s+)?(?:a|an|einen|eine)\s+(?:slot|opening|gap|space|spot|"
    r"platz|lücke)\s+(?:for|für)\s+(?:your|ihre?n?)\b"
)


# the caller's own appointment as what they may cancel or move, no day needed (claims156): "Ihren
# Termin können Sie bis 24 Stunden vorher kostenlos absagen", "You can cancel your appointment up
# to a day before" (not under a condition: `_NOT_ASSERTED` and the rule below)
_CALLERS_TO_CHANGE = lazy(
    r"\bihren\s+(?:\w+\s+)?termin\b[^.;!?]*\b(?:können|dürfen)\s+sie\b[^.;!?]*\b"
    r"(?:absagen|stornieren|verschieben|verlegen|umbuchen)\b|"
    r"\byou\s+can\s+(?:\w+\s+){0,2}?(?:cancel|move|reschedule)\s+your\s+(?:appointment|booking)\b"
)
_CONDITIONED = lazy(r"\?|\b(?:wenn|falls|sofern|ob|if|whether|once|unless|when)\b")
# the appointment's start said as "dann" / "then", the time named before it in the sentence
_STARTS_THEN = lazy(
    r"\s+(?:fängt|beginnt|geht|starts|begins|is)\s+(?:(?:erst|genau|ja|auch|just|only|exactly)\s+)?"
    r"(?:dann|then|da)\b(?!\s+(?:schon|already)\b)"
)


_NOTE_SAYS = lazy(
    r"\b(?:noted|notes?|notiert|vermerkt|hinterlegt|says)\b[^.;!?]*?\b(?:that|dass)\b[^.;!?]*"
)


def possessed_visits(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """BOOKED claims of the caller's appointment referred to as theirs or settled (above)."""
    if any(c.kind in OTHER_OUTCOMES for c in claims):
        return ()
    folded = fold(sentence)
    text = folded.text
    # what a note on it says is the note's, not the appointment's (claims118): "I've noted on
    # your Friday perm that you'd like it a bit looser"
    asserted = _NOTE_SAYS.sub("", text)
    if _NOT_MADE.search(text) or _NOT_ASSERTED.search(asserted) or _DENIED.search(asserted):
        return ()
    if any(c.kind is ClaimKind.AVAILABLE for c in claims) and _OFFER.search(text):
        return ()
    if _SETTLED.search(text) and not _of_stylist(text, names) and not _RECURRING.search(text):
        details = stated_details(text, names)
        if details.weekdays or details.days or details.relative_days:
            return (_booked(sentence, details),)
    out = []
    for m in (*_POSSESSED.finditer(text), *_service_named(text, names)):
        if (m["de"] or m["timed_de"]) and not _yours(sentence, folded.span(m.start(), m.end())[0]):
            continue  # "Frau Schulz hat ihren Freitagstermin abgesagt": hers
        if (m["timed_de"] or m["timed_en"]) and (
            _TIMED_NOT_HELD.search(text) or not text[m.end() :].strip()
        ):
            continue  # a piece cut before its noun ("your Friday 10 a.m. | appointment …")
        # the day and time of the phrase; a service only as its noun ("zu Ihrem Termin am
        # Freitag noch einen Bartschnitt": the Bartschnitt is not the appointment's)
        noun = read_details(m["de"] or m["en"] or m["gen"] or "", names)
        details = replace(read_details(m.group(), names), services=noun.services)
        if not placed(details) and _STARTS_THEN.match(text, m.end()):
            # "Um zehn ist genau richtig, Ihr Termin fängt erst dann an", "Ten is exactly right,
            # your appointment starts then": "dann" / "then" is the time said before it
            before = read_details(text[: m.start()], names)
            details = replace(details, times=before.times)
        if placed(details) or (_CALLERS_TO_CHANGE.search(text) and not _CONDITIONED.search(text)):
            out.append(_booked(sentence, details))
    return tuple(out)


def _service_named(text: str, names: Names) -> list[re.Match[str]]:
    """ "Ihr <service> am Freitag …" where the noun is none of `_NOUN_DE` but a service's name."""
    return [
        m
        for m in _POSSESSED_ANY_NOUN.finditer(text)
        if m["de"] and not re.fullmatch(_NOUN_DE, m["de"]) and read_details(m["de"], names).services
    ]


def _booked(sentence: str, details: Details) -> Claim:
    return Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))


def _yours(sentence: str, at: int) -> bool:
    """German "Ihr" (yours) is written with a capital, "ihr" (hers, theirs) without; a text with
    no capitals after its first word (a transcript) tells nothing and is read as yours."""
    cased = any(w[:1].isupper() for w in sentence.split()[1:])
    return not cased or sentence[at : at + 1] == "I" or not sentence[:at].strip()


def _of_stylist(text: str, names: Names) -> bool:
    said = {m["name"] for m in _STYLIST_SAID.finditer(text)}
    return any(not words.isdisjoint(said) for _, words in names.stylists)


# the payment, deposit or price of the caller's appointment (blind 32, claims67; convention 45):
# "Zahlen müssen Sie erst nach Ihrem Termin", "Für Ihre Buchung ist keine Anzahlung nötig", "Your
# booking doesn't need a deposit" — the appointment paid for is there, named or not by its day;
# a "keine / no" there denies the deposit, not the visit
_PAYMENT = lazy(
    # its price said in euros (claims156): "Für Ihre Dauerwelle bei Fabian sind es 95 Euro"
    r"\b(?:zahlen|bezahlen|bezahlt|zahlung|anzahlung|vorauszahlung|vorkasse|kosten|kostet|euro|"
    r"pay|paid|payment|deposit|prepayment|upfront|charge|begleichen|settle\s+up)\b"
)
_PAID_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|sofern|ob|sobald|if|whether|once|unless)\b|"
    # the house's rule beside it (gated blind 18: "We don't take deposits, you just pay after your
    # appointment" is a policy): no one visit
    r"\b(?:we\s+(?:don't|do\s+not|never)|wir\s+(?:nehmen|verlangen|berechnen)\s+(?:keine|nie)|"
    r"bei\s+uns|grundsätzlich|generell|immer|normalerweise|always|usually|normally|generally)\b"
)


def paid_visit(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the caller's appointment whose payment or deposit is told (above)."""
    if claims:
        return ()
    folded = fold(sentence)
    text = folded.text
    if not _PAYMENT.search(text) or _PAID_NOT_STATED.search(text) or _NOT_MADE.search(text):
        return ()
    if _NOT_ASSERTED.search(text):
        return ()
    for m in _POSSESSED_LINKED.finditer(text):
        if (m["de"] or m["timed_de"]) and not _yours(sentence, folded.span(m.start(), m.end())[0]):
            continue
        noun = read_details(m["de"] or m["en"] or m["gen"] or "", names)
        return (_booked(sentence, replace(read_details(m.group(), names), services=noun.services)),)
    return ()
