"""Tool talk said in the plain words it stands for (blind 46, claims114; a step of `reworded`).

A model on the phone leaks its tools' words: status lines read aloud ("Status: accepted",
"booking_status=ACCEPTED", `{"status": "booked"}`, "reserve_slot: ok", "SMS-Status: versendet",
"Der Booking-Status steht auf accepted"), the system's word passed on ("Laut Rückmeldung ist die
Absage durch", "The system says yes", "Das System meldet Erfolg"), lookups read out
("find_my_appointments: found – Freitag 10 Uhr …") and the act it is doing narrated with the tool's
verbs ("Let me lock in Friday at 10", "Ich schicke jetzt die Buchung für Freitag um zehn ab").
The clause readers know none of these words; said plainly, each states the claim a salon owner
hears in it:

- a status line (key: value, key=value, JSON, "<tool> returned <value>", "steht auf"): by what its
  key names (the booking, a hold, a cancellation, a move, a text, or nothing: a bare "Status")
  and its value's status word, the plain sentence of that state: a booking named and said
  accepted or confirmed is booked (68), a bare success is the bare `done` (733), a hold's tool
  said ok or a status `held` is the hold (730), `pending_approval` awaits the salon (1),
  `not_booked` denies the booking, `not_confirmed_yet` says it unconfirmed (731); a bare
  "pending", "unknown", "failed" or "error" states no outcome (43, 680) and stays as said;
- the system, the calendar, the tool or a "Rückmeldung" saying a claim is the speaker's claim
  (76): the frame goes, the claim stays ("laut System", "the system says", "according to the
  calendar"); their success reported ("meldet Erfolg", "came back with ok", "completed
  successfully") is the bare success;
- "<the calendar> hasn't confirmed it yet" is the booking unconfirmed (731);
- a lookup's find read out with a day is the caller's appointment named (a search with nothing
  found stays a search report, 570);
- the act narrated with the tool's verb ("submit", "lock in", "push … through", "abschicken",
  "ins System eingeben", "übermitteln") is the booking about to be made: with a day or time it
  is said as "Ich trage Sie jetzt für … ein" (670: the named slot offered, not booked yet),
  without one it is a step announced, said as waiting ("Einen Moment"), claiming nothing (5);
  "Hold on" opening a reply is asking to wait, not a hold.
"""

from __future__ import annotations

import re

from agent.claims.abbreviations import IN_SENTENCE
from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.tool_called import tool_called

_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# a day or a clock time in the words a slot is named with
_SLOT = lazy(
    rf"\b(?:{_DAY}|heute|morgen|today|tomorrow)\b|\b\d{{1,2}}(?::\d\d)?\s*(?:uhr|a\.?m\.?|p\.?m\.?)|"
    r"\b(?:um|at)\s+(?:\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b",
    re.IGNORECASE,
)

# --- status lines -------------------------------------------------------------------------
# (blind 55, claims141: a Python dict's single quotes too, and the output named before it: "Der
# Output sagt: {'status': 'pending_approval'} – …")
_JSON = lazy(
    r"^\s*(?:(?:der|die|das|the)\s+)?(?:(?:output|response|result|antwort|ergebnis|rückgabewert)"
    r"\s+(?:sagt|says|lautet|reads|is|ist)\s*:\s*)?"
    r"\{\s*[\"'](\w+)[\"']\s*:\s*[\"']?([\w-]+)[\"']?\s*\}\s*",
    re.IGNORECASE,
)
_LINE = lazy(
    r"^\W*(?:(?:der|die|das|the)\s+)?(?P<key>[\w-]+(?:[\s-][\w-]+){0,2}?)\s*"
    r"(?:[:=]|\s(?:returned|came\s+back(?:\s+with)?|liefert|lieferte|meldet|steht\s+auf|"
    r"is\s+set\s+to)\b|(?:(?<=status)|(?<=ergebnis)|(?<=result))\s)\s*:?\s*['\"]?"
    r"(?P<value>not\s+booked|nicht\s+gebucht|on\s+hold|[\w-]+)['\"]?(?P<rest>.*)$",
    re.IGNORECASE,
)
_KEYS = (  # what the key names: the first that matches decides
    ("cancel", lazy(r"cancel|storn|absage", re.IGNORECASE)),
    ("move", lazy(r"reschedul|verschieb|\bmove", re.IGNORECASE)),
    ("text", lazy(r"\bsms|text\s+message|\btext\b", re.IGNORECASE)),
    ("hold", lazy(r"hold|reserv", re.IGNORECASE)),
    ("booking", lazy(r"book|buchung|termin|appointment", re.IGNORECASE)),
    ("bare", lazy(r"^(?:status|result|ergebnis|rückgabewert|response|antwort|output)$", re.I)),
)
_VALUES = (
    ("approval", lazy(r"^(?:pending_approval|awaiting_approval)$", re.IGNORECASE)),
    ("unconfirmed", lazy(r"^(?:not_confirmed_yet|not_confirmed|unconfirmed)$", re.IGNORECASE)),
    ("not_booked", lazy(r"^(?:not_booked|nicht_gebucht)$", re.IGNORECASE)),
    ("booked", lazy(r"^(?:booked|gebucht)$", re.IGNORECASE)),
    ("pending", lazy(r"^(?:pending|ausstehend)$", re.IGNORECASE)),
    ("held", lazy(r"^(?:held|reserviert|reserved|gehalten)$", re.IGNORECASE)),
    ("cancelled", lazy(r"^(?:cancell?ed|storniert|abgesagt)$", re.IGNORECASE)),
    ("moved", lazy(r"^(?:moved|rescheduled|verschoben|umgebucht|verlegt)$", re.IGNORECASE)),
    ("sent", lazy(r"^(?:sent|delivered|versendet|verschickt|zugestellt|raus)$", re.IGNORECASE)),
    (
        "ok",
        lazy(
            r"^(?:ok|okay|success|successful|erfolgreich|true|accepted|confirmed|bestätigt|"
            r"angenommen|done|created|angelegt|erstellt|20[01])$",
            re.IGNORECASE,
        ),
    ),
)
_ALTERNATIVES = lazy(r"^\W*(?=(?:alternatives?|alternativen?)\b)", re.IGNORECASE)
_OWNER = lazy(r"(?:your|ihr|ihre)\b", re.IGNORECASE)
_APPROVAL = lazy(r"\b(?:approv\w*|freigabe|zustimm\w*|genehmig\w*)\b", re.IGNORECASE)
# (key, value) -> the plain sentence (German, English); a pair not listed stays as said
_PLAIN: dict[tuple[str, str], tuple[str, str]] = {}
_BOOKED = ("Ihr Termin ist gebucht", "Your appointment is booked")
_HELD = ("Der Termin ist für Sie reserviert", "The slot is held for you")
_CANCELLED = ("Ihr Termin ist storniert", "Your appointment is cancelled")
_SENT = ("Die SMS ist verschickt", "The text has been sent")
for _key in ("booking", "bare", "hold", "cancel", "move", "text"):
    _PLAIN[(_key, "approval")] = (
        "Ihre Anfrage wartet auf die Freigabe durch den Salon",
        "Your request is waiting for the salon's approval",
    )
    _PLAIN[(_key, "unconfirmed")] = (
        "Der Termin ist noch nicht bestätigt",
        "Your appointment isn't confirmed yet",
    )
for _key in ("booking", "bare", "hold"):
    _PLAIN[(_key, "not_booked")] = (
        "Der Termin ist nicht gebucht",
        "Your appointment is not booked",
    )
    _PLAIN[(_key, "held")] = _HELD
    _PLAIN[(_key, "booked")] = _BOOKED
_PLAIN[("booking", "ok")] = _BOOKED
_PLAIN[("bare", "ok")] = ("Erledigt", "Done")
_PLAIN[("hold", "ok")] = _HELD
_PLAIN[("cancel", "ok")] = _CANCELLED
_PLAIN[("cancel", "cancelled")] = _CANCELLED
# a bare status of an act, said alone (with more said, the readers read the whole line)
_ALONE = frozenset({("bare", "cancelled"), ("bare", "moved"), ("booking", "moved")})
for _key in ("booking", "bare", "cancel"):  # "Status: storniert", "Termin-Status: cancelled"
    _PLAIN[(_key, "cancelled")] = _CANCELLED
for _key in ("booking", "bare", "move"):  # "Status: verschoben" (the writer's question, accepted)
    _PLAIN[(_key, "moved")] = ("Ihr Termin ist verschoben", "Your appointment is moved")
_PLAIN[("move", "ok")] = ("Ihr Termin ist verschoben", "Your appointment is moved")
_PLAIN[("text", "ok")] = _SENT
_PLAIN[("text", "sent")] = _SENT

