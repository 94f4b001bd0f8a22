"""Money and reminders said done (blind 16, claims25):

- a deposit, prepayment, fee or refund said received, recorded, charged, waived or paid back,
  or to be paid back ("Die Anzahlung von 20 Euro ist eingegangen", "Die Anzahlung überweisen wir
  Ihnen zurück", "We'll refund your deposit", "Die Stornogebühr ist Ihnen erlassen worden",
  "Ich habe Ihnen die Ausfallgebühr gutgeschrieben", "I've recorded your deposit", "The
  cancellation fee has been waived", "No cancellation fee was charged, I've sorted that"), or its
  receipt said sent ("Die Quittung … habe ich Ihnen per SMS geschickt", claims174):
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
    # a voucher, a discount or credit (blind 43, claims107): "Der Gutschein ist eingelöst"
    r"rückerstattung|erstattung|\w*gutschein|\w*rabatt|guthaben|nachlass|"
    # money off said as a share (claims112): "Ich habe Ihnen zehn Prozent abgezogen"
    r"prozent|"
    # the English word in a German reply (blind 56, claims167): "Ihr Deposit ist eingegangen"
    r"deposit|payment|fee|refund|voucher)(?:en|s|e|es)?"
)
_DONE_DE = (
    r"(?:eingegangen|angekommen|verbucht|gebucht|berechnet|erlassen|gestrichen|erstattet|"
    r"zurückerstattet|rückerstattet|gutgeschrieben|erhalten|bezahlt|beglichen|überwiesen|"
    r"zurücküberwiesen|abgebucht|eingezogen|in\s+rechnung\s+gestellt|verrechnet|erfasst|"
    r"vermerkt|hinterlegt|notiert|aufgehoben|zurückgebucht|"
    # a refund set going (blind 32, claims67): "Ihre Rückerstattung ist veranlasst"
    r"veranlasst|angestoßen|eingeleitet|angewiesen|unterwegs|auf\s+dem\s+weg|"
    # a voucher used up or a discount given (blind 43, claims107)
    r"eingelöst|entwertet|abgezogen|angerechnet|gewährt|eingeräumt|abgerechnet|"
    # a discount given, entered or taken into account (claims112): "Ich habe Ihnen den
    # Neukundenrabatt gegeben", "Ihr Treuerabatt ist bereits berücksichtigt"
    r"gegeben|eingetragen|berücksichtigt|draufgerechnet|erlassen)"
)
# the caller said to have paid already (blind 43, claims107): "Bezahlt ist schon alles", "Sie
# haben im Voraus bezahlt, offen ist nichts mehr"
_PAID_DE = (
    r"\bbezahlt\s+ist\s+(?:schon\s+|bereits\s+)?alles\b|\balles\s+(?:ist\s+)?(?:schon\s+|bereits\s+)?"
    r"(?:bezahlt|beglichen)\b|\bsie\s+haben\s+(?:schon\s+|bereits\s+)?(?:im\s+voraus\s+|vorab\s+)?"
    r"(?:bezahlt|gezahlt)\b|"
    # the caller's visit said paid for (claims174): "Ihre Dauerwelle am Freitag ist schon bezahlt"
    r"\bihre?\s+(?:[\w-]+\s+){1,4}?(?:ist|wurde)\s+(?:schon\s+|bereits\s+)?(?:komplett\s+|"
    r"vollständig\s+|im\s+voraus\s+|vorab\s+)?(?:bezahlt|beglichen)\b"
)
# a rule of the house or a condition, not an act of this call
_HOUSE_DE = lazy(
    r"\b(?:wenn|falls|sofern|ob|kann|könnte|können|würde|würden|müssten|soll|sollte|sollten|"
    r"möchten|nur|generell|grundsätzlich|normalerweise|üblicherweise|immer|bei\s+einer|"
    r"unter\s+\d+|keine\s+(?:anzahlung|gebühr)\w*\s+(?:nötig|verlangt|erhoben))\b|"
    # for a group or an occasion (claims115): "bei Stammkunden", "für Neukunden", "samstags"
    r"\bbei\s+\w*(?:kunden|kundinnen|mitgliedern)\b|\bfür\s+(?:alle|\w*kunden|\w*kundinnen)\b|"
    r"\b\w+tags\b"
)
_MONEY_EN = (
    r"(?:deposit|prepayment|payment|fee|charge|refund|voucher|gift\s*card|gift\s+voucher|"
    r"discount|credit|money)s?"
)
_DONE_EN = (
    r"(?:received|come\s+through|gone\s+through|arrived|recorded|logged|taken(?!\s+care)|charged|waived|"
    r"dropped|refunded|credited|written\s+off|removed|paid|processed|noted|on\s+file|reversed|"
    r"returned|initiated|issued|under\s*way|on\s+(?:its|the)\s+way|being\s+processed|"
    # a voucher used or a discount given (blind 43, claims107)
    r"redeemed|applied|deducted|taken\s+off|granted)"
)
# money off said given, or the caller said paid up (blind 43, claims107): "I've knocked fifteen
# percent off for you", "You're all paid up"
_PAID_EN = (
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|already\s+)?(?:knocked|taken|shaved|"
    r"deducted)\s+(?:\w+\s+){0,2}?(?:percent|per\s+cent|euros?|pounds?|quid)\s+(?:off|from)\b|"
    r"\b(?:you're|you\s+are)\s+(?:all\s+|fully\s+)?paid\s+(?:up|in\s+full|for)\b|"
    r"\b(?:everything|it)(?:'s|\s+is|\s+has\s+been)\s+(?:already\s+)?paid\s+(?:for|up|in\s+full)\b|"
    # the caller's visit said paid for (claims174): "Your Friday perm is already paid for"
    r"\byour\s+(?:[\w-]+\s+){1,3}?(?:is|has\s+been|was)\s+(?:already\s+)?(?:fully\s+|all\s+)?"
    r"paid\s+(?:for|up|in\s+full)\b|"
    # claims112: "Everything's paid", "I've put the new-customer discount on for you"
    r"\b(?:everything|it\s+all)(?:'s|\s+is|\s+has\s+been)\s+(?:already\s+|all\s+)?paid\b|"
    r"\bit(?:'s|\s+is|\s+has\s+been)\s+all\s+(?:already\s+)?paid\b|"
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|already\s+)?(?:put|added|popped)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:discount|voucher|credit|gift\s*card)s?\s+on\b"
)
_HOUSE_EN = lazy(
    r"\b(?:if|whether|unless|would|could|may|might|can|only|usually|normally|generally|always|"
    r"should|shall|apply|applies|want|like|must|needs?\s+to|has\s+to|have\s+to|anymore)\b|"
    r"\bthis\s+(?:year|month|season)\b|\bno\s+longer\b|"
    # what happens to every voucher or deposit: "Vouchers are redeemed at the till"
    r"\b(?:vouchers|gift\s*cards|discounts|deposits|fees|payments|refunds)\s+(?:are|get)\b|"
    # for a group or an occasion (claims115): "The deposit is waived for regulars", "… on Saturdays"
    r"\bfor\s+(?!you\b|your\b)(?:all|everyone|anyone|regulars|members|students|new\s+\w+|"
    r"\w+\s+customers|\w+\s+clients)\b|\bon\s+\w+days\b|\bat\s+(?:the\s+)?weekends?\b"
)

# money off promised as amends or for the next visit (blind 48, claims120): "Als Entschuldigung
# bekommen Sie beim nächsten Besuch zehn Prozent Rabatt", "You'll get ten percent off next time as
# an apology": a discount given, backed by nothing as one said entered is (convention 29)
_AMENDS_DE = r"(?:als\s+entschuldigung|zur\s+wiedergutmachung|als\s+ausgleich|für\s+den\s+ärger)"
_NEXT_DE = r"(?:beim|für\s+den|am)\s+nächsten\s+(?:besuch|mal|termin)"
_GIVEN_DE = r"(?:bekommen|erhalten|kriegen|gibt\s+es|gibt's|schenken\s+wir|schenke\s+ich)"
_OFF_DE = r"(?:\w*rabatt\w*|nachlass|prozent|euro|\w*gutschein\w*|guthaben)"
_PROMISED_DE = (
    rf"\b(?:{_AMENDS_DE}|{_NEXT_DE})\b[^.;!?]*?\b{_GIVEN_DE}\b[^.;!?]*?\b{_OFF_DE}\b|"
    rf"\b{_GIVEN_DE}\b[^.;!?]*?\b{_OFF_DE}\b[^.;!?]*?\b(?:{_AMENDS_DE}|{_NEXT_DE})\b"
)
_AMENDS_EN = (
    r"(?:as\s+an\s+apology|by\s+way\s+of\s+(?:an\s+)?apology|to\s+make\s+up\s+for\s+(?:it|this|that)|"
    r"for\s+the\s+(?:trouble|inconvenience)|to\s+say\s+sorry|as\s+compensation|"
    r"your\s+next\s+(?:visit|appointment)|next\s+time)"
)
_OFF_EN = (
    r"(?:(?:\w+\s+)?(?:percent|per\s+cent|euros?|pounds?|quid)\s+off|(?:a\s+)?discount|"
    r"(?:a\s+)?voucher|(?:a\s+)?credit)"
)
_GIVEN_EN = (
    r"(?:you(?:'ll|\s+will)?\s+(?:get|receive|have)|there(?:'s|\s+is|'ll\s+be|\s+will\s+be))"
)
_PROMISED_EN = (
    rf"\b{_AMENDS_EN}\b[^.;!?]*?\b{_GIVEN_EN}\b[^.;!?]*?\b{_OFF_EN}|"
    rf"\b{_GIVEN_EN}\b[^.;!?]*?\b{_OFF_EN}\b[^.;!?]*?\b{_AMENDS_EN}\b"
)

_REMINDER_DE = lazy(
    r"\b\w*erinnerung\w*\b[^.;!?]*?\b(?:eingerichtet|eingestellt|angelegt|aktiviert|aktiv|an(?=\s*(?:[.;!,)]|$))|gesetzt|"
    r"geplant|eingeplant|vorgesehen|hinterlegt|eingetragen|programmiert|raus|unterwegs|verschickt|geschickt|kommt|"
    r"geht|folgt)\b|"
    r"\b(?:erhalten|bekommen|kriegen|schicken|senden|schicke|sende|folgt)\b[^.;!?]*?"
    r"\b\w*erinnerung\w*\b|"
    r"\b(?:wir|system|salon|team|kalender|cal\.com)\b[^.;!?]*?\berinner(?:n|t)\s+(?:sie|dich|euch)\b|"
    r"\b(?:werden|wirst|werdet)\s+(?:\w+\s+){0,4}?erinnert\b"
)
# (what a reminder is for is no negation nor a modal: "…, Sie können also nichts vergessen",
# "damit Sie es nicht vergessen")
_FORGET_DE = r"(?!\s+(?:\w+\s+){0,3}?(?:vergessen|verpassen|verschwitzen)\b)"
_NOT_REMINDED_DE = lazy(
    rf"\b(?:nicht|kein\w*|können){_FORGET_DE}\b|"
    r"\b(?:nie|wenn|falls|ob|sofern|möchten|möchte|soll|sollen|könnte|"
    r"würde|wollen|sich)\b|\bzur\s+erinnerung\b"
)
# a word before the visit, said to come so that the caller does not forget, or a reminder said
# to come some time before (blind 43, claims107): "Sie bekommen am Vortag eine SMS, damit Sie es
# nicht vergessen", "Am Abend vorher piept Ihr Handy mit einer kleinen Erinnerung"
_BEFORE_DE = r"(?:vorher|zuvor|vortag|rechtzeitig|tag\s+davor|abend\s+davor)"
_REMINDER_BEFORE_DE = lazy(
    r"\b(?:bekommen|erhalten|kriegen|schicken|senden|schicke|sende|kommt|geht)\b[^.;!?]*?"
    r"\b(?:sms|nachricht|anruf|bescheid|textnachricht)\b[^.;!?]*?\bdamit\s+sie\s+(?:\w+\s+){0,3}?"
    r"nicht\s+(?:vergessen|verpassen)\b|"
    r"\bdamit\s+sie\s+(?:\w+\s+){0,3}?nicht\s+(?:vergessen|verpassen)\s*,\s*(?:bekommen|erhalten|"
    r"kriegen|schicken|senden)\s+(?:sie|wir)\b[^.;!?]*?\b(?:sms|nachricht|anruf|bescheid)\b|"
    rf"\b{_BEFORE_DE}\b[^.;!?]*?\b\w*erinnerung\b|\b\w*erinnerung\b[^.;!?]*?\b{_BEFORE_DE}\b"
)
_NOT_BEFORE_DE = lazy(
    r"\b(?:wenn|falls|ob|sofern|möchten|möchte|soll|sollen|könnte|würde|wollen|kein\w*|"
    r"nie)\b|\bzur\s+erinnerung\b|\bnicht\b(?!\s+(?:vergessen|verpassen))"
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
    r"\b(?:don't|doesn't|won't|can't|didn't|haven't|hasn't|isn't|aren't)\s+(?!worry|forget|miss)|"
    r"\b(?:as\s+a|just\s+a|friendly|quick)\s+reminder\b"
)

# a reminder said to come some time ahead (blind 43, claims107): "There'll be a little reminder on
# your phone the night before", "Your phone will ping you a day ahead"
_AHEAD_EN = (
    r"(?:(?:a|one|the|an|24|48)\s+(?:\w+\s+)?(?:day|night|evening|morning|hour|hours)\s+"
    r"(?:before(?:hand)?|ahead|in\s+advance|prior))"
)
_REMINDER_AHEAD_EN = lazy(
    rf"\breminders?\b[^.;!?]*?\b{_AHEAD_EN}|\b{_AHEAD_EN}\b[^.;!?]*?\breminders?\b|"
    r"\b(?:phone|mobile)\s+(?:will|'ll|should)\s+(?:\w+\s+)?(?:ping|buzz|beep|ding|vibrate)\b"
    rf"[^.;!?]*?\b{_AHEAD_EN}"
)

# a fee charged beside the cancellation just made (blind 52, claims130; convention 29): "Storniert,
# dafür fallen allerdings 15 Euro Ausfallgebühr an", "…, die Ausfallgebühr buche ich Ihnen ab",
# "…, berechnen wir die Gebühr", "I've cancelled it and applied the cancellation fee",
# "Cancelled, though a late-cancellation fee of 15 euros applies"
_FEE_WITH_CANCELLATION = lazy(
    r"\b(?:storniert|abgesagt|gestrichen)\b[^.!?]*?(?:"
    rf"\bfallen?\s+(?:\w+\s+){{0,4}}?{_MONEY_DE}\s+an\b|"
    rf"\b(?:berechnen|buchen|ziehen)\s+(?:wir|ich)\s+(?:ihnen\s+)?(?:\w+\s+){{0,2}}?{_MONEY_DE}\b|"
    rf"\b{_MONEY_DE}\b[^.;!?]*?\b(?:buche|ziehe|berechne|buchen|ziehen|berechnen)\s+(?:ich|wir)\s+"
    r"(?:ihnen\s+)?(?:ab|an|in\s+rechnung)\b)|"
    r"\b(?:cancell?ed|called\s+off)\b[^.!?]*?\b(?:though|but|and|so)\b[^.;!?]*?(?:"
    rf"\b{_MONEY_EN}\b[^.;!?]*?\b(?:applies|applied|is\s+due|will\s+be\s+charged)\b|"
    rf"\b(?:applied|charged)\s+(?:the|a|your)\s+(?:[\w-]+\s+){{0,2}}?{_MONEY_EN}\b)"
)

# money the salon says it will pay back (blind 57, claims156): "Die Anzahlung überweisen wir
# Ihnen zurück", "Wir erstatten Ihnen die Anzahlung", "We'll refund your deposit" — the speaker
# or the salon as the one paying (not "die Anzahlung bekommen Sie zurück", the caller's)
_PAY_BACK_DE = (
    rf"\b{_MONEY_DE}\b[^.;!?]*?\b(?:(?:überweisen|zahlen|buchen)\s+(?:wir|ich)\b[^.;!?]*?\bzurück|"
    r"erstatten\s+(?:wir|ich))\b|"
    r"\b(?:wir|ich)\s+(?:(?:überweisen|zahlen|buchen)\b[^.;!?]*?\b"
    rf"{_MONEY_DE}\b[^.;!?]*?\bzurück|erstatten\b[^.;!?]*?\b{_MONEY_DE})\b"
)
_PAY_BACK_EN = (
    r"\b(?:we'll|i'll|we\s+will|i\s+will)\s+(?:(?:just|also|of\s+course)\s+)?"
    rf"(?:refund|reimburse|return|pay\s+back|credit)\b[^.;!?]*?\b{_MONEY_EN}\b"
)

# a receipt for money said sent (claims174, blind 57): "Die Quittung für die Anzahlung habe ich
# Ihnen schon per SMS geschickt", "I've already texted you the receipt for the deposit": the
# money said taken, as "Die Anzahlung ist eingegangen" (no tool takes money or writes a receipt;
# the salon's texts confirm bookings, not payments)
_RECEIPT_SENT_DE = (
    r"\b(?:quittung|zahlungsbeleg|zahlungsbestätigung)\w*\b[^.;!?]*?\b(?:geschickt|gesendet|"
    r"verschickt|zugeschickt|geschrieben|ausgestellt|mitgegeben)\b|\b(?:geschickt|gesendet|"
    r"verschickt|zugeschickt|ausgestellt)\b[^.;!?]*?\b(?:quittung|zahlungsbeleg|zahlungsbestätigung)"
)
_RECEIPT_SENT_EN = (
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|already\s+|also\s+)*(?:texted|sent|"
    r"emailed|e-mailed|messaged|issued)\s+(?:you\s+)?(?:over\s+)?(?:the|a|your)\s+"
    r"(?:[\w-]+\s+)?(?:receipt|payment\s+confirmation)\b|"
    r"\b(?:the|your)\s+receipt\b[^.;!?]*?\b(?:has\s+been|was|is)\s+(?:already\s+)?(?:sent|texted|"
    r"emailed|issued)\b"
)
RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"quittung|zahlungsbeleg|zahlungsbestätigung"),
        lazy(_RECEIPT_SENT_DE),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_DE,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"receipt|payment confirmation"),
        lazy(_RECEIPT_SENT_EN),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_EN,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"gebühr|kosten|euro|fee|charge"),
        _FEE_WITH_CANCELLATION,
        follow_up=FollowUp.MONEY,
        unless=lazy(
            r"\b(?:wenn|falls|sofern|ob|if|whether|unless|would|würde|kann|könnte|may|might|kein\w*|"
            r"nicht|nichts|no|not|nothing)\b|n't\b"
        ),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(
            r"anzahlung|zahlung|vorkasse|kaution|gebühr|kosten|betrag|erstatt|gutschein|rabatt|"
            r"guthaben|nachlass|bezahlt|gezahlt|prozent|deposit|payment|fee|refund|voucher"
        ),
        lazy(
            rf"\b{_MONEY_DE}\b[^.;!?]*?\b{_DONE_DE}\b|\b{_DONE_DE}\b[^.;!?]*?\b{_MONEY_DE}\b|"
            + _PAID_DE
        ),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_DE,
        clause=True,
    ),
    # read over the whole sentence: a condition anywhere in it makes it the house's rule ("If
    # you cancel in time, we'll refund your deposit")
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"zurück|erstatten"),
        lazy(_PAY_BACK_DE),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_DE,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"refund|reimburse|return|back|credit"),
        lazy(_PAY_BACK_EN),
        follow_up=FollowUp.MONEY,
        unless=lazy(_HOUSE_EN.pattern + r"|\b(?:when|once|as\s+soon\s+as)\b"),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"rabatt|nachlass|prozent|euro|gutschein|guthaben"),
        lazy(_PROMISED_DE),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_DE,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"deposit|payment|fee|charge|refund|voucher|gift|discount|credit|paid|off\b|money"),
        lazy(
            _PAID_EN + "|"
            rf"\b{_MONEY_EN}\b[^.;!?]*?\b{_DONE_EN}\b|"
            # "also" too (claims152): "I've also (gone ahead and) waived the fee for you"
            rf"\b(?:i've|we've|i\s+have|we\s+have|i|we)\s+(?:(?:just|already|also)\s+)?{_DONE_EN}\b"
            rf"[^.;!?]*?\b{_MONEY_EN}\b|"
            r"\bno\s+(?:\w+\s+)?(?:fee|charge)s?\b[^.;!?]*?\b(?:charged|applied|taken)\b"
        ),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_EN,
        clause=True,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\boff\b|discount|voucher|credit"),
        lazy(_PROMISED_EN),
        follow_up=FollowUp.MONEY,
        unless=_HOUSE_EN,
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
        "de",
        K.FOLLOW_UP,
        lazy(r"vergessen|verpassen|erinnerung"),
        _REMINDER_BEFORE_DE,
        follow_up=FollowUp.REMINDER,
        unless=_NOT_BEFORE_DE,
        replaces=frozenset({K.FOLLOW_UP}),  # the text it is: a reminder, not the confirmation
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"ahead|before|advance|prior"),
        _REMINDER_AHEAD_EN,
        follow_up=FollowUp.REMINDER,
        unless=_NOT_REMINDED_EN,
        replaces=frozenset({K.FOLLOW_UP}),
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
