"""A question that presupposes what its noun phrase or complement says of the caller's
appointment (blind 31, claims63; conventions 45, 77).

A question asks about something else, but takes the outcome as given:
- the booked visit, when it prepares the visit on a named day or at the caller's appointment
  ("Brauchen Sie für Freitag eine Wegbeschreibung?", "Soll Lena für Samstag die Farbe
  anmischen?", "Soll ich bei Ihrem Samstagstermin vermerken, dass …?", "Haben Sie zu den
  Strähnchen am Samstag Fragen?", "Soll ich Ihren Montagstermin um eine Kur ergänzen?", "Would
  you like to add something to the booking you've got?", the service done again on a named day:
  "Soll es am Samstag wieder derselbe Ton werden?", claims163) — BOOKED with what it names, so a wrong
  stylist or service ("Soll ich Mehmet für Freitag etwas ausrichten?") is stopped;
- the cancellation, asked why it was made or what replaces it ("Darf ich fragen, weshalb Sie
  den Montag storniert haben?", "Shall I rebook the one you cancelled?") — CANCELLED;
- the move, when the caller's new day is passed on ("Soll ich Fabian sagen, dass Sie jetzt
  montags statt dienstags kommen?", "Does the new Monday slot after the move suit you?") —
  RESCHEDULED to the new day, from the old;
- the hold, named as the speaker's ("den geblockten Platz", "die Reservierung für … in eine
  feste Buchung", "the Monday nine o'clock slot I'm holding", "keep the … hold") — HELD.

Not: a question about a visit still to be made or wished ("Soll ich notieren, dass Sie am
Freitag kommen möchten?", "Brauchen Sie eine Wegbeschreibung?" naming no day), a condition
("wenn Sie einen Termin haben"), statements (the clause readers read those)."""

from __future__ import annotations

import dataclasses
import re

