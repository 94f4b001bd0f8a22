"""The salon's system or calendar said to hold the caller: "Der Kalender zeigt Sie jetzt am
Freitag um zehn an", "Das System führt Sie ab sofort am Freitag um zehn", "Fabians Kalender hat
Sie für Freitag zehn Uhr übernommen", "Im Terminplan tauchen Sie jetzt auf", "The schedule has
your name at ten on Friday", "Fabian's calendar now shows you on Friday at ten", "You're showing
up in the schedule now", "The system has taken your booking" (blind 12).

The clause readers read a record verb with the salon's staff as its subject; here the record
itself is the subject and "shows / has / lists you" says the caller is in it: BOOKED, with the
details the sentence names. Not: questions, negations, conditions, what the system should or
could do ("Soll das System Sie eintragen?"), a record that shows free times ("Der Kalender zeigt
für Freitag noch zwei freie Zeiten"), a day set against another ("statt", "instead": a move).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_NOT_DONE = lazy(
    NOT_STATED.pattern + r"|\b(?:soll\w*|kann|können|könnte|würde|wird|will|statt|anstatt|"
    r"should|could|would|can|will|instead|free|open|frei(?:e[nrms]?)?)\b"
)
_RECORD_DE = (
    r"(?:\w*system|\w*kalender|terminplan|terminbuch|buch|programm|software|computer|planer|"
    r"terminliste|liste)"
)
_RECORD_EN = (
    r"(?:system|calendar|schedule|diary|books?|planner|computer|rota|records?|list|software)"
)

RULES = (
    # "Der Kalender zeigt Sie jetzt … an", "Das System führt Sie ab sofort …", "Fabians Kalender
    # hat Sie für Freitag übernommen", "Unser Kalender hat Sie jetzt drin"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:zeigt|führt|listet|hat)\s+(?:sie|ihren\s+namen)\b"),
        lazy(
            rf"\b{_RECORD_DE}s?\b[\w ]{{0,20}}?\s(?:zeigt|führt|listet|hat)\s+(?:sie|ihren\s+namen)"
            r"\b(?!\s+(?:\w+\s+)?(?:gelöscht|entfernt|gestrichen|ausgetragen|rausgenommen))"
        ),
        unless=_NOT_DONE,
    ),
    # the record showing the caller on one day instead of another: a move (blind 12): "Der
    # Kalender zeigt Sie jetzt am Donnerstag statt am Freitag"
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"\b(?:statt|anstatt|anstelle)\b"),
        lazy(
            rf"\b{_RECORD_DE}s?\b[\w ]{{0,20}}?\s(?:zeigt|führt|listet|hat)\s+sie\s+(?:\w+\s+){{0,5}}?"
            r"(?:statt|anstatt|anstelle)\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\b(?:soll\w*|kann|könnte|würde|wird)\b"),
    ),
    # "Im Terminplan tauchen Sie jetzt auf", "Im Buchungssystem stehen Sie jetzt drin"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:tauchen|stehen)\s+sie\b"),
        lazy(
            rf"\bi[mn]\s+(?:\w+\s+)?{_RECORD_DE}\b[\w ]{{0,12}}?\s(?:tauchen|stehen)\s+sie\s+"
            r"(?:\w+\s+){0,3}?(?:auf|drin)\b"
        ),
        unless=_NOT_DONE,
    ),
    # "Ihr Name steht jetzt fest im Buch", "Ihr Name steht im Kalender"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bihr\s+name\s+steht\b"),
        lazy(
            r"\bihr\s+name\s+steht\s+(?:\w+\s+){0,2}?(?:im|in\s+(?:unserem|dem|fabians|\w+s))\s+"
            rf"(?:\w+\s+)?{_RECORD_DE}\b"
        ),
        unless=_NOT_DONE,
    ),
    # "Das System hat's übernommen": the record took it over (DONE, whatever "es" was)
    Rule(
        "de",
        K.DONE,
        lazy(r"übernommen|angenommen|gespeichert"),
        lazy(
            rf"\b{_RECORD_DE}\s+hat(?:'s|\s+es|\s+das)\s+(?:\w+\s+)?(?:übernommen|angenommen|"
            r"gespeichert)\b"
        ),
        unless=_NOT_DONE,
    ),
    # "The schedule has your name at ten", "Fabian's calendar now shows you on Friday", "The
    # system has taken your booking", "Our system now lists you for Friday"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:shows|has|lists|got|taken)\b"),
        lazy(
            rf"\b{_RECORD_EN}\s+(?:\w+\s+)?(?:shows|has|lists|has\s+got|'s\s+got|got)\s+"
            r"(?:you|your\s+name)\b(?!\s+(?:as\s+)?(?:cancel|free|open|available))|"
            rf"\b{_RECORD_EN}\s+(?:\w+\s+)?(?:has|'s)\s+(?:\w+\s+)?(?:taken|accepted|saved)\s+"
            r"your\s+(?:booking|appointment|reservation)\b"
        ),
        unless=_NOT_DONE,
    ),
    # the record answering for the booking: "The calendar confirms your perm with Fabian on
    # Friday", "The calendar came back with a yes for Friday at ten", "Our system just confirmed
    # it"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:confirm\w*|yes)\b"),
        lazy(
            rf"\b{_RECORD_EN}\s+(?:\w+\s+)?(?:confirms|confirmed|has\s+confirmed)\s+"
            r"(?:it|that|your\s+\w+|you)\b|"
            rf"\b{_RECORD_EN}\s+came\s+back\s+with\s+a\s+yes\b"
        ),
        unless=_NOT_DONE,
    ),
    # the record showing a move: "The calendar shows the move to Thursday at three"
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"\b(?:shows|has)\b"),
        lazy(
            rf"\b{_RECORD_EN}\s+(?:now\s+)?(?:shows|has)\s+(?:the|your)\s+(?:move|change|"
            r"reschedul\w*)\s+to\b"
        ),
        unless=_NOT_DONE,
    ),
    # "You're showing up in the schedule now", "You're showing in our calendar"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bshowing\b"),
        lazy(
            r"\byou(?:'re|\s+are)\s+(?:now\s+)?showing\s+(?:up\s+)?(?:now\s+)?(?:in|on)\s+"
            rf"(?:the|our|my|fabian's|\w+'s)\s+(?:\w+\s+)?{_RECORD_EN}\b"
        ),
        unless=_NOT_DONE,
    ),
)
