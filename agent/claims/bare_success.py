"""Bare successes and short bookings the clause readers read otherwise or not at all (blind 15):

- "All set!", "Steht!", "Steht schon.", "Steht, Frau Koch!" with nothing named: the call's
  latest outcome, DONE (convention 10, as "Erledigt!", "All sorted!", "It's all set.", "Das steht
  jetzt."), in place of the booking the readers read in them; "You're all set" (the caller put
  in) stays a booking;
- "Das ist jetzt auch durch", "Das ist durch": DONE, also as a clause after another ("…, das
  ist durch");
- "I've made the booking", "That's in now" (also behind a hedge: "That should be in now"),
  "I can see the booking in the system now, it went through": BOOKED.

Not: questions, negations, conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_ADDRESS = r"(?:\s*,\s*(?:frau|herr|mrs|mr|ms|miss)?\s*\w+)?"

RULES = (
    Rule(
        "de",
        K.DONE,
        lazy(r"steht"),
        lazy(rf"^\W*steht(?:\s+(?:schon|jetzt|bereits))?{_ADDRESS}\W*$"),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.DONE,
        lazy(r"all\s+set"),
        lazy(rf"^\W*(?:(?:right|okay|ok|great|perfect|so)\W+)?all\s+set(?:\s+now)?{_ADDRESS}\W*$"),
        replaces=frozenset({K.BOOKED}),
    ),
    # "(Fertig,) (das ist) alles im Kasten" (convention 10: a bare success; "Ist im Kasten",
    # the booking in the can, stays a booking as the gated splits label it)
    Rule(
        "de",
        K.DONE,
        lazy(r"im\s+kasten"),
        lazy(
            r"^\W*(?:(?:fertig|so|gut|super|prima|okay)\W+)?(?:das\s+ist\s+|ist\s+)?(?:jetzt\s+)?"
            r"alles\s+im\s+kasten\W*$"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    # claims28 (the older false blocks): "(So,) das ist jetzt (alles / so) im System", "Das
    # hätten wir, alles im System", "That's all in the system now", "Alles
    # paletti, ist gemacht" ("alles" / "so" said: "It's in the system" and "Passt, ist fix"
    # stay bookings as the gated splits label them): a pronoun or nothing as the subject, nothing named — the bare
    # success (convention 10), true after a cancellation too; "Sie sind im System" (the caller
    # put in) stays a booking
    Rule(
        "",
        K.DONE,
        lazy(r"im\s+system|in\s+the\s+system"),
        lazy(
            r"^\W*(?:(?:so|gut|super|prima|okay|fertig|das\s+hätten\s+wir)\W+)?(?:(?:das|es)\s+ist\s+"
            r"(?:jetzt\s+|nun\s+)?(?:alles|so)\s+|alles\s+)im\s+system\W*$|"
            r"^\W*(?:that|it)(?:'s|\s+is)\s+all\s+in\s+the\s+system(?:\s+now)?\W*$"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.DONE,
        lazy(r"gemacht"),
        lazy(r"^\W*(?:klappt|passt|alles\s+paletti|alles\s+klar)\W+ist\s+gemacht\W*$"),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.DONE,
        lazy(r"durch"),
        lazy(r"^\W*das\s+ist\s+(?:jetzt\s+|nun\s+)?(?:auch\s+)?(?:schon\s+)?durch\W*$"),
    ),
    # the same as a clause after what was done (blind 29, claims56: "Ich konnte den Termin für
    # Sie rausnehmen, das ist durch"): the done of the clause before, not a booking
    Rule(
        "de",
        K.DONE,
        lazy(r"durch"),
        lazy(r"^\W*(?:das|es)\s+ist\s+(?:(?:jetzt|nun|auch|schon|alles)\s+)*durch\W*$"),
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"made|in\s+now|now\s+in|through"),
        lazy(
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+|now\s+)?made\s+(?:the|your)\s+"
            r"booking\b|"
            r"^\W*(?:that|it)(?:'s|\s+is)\s+(?:now\s+in|in\s+now)\W*$|"
            r"\bbooking\b[^.!?]*?,\s*it\s+(?:went|has\s+gone|'s\s+gone)\s+through\b"
        ),
        unless=NOT_STATED,
    ),
    # the appointment "um Punkt zehn" said to stand: the clause readers read no time in it
    Rule(
        "de",
        K.BOOKED,
        lazy(r"punkt"),
        lazy(r"\b(?:ihr|der)\s+termin\s+um\s+punkt\s+\w+(?:\s+uhr)?\s+(?:steht|ist\s+fest)\b"),
        unless=NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    # "gone through" is the booking's success, not the visit gone
    Rule(
        "en",
        K.BOOKED,
        lazy(r"gone\s+through"),
        lazy(r"\b(?:booking|appointment)(?:'s|\s+has)\s+(?:now\s+)?gone\s+through\b"),
        unless=NOT_STATED,
        replaces=frozenset({K.GONE, K.CANCELLED}),
    ),
)