from agent.claims.details import WEEKDAYS, ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    + "|".join(k for k in WEEKDAYS if k.endswith("day"))
    + ")"
)
_SENTENCE_END = lazy(r"(?<=[.!?…])\s+(?=[A-ZÄÖÜ])")
# the visit anchored: a day named with a preposition, or the caller's appointment named
_DAY_NAMED = lazy(
    rf"\b(?:für|am|zu|an|on|for)\s+(?:den\s+)?{_DAY}s?\b|\b{_DAY}'s\s+(?:visit|appointment)\b"
)
_POSSESSED = lazy(
    r"\b(?:ihre[mnrs]?|your)\s+(?:\w+\s+)?\w*(?:termin|buchung|booking|appointment|visit)\w*\b"
)
_POSSESSIVE = lazy(r"\b(?:ihre[mnrs]?|your)\b")
# the visit itself as the time of the question ("…, wenn Sie kommen?"), no condition
_ON_ARRIVAL = lazy(r"\b(?:wenn|sobald)\s+sie\s+(?:\w+\s+)?(?:kommen|ankommen|da\s+sind)\b")
# what prepares the visit: finding the way, a parking place, the stylist getting ready, a
# word passed on, a note at the appointment, questions about its service
_PREPARE = lazy(
    r"\b(?:wegbeschreibung|anfahrt\w*|anreise|adresse|parkhaus\w*|eingang|parken|parkplatz|"
    r"vorbereiten|anmischen|bereitlegen|"
    r"herrichten|ausrichten|mitteilen|vermerken|notieren|hinterlegen|ergänzen|erweitern|"
    r"directions|parking|prepare|get\s+ready|note|add)\b"
)
# the service done again at the visit (blind 57, claims163): "Soll es am Samstag wieder derselbe
# Ton werden?", "Shall we go for the same shade again on Saturday?" ask about the visit's service
_AGAIN = lazy(
    r"\bwieder\s+(?:der|die|das|den|dem|beim)\s*(?:selbe|gleiche)\w*\b|"
    r"\b(?:the\s+)?same\s+\w+\s+(?:\w+\s+)?again\b"
)
_SERVICE_QUESTION = lazy(
    r"\bfragen\s+zu\b|\bzu\s+(?:ihre[nmr]?|den|der|dem)\s+\w+\b.*\bfragen\b|"
    r"\bquestions\s+about\s+(?:your|the)\b"
)
# the caller's own appointment to add to or to shift ("Ihren Freitagstermin … schieben"); a
# shift of "den Termin" or from one day to another is offered, not presupposed (tune, blind 4)
_OWN_BOOKING = lazy(
    r"\bthe\s+(?:booking|appointment)\s+you(?:'ve|\s+have)?\s+(?:already\s+)?got\b|"
    r"\b(?:ihren|ihre|den)\s+(?:\w+\s+)?\w*termin\w*\b(?=.*\b(?:ergänzen|erweitern)\b)|"
    rf"\bihren\s+(?:\w+\s+)?(?:{_DAY}stermin|termin\s+am\s+{_DAY})\b"
    rf"(?=.*\b(?:schieben|verschieben|verlegen|vorziehen)\b)(?!.*\b(?:von|auf\s+(?:den\s+)?{_DAY}))"
)
_ADDED = lazy(r"\bum\s+(?:eine[nmr]?|ein)\s+\w+|\badd\s+(?:a|an|some)\s+\w+")
_POSSESSIVE_SERVICE = lazy(r"\b(?:ihre[mnrs]?|your)\s+(?!\w*termin|booking|appointment)\w+")
# a visit still to be made, wished, or not made: no presupposition
_NOT_MADE = lazy(
    r"\b(?:möchten|wollen|würden|wünsch\w*|gern|buchen|eintragen|reservieren|vereinbaren|"
    r"frei|passt|passen|zeit|statt|book|free|instead)\b"
)
_CONDITION = lazy(
    r"\b(?:wenn|falls|sobald|sofern|nächste\w*|neue[nmr]?|nicht|kein\w*|if|once|next|new|not|"
    r"no)\b|n't\b"
)
# the caller's wish read back: "Sie wollen Ihren Termin also verschieben, richtig?"
_READ_BACK = lazy(
    r"(?:^|[:;–—]\s*)\W*(?:\w+\s*,\s*)?(?:sie|you)\s+(?:wollen|möchten|würden|want|would\s+like|"
    r"'d\s+like)\b|"
    r"\b(?:richtig\s+verstanden|verstehe\s+ich\s+(?:sie\s+)?richtig|if\s+i\s+understand)\b|"
    # the wish noted back (blind 49, claims131): "Just so I note it correctly: you'd like …?"
    r"\bso\s+(?:that\s+)?i\s+(?:note|write|get|have)\s+(?:it|that|this)\s+(?:down\s+)?(?:correctly|right)\b|"
    r"\bdamit\s+ich\s+(?:es|das)\s+richtig\s+(?:notiere|aufschreibe|eintrage|habe)\b"
)
_WISHED = lazy(r"\bdass\s+sie\b.*\b(?:möchten|wollen|würden|gern|kommen\s+können)\b")
_CANCELLED = lazy(
    r"\b(?:warum|weshalb|wieso)\b.*\b(?:abgesagt|storniert|gestrichen)\s+haben\b|"
    r"\b(?:the\s+(?:appointment|booking|one|slot)\s+(?:that\s+)?|why\s+)you\s+"
    r"(?:just\s+|'ve\s+|have\s+)?cancell?ed\b|"
    r"\b(?:den|ihren|des)\s+(?:abgesagten|stornierten|gestrichenen)\s+(?:\w+\s+)?\w*termin"
)
_MOVED = lazy(
    rf"\bdass\s+sie\s+(?:jetzt|nun|ab\s+jetzt)\s+(?:am\s+)?(?P<new>{_DAY})s?\b.*?"
    rf"\b(?:statt|anstatt|nicht\s+mehr)\s+(?:am\s+)?(?P<old>{_DAY})s?\s+"
    r"(?:kommen|erscheinen|vorbeikommen|da\s+sind)\b|"
    rf"\bthe\s+new\s+(?P<new2>{_DAY})\s+(?:\w+\s+)?(?:time|slot|appointment)\s+(?:after|since)\s+"
    r"the\s+(?:move|change|reschedul\w*)\b|"
    rf"\byou(?:'re|\s+are|'ll\s+be)\s+(?:now\s+)?(?:coming(?:\s+in)?|in)\s+(?:on\s+)?"
    rf"(?P<new3>{_DAY})s?\s+(?:now\s+)?instead\s+of\s+(?:on\s+)?(?P<old3>{_DAY})"
)
_HELD = lazy(
    r"\b(?:die|ihre)\s+reservierung\b(?:\s+\S+){0,5}?\s+in\s+eine\s+(?:feste\s+|verbindliche\s+)?"
    r"buchung\b|"
    rf"\b(?:den|die|das|ihren|ihre)\s+(?:geblockten|vorgemerkten|reservierten|gehaltenen|"
    rf"freigehaltenen)\s+(?:\w+\s+)?(?:platz|termin|slot|zeit|{_DAY})\b|"
    r"\bthe\s+(?:\S+\s+){0,4}?(?:slot|appointment|time|place)\s+(?:i'm|i\s+am|we're|we\s+are)\s+"
    r"(?:still\s+)?(?:holding|keeping)\b|"
    r"\b(?:keep|turn|convert|extend)\s+the\s+(?:\S+\s+){1,4}?hold\b"
)


