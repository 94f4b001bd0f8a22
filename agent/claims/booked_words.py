"""A booking said in words the clause readers do not know: the slot that "steht für Sie" ("Der
Freitag um zehn steht für Sie"), the caller in the stylist's book ("Er hat Sie am Freitag um zehn
fest im Buch", "Lena has you firmly in her book for Saturday"), Denglisch "final gemacht", the
appointment "im Buchungssystem abgeschlossen" (a booking, not any outcome), a status line naming
the slot after its label ("Gebucht: Sa., 29.11.2025, 11 Uhr", "Confirmed: Friday 28/11, 10:00"),
the booking labelled a success in a status line ("Buchung: OK – Freitag 10:00"),
and the visit prepared for a named day and time ("Wenn Sie am Freitag um zehn reinkommen, ist
alles für Ihre Dauerwelle vorbereitet", "When you come in on Saturday at eleven, everything will
be ready"), and the slot a question says the speaker has put the caller in ("Passt Ihnen
Donnerstag um drei, wo ich Sie jetzt schon hingelegt habe?"). Not: negations, conditions other
than the visit's "wenn/when", other questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# the visit's "wenn" / "when" is no condition here; the rest of NOT_STATED is
_NOT_STATED_VISIT = lazy(
    r"\b(?:nicht|kein\w*|nichts|nie|falls|ob|sofern|möchten|wollen|würden|leider|not|no|never|"
    r"if|whether|unless|would|want|like)\b|n't\b"
)
# a thing other than the appointment, a condition or an act to come (claims98)
_NOT_PUT = lazy(
    NOT_STATED.pattern
    + r"|\b(?:once|sobald|as\s+soon\s+as|will|'ll|wird|werden|würde|would|could|könnte|"
    r"message|note|text|sms|nachricht|notiz|rückruf\w*|callback|request|anfrage)\b"
)
# a state word said beside a record (claims98)
_STATE_SAID = lazy(
    NOT_STATED.pattern
    + r"|\b(?:storniert|abgesagt|reserviert|angefragt|verschoben|gebucht|bestätigt|frei|offen|"
    r"cancell?ed|held|reserved|requested|pending|moved|booked|confirmed|free|open)\b"
)

RULES = (
    # a pronoun for the day and time named before it, said to stand firm (blind 11): "Ich
    # korrigiere mich, es ist Freitag um zehn, und der steht fest"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsteht\s+(?:jetzt\s+)?fest\b"),
        lazy(r",\s*(?:und\s+)?(?:der|die|das|er)\s+steht\s+(?:jetzt\s+)?fest\s*(?:[.!]|$)"),
        placed=True,
    ),
    # an over-eager yes before the caller's details (blind 12): "Sure, it's booked already, can
    # I get your name?", "Happy to, and it's already booked, what was your name again?" (the
    # question after it is its own sentence: `told_in_question.stated`)
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bbooked\b"),
        lazy(
            r"^\W*(?:sure|happy\s+to|of\s+course|certainly|absolutely|gladly|no\s+problem)\W+"
            r"(?:and\s+)?it's\s+(?:already\s+)?(?:all\s+)?booked\b(?!\s+(?:solid|up|out|full))"
        ),
        unless=lazy(r"\b(?:not|sorry|afraid|unfortunately|if|whether|someone|somebody)\b|n't\b"),
    ),
    # a named day and time said to stand, nothing after it (blind 12): "Oh, das ging schnell,
    # Freitag um zehn steht schon", "Freitag, zehn Uhr, steht jetzt"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsteht\b"),
        lazy(
            rf"(?:^\W*|,\s*)(?:am\s+)?{_DAY_DE}(?:,?\s+(?:um\s+)?[\w:.]+(?:\s+uhr)?)?,?\s+steht"
            r"(?:\s+(?:jetzt|schon|nun|fest|bereits))*\s*(?:[.!]|$)"
        ),
        clause=False,
        placed=True,
    ),
    # a question about the slot the speaker has already put the caller in presupposes the act
    # ("Passt Ihnen Donnerstag um drei, wo ich Sie jetzt schon hingelegt habe?")
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bich\s+sie\b"),
        lazy(
            r"\b(?:wo|wohin|wofür|den|für\s+den)\s+ich\s+sie\s+(?:\w+\s+){0,3}?(?:hingelegt|"
            r"eingetragen|gebucht|umgelegt|umgebucht|eingebucht|hingeschoben)\s+(?:habe|hab)\b"
        ),
        questions=True,
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bi(?:'ve|\s+have)\b"),
        lazy(
            r"\b(?:where|which|that)\s+i(?:'ve|\s+have)\s+(?:already\s+|just\s+|now\s+)*"
            r"(?:put|booked|moved|pencilled|penciled)\s+you\b"
        ),
        questions=True,
        placed=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"steht\s+(?:jetzt\s+|nun\s+)?für\s+sie"),
        lazy(
            rf"\b(?:der|ihr|ihre|die)\s+(?:{_DAY_DE}|\w*termin|buchung)\b[^,.;!?]*?\bsteht\s+"
            r"(?:jetzt\s+|nun\s+)?für\s+sie\s*(?:[.!]|$)"
        ),
        clause=True,
    ),
    # the same with the verb second after "dann", "damit", "jetzt" (blind 38, claims92):
    # "Wunderbar, dann steht der Freitag um zehn bei Fabian für Sie"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsteht\s+(?:jetzt\s+|nun\s+)?(?:der|ihr|ihre|die)\b"),
        lazy(
            r"(?:^|[,:–—]\s*)(?:dann|damit|somit|jetzt|nun|also|so)\s+steht\s+(?:jetzt\s+|nun\s+)?"
            rf"(?:der|ihr|ihre|die)\s+(?:{_DAY_DE}|\w*termin|buchung)\b[^,.;!?]*?\bfür\s+sie"
            r"(?:\s+fest)?\s*(?:[.!]|$)"
        ),
        # the whole sentence's "wenn"/"falls" or negation keeps it unsaid ("Wenn Sie zusagen,
        # dann steht …": a condition, conventions 5 and 125)
        clause=False,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bbuch\b|kalender"),
        lazy(
            r"\b(?:hat|haben|habe)\s+sie\b[^.!?]*?\b(?:fest\s+)?(?:im|in\s+(?:seinem|ihrem|unserem))\s+"
            r"(?:buch|terminbuch|kalender)\b"
        ),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"final"),
        lazy(r"\b(?:ich|wir)\s+(?:habe|hab|haben)\b[^.!?]*?\bfinal\s+gemacht\b"),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"abgeschlossen"),
        lazy(
            r"\b(?:\w*termin|buchung)\b[^.!?]*?\b(?:im|in\s+\w+)\s+(?:buchungs|termin)?system\s+"
            r"abgeschlossen\b"
        ),
        replaces=frozenset({K.DONE}),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"^\W*(?:fest\s+)?(?:gebucht|bestätigt|eingetragen)\s*:"),
        lazy(r"^\W*(?:fest\s+)?(?:gebucht|bestätigt|eingetragen)\s*:\s*\S"),
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"^\W*(?:booked|confirmed)\s*:"),
        lazy(r"^\W*(?:booked|confirmed)\s*:\s*\S"),
        placed=True,
    ),
    # "in"/"drin" said of a named day's appointment (blind 11): "Your ladies' cut on Friday at
    # ten is in", "I think Friday's in now", "Plus Saturday 11 am, that's in too", "Fürs
    # Haarefärben am Freitag sind Sie drin" (the clause ends there: not "Friday's in two days")
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bin\b"),
        lazy(
            # after "but" the claim's own clause, when it names the day (blind 15: "Sorry, the
            # system's slow today, but your Friday appointment is now in" is not today's)
            rf"(?:^(?!.*\bbut\b.*\b{_DAY_EN}\b)|\bbut\s+)(?=.*\b{_DAY_EN}\b).*\b(?:that|it|"
            rf"appointment|booking|slot|cut|haircut|perm|o'clock|am|pm|ten|eleven|twelve|{_DAY_EN})"
            r"(?:'s|\s+is)\s+(?:now\s+|all\s+)?in(?:\s+(?:now|too|as\s+well|then))?\s*(?:[.!,;]|$)|"
            rf"^(?=.*\b{_DAY_EN}\b).*\bthats\s+(?:now\s+|all\s+)?in(?:\s+(?:now|too))?\s*(?:[.!,;]|$)"
        ),
        own_details=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bboth\b"),
        lazy(r"^\W*(?:all\s+)?both(?:\s+of\s+them)?\s+(?:are|'re)\s+(?:now\s+)?in\s*(?:[.!,;]|$)"),
        several=True,
    ),
    # the caller and the person with them said in (blind 56, claims167): "Only you and your
    # husband are in", "You and Leo are both in now", "Drin sind nur Sie und Ihr Mann" ("No, …"
    # answers who: the clause is stated)
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\byou\s+and\b"),
        lazy(
            r"^\W*(?:no\W+|yes\W+|so\s+far\W+)?(?:only\s+|just\s+)?you\s+and\s+(?:your\s+)?\w+\s+"
            r"(?:are|'re)\s+(?:now\s+|both\s+|already\s+)*in(?:\s+(?:now|too|both))?\s*(?:[.!,;]|$)"
        ),
        unless=lazy(r"\b(?:not|never|if|whether|unless|nothing)\b|n't\b"),
        clause=True,
        several=True,
    ),
    # the caller's appointment presupposed as untouched by what happened to someone else (blind
    # 56, claims167): "The nine o'clock client did cancel, but that doesn't affect your
    # appointment" (the clause's details only: nine is the client's; after a move the new one)
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\baffect\b"),
        lazy(
            r"\b(?:that|this|it)\s+(?:doesn't|does\s+not|won't|will\s+not)\s+affect\s+your\s+"
            r"(?:\w+\s+)?(?:appointment|booking)\b"
        ),
        unless=lazy(r"\b(?:if|whether|unless|should|would|could)\b"),
        clause=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsie\s+und\b"),
        lazy(
            r"^\W*(?:nein\W+|ja\W+|bisher\W+)?(?:drin\s+sind\s+(?:jetzt\s+)?(?:nur\s+)?sie\s+und\s+"
            r"(?:ihr\w*\s+)?\w+|(?:nur\s+)?sie\s+und\s+(?:ihr\w*\s+)?\w+\s+sind\s+(?:jetzt\s+|beide\s+)*"
            r"drin)\s*(?:[.!,;]|$)"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|nichts)\b"),
        clause=True,
        several=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bdrin\b"),
        lazy(
            rf"^(?=.*\b{_DAY_DE}\b).*\b(?:sind\s+sie|sie\s+sind|ist\s+(?:er|der|es|ihr\s+termin|"
            r"der\s+termin))\s+(?:jetzt\s+|nun\s+|fest\s+)?drin\b"
        ),
    ),
    # a named day or date said firm (blind 11): "Friday at ten is now firm", "The twenty-eighth,
    # ten o'clock, is now firm", "Your appointment (Friday, ten o'clock) is already firm"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bfirm\b|\bfixed\b|\bfinal\b"),
        lazy(
            rf"^\W*(?:the\s+|your\s+)?(?:{_DAY_EN}|[\w-]+(?:th|st|nd|rd)|appointment|booking)\b[^.!?]*?"
            r"\b(?:is|'s)\s+(?:now\s+|already\s+)?(?:firm|fixed|final)\b"
        ),
        placed=True,
    ),
    # a bare participle before the day, as speech to text leaves a status line (blind 11):
    # "gebucht freitag zehn uhr fabian", "booked friday ten fabian perm"
    Rule(
        "",
        K.BOOKED,
        lazy(r"^\W*(?:gebucht|eingetragen|bestätigt|booked|confirmed)\b"),
        lazy(
            r"^\W*(?:gebucht|eingetragen|bestätigt|booked(?:\s+in)?|confirmed)\s+(?:für\s+|am\s+|"
            rf"for\s+|on\s+)?(?:{_DAY_DE}|{_DAY_EN})\b"
        ),
    ),
    # a status line: the booking labelled a success ("`Buchung: OK` – Freitag 10:00",
    # "`booking: success` — Friday 10:00, perm": blind 11), with a day and a time
    Rule(
        "",
        K.BOOKED,
        lazy(r"^\W*(?:buchung|termin|booking|appointment)\s*:"),
        lazy(
            r"^\W*(?:buchung|termin|booking|appointment)\s*:\s*(?:ok|okay|erfolgreich|success|"
            r"successful|done|complete)\b"
        ),
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bbook\b|diary|calendar"),
        lazy(
            r"\b(?:has|have|'s|'ve)\s+(?:got\s+)?you\s+(?:\w+\s+)?in\s+(?:his|her|their|our|the)\s+"
            r"(?:book|diary|calendar)\b"
        ),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bwenn\s+sie\b"),
        lazy(
            r"\bwenn\s+sie\s+[^,.;!?]*\b(?:kommen|reinkommen|vorbeikommen|eintreffen|da\s+sind)\s*,"
            r"\s*(?:ist|liegt|steht|wird)\s+(?:\w+\s+){0,5}?(?:vorbereitet|bereit|parat|fertig)\b"
        ),
        unless=_NOT_STATED_VISIT,
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bwhen\s+you\b"),
        lazy(
            r"\bwhen\s+you\s+(?:come\s+in|come|arrive|get\s+here|pop\s+in)\b[^,.;!?]*,\s*"
            r"(?:everything|it|all|your\s+\w+)\s+(?:will\s+be|'ll\s+be|is)\s+(?:all\s+)?"
            r"(?:ready|prepared|set\s+up)\b"
        ),
        unless=_NOT_STATED_VISIT,
        placed=True,
    ),
    # claims98 (blind 40): the appointment said to have gone into the calendar, in the past ("When
    # you said yes earlier, the perm for Friday at ten went straight into the diary", "Als Sie
    # ja gesagt haben, ging die Dauerwelle für Freitag direkt in den Kalender"); not a message or
    # a note gone into the system, not a condition or an act to come
    Rule(
        "en",
        K.BOOKED,
        lazy(r"diary|calendar|system"),
        lazy(
            r"\b(?:went|has\s+gone|'s\s+gone|got\s+put|was\s+put)\s+(?:straight\s+|directly\s+|right\s+)?"
            r"(?:in|into|onto)\s+(?:the|your|our|his|her|\w+'s)\s+(?:diary|calendar|system)\b"
        ),
        unless=_NOT_PUT,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"kalender|system|terminbuch"),
        lazy(
            r"\b(?:ging|gingen|kam|kamen|wanderte|wanderten)\s+(?:[\w.:]+\s+){0,8}?(?:direkt\s+|gleich\s+|"
            r"sofort\s+)?(?:in\s+(?:den|unseren|seinen|ihren)\s+(?:termin)?kalender|ins\s+(?:system|"
            r"terminbuch))\b|"
            r"\b(?:ist|sind)\s+(?:[\w.:]+\s+){0,8}?(?:in\s+den\s+(?:termin)?kalender|ins\s+(?:system|"
            r"terminbuch))\s+(?:gegangen|gewandert)\b"
        ),
        unless=_NOT_PUT,
    ),
    # claims98 (blind 40): the slot had "fest" ("Gut, dann haben wir den Freitag um zehn jetzt
    # fest – perfekt", "Sie haben den Freitag jetzt fest"): the booking; not "fest im Blick"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bfest\b"),
        lazy(
            r"\b(?:haben\s+(?:wir|sie)|(?:wir|sie)\s+haben)\s+(?:[\w.:]+\s+){1,6}?"
            r"(?:(?:jetzt|nun|also|damit|somit)\s+)?fest\s*(?:[–—,.!;]|$)"
        ),
        unless=_NOT_PUT,
    ),
    # claims98 (probe 40c): the current state's record after a colon, naming only the slot
    # ("Aktueller Stand: Donnerstag, 15 Uhr, Fabian", "Here's where it stands now: Thursday, 3
    # p.m."): the appointment there; a state word beside it is read by its own reader
    Rule(
        "",
        K.BOOKED,
        lazy(r"stand|status|stands"),
        lazy(
            rf"^\W*(?:(?:aktueller|derzeitiger|jetziger)\s+stand|current\s+status|(?:here's|this\s+is)\s+"
            r"where\s+(?:it|things|we)\s+(?:stands?|are)(?:\s+now)?)\s*:\s*(?:der\s+|am\s+|on\s+)?"
            rf"(?:{_DAY_DE}|{_DAY_EN})\b"
        ),
        unless=_STATE_SAID,
    ),
)