# --- the system's word --------------------------------------------------------------------
_SOURCE_DE = r"(?:das\s+(?:buchungs)?system|der\s+kalender|die\s+api|das\s+tool|die\s+rückmeldung)"
_SOURCE_EN = r"(?:the\s+)?(?:(?:booking\s+)?system|calendar|api|tool|booking\s+tool)(?:'s\s+(?:message|reply))?"
# the sources the reader does not know as "laut System", which it reads as the speaker's word
_FRAME_DE = lazy(
    r"\b(?:laut|gemäß)\s+(?:(?:dem|der)\s+)?(?:buchungssystem|rückmeldung|log|api|tool|anzeige|"
    r"bildschirm)"
    r"(?:\s+(?:vom|des|aus\s+dem)\s+(?:system|kalender)s?)?(?=\s)",
    re.IGNORECASE,
)
_SAYS_DE = lazy(
    rf"(?:^|(?<=[.!?]\s))\W*{_SOURCE_DE}\s+(?:sagt|meldet|zeigt)\s*[:,]\s*"
    r"(?=(?:ihr|ihre|der|die|das|sie|es|ob|wir)\b)",
    re.IGNORECASE,
)
_SAYS_EN = lazy(
    r"(?:^|(?<=[.!?]\s))\W*(?:(?:okay|ok|alright|so|right)\s*,?\s+)?(?:"
    r"according\s+to\s+(?:the\s+)?(?:system|calendar|tool|log)\s*,\s*|"
    rf"{_SOURCE_EN}\s+(?:says|reports|tells\s+me|is\s+telling\s+me)(?:\s+that)?\s*[:,]?\s*|"
    rf"{_SOURCE_EN}\s*:\s*)"
    r"(?=(?:your|you|you're|it|it's|the|whether|yes|no|we|we've)\b)",
    re.IGNORECASE,
)
_SUCCESS_REPORTED = lazy(
    rf"^\W*(?:(?:okay|ok|alright|so)\s*,?\s+)?(?:{_SOURCE_DE}|{_SOURCE_EN}|it)"
    r"(?:'s|\s+has|\s+hat)?\s+(?:meldet|reports|reported|come\s+back\s+with|came\s+back\s+with|"
    r"returned|gemeldet|zurückgegeben)\s+(?:a\s+|an\s+)?(?:success|ok|okay|erfolg)\b\W*$",
    re.IGNORECASE,
)
_DONE_SUCCESSFULLY = lazy(
    r"^\W*(?:(?:okay|ok|alright|so|gut)\s*,?\s+)?(?:"
    r"(?:alles|der\s+vorgang|die\s+anfrage)\s+(?:wurde\s+|ist\s+)?erfolgreich\s+"
    r"(?:verarbeitet|abgeschlossen|durchgelaufen)(?:\s+worden)?|"
    r"(?:the\s+request|the\s+operation|everything)\s+(?:completed|went|was\s+processed)\s+"
    r"successfully|"
    r"it(?:'s|\s+is)\s+showing\s+as\s+successful(?:\s+on\s+my\s+(?:end|side|screen))?)\W*$",
    re.IGNORECASE,
)
_SUCCESS_NOW = lazy(
    r"(?<=[…,.–—-])\s*(?:(?:yep|yes|yeah|ja)\s*,?\s*)?(?:success|erfolg)(?:\s+(?:now|this\s+time|"
    r"jetzt|diesmal))?\W*$",
    re.IGNORECASE,
)
_NOT_CONFIRMED_YET = lazy(
    rf"^\W*(?:{_SOURCE_DE})\s+hat\s+(?:die\s+buchung|den\s+termin|ihren\s+termin|es|ihn|sie)\s+"
    r"noch\s+nicht\s+bestätigt\W*$|"
    rf"^\W*(?:{_SOURCE_EN})\s+(?:hasn't|has\s+not)\s+(?:yet\s+)?confirmed\s+(?:the\s+booking|it|"
    r"your\s+appointment|your\s+booking)(?:\s+yet)?\W*$",
    re.IGNORECASE,
)

# --- tool and API words said plainly: (pattern, German, English) -------------------------
_PLAIN_WORDS = (
    # "The hold went through", "Die Reservierung hat geklappt": the hold (730), not a booking
    (
        lazy(
            r"^(\W*(?:(?:gut|okay|ok|so|alright|great|prima)\s*,?\s+)?)(?:the\s+hold(?:\s+call)?|"
            r"die\s+reservierung)\s+(?:went\s+through|worked|"
            r"succeeded|came\s+back\s+ok|hat\s+geklappt|ist\s+durch|war\s+erfolgreich)\b",
            re.IGNORECASE,
        ),
        r"\1Der Termin ist für Sie reserviert",
        r"\1The slot is held for you",
    ),
    # "Freitag um zehn: vom Kalender bestätigt", "Friday at ten: confirmed by the calendar"
    (
        lazy(
            r":\s*(?:vom\s+(?:kalender|system)\s+(?:bestätigt|angenommen)|(?:confirmed|accepted)\s+"
            r"by\s+the\s+(?:calendar|system))\b",
            re.IGNORECASE,
        ),
        ": gebucht",
        ": booked",
    ),
    # "Die SMS ist rausgegangen"
    (
        lazy(
            r"\b(die\s+(?:bestätigungs-?)?sms\s+(?:ist\s+)?(?:jetzt\s+)?)(?:rausgegangen|raus)\b",
            re.I,
        ),
        r"\1verschickt",
        r"\1verschickt",
    ),
    # "Die API meldet 201 Created für Ihren Termin": the record of the booking created
    (
        lazy(
            r"^\W*(?:die\s+api|der\s+server|the\s+api|the\s+server)\s+(?:meldet|returns|returned|"
            r"says)\s+(?:http\s+)?201(?:\s+created)?\s+(?:für\s+ihren\s+termin|for\s+your\s+"
            r"(?:appointment|booking))\b",
            re.IGNORECASE,
        ),
        "Ihr Termin ist gebucht",
        "Your appointment is booked",
    ),
    # "Ihre Termin-ID ist 8c1f-22", "Die UID Ihrer Buchung lautet …": the booking's number (200)
    (
        lazy(
            r"\b(?:termin-?id|termin-?uid|buchungs-?id|buchungs-?uid|uid\s+ihrer\s+buchung|"
            r"id\s+ihrer\s+buchung|appointment\s+id|booking\s+id|booking\s+uid)\b",
            re.IGNORECASE,
        ),
        "Buchungsnummer",
        "booking reference",
    ),
    # "Ich habe book_appointment aufgerufen und die Buchungsbestätigung bekommen"
    (
        lazy(
            r"\b(ich\s+habe|i(?:'ve|\s+have)?)\s+(?:\w+_\w+\s+aufgerufen|called\s+\w+_\w+)\s+und\s+",
            re.IGNORECASE,
        ),
        r"\1 ",
        r"\1 ",
    ),
    # "Die Anfrage wird gerade bearbeitet", "The request is being processed": a process under
    # way, no outcome (the writer's label question, accepted)
    (
        lazy(
            r"^\W*(?:die\s+anfrage|ihre\s+anfrage|die\s+buchung|ihre\s+buchung|the\s+request|"
            r"your\s+request|the\s+booking|your\s+booking)\s+(?:wird\s+(?:gerade\s+)?(?:noch\s+)?"
            r"(?:bearbeitet|verarbeitet)|is\s+(?:still\s+)?being\s+processed)(?=\W*(?:[,;–—]|$))",
            re.IGNORECASE,
        ),
        "Einen Moment",
        "One moment",
    ),
    # "Das System hat die Strähnchen am Freitag um zehn angenommen": what it took, booked
    (
        lazy(
            rf"^\W*{_SOURCE_DE}\s+hat\s+(?P<obj>(?:die|den|ihren|ihre)\s+"
            r"(?:(?!nicht|kein|storn|absage|anfrage)[^.!?])*?)\s+"
            r"(?:angenommen|bestätigt|eingetragen)(?=\W*$)",
            re.IGNORECASE,
        ),
        r"\g<obj>: gebucht",
        r"\g<0>",
    ),
    # "The calendar offers Saturday at 11 with Lena as an alternative" (leaked_status reads the
    # system's offer)
    (
        lazy(r"^(\W*)the\s+calendar\s+(offers|suggests|proposes)\b", re.IGNORECASE),
        r"\g<0>",
        r"\1The system \2",
    ),
    # "Sie haben es gehört, der Termin ist eingetragen": the tool's say text said on
    (
        lazy(
            r"^\W*(?:sie\s+haben\s+es\s+gehört|wie\s+sie\s+hören|you\s+heard\s+(?:it|that)|"
            r"as\s+you\s+(?:can\s+)?hear)\s*[,:–—-]\s*",
            re.IGNORECASE,
        ),
        "",
        "",
    ),
    # "Ich probiere es nochmal – ja, diesmal ging es durch": the retry's success
    (
        lazy(r"\b(?:diesmal|jetzt|nun)\s+ging\s+es\s+durch\b", re.IGNORECASE),
        "diesmal hat es geklappt",
        "this time it worked",
    ),
    # "I'm pencilling you in for Friday at ten": a hold (670)
    (
        lazy(r"\bi'm\s+pencil+ing\s+you\s+in\s+for\s+", re.IGNORECASE),
        r"\g<0>",
        "I'm holding for you ",
    ),
    # "Ich habe das eben übermittelt": a request sent, no outcome said
    (
        lazy(
            r"\b(ich\s+habe\s+(?:das|es|die\s+buchung|die\s+anfrage)\s+(?:(?:eben|gerade|jetzt)\s+)?)"
            r"übermittelt\b",
            re.IGNORECASE,
        ),
        r"\1abgeschickt",
        r"\g<0>",
    ),
    (
        lazy(r"^(\W*)the\s+booking(?:'s|\s+has)\s+been\s+submitted\b", re.IGNORECASE),
        r"\g<0>",
        r"\1I've sent the booking off",
    ),
    # "…, also ist nichts gebucht", "…, so nothing's booked": the failure's consequence said
    (
        lazy(
            r"\b(?:also|damit|das\s+heißt)\s+ist\s+(nichts|der\s+termin\s+nicht)\s+gebucht\b|"
            # (no slot named before it: "Friday at ten was taken, so nothing is booked" is read whole)
            rf"^(?P<pre>(?:(?!\b(?:{_DAY})\b)[^.!?])*?)\b(?:so|which\s+means|meaning|that\s+means)\s+"
            r"(?P<no>nothing(?:'s|\s+is|\s+has\s+been)\s+booked)\b",
            re.IGNORECASE,
        ),
        r"es ist nichts gebucht",
        r"\g<pre>\g<no>",
    ),
    # "Was heute gebucht wurde, fasst das System … zusammen": what was booked, whatever it is,
    # as the object of what the system does (no booking said)
    (
        lazy(
            r"^(\W*)was\s+(?:heute\s+|bisher\s+)?(?:gebucht|storniert|verschoben)\s+wurde\s*,\s+"
            r"(?=\w+\s+(?:das\s+system|der\s+kalender)\b)",
            re.IGNORECASE,
        ),
        r"\1Das ",
        r"\g<0>",
    ),
    # "Die Buchung erfolgt direkt im Kalender des Salons": how booking works, no booking said
    (
        lazy(
            r"^(\W*)die\s+(?:buchung|stornierung|reservierung)\s+erfolgt\s+(?=direkt|immer|"
            r"automatisch|über|im|online|sofort)",
            re.IGNORECASE,
        ),
        r"\1Das System bucht ",
        r"\g<0>",
    ),
    # "…, also sage ich weder gebucht noch nicht gebucht": the words the speaker will not say
    (
        lazy(
            r"\bweder\s+[„\"']?gebucht[“\"']?\s+noch\s+[„\"']?nicht\s+gebucht[“\"']?|"
            r"\bneither\s+['\"]?booked['\"]?\s+nor\s+['\"]?not\s+booked['\"]?",
            re.IGNORECASE,
        ),
        "nichts Weiteres",
        "nothing more",
    ),
    # "The system confirms both bookings": what it confirms, confirmed
    (
        lazy(
            rf"^\W*{_SOURCE_EN}\s+(?:confirms|has\s+confirmed)\s+(both\s+(?:bookings|appointments))"
            r"(?=\W*$)",
            re.IGNORECASE,
        ),
        r"\g<0>",
        "Both bookings are confirmed",
    ),
    # "The system has your daughter booked with Lena …": who it has booked, booked
    (
        lazy(
            rf"^\W*{_SOURCE_EN}\s+(?:has|shows)\s+(?P<who>your\s+\w+)\s+(?:booked|down)\b",
            re.IGNORECASE,
        ),
        r"\g<0>",
        r"\g<who> is booked",
    ),
    (
        lazy(rf"^\W*{_SOURCE_EN}\s+(?:has|shows)\s+you\s+(?:booked|down)\b", re.IGNORECASE),
        r"\g<0>",
        "You're booked",
    ),
    # "Note to self: don't say booked yet", "Ich darf noch nicht 'gebucht' sagen": the booking
    # said still to come (730, the writer's label question, accepted)
    (
        lazy(
            r"\b(?:don't|do\s+not|can't|cannot|mustn't)\s+(?:say|call\s+it)\s+['\"‘’“”]?booked"
            r"['\"‘’“”]?\s+yet\b|"
            r"\bich\s+darf\s+(?:noch\s+)?nicht\s+['\"„“‚‘]?gebucht['\"“”‘’]?\s+sagen\b",
            re.IGNORECASE,
        ),
        "es ist noch nicht gebucht",
        "it's not booked yet",
    ),
    # "Die Referenz für Ihre Stornierung ist 77": the cancellation's number (200)
    (
        lazy(
            r"\b(?:die\s+)?(?:referenz|nummer|id)\s+(?:für\s+ihre|ihrer)\s+(?:stornierung|absage)\b",
            re.IGNORECASE,
        ),
        "die Stornierungsnummer",
        r"\g<0>",
    ),
)