def presupposing_questions(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The outcomes a question of `sentence` takes as given (see above), each question read
    alone (a paragraph's other sentences name other days and hours)."""
    if "?" not in sentence:
        return ()
    found: list[Claim] = []
    for said in _SENTENCE_END.split(sentence):  # "10 a.m. slot" is no sentence end
        part = normalize(said)
        if part.rstrip().endswith("?"):
            found += _presupposed(part, sentence, names)
    return tuple(found)


def _presupposed(text: str, sentence: str, names: Names) -> list[Claim]:
    found: list[Claim] = []
    if _visit_prepared(text, names):
        found.append(_claim(ClaimKind.BOOKED, sentence, _visit_details(text, names)))
    if _CANCELLED.search(text):
        found.append(_claim(ClaimKind.CANCELLED, sentence, read_details(text, names)))
    moved = _MOVED.search(text)
    if moved:
        new = moved["new"] or moved["new2"] or moved["new3"]
        was = moved["old"] or moved["old3"]
        old = read_details(was, names) if was else read_details("", names)
        parts = ((Role.NEW, read_details(new, names)), (Role.OLD, old))
        found.append(Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(parts)))
    if _HELD.search(text):
        found.append(_claim(ClaimKind.HELD, sentence, read_details(text, names)))
    return found


def _visit_prepared(text: str, names: Names) -> bool:
    arrival = _ON_ARRIVAL.search(text)
    if arrival:
        text = text[: arrival.start()] + text[arrival.end() :]
    matrix = re.split(r",?\s+(?:dass|that)\s+", text, maxsplit=1)[0]  # not the note's own words
    if _WISHED.search(text) or _CONDITION.search(matrix) or _READ_BACK.search(text):
        return False
    if _OWN_BOOKING.search(text):
        return True
    prepared = bool(
        arrival or _PREPARE.search(text) or _SERVICE_QUESTION.search(text) or _AGAIN.search(text)
    )
    possessed = _POSSESSED.search(text) or (
        _POSSESSIVE.search(text) and read_details(text, names).services
    )
    if not arrival and not _PREPARE.search(text) and read_details(text, names).empty:
        # the lead's decision D10 (convention 1050): questions about the appointment itself that
        # name no detail ("Haben Sie noch Fragen zu Ihrem Termin?", "Any questions about your
        # appointment?") presuppose nothing new: neutral
        return False
    if possessed and prepared:
        return True
    if _CONDITION.search(text) or _NOT_MADE.search(text):
        return False
    return bool(_DAY_NAMED.search(matrix) and prepared)


def _visit_details(text: str, names: Names) -> Details:
    """What the question names of the visit: not what is added ("um eine Kur ergänzen"), nor
    the service a stylist prepares ("die Farbe anmischen"), unless it asks about the service."""
    details = read_details(_ADDED.sub(" ", text), names)
    if _SERVICE_QUESTION.search(text) or _POSSESSIVE_SERVICE.search(text):
        return details
    return dataclasses.replace(details, services=frozenset())


def _claim(kind: ClaimKind, sentence: str, details: Details) -> Claim:
    return Claim(kind, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))
