"""A tool's status restated in free words, the way a smaller model leaks it (blind 39, claims95):
the words of the tool result, not of a reply, so the clause readers find no claim in them.

- a hold created ("Hold created for Friday at 10am", "Hold erstellt für Freitag um zehn",
  "Reservation created: Friday, 10 a.m.", "I've put a hold on Friday, 10 a.m."): HELD;
- a request awaiting the salon ("Status pending – your Friday ten request is waiting on the
  salon", "It says awaiting approval for Friday at ten", "Da steht: wartet auf Freigabe, Freitag
  zehn Uhr"): PENDING (convention 1);
- the system's alternatives ("The system suggests Thursday at 3pm instead", "Alternatives it's
  giving me: Thursday 15:00", "Als Alternative zeigt mir das System Donnerstag, 15 Uhr"):
  AVAILABLE (convention 2: a slot the tools offered).

Each needs its clause (its sentence, for the alternatives after a colon) to name a day and a
time, and replaces the booking or hold the other readers read in the same words. Not: questions
("Shall I put a hold on Friday at ten?" is an offer, read elsewhere), conditions, a status
negated ("Hold could not be created").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_SAID = lazy(
    r"\b(?:wenn|falls|ob|sofern|if|whether|unless|would|würde|nicht|kein\w*|not|no|failed|"
    r"fehlgeschlagen|error|fehler)\b|n't\b"
)
_REPLACED = frozenset({K.BOOKED, K.HELD, K.AVAILABLE, K.DONE, K.PENDING})
# a booking said beside the system's alternatives keeps its reading ("The system shows me Friday
# at ten is booked for you")
_NOT_OFFERED = lazy(
    _NOT_SAID.pattern + r"|\b(?:booked|confirmed|gebucht|eingetragen|bestätigt|storniert|"
    r"cancell?ed|moved|verschoben)\b"
)

RULES = (
    Rule(
        "",
        K.HELD,
        lazy(r"hold|held|reserv|vormerkung|gehalten"),
        lazy(
            # "Hold created for Friday at 10am", "Hold erstellt für Freitag um zehn"
            r"^\W*(?:(?:ein|the|a)\s+)?(?:hold|reservierung|reservation|vormerkung)\s*:?\s*"
            r"(?:created|placed|set|made|angelegt|erstellt|gesetzt|aktiv|active)\b|"
            # "I've put a hold on Friday, 10 a.m.", "I've placed a hold on Friday at 10"
            r"\bi(?:'ve|\s+have)\s+(?:just\s+)?(?:put|placed|set)\s+a\s+hold\s+on\b|"
            # "Status: gehalten, Freitag 10:00" (the tool's word for a hold)
            r"\bstatus\s*:?\s*(?:gehalten|held|reserviert|reserved|hold|on\s+hold)\b"
        ),
        unless=_NOT_OFFERED,  # a booking said beside the status keeps its reading
        placed=True,
        replaces=_REPLACED,
    ),
    Rule(
        "",
        K.PENDING,
        lazy(r"pending|awaiting|wartet|ausstehend"),
        lazy(
            # a day named (a bare "Status: pending" names no request: convention 43); "Friday
            # ten" names no time the details read, so no time is asked for
            rf"^(?=.*\b{_DAY}\b)(?:.*?)(?:"
            # "Status pending – …", "Status: pending approval – Friday at 10", "Pending – your …"
            r"\bstatus\s*:?\s*(?:pending|ausstehend)\b|(?<![\w\s])\W*pending\s*[–—:-]|"
            # "It says awaiting approval for …", "It shows as awaiting approval, …"
            r"\b(?:awaiting|pending)\s+(?:the\s+salon'?s?\s+)?(?:approval|confirmation)\b|"
            # "Da steht: wartet auf Freigabe, Freitag zehn Uhr"
            r"\bwartet\s+auf\s+(?:die\s+)?(?:freigabe|bestätigung\s+des\s+salons)\b)"
        ),
        unless=_NOT_SAID,
        replaces=_REPLACED,
    ),
    Rule(
        "",
        K.AVAILABLE,
        lazy(r"system|alternativ|instead|ausweich|ersatz"),
        lazy(
            # "The system suggests Thursday at 3pm instead", "Das System schlägt stattdessen …
            # vor"
            # (what it shows or names is an alternative only with that word: "Das System zeigt mir
            # die Öffnungszeiten für Samstag" names hours)
            r"\b(?:the\s+)?system\s+(?:suggests|offers|proposes|is\s+offering|is\s+suggesting|"
            r"schlägt\b[^.!?]*?\bvor|bietet\b[^.!?]*?\ban)\b|"
            # "Alternatives it's giving me: …", "Alternative it's showing me: …"
            r"\balternatives?\s+(?:it's|it\s+is|the\s+system\s+is)\s+(?:giving|showing|offering)\b|"
            # blind 55 (claims141): a result's list read out, "status "not_booked", alternatives
            # Thursday 15:00 and Saturday 11:00", "…, alternatives: Donnerstag 15:00, …"
            rf"(?:^|[,;–—]\s*)(?:alternatives?|alternativen|alternativ)\s*:?\s+(?=(?:{_DAY})\b)|"
            # "What it gives me instead is …"
            r"\bwhat\s+it\s+(?:gives|shows|offers)\s+(?:me\s+)?instead\b|"
            # "Als Alternative/Ausweichtermin zeigt/nennt mir das System …"
            r"\bals\s+(?:alternative|ausweichtermin|ersatz)\s+(?:zeigt|nennt|gibt|schlägt)\s+"
            r"(?:mir\s+)?(?:das\s+system|der\s+kalender)\b"
        ),
        unless=_NOT_OFFERED,
        placed=True,
        # (blind 55, claims141: the slots a bare slot answer reads as the caller's booking, "Ist es
        # gebucht?" – "…, Alternativen: Donnerstag 15 Uhr, …", are the alternatives, not it)
        replaces=frozenset({K.HELD, K.AVAILABLE, K.BOOKED}),
    ),
)
