"""Money and reminders said done (blind 16, claims25):

- a deposit, prepayment, fee or refund said received, recorded, charged, waived or paid back
  ("Die Anzahlung von 20 Euro ist eingegangen", "Die Stornogebühr ist Ihnen erlassen worden",
  "Ich habe Ihnen die Ausfallgebühr gutgeschrieben", "I've recorded your deposit", "The
  cancellation fee has been waived", "No cancellation fee was charged, I've sorted that"):
  FOLLOW_UP money, backed by nothing (no tool takes or returns money; convention 29). A waiver
  said with "nicht / no" is still said done, so negation does not stop these rules; a rule of the
  house ("Bei einer Absage unter 24 Stunden kann eine Gebühr anfallen", "A fee may apply if you
  cancel late", "Die Anzahlung entfällt bei uns") names no act and passes.
- a reminder said set up, active, on its way, to follow or promised ("Die Erinnerung ist eingestellt",
  "**Erinnerung:** aktiviert", "Das System erinnert Sie rechtzeitig", "Wir erinnern Sie einen Tag
  vorher", "You'll be reminded", "Your reminder is all set up", "A reminder goes out 24 hours
  before"): FOLLOW_UP reminder (nothing sends one).

Not: questions, a condition or an offer ("Wenn Sie möchten, …", "Shall I set a reminder?"), a
reminder or payment denied ("Erinnerungen verschicken wir nicht", "We don't send reminders").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import Rule

K = ClaimKind

_MONEY_DE = (
    r"(?:anzahlung|vorauszahlung|vorkasse|kaution|\w*gebühr|\w*kosten|\w*zahlung|betrag|"
    r"rückerstattung|erstattung)(?:en|s)?"
)
_DONE_DE = (
    r"(?:eingegangen|angekommen|verbucht|gebucht|berechnet|erlassen|gestrichen|erstattet|"
    r"zurückerstattet|rückerstattet|gutgeschrieben|erhalten|bezahlt|beglichen|überwiesen|"
    r"zurücküberwiesen|abgebucht|eingezogen|in\s+rechnung\s+gestellt|verrechnet|erfasst|"
    r"vermerkt|hinterlegt|notiert|aufgehoben|zurückgebucht|"
    # a refund set going (blind 32, claims67): "Ihre Rückerstattung ist veranlasst"
    r"veranlasst|angestoßen|eingeleitet|angewiesen|unterwegs|auf\s+dem\s+weg)"
)
# a rule of the house or a condition, not an act of this call
_HOUSE_DE = lazy(
    r"\b(?:wenn|falls|sofern|ob|kann|könnte|können|würde|würden|müssten|soll|sollte|sollten|"
    r"möchten|nur|generell|grundsätzlich|normalerweise|üblicherweise|immer|bei\s+einer|"
    r"unter\s+\d+|keine\s+(?:anzahlung|gebühr)\w*\s+(?:nötig|verlangt|erhoben))\b"
)
_MONEY_EN = r"(?:deposit|prepayment|payment|fee|charge|refund)s?"
_DONE_EN = (
    r"(?:received|come\s+through|gone\s+through|arrived|recorded|logged|taken(?!\s+care)|charged|waived|"
    r"dropped|refunded|credited|written\s+off|removed|paid|processed|noted|on\s+file|reversed|"
    r"returned|initiated|issued|under\s*way|on\s+(?:its|the)\s+way|being\s+processed)"
)
_HOUSE_EN = lazy(
    r"\b(?:if|whether|unless|would|could|may|might|can|only|usually|normally|generally|always|"
    r"should|shall|apply|applies|want|like)\b"
)

_REMINDER_DE = lazy(
    r"\b\w*erinnerung\w*\b[^.;!?]*?\b(?:eingerichtet|eingestellt|angelegt|aktiviert|aktiv|an(?=\s*(?:[.;!,)]|$))|gesetzt|"
    r"geplant|hinterlegt|eingetragen|programmiert|raus|unterwegs|verschickt|geschickt|kommt|"
    r"geht|folgt)\b|"
    r"\b(?:erhalten|bekommen|kriegen|schicken|senden|schicke|sende|folgt)\b[^.;!?]*?"
    r"\b\w*erinnerung\w*\b|"
    r"\b(?:wir|system|salon|team|kalender|cal\.com)\b[^.;!?]*?\berinner(?:n|t)\s+(?:sie|dich|euch)\b|"
    r"\b(?:werden|wirst|werdet)\s+(?:\w+\s+){0,4}?erinnert\b"
)
_NOT_REMINDED_DE = lazy(
    r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|möchten|möchte|soll|sollen|können|könnte|"
    r"würde|wollen|sich)\b|\bzur\s+erinnerung\b"
)
_REMINDER_EN = lazy(
    r"\breminders?\b[^.;!?]*?\b(?:set|scheduled|on(?=\s*(?:[.;!,(]|$))|active|activated|arranged|"
    r"in\s+place|goes\s+out|go\s+out|going\s+out|sent|(?:is|'s)\s+out|coming|on\s+its\s+way|"
    r"added|created|follows?)\b|"
    r"\b(?:get|receive|getting|receiving|send|sending)\b[^.;!?]*?\breminders?\b|"
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|also\s+)?(?:set|scheduled|arranged|added|"
    r"created|put\s+in|turned\s+on|switched\s+on)\b[^.;!?]*?\breminders?\b|"
    r"\b(?:be|get|been)\s+reminded\b|"
    r"\b(?:we|i|system|salon|team|calendar)(?:'ll|\s+will)?\s+(?:\w+\s+)?reminds?\s+you\b"
)
_NOT_REMINDED_EN = lazy(
    r"\b(?:not|no|never|if|whether|unless|would|could|can|shall|want|like|should|may|might)\b|"
    r"\b(?:don't|doesn't|won't|can't|didn't|haven't|hasn't|isn't|aren't)\s+(?!worry)|"
    r"\b(?:as\s+a|just\s+a|friendly|quick)\s+reminder\b"
)

RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"anzahlung|zahlung|vorkasse|kaution|gebühr|kosten|betrag|erstatt"),
        lazy(rf"\b{_MONEY_DE}\b[^.;!?]*?\b{_DONE_DE}\b|\b{_DONE_DE}\b[^.;!?]*?\b{_MONEY_DE}\b"),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_DE,
        clause=True,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"deposit|payment|fee|charge|refund"),
        lazy(
            rf"\b{_MONEY_EN}\b[^.;!?]*?\b{_DONE_EN}\b|"
            rf"\b(?:i've|we've|i\s+have|we\s+have|i|we)\s+(?:just\s+|already\s+)?{_DONE_EN}\b"
            rf"[^.;!?]*?\b{_MONEY_EN}\b|"
            r"\bno\s+(?:\w+\s+)?(?:fee|charge)s?\b[^.;!?]*?\b(?:charged|applied|taken)\b"
        ),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_EN,
        clause=True,
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"erinner"),
        _REMINDER_DE,
        follow_up=FollowUp.REMINDER,
        unless=_NOT_REMINDED_DE,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"remind"),
        _REMINDER_EN,
        follow_up=FollowUp.REMINDER,
        unless=_NOT_REMINDED_EN,
    ),
)