# --- the calendar's view said as the claim it shows (blind 50, claims124) -----------------
# Round 46's rules listed the words of its sentences; round 50 said the same things with other
# subjects, verbs and word orders. The rules below name the roles instead: any source (the
# system, the calendar, Cal.com, the booking tool, the screen), any verb of holding or showing,
# any object that is the caller or their appointment, the slot it is held at.
_SRC_DE = (
    r"(?:(?:das|unser|mein)\s+(?:buchungs)?system|(?:der|unser|mein)\s+(?:salon)?kalender|"
    r"cal\.?com|die\s+api|das\s+(?:buchungs)?tool|der\s+bildschirm)"
)
_SRC_EN = (
    r"(?:(?:the|our|my)\s+)?(?:(?:booking\s+|salon\s+)?(?:system|calendar|tool)|cal\.?com|api|"
    r"screen)"
)
_COND = lazy(r"\b(?:wenn|sobald|falls|once|if|when|as\s+soon\s+as|nachdem|bevor|before)\b", re.I)
_DENIAL = lazy(r"\b(?:nicht|kein\w*|nichts|not|no|never|nothing)\b|n't\b", re.IGNORECASE)
_OTHER_ACT = lazy(
    r"\b(?:storn\w*|absage|abgesagt|cancel\w*|verschieb\w*|verschoben|verleg\w*|umgebucht|"
    r"mov\w+|reschedul\w*|sms|text\w*|frei|free|open|offen|reserv\w*|hold|held|gehalten|pending|"
    r"ausstehend)\b",
    re.IGNORECASE,
)
# "The system has you in for Friday at ten", "Cal.com's got you at ten on Friday", "Das System
# hat Sie am Samstag um zehn", "Der Kalender führt Sie am Freitag um zehn": the caller's
# appointment at that slot (76: the source goes, the claim stays); "auf <slot>" or "instead of"
# is the move to it
_HAS_AT_EN = lazy(
    rf"^(?P<pre>\W*(?:(?:yes|yep|yeah|right|okay|ok|so)\s*,?\s+)?){_SRC_EN}"
    r"(?:'s|\s+has|\s+is)?(?:\s+(?:now|also|still|got))*\s*(?:has|have|got|shows|lists|showing)?"
    r"\s+(?P<obj>you|it|your\s+(?:[\w']+\s+){0,2}?(?:appointment|booking|cut|perm|colour|color|"
    r"highlights|trim))\s+(?P<rest>(?:(?:in|down|booked|now)\s+)*(?:for|on|at|with|in)\b[^.!?]*?)"
    r"\s*(?P<end>[.!]?)$",
    re.IGNORECASE,
)
_HAS_AT_DE = lazy(
    rf"^(?P<pre>\W*(?:(?:ja|genau|so)\s*,?\s+)?)(?:{_SRC_DE}\s+(?:hat|zeigt|führt|listet)|"
    r"(?:im|in\s+unserem|bei\s+uns\s+im)\s+(?:salon)?(?:kalender|system)\s+(?:stehen|sind))\s+"
    r"(?P<obj>sie|ihn|es|ihren\s+(?:\w+\s+)?termin|ihre\s+buchung|den\s+termin)\s+"
    r"(?P<rest>(?:(?:jetzt|nun|auch)\s+)*(?:am|für|auf|um|bei|freitag|montag|dienstag|mittwoch|"
    r"donnerstag|samstag)\b[^.!?]*?)(?:\s+(?:drin|an|vermerkt))?\s*(?P<end>[.!]?)$",
    re.IGNORECASE,
)
_INSTEAD = lazy(r"\s*,?\s+(?:instead\s+of|rather\s+than|statt|anstatt)\s+[^,.!?]+", re.I)
_DONE_WORD = lazy(
    r"\b(?:gebucht|eingetragen|eingebucht|bestätigt|booked|confirmed)\W*$", re.IGNORECASE
)
_ON_FOR = lazy(r"^(?:on|for)\s+", re.IGNORECASE)
_AUF_FUER = lazy(r"^(?:auf|für)\s+", re.IGNORECASE)
_BOOKED_IN = lazy(r"^(?:booked|in)\s+", re.IGNORECASE)
_WEEKDAY = lazy(rf"\b(?:{_DAY})\b", re.IGNORECASE)
_NOW_WORD = lazy(r"^(?:(?:jetzt|nun|now|also|auch|in|down)\s+)+|\s+(?:now|jetzt|nun)$", re.I)
# "Cal.com schlägt Donnerstag, 15 Uhr, vor", "The system's offering Saturday at eleven", "Das
# System hat zwei Vorschläge: …", "The system's got two options: …": the slots offered
_OFFERS_EN = lazy(
    rf"^\W*{_SRC_EN}(?:'s|\s+is|\s+has)?\s+(?:(?:offering|suggesting|proposing|offers|suggests|"
    r"proposes)(?:\s+(?:me|us|you))?|(?:got\s+|has\s+)?(?:\w+\s+)?(?:options|openings|"
    rf"suggestions|gaps)\s*:)\s*(?P<x>{IN_SENTENCE}+?)\s*[.!]?$",
    re.IGNORECASE,
)
_OFFERS_DE = lazy(
    rf"^\W*{_SRC_DE}\s+(?:(?:schlägt|bietet)\s+(?:mir\s+|uns\s+|ihnen\s+)?(?P<x>[^.!?]+?)\s+"
    r"(?:vor|an)|hat\s+(?:\w+\s+)?(?:vorschläge|lücken|optionen|freie\s+termine)\s*:\s*"
    r"(?P<y>[^.!?]+?))\s*[.!]?$",
    re.IGNORECASE,
)
# "Das System sagt ja", "The system says so, yes", "Laut Kalender schon", "According to the
# system, yes": the answer, its source gone (76)
_SAYS_YES = lazy(
    rf"^\W*(?:{_SRC_DE}\s+sagt\s+(?P<de>ja|nein)|(?:laut|gemäß)\s+(?:dem\s+)?(?:system|kalender)"
    r"\s+(?P<de2>ja|nein|schon)|"
    rf"{_SRC_EN}\s+says\s+(?:so|(?P<en>yes|no))(?:\s*,\s*(?:yes|yep))?|according\s+to\s+"
    r"(?:the\s+)?(?:system|calendar)\s*,\s*(?P<en2>yes|no))\W*$",
    re.IGNORECASE,
)
# "Yep, the system's showing it", "Ja, ich sehe ihn hier im Kalender": a yes and where it is
# seen; the yes answers, the sight adds nothing
_YES_SEEN = lazy(
    r"^(?P<yes>\W*(?:yes|yep|yeah|ja|jep|genau))\s*[,.!–—-]\s*(?:"
    rf"{_SRC_EN}(?:'s|\s+is)\s+showing\s+it|"
    r"it(?:'s|\s+is)\s+(?:showing|there|in)\s+(?:in|on)\s+the\s+(?:system|calendar|screen)|"
    r"i\s+can\s+see\s+it\s+(?:in\s+the\s+(?:system|calendar)|(?:right\s+)?here|on\s+(?:my|the)\s+"
    rf"screen)|{_SRC_DE}\s+zeigt\s+(?:ihn|es|sie)|"
    r"(?:er|es|sie)\s+ist\s+(?:(?:jetzt|hier)\s+)*im\s+(?:system|kalender)\s+(?:zu\s+sehen|drin|"
    r"sichtbar)|ich\s+sehe\s+(?:ihn|es|sie)\s+(?:(?:hier|jetzt)\s+)*im\s+(?:kalender|system))"
    r"(?:\s+(?:now|here|right\s+here|jetzt))?\W*$",
    re.IGNORECASE,
)
# "Yes, the system's accepted it", "On the second try the system took your booking", "Beim
# zweiten Versuch hat der Kalender die Buchung angenommen": the booking confirmed
_TOOK_EN = lazy(
    rf"\b{_SRC_EN}(?:'s|\s+has)?\s+(?:took|taken|accepted|confirmed)\s+(?:it|your\s+booking|"
    r"the\s+booking)(?=\W*$)",
    re.IGNORECASE,
)
_JOINER = lazy(r"\b(?:whether|if|that|and|but|so|because)$", re.IGNORECASE)
_TOOK_DE = lazy(
    rf"\bhat\s+{_SRC_DE}\s+(?:die|ihre)\s+buchung\s+(?:angenommen|genommen|übernommen|"
    r"akzeptiert|geschluckt)(?=\W*$)|"
    rf"^\W*{_SRC_DE}\s+hat\s+(?:die|ihre)\s+buchung\s+(?:(?:ohne\s+probleme|problemlos|sofort)\s+)?"
    r"(?:genommen|übernommen|akzeptiert|geschluckt)(?=\W*$)",
    re.IGNORECASE,
)
# the status said with a verb: "Der Status ist jetzt 'accepted'", "Status came back as
# 'accepted'", "The status on your appointment just changed to cancelled", "Im Status steht
# noch: nicht gebucht": said as a status line, read by its key and value as above
_STATUS_SAID = lazy(
    r"^\W*(?:(?:als|im|beim|the|der|die|das)\s+)?(?P<key>(?:[\w-]+\s+)?(?:status|ergebnis|result|"
    r"response|antwort))(?:\s+(?:vom|von\s+der|from\s+the)\s+(?:kalender|system|api|calendar))?(?P<own>\s+(?:on|of|for)\s+your\s+(?:appointment|booking)|\s+ihres\s+"
    r"termins)?\s+(?:(?:still|just|now|noch|jetzt)\s+)*(?:(?:ist|lautet|is|reads|says|shows|kam|came|"
    r"steht|changed|flipped|went)\b"
    r"(?:\s+(?:jetzt|noch|nun|gerade|just|now|still|back|zurück|als|as|to|auf|bei\s+ihnen|da))*)"
    r"\s*:?\s*(?:status\s+)?['\"„‚‘’“]?(?P<value>not\s+booked|nicht\s+gebucht|on\s+hold|[\w-]+)"
    r"['\"“‘’”]?(?:\s+(?:zurück|back))?(?P<own2>\s+on\s+your\s+(?:appointment|booking))?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# a move told with the old place freed: "Ihr bisheriger Termin ist mit der Verschiebung
# automatisch frei geworden", "Your old slot was released when I moved you", "Beim Verschieben
# wurde der Freitag freigegeben": the move and its old place gone (17, 170)
_FREED = lazy(r"\b(?:freigegeben|frei\s+geworden|released|freed)\b", re.IGNORECASE)
_OLD_PLACE = lazy(
    r"\b(?:alt\w*|bisherig\w*|vorherig\w*|old|previous|former)\s+(?:termin|platz|slot|"
    r"appointment|spot|time)\b|\bbeim\s+(?:verschieben|umbuchen|verlegen)\b|\bmit\s+der\s+"
    r"(?:verschiebung|verlegung|umbuchung)\b|\b(?:when|as)\s+i\s+moved\s+you\b|\bthe\s+move\b|"
    r"\bmoving\s+(?:it|you)\b",
    re.IGNORECASE,
)
_NEW_PLACE = lazy(
    rf"\b(?:to|auf|nach)\s+(?:{_DAY})\b|\b(?:neu\w*|new|means|heißt|bedeutet|first|zuerst)\b",
    re.IGNORECASE,
)
_MOVE_STEP = lazy(
    r"^\W*(?:(?:moment|einen\s+moment)\s*,\s*)?(?:ich\s+(?:verschiebe|verlege)|moving|"
    r"rescheduling)\b[^…]*…\s*(?P<rest>[^…]+)$",
    re.IGNORECASE,
)
_SLOT_TAIL = lazy(r"(?:\s+it\s+is)?\W*$", re.IGNORECASE)
_MOVED_YOU = lazy(r"\b(?:when|as)\s+i\s+moved\s+you\b", re.IGNORECASE)
_MOVE_WORD = lazy(
    r"\b(?:verschieb\w*|verschoben|verleg\w*|umbuch\w*|mov(?:e|ed|ing)|reschedul\w*)\b", re.I
)
# the act propagating: "The cancellation will sync to Fabian's calendar", "Die Verschiebung wird
# gleich in Fabians Kalender sichtbar", "Lena's calendar will pick up the cancellation": done
_SPREADS = lazy(
    r"^\W*(?:(?:die|the|your|ihre)\s+(?P<a>stornierung|absage|cancellation|verschiebung|"
    r"verlegung|umbuchung|move)\s+(?:wird|will|'ll|erscheint|taucht|shows|syncs?|is|ist)\b"
    r"[^.!?]*\b(?:kalender|calendar|diary|sichtbar|visible|auf|show|sync\w*)\b|"
    r"[\w']+\s+(?:calendar|kalender)\s+(?:will|wird)\s+(?:pick\s+up|show|zeigen|übernehmen)\s+"
    r"(?:the|die)\s+(?P<b>cancellation|stornierung|absage|move|verschiebung))",
    re.IGNORECASE,
)
# the appointment seen by the stylist or the salon: "Fabian sieht ihn jetzt in seinem
# Kalender", "Fabian has it in his calendar now", "Reception can see your booking now too",
# "Der Termin erscheint jetzt auch bei Fabian": the booking, with whose calendar it is in
_NOT_YOU = r"(?!(?:you|sie|ich|i|we|wir|it|es|er|they)\b)"
_SEEN_BY = (
    lazy(
        r"^\W*(?:(?:in\s+ein\s+paar\s+sekunden|gleich|jetzt|im\s+salon|am\s+empfang)\s+)?(?:"
        rf"(?P<a>{_NOT_YOU}[A-ZÄÖÜ][a-zäöüß]+|der\s+salon)\s+(?:sieht|hat|bekommt|kriegt)|"
        rf"(?:sieht|hat|bekommt|kriegt)\s+(?:auch\s+)?(?P<b>{_NOT_YOU}[A-ZÄÖÜ][a-zäöüß]+))\s+"
        r"(?:(?:jetzt|auch|automatisch|gleich|ebenfalls)\s+)*(?:ihn|den\s+termin|ihren\s+termin|"
        r"ihre\s+buchung)(?:\s+(?:jetzt|auch|automatisch|gleich|ebenfalls))*(?:\s+(?:(?:in\s+"
        r"(?:seinem|ihrem)|im)\s+kalender|auf\s+sein\w*\s+handy|aufs\s+handy|bei\s+sich(?:\s+im\s+"
        r"kalender)?|am\s+empfang))?(?:\s+(?:jetzt|auch|ebenfalls))*\s*[.!]?$|"
        r"^\W*(?:der|ihr)\s+termin\s+(?:erscheint|ist)\s+(?:(?:jetzt|auch|gleich|ebenfalls)\s+)*"
        r"(?:bei\s+(?P<c>[A-ZÄÖÜ][a-zäöüß]+)|in\s+(?P<d>[A-ZÄÖÜ][a-zäöüß]+)s\s+kalender)(?:\s+"
        r"(?:zu\s+sehen|sichtbar))?\s*[.!]?$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*(?:(?P<a>{_NOT_YOU}[A-Z][a-z]+|reception|the\s+salon|the\s+front\s+desk)\s+"
        r"(?:can\s+see|sees|has(?:\s+got)?|gets|will\s+get|'ll\s+get)\s+(?:it|the\s+appointment|"
        r"your\s+(?:appointment|booking))(?:\s+(?:now|too|as\s+well|automatically))*(?:\s+(?:in|on)"
        r"\s+(?:his|her|their|the\s+salon's)\s+(?:calendar|diary|phone|screen))?(?:\s+(?:now|too|"
        r"as\s+well|automatically|in\s+a\s+few\s+seconds))*\s*[.!]?$|"
        r"^\W*it(?:'s|\s+is)\s+(?:now\s+)?showing\s+(?:in|on)\s+(?:(?P<b>[A-Z][a-z]+)'s|the\s+"
        r"salon's)\s+(?:calendar|diary|screen)(?:\s+(?:now|too|as\s+well))*\s*[.!]?$)",
        re.IGNORECASE,
    ),
)
_NOT_A_NAME = frozenset(
    "der die das im in it the salon reception man ihr your am sie er es seinem salons".split()
)
# "The system has it as pending until the salon approves it", "Das System führt Ihre Anfrage
# als offen, bis der Salon zustimmt": the request awaiting the salon (1)
_AWAITS = lazy(
    r"\b(?:as|als)\s+(?:pending|offen|wartend|awaiting|ausstehend)\b[^.!?]*\b(?:salon|approv\w*|"
    r"freigabe|zustimm\w*|says\s+yes)",
    re.IGNORECASE,
)
_SOURCE_WORD = lazy(r"\b(?:system|kalender|calendar|cal\.?com)\b", re.IGNORECASE)
# "The system shows you have no appointment with us", "Im System ist kein gebuchter Termin auf
# Ihren Namen", "Der Kalender zeigt für Sie gerade keinen Termin": the caller has none (48)
_NONE_FOR_YOU = lazy(
    rf"^\W*(?:{_SRC_EN}\s+shows\s+(?:that\s+)?(?:you\s+have\s+no|no)\s+(?:appointment|booking)s?"
    r"(?=\s+(?:for\s+you|with\s+us|under\s+your\s+name)|\s*[.!]?$)|"
    r"there(?:'s|\s+is)\s+no\s+(?:appointment|booking)\s+under\s+your\s+name\s+in\s+the\s+"
    r"(?:system|calendar)|"
    rf"{_SRC_DE}\s+zeigt\s+für\s+sie\s+(?:(?:gerade|im\s+moment|aktuell)\s+)?keinen\s+termin|"
    r"(?:im\s+(?:system|kalender)\s+ist|unter\s+ihrem\s+namen\s+ist\s+im\s+(?:system|kalender))\s+"
    r"kein\s+(?:gebuchter\s+)?termin(?:\s+(?:auf\s+ihren\s+namen|gebucht))?)",
    re.IGNORECASE,
)
# a failure told in the tool's words: "Error 504 — the calendar took too long", "The booking
# bounced with an error", "Got a 500 from the booking service": a failure, no outcome (680)
_FAILED = lazy(
    r"(?:\b(?:the\s+booking\s+service|der\s+buchungsdienst|the\s+booking|the\s+request|die\s+"
    rf"anfrage(?:\s+an\s+den\s+kalender)?|the\s+call\s+to\s+the\s+calendar|{_SRC_EN}|{_SRC_DE})\s+"
    r"(?:took\s+too\s+long|timed\s+out|bounced(?:\s+with\s+(?:an?\s+)?(?:error|timeout))?|"
    r"didn't\s+answer(?:\s+in\s+time)?|war\s+zu\s+langsam|hat\s+nicht\s+(?:rechtzeitig\s+)?"
    r"geantwortet|ist\s+mit\s+einem\s+timeout\s+zurückgekommen|ist\s+abgelaufen|meldet\s+"
    r"(?:einen\s+)?fehler(?:\s+\d{3})?)|^\W*got\s+(?:a|an)\s+(?:\d{3}|error)\s+from\s+[^.!?,]+)"
    r"(?=\W*$)",
    re.IGNORECASE,
)
# a hold expired "in the system": where it expired adds nothing ("Die Reservierung ist im System
# abgelaufen", "The hold timed out in the system")
_EXPIRED_IN = lazy(r"\s+(?:im|in\s+the)\s+(?:system|kalender|calendar)\b", re.IGNORECASE)
_EXPIRED = lazy(
    r"\b(?:reservierung|reservation|hold)\b[^.!?]*\b(?:abgelaufen|verfallen|expired|timed\s+out|"
    r"ran\s+out|lapsed)\b",
    re.IGNORECASE,
)
# what the system says or shows as the object of reading it out, and what its words mean:
# "Was im System steht, kann ich Ihnen vorlesen", "When the system says booked, it really is
# booked": no outcome said
_WHAT_IT_SAYS = lazy(
    r"\b(?:was\s+(?:im\s+(?:system|kalender)\s+steht|(?:das\s+system|der\s+kalender)\s+"
    r"(?:sagt|zeigt|anzeigt))|what\s+(?:(?:the\s+)?(?:system|calendar)\s+(?:shows|says)|"
    r"it\s+says\s+in\s+the\s+(?:system|calendar)))(?=\s*(?:[,.!]|$))",
    re.IGNORECASE,
)
_ITS_WORDS_MEAN = lazy(
    rf"^\W*(?:wenn|when|if|whenever)\s+(?:(?:{_SRC_DE})\s+['\"„‚‘’“]?\w+['\"“‘’”]?\s+(?:sagt|"
    rf"zeigt|anzeigt|meldet)|(?:{_SRC_EN})\s+(?:says|shows)\s+['\"“‘’”]?\w+['\"“‘’”]?)\b"
    r"[^.!?]*[.!]?$",
    re.IGNORECASE,
)
# "Laut System ist Freitag ab zwölf alles belegt", "According to the system, Friday after twelve
# is fully booked": a day taken, nobody's appointment
_TAKEN_BY_SOURCE = lazy(
    r"^\W*(?:(?:laut|gemäß)\s+(?:dem\s+)?(?:system|kalender|cal\.?com)\s+(?=ist\s+(?:(?!\b(?:ihr\w*|"
    r"sie)\b)[^.!?])*\b(?:belegt|vergeben|ausgebucht|voll)\b)|according\s+to\s+(?:the\s+)?"
    rf"(?:system|calendar)\s*,\s*|{_SRC_EN}\s+says\s+(?:that\s+)?)(?=(?:(?!\b(?:you\w*|ihr\w*|sie)\b)"
    r"[^.!?])*\b(?:fully\s+booked|booked\s+up|taken|full|belegt|vergeben|ausgebucht|voll)\b)",
    re.IGNORECASE,
)
# a hold's and a cancellation's number: "Your hold reference is H-12", "Ihre
# Reservierungsnummer ist R-12", "Für die Stornierung ist Ihre Referenz C-9" (77, 200)
_HOLD_NUMBER = lazy(
    r"^\W*(?:(?:your|ihre)\s+(?:hold\s+(?:reference|number)|reservation\s+(?:number|reference)|"
    r"reservierungsnummer|haltenummer|reservierungsreferenz)|die\s+nummer\s+ihrer\s+reservierung|"
    r"the\s+(?:hold|reservation)\s+number\s+for\s+you)\s+(?:is|ist|lautet)\s+(?P<n>\S+?)\W*$",
    re.IGNORECASE,
)
_CANCEL_NUMBER = lazy(
    r"^\W*(?:für\s+die\s+(?:stornierung|absage)\s+(?:ist\s+ihre|bekommen\s+sie\s+die)\s+referenz|"
    r"for\s+the\s+cancellation\s+your\s+reference\s+is)\s+(?P<n>\S+?)\W*$",
    re.IGNORECASE,
)

# the same said in other words (blind 50): (pattern, German, English)
_PLAIN_50 = (
    # an error's code read out: a technical error ("Fehlercode 504, das heißt, …", "Error 504 —")
    (
        lazy(r"\b(?:fehlercode|fehler|error(?:\s+code)?)\s+\d{3}\b", re.IGNORECASE),
        "ein technischer Fehler",
        "a technical error",
    ),
    # a hedge on the outcome keeps it (the writer's label question, accepted): "It seems to have
    # gone through after all"; a later attempt that worked is the success ("Second attempt went
    # through", "Der zweite Versuch ist durchgegangen")
    (
        lazy(
            r"\bit\s+(?:seems|looks)\s+(?:to\s+have|like\s+it)\s+(?:gone|went)\s+through"
            r"(?:\s+after\s+all)?",
            re.IGNORECASE,
        ),
        r"\g<0>",
        "I think it went through",
    ),
    (
        lazy(
            r"^\W*(?:the\s+|der\s+)?(?:second|third|next|zweite|dritte|nächste)\s+(?:attempt|try|"
            r"versuch|anlauf)\s+(?:went\s+through|worked|ist\s+durchgegangen|hat\s+geklappt|war\s+"
            r"erfolgreich|ging\s+durch)\b",
            re.IGNORECASE,
        ),
        "Es hat geklappt",
        "It worked",
    ),
    # the booking's confirmation by text: the booking and the text on its way
    (
        lazy(
            r"^\W*(?:die\s+(?:sms\s+mit\s+der\s+buchungsbestätigung|buchungsbestätigung\s+per\s+"
            r"sms)\s+(?:kann|könnte|wird|dauert)\b|your\s+booking\s+confirmation\s+(?:text\s+"
            r"(?:may|might|can|will|is)|is\s+going\s+out\s+by\s+text)\b)[^.!?]*",
            re.IGNORECASE,
        ),
        "Ihr Termin ist gebucht, die SMS kommt gleich",
        "Your appointment is booked, the text is on its way",
    ),
    # a concession to an error says nothing of the outcome: "Despite the error, your
    # appointment did go through", "Trotz der Fehlermeldung ist …"
    (
        lazy(
            r"^\W*(?:despite|in\s+spite\s+of|even\s+with)\s+(?:the|that)\s+(?:error|timeout|"
            r"glitch)\s*,\s*",
            re.IGNORECASE,
        ),
        r"\g<0>",
        "",
    ),
    (
        lazy(r"\b(your\s+(?:appointment|booking))\s+did\s+go\s+through\b", re.I),
        r"\g<0>",
        r"\1 went through",
    ),
    # the appointment out of the calendar: cancelled ("Sending the cancellation… there, it's off
    # the calendar", "Ja, im Kalender ist er raus")
    (
        lazy(
            r"\bit(?:'s|\s+is)\s+(?:now\s+)?(?:off|out\s+of|gone\s+from)\s+the\s+calendar\b|"
            r"\bim\s+kalender\s+ist\s+(?:er|sie|der\s+termin)\s+(?:jetzt\s+)?raus\b",
            re.IGNORECASE,
        ),
        "Ihr Termin ist storniert",
        "it's cancelled",
    ),
    # the caller not in the system: not booked ("you aren't in the system at the moment",
    # "im Kalender steht von Ihnen noch nichts", "there's nothing of yours in the system")
    (
        lazy(
            r"\b(?:you\s+aren't|you're\s+not|you\s+are\s+not)\s+in\s+the\s+system\b|"
            r"\bthere's\s+nothing\s+of\s+yours\s+in\s+the\s+system\b|"
            r"\bim\s+(?:kalender|system)\s+steht\s+von\s+ihnen\s+(?:noch\s+)?nichts\b",
            re.IGNORECASE,
        ),
        "Sie sind noch nicht eingetragen",
        "you're not booked",
    ),
    # the system keeping the place: the hold ("Das System hält Ihnen den Platz zehn Minuten",
    # "Cal.com keeps the place for you for ten minutes")
    (
        lazy(
            rf"^\W*{_SRC_DE}\s+(?:hält|reserviert)\s+ihnen\s+den\s+platz\b(?:\s+frei\b)?",
            re.IGNORECASE,
        ),
        "Der Platz ist für Sie reserviert",
        r"\g<0>",
    ),
    (
        lazy(
            rf"^\W*{_SRC_EN}(?:'s|\s+is)?\s+(?:keeps|holds|keeping|holding)\s+(?:the|your)\s+"
            r"(?:place|slot|spot)(?:\s+for\s+you)?\b",
            re.IGNORECASE,
        ),
        r"\g<0>",
        "The slot is held for you",
    ),
    # the caller's appointment seen: "I can see your Friday 10 o'clock booking right here"
    (
        lazy(
            r"^\W*i\s+can\s+see\s+your\s+(?P<x>[^.!?]+?)\s+(?:booking|appointment)\s+"
            r"(?:right\s+)?here\b",
            re.IGNORECASE,
        ),
        r"\g<0>",
        r"Your \g<x> appointment is booked",
    ),
    # a search's find read out: "The lookup found your appointment: Friday at ten with Fabian"
    (
        lazy(
            r"^\W*(?:the|my|die|meine)\s+(?:lookup|search|query|suche|abfrage)\s+(?:found|returned|"
            r"hat)\s+(?:your|ihren)\s+(?:appointment|booking|termin)(?:\s+gefunden)?\s*:\s*",
            re.IGNORECASE,
        ),
        "Sie haben einen Termin: ",
        "You have an appointment: ",
    ),
)

# --- lookups read out ---------------------------------------------------------------------
_FOUND = lazy(
    r"^\W*find_my_appointments\s*(?:(?::|returned|liefert|lieferte|found(?:\s+one)?)\s*:?\s*)+"
    r"(?:found\s*)?[–—:-]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)

# a lookup's find of a further slot read out (convention 841): an offer of that slot, not a
# booking ("Die Suche zeigt außerdem Samstag, 11 Uhr, bei Lena", "The search also shows Thursday
# at three with Fabian", "The lookup turned up Thursday 3 p.m. as well")
_LOOKUP_SLOT = (
    lazy(
        r"^\W*(?:(?:die|meine|eine)\s+)?(?:such\w*|abfrage|kalenderabfrage|kalendersuche|"
        r"verfügbarkeitsabfrage)\s+(?:zeigt|ergibt|liefert|findet|hat)\s+"
        r"(?:(?:außerdem|auch|noch|zusätzlich|ebenfalls)\s+)*(?P<x>[^.!?…]+?)"
        r"(?:\s+(?:gefunden|an|ausgespuckt))?\s*[.!]?$|"
        r"^\W*im\s+kalender\s+(?:taucht|erscheint|steht)\s+(?:(?:außerdem|auch|noch|zusätzlich)\s+)*"
        r"(?P<y>[^.!?…]+?)\s+(?:auf|frei)?\s*[.!]?$",
        re.IGNORECASE,
    ),
    lazy(
        r"^\W*(?:the|my|a)\s+(?:calendar\s+)?(?:search|lookup|query)\s+(?:also\s+)?(?:shows|"
        rf"showed|found|finds|turned\s+up|returned|returns|lists)\s+(?P<x>{IN_SENTENCE}+?)"
        r"(?:\s+(?:as\s+well|too|also))?\s*[.!]?$|"
        r"^\W*the\s+calendar\s+(?:also\s+)?shows\s+(?P<y>[^.!?…]+?)\s+(?:as\s+well|too)\s*[.!]?$",
        re.IGNORECASE,
    ),
)
_NOT_A_SLOT = lazy(
    r"\b(?:ihr\w*|your|termin\w*|appointment|booking|buchung|nichts|nothing|keine\w*|no)\b",
    re.IGNORECASE,
)
# a slot locked by the speaker (convention 842): a hold ("Ich habe den Slot für Sie gelockt",
# "I've locked the slot for you"); the appointment locked ("Ihr Termin ist gelockt", "you're
# locked in") stays the booking
_LOCKED_SLOT = (
    lazy(
        r"\b(?P<what>slot|platz|zeitfenster|(?:ich|wir)\s+(?:habe|hab|haben)(?=\s+(?:\w+\s+){0,3}?"
        r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|\d)))\b(?P<mid>(?:(?!\bihr\w*\b|"
        r"\btermin\w*\b)[^.!?])*?)\bgelockt\b",
        re.IGNORECASE,
    ),
    lazy(
        r"\b(?:locked|lock)\s+(?P<what>(?:the|that|this)\s+(?:[\w'.]+\s+){0,4}?slot)\b|"
        r"\b(?P<what2>(?:the|that|this)\s+slot)\s+(?:is|'s)\s+(?:now\s+)?locked\b(?!\s+in\b)",
        re.IGNORECASE,
    ),
)

_YOURS = lazy(r"\b(?:ihr|ihren|ihrem|your)\s+$", re.IGNORECASE)

# --- the act narrated with the tool's verbs -----------------------------------------------
_ACT_EN = (
    # "Let me just lock in Friday at 10", "I'll lock in Thursday at 3 p.m. for you"
    lazy(rf"\b(?:let\s+me|i'll|i\s+will)\s+(?:just\s+)?lock\s+in\s+(?P<x>{IN_SENTENCE}+)", re.I),
    # "Submitting the perm for Thursday at three now", "I'm submitting Friday at ten for you now"
    lazy(
        r"\b(?:i'm\s+(?:just\s+)?|i\s+am\s+)?submitting\s+(?:the\s+booking\s+for\s+)?"
        r"(?P<x>[^.!?…]+?)(?:\s+(?:for\s+you\s+)?now)?(?=[,.!?…]|$)",
        re.IGNORECASE,
    ),
    # "I'm sending Saturday at eleven with Lena through now", "I'm putting Friday 10 a.m. into
    # the system now", "I'm passing Friday at ten to the system now"
    lazy(
        r"\bi(?:'m|\s+am)\s+(?:just\s+)?(?:sending|putting|passing|pushing|entering|keying)\s+"
        rf"(?:the\s+booking\s+for\s+)?(?P<x>{IN_SENTENCE}+?)\s+(?:through|into\s+the\s+system|"
        r"to\s+the\s+system|in)\b",
        re.IGNORECASE,
    ),
    # "Give me a second to book Friday at ten", "Hang on while I push Friday at 10 through"
    lazy(
        r"\b(?:give\s+me\s+a\s+(?:second|sec|moment)\s+to|(?:hang\s+on|hold\s+on|bear\s+with\s+me|"
        r"one\s+moment|one\s+sec)\s+while\s+i)\s+(?:book|submit|push|put|enter|send|lock\s+in)\s+"
        rf"(?P<x>{IN_SENTENCE}+?)(?:\s+(?:through|in))?(?=[,.!?]|$)",
        re.IGNORECASE,
    ),
    # "Bear with me while I take that out of the calendar", "I'm passing the details on"
    lazy(
        r"\b(?:(?:hang\s+on|hold\s+on|bear\s+with\s+me|one\s+moment|one\s+sec)\s+while\s+i\s+"
        r"(?:take|remove|get)\s+(?P<x>that|it|this)\s+(?:out\s+of|from|off)\s+the\s+calendar|"
        r"i'm\s+passing\s+(?P<y>the\s+details|that|it)\s+on)\b",
        re.IGNORECASE,
    ),
    # blind 50: the step said with a bare gerund, its particle before or after the slot
    # ("Sending through Friday at ten for you now", "Putting through Friday at ten", "Okay,
    # submitting the booking now", "Resending the booking now", "Trying the booking again")
    lazy(
        r"(?:^|(?<=[,.…]\s)|(?<=[,.…]))(?:re-?)?(?:sending|submitting|putting|pushing|trying|"
        r"entering|resending)\s+(?:(?:through|off)\s+)?(?!(?:you|her|him|them)\b)"
        rf"(?P<x>{IN_SENTENCE}+?)(?:\s+(?:through|off|in|again|into\s+the\s+system))*(?:\s+for\s+you)?"
        r"(?:\s+now)?(?=\s*[,.!?…]|$)",
        re.IGNORECASE,
    ),
)
_ACT_DE = (
    # "Ich schicke jetzt die Buchung für Freitag um zehn ab", "Ich gebe jetzt Freitag um zehn ins
    # System ein", "Ich reiche jetzt Freitag um zehn ans System weiter"
    lazy(
        r"\bich\s+(?:schicke|sende|gebe|reiche|tippe|übertrage)\s+(?:(?:jetzt|eben|gerade|gleich|mal)\s+)*"
        r"(?:die\s+buchung\s+für\s+|den\s+termin\s+für\s+|den\s+)?(?P<x>[^.!?…]+?)\s*,?\s+"
        r"(?:ab|ein|(?:ins|in\s+das|ans|an\s+das)\s+system(?:\s+(?:ein|rein|weiter))?|"
        r"(?:in\s+den|an\s+den)\s+kalender(?:\s+(?:ein|rein|weiter))?|durch)"
        r"(?=[,.!?]|$)",
        re.IGNORECASE,
    ),
    # "Ich bin dabei, den Freitag um zehn für Sie abzuschicken"
    lazy(
        r"\bich\s+bin\s+(?:gerade\s+)?dabei\s*,\s+(?:den\s+|die\s+buchung\s+für\s+)?"
        r"(?P<x>[^.!?]+?)\s+(?:für\s+sie\s+)?(?:abzuschicken|abzusenden|einzugeben|einzutragen|"
        r"zu\s+übermitteln)(?=[,.!?]|$)",
        re.IGNORECASE,
    ),
    # "Einen Moment, ich übermittle Freitag, 10 Uhr", "Ich übermittle jetzt Samstag um elf"
    lazy(
        r"\bich\s+übermittle\s+(?:(?:jetzt|eben|gerade|gleich|mal)\s+)*(?:die\s+buchung\s+für\s+)?"
        r"(?P<x>[^.!?…]+?)(?=\s*,\s*(?:einen|kleinen|das|bitte)\b|\s*[.!?…]|$)",
        re.IGNORECASE,
    ),
)
# a step with no slot named: what it is done to
_NO_SLOT = lazy(
    r"^(?:das|es|dies|die\s+(?:daten|anfrage|details|buchung)|that|it|this|the\s+(?:"
    r"details|request|data|booking))(?:\s+(?:jetzt|eben|gerade|mal|now|through|off|again|"
    r"noch\s*(?:ein)?mal))*$",
    re.IGNORECASE,
)
_COMMA = lazy(r"\s*,\s*(?=\d|zehn|elf|zwölf|neun|acht|\w+\s+uhr)", re.IGNORECASE)
_WORD = lazy(r"\w")
_ACT_NOUN = lazy(r"\b(?:buchung|booking)\b", re.IGNORECASE)
# a word after the step: its outcome told (with the act named, any word; else a day or an act)
_OUTCOME_AFTER = lazy(
    rf"\b(?:{_DAY})\b|\b(?:off|storn\w*|cancel\w*|bestätigt|confirmed|booked|gebucht)\b", re.I
)
_NOW = lazy(r"\s+(?:now|jetzt)$", re.IGNORECASE)
_HOLD_ON = lazy(r"^(\W*)hold\s+on\b(?!\s+to\b)", re.IGNORECASE)


def tool_talk(text: str, lang: str) -> str:
    """`text` with its tool talk said in plain words (unchanged when it has none)."""
    de = lang == "de"
    text = _status_line(text, de)
    for pattern, german, english in _PLAIN_50:
        text = pattern.sub(german if de else english, text)
    text = _calendar_view(text, de)
    text = _move_narrated(text, de)
    text = _system_word(text, de)
    m = _FOUND.match(text)
    if m and _SLOT.search(m.group("rest")):
        text = ("Sie haben einen Termin: " if de else "You have an appointment: ") + m.group("rest")
    for pattern, german, english in _PLAIN_WORDS:
        text = pattern.sub(german if de else english, text)
    text = _lookup_slot(text, de)
    text = _locked_slot(text, de)
    text = tool_called(text, de)  # blind 55 (claims141): "Calling book_appointment now for …"
    text = _act_narrated(text, de)
    if not de:
        text = _HOLD_ON.sub(r"\1One moment", text)
    return text


def _status_line(text: str, de: bool) -> str:
    text = _JSON.sub(r"\1: \2", text)
    m = _LINE.match(text)
    if m is None:
        return text
    if _SLOT.search(m.group("key")) or _OWNER.match(m.group("key")):
        return text  # "Your Friday appointment: booked" names its appointment: read as said
    key = next((k for k, p in _KEYS if p.search(m.group("key"))), None)
    said = "_".join(m.group("value").split())
    said = "held" if said.lower() == "on_hold" else said
    value = next((v for v, p in _VALUES if p.match(said)), None)
    if value == "pending" and _APPROVAL.search(m.group("rest")):
        value = "approval"  # "Status pending, awaiting salon approval" (a bare one names none, 43)
    if value == "not_booked" and (alts := _ALTERNATIVES.match(m.group("rest"))):
        # blind 55 (claims141): "Result: not_booked, alternative: Thursday at 3 p.m.": the status a
        # failure's report (680), the alternatives the slots offered (`leaked_status`)
        return m.group("rest")[alts.end() :]
    plain = _PLAIN.get((key, value)) if key and value else None
    if plain is None or ((key, value) in _ALONE and _WORD.search(m.group("rest"))):
        return text  # "Status: storniert – Ihre Dauerwelle am Freitag" names what: read as said
    return plain[0 if de else 1] + m.group("rest")


def _system_word(text: str, de: bool) -> str:
    m = _SUCCESS_REPORTED.match(text) or _DONE_SUCCESSFULLY.match(text)
    if m:
        return "Erledigt." if de else "Done."
    if _NOT_CONFIRMED_YET.match(text):
        return (
            "Der Termin ist noch nicht bestätigt."
            if de
            else "Your appointment isn't confirmed yet."
        )
    text = _SUCCESS_NOW.sub(" erledigt." if de else " done.", text)
    if de:
        text = _FRAME_DE.sub(lambda m: m.group(0)[:1] + "aut System", text)
        return _capitalized(_SAYS_DE, text)
    return _capitalized(_SAYS_EN, text)


def _move_narrated(text: str, de: bool) -> str:
    """A move narrated and ended on its new slot ("Moving it now… there, Thursday at 3 it is",
    "Ich verschiebe das gerade … so, jetzt steht er am Donnerstag um drei"): the move to it."""
    m = _MOVE_STEP.match(text)
    if m is None or _DENIAL.search(m.group("rest")) or _COND.search(text):
        return text
    day = _WEEKDAY.search(m.group("rest"))
    if day is None:
        return text
    slot = _SLOT_TAIL.sub("", m.group("rest")[day.start() :])
    if de:
        return f"Ihr Termin ist auf {slot} verschoben."
    return f"Your appointment is moved to {slot}."


def _calendar_view(text: str, de: bool) -> str:
    """What the calendar shows, its numbers and its failures said as the claim they state
    (blind 50): each rule names a role (a source, a holder, an act), not the words of a sentence."""
    if text.rstrip().endswith("?"):
        return text
    m = _STATUS_SAID.match(text)
    if m:
        key = "Termin-Status" if m.group("own") or m.group("own2") else m.group("key")
        value = "_".join(m.group("value").split())
        value = "held" if value.lower() == "on_hold" else value
        line = _status_line(f"{key}: {value}{m.group('rest')}", de)
        if not line.startswith(f"{key}:"):
            return line
    for pattern, plain in (
        (
            _HOLD_NUMBER,
            ("Der Platz ist für Sie reserviert, Nummer ", "The slot is held for you, number "),
        ),
        (
            _CANCEL_NUMBER,
            ("Ihr Termin ist storniert, Nummer ", "Your appointment is cancelled, number "),
        ),
    ):
        m = pattern.match(text)
        if m:
            return plain[0 if de else 1] + m.group("n") + "."
    if _COND.search(text) and _ITS_WORDS_MEAN.match(text):
        return "Das ist im System so eingestellt." if de else "That's how the system works."
    m = _SAYS_YES.match(text)
    if m:
        word = next(w for w in m.group("de", "de2", "en", "en2", 0) if w)
        word = (
            {"schon": "ja", "so": "yes"}.get(word.lower(), word)
            if word != m.group(0)
            else ("Ja" if de else "Yes")
        )
        return word[:1].upper() + word[1:] + "."
    m = _YES_SEEN.match(text)
    if m:
        return m.group("yes") + "."
    text = _TAKEN_BY_SOURCE.sub("Leider " if de else "", text, count=1)
    text = _capital(text)
    if _EXPIRED.search(text):
        text = _EXPIRED_IN.sub("", text)
    text = _WHAT_IT_SAYS.sub("das" if de else "that", text)
    text = _FAILED.sub(
        "es gab einen technischen Fehler" if de else "there was a technical problem", text
    )
    text = _capital(text)
    denied = _DENIAL.search(text) is not None
    if not denied:
        if not _OTHER_ACT.search(text):
            text = (
                _TOOK_DE.sub("hat das System die Buchung bestätigt", text)
                if de
                else _capital(_TOOK_EN.sub(lambda m: _confirmed(text[: m.start()]), text)).replace(
                    " , ", ", "
                )
            )
        said = _said_plainly(text, de)
        if said is not None:
            return said
    m = _NONE_FOR_YOU.match(text)
    if m:
        return ("Sie haben keinen Termin" if de else "You don't have an appointment") + text[
            m.end() :
        ]
    return text


def _confirmed(before: str) -> str:
    """The booking confirmed, said after `before` ("On the second try, your booking is …";
    "It's unclear whether your booking is …" keeps its whether clause)."""
    before = before.rstrip()
    if not before or not before[-1].isalnum() or _JOINER.search(before):
        return "your booking is confirmed"
    return ", your booking is confirmed"


def _said_plainly(text: str, de: bool) -> str | None:
    """The whole sentence said plainly when it is one of the calendar's views; None if not."""
    m = (_HAS_AT_DE if de else _HAS_AT_EN).match(text)
    if (
        m
        and _SLOT.search(m.group("rest"))
        and not _OTHER_ACT.search(_INSTEAD.sub("", m.group("rest")))
        and not _DONE_WORD.search(m.group("rest"))
    ):
        moved = _INSTEAD.search(m.group("rest")) is not None or m.group("rest").lower().startswith(
            "auf"
        )
        rest = _NOW_WORD.sub("", _INSTEAD.sub("", m.group("rest")).strip())
        obj = m.group("obj").lower()
        if de:
            rest = _AUF_FUER.sub("am " if not moved else "", rest)
            said = (
                f"Ihr Termin ist auf {rest} verschoben"
                if moved
                else f"Sie sind {rest} eingetragen"
                if obj == "sie"
                else f"Ihr Termin ist {rest}"
            )
        else:
            rest = _BOOKED_IN.sub("", rest)
            whose = obj[0].upper() + obj[1:] if obj.startswith("your") else "Your appointment"
            said = (
                f"{whose} is moved to {_ON_FOR.sub('', rest)}"
                if moved
                else f"You're booked {rest}"
                if obj in ("you", "it")
                else f"{whose} is booked {rest}"
            )
        return m.group("pre") + said + (m.group("end") or ".")
    m = (_OFFERS_DE if de else _OFFERS_EN).match(text)
    if m:
        x = (m.group("x") or (m.group("y") if de else "") or "").strip(" ,")
        if _SLOT.search(x):
            x = x if de else x.replace("a.m.", "am").replace("p.m.", "pm")
            return f"Ich kann Ihnen {x} anbieten." if de else f"I can offer you {x}."
    if (
        _FREED.search(text)
        and _OLD_PLACE.search(text)
        and _MOVE_WORD.search(text)
        and not _NEW_PLACE.search(text)
        and not _COND.search(_MOVED_YOU.sub("", text))  # "once the move is done, …": a rule
    ):
        found = _WEEKDAY.search(text)
        day = found.group(0) if found else ""
        if de:
            return f"Ihr Termin ist verschoben, Ihr alter Termin{' am ' + day if day else ''} ist frei."
        return f"Your appointment is moved, your old slot{' on ' + day if day else ''} is free."
    if _COND.search(text):
        return None
    m = _SPREADS.match(text)
    if m:
        act = (m.group("a") or m.group("b")).lower()
        cancelled = act.startswith(("storn", "absage", "cancel"))
        if de:
            return "Ihr Termin ist storniert." if cancelled else "Ihr Termin ist verschoben."
        return "Your appointment is cancelled." if cancelled else "Your appointment is moved."
    m = _SEEN_BY[0 if de else 1].match(text)
    if m and not _OTHER_ACT.search(text):
        name = next((n for n in m.groupdict().values() if n), "")
        name = "" if name.lower() in _NOT_A_NAME else name
        if de:
            return f"Ihr Termin{' bei ' + name if name else ''} ist gebucht."
        return f"Your appointment{' with ' + name if name else ''} is booked."
    if _AWAITS.search(text) and _SOURCE_WORD.search(text):
        return (
            "Ihre Anfrage wartet auf die Freigabe durch den Salon."
            if de
            else "Your request is waiting for the salon's approval."
        )
    return None


def _capital(text: str) -> str:
    """`text` starting with a capital, as a sentence the readers read."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    return text[:lead] + stripped[:1].upper() + stripped[1:]


def _capitalized(frame, text: str) -> str:
    """`text` without the frame, the claim it wraps starting the sentence."""
    m = frame.search(text)
    if m is None or m.end() >= len(text):
        return text
    rest = text[m.end() :]
    return text[: m.start()] + rest[:1].upper() + rest[1:]


def _act_narrated(text: str, de: bool) -> str:
    for pattern in _ACT_DE if de else _ACT_EN:
        m = pattern.search(text)
        if m is None:
            continue
        found = m.groupdict()
        x = (found.get("x") or found.get("y") or "").strip(" ,")
        # "Freitag, zehn Uhr" in one piece; "10 a.m." without the dots that end a sentence
        x = (
            _NOW.sub("", _COMMA.sub(" ", x))
            if de
            else _NOW.sub("", x).replace("a.m.", "am").replace("p.m.", "pm")
        )
        if _SLOT.search(x):
            said = f"ich trage Sie jetzt für {x} ein" if de else f"I'm booking you in for {x} now"
        elif _NO_SLOT.match(x) and not _outcome_after(x, text[m.end() :]):
            # what follows the step says its outcome: "submitting the booking … and it went
            # through" keeps the booking it names, "sending it … done, Friday's off" its day
            said = "einen Moment" if de else "one moment"
        else:
            continue
        return text[: m.start()] + said + text[m.end() :]
    return text


def _outcome_after(x: str, rest: str) -> bool:
    """Whether the words after a step tell an outcome the step's plain word would lose."""
    if _ACT_NOUN.search(x):
        return _WORD.search(rest) is not None
    return _OUTCOME_AFTER.search(rest) is not None


def _lookup_slot(text: str, de: bool) -> str:
    """A lookup's further slot read out, said as the slot free (841)."""
    m = _LOOKUP_SLOT[0 if de else 1].match(text)
    if m is None:
        return text
    x = (m.group("x") or m.group("y") or "").strip(" ,")
    if not _SLOT.search(x) or _NOT_A_SLOT.search(x):
        return text
    x = _COMMA.sub(" ", x) if de else x.replace("a.m.", "am").replace("p.m.", "pm")
    return f"{x} ist noch frei." if de else f"{x} is still free."


def _locked_slot(text: str, de: bool) -> str:
    """A slot locked, said as held (842)."""
    if de:

        def reserved(m: re.Match[str]) -> str:
            if _YOURS.search(text[: m.start()]):  # "Ihr Slot ist gelockt": the appointment
                return m.group(0)
            return f"{m.group('what')}{m.group('mid')}reserviert"

        return _LOCKED_SLOT[0].sub(reserved, text)

    def held(m: re.Match[str]) -> str:
        if m.group("what"):
            return f"held {m.group('what')}"
        return f"{m.group('what2')} is held"

    return _LOCKED_SLOT[1].sub(held, text)
