"""Outcomes said in wordings the other readers do not know (blind 16's second pass, claims26),
one rule table, read with blind 13–16's classes by `said_otherwise.py`, each rule behind a cheap
trigger:

- **bookings**: a firm appointment had ("Sie haben ab sofort einen festen Termin am Freitag",
  "Sie sind jetzt Kundin bei uns mit festem Termin"), the calendar that accepted it ("Cal.com
  accepted Friday at ten", "The calendar took Friday at ten"), the act of putting it in ("I've
  just locked it into the calendar: Friday, 10:00", "I've pinned Friday at ten into the diary"),
  someone who has the caller firmly down ("The team has you firmly in the schedule"), the
  consequence ("That would be booked then"), a named visit said "now fixed" or "sorted", "all
  confirmed" and "<day>'s in" (a booking, not the bare success read there: false after a
  cancellation), the caller's colour on a named day and time ("Ihre Farbe am Freitag um zehn ist
  eingetragen", read as the colour noted), a range of hours before the verdict's colon read at
  its start ("Dauerwelle, Freitag 10–12 Uhr: bestätigt");
- **bare successes** (`done`): "Läuft.", "Ist über die Bühne.", "Sorted ✅", "Job's done", and
  "Fix und fertig." (not the "fix" of a booking);
- **not booked yet**: "Gebucht ist noch nix", "… gebucht ist er nicht", "I haven't entered
  anything firmly", "it isn't booked", "Nothing's been booked", and beside a hold "verbindlich
  wird's, wenn Sie zusagen", "fix gebucht noch nicht", "it becomes binding once you agree",
  "it's only booked after your yes" (the booking read in them is replaced);
- **pending**: "It's requested, the team still needs to say yes", "Angefragt ist er, die
  Freigabe fehlt noch";
- **messages and texts**: a note left for a stylist ("Hab's Fabian aufgeschrieben", "I've left
  Fabian a note"); "Your request is with the team now" (a message passed on, not the request
  awaiting the salon, unless it says they still have to confirm); a confirmation text said sent
  ("Das System hat die Bestätigungs-SMS verschickt", "The system sent the confirmation text",
  "The confirmation is going out to you by text", "… eine kurze Nachricht dazu, damit Sie alles
  schwarz auf weiß haben") is `done` and a text;
- **two appointments** said both firm ("Zwei Termine, beide fix: …", "Two appointments, both
  confirmed: …"): true only with two;
- **stands**: "Nothing changes, your appointment stands" (not after a move);
- **moves**: "Ich hab dich einen Tag vorgeschoben, jetzt Donnerstag um drei"; "Neuer Termin: Do.,
  15.00 Uhr" (a new place named: the move's); "Der Freitag ist damit hinfällig" (its
  consequence: the visit there gone, not cancelled on its own).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule, rule

K = ClaimKind
_CONDITION = lazy(r"\b(?:wenn|falls|sofern|ob|if|whether|unless)\b")
# the caller's message named as what was passed on: a message taken, beside the callback it
# promises, not only the callback (blind 29, claims59)
_MESSAGE_PASSED = lazy(
    _CONDITION.pattern + r"|\b(?:your|ihre)\s+(?:message|nachricht|notiz|note)\b"
)
_NOT_OTHER_ACT = lazy(
    NOT_STATED.pattern + r"|\b(?:storn\w*|abgesagt|cancel\w*|verschoben|moved|resched\w*)\b"
)
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
# said of someone else ("Für Ihre Tochter ist noch nichts gebucht, sondern nur für Sie")
_NOT_FOR_CALLER = lazy(
    _CONDITION.pattern + r"|\bnot\s+that\b|\b(?:sondern|only|just|nur|for\s+your|für\s+ihre?n?|"
    r"für\s+deine?n?)\b"
)
_STYLIST = r"(?:fabian|lena|mehmet|sophie|lea)"
_TEXT_SENT = (
    r"\b(?:verschickt|versendet|gesendet|geschickt|rausgegangen|raus|unterwegs|sent|going\s+out|"
    r"gone\s+out|being\s+sent|on\s+its\s+way)\b"
)


_r = rule


def _done_and_text(lang: str, trigger: str, pattern: str) -> tuple[Rule, Rule]:
    """A confirmation text said sent: the outcome it confirms (`done`) and the text."""
    return (
        _r(lang, K.DONE, trigger, pattern),
        _r(lang, K.FOLLOW_UP, trigger, pattern, follow_up=FollowUp.TEXT),
    )


RULES = (
    # ------------------------------------------------------------------ bookings
    _r(
        "de",
        K.BOOKED,
        r"fest",
        r"\b(?:sie\s+haben|haben\s+sie|du\s+hast|hast\s+du)\s+(?:\w+\s+){0,3}?(?:einen|ihren|"
        r"deinen)\s+festen\s+(?:termin|platz)\b|\bmit\s+festem\s+termin\b|"
        r"\bsind\s+sie\s+(?:jetzt\s+)?fest\s+bei\s+uns\b",
        clause=True,
    ),
    _r(
        "en",
        K.BOOKED,
        r"com|calendar|system|diary",
        r"\b(?:cal\W?com|the\s+(?:calendar|system|diary|booking\s+system))\s+(?:has\s+)?"
        r"(?:accepted|took|taken|approved)\b",
        unless=_NOT_OTHER_ACT,
    ),
    _r(
        "en",
        K.BOOKED,
        r"calendar|diary|schedule|system",
        r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?(?:locked|pinned|popped|slotted|inked)"
        r"\s+(?:\w+\s+){0,4}?(?:in|into)\s+the\s+(?:calendar|diary|schedule|system)\b",
    ),
    _r(
        "en",
        K.BOOKED,
        r"has\s+you",
        r"\bhas\s+you\s+(?:firmly|definitely|properly)\s+(?:in|down|booked)\b",
    ),
    _r(
        "en",
        K.BOOKED,
        r"booked",
        r"\bthat(?:'d|\s+would)\s+be\s+(?:you\s+|it\s+)?booked(?:\s+in)?,?\s+then\b",
    ),
    _r(
        "en",
        K.BOOKED,
        r"fixed|sorted",
        r"\b(?:that's|it's|that\s+is|it\s+is)\s+(?:now\s+)?fixed\b",
        unless=_NOT_OTHER_ACT,
        placed=True,
        replaces=frozenset({K.DONE}),
    ),
    _r(
        "en",
        K.BOOKED,
        r"sorted",
        rf"^\W*{_DAY}\b[^.;!?]*[–—-]\s*(?:all\s+)?sorted\W*$",
        unless=_NOT_OTHER_ACT,
        replaces=frozenset({K.DONE}),
    ),
    _r(
        "en",
        K.BOOKED,
        r"confirmed",
        # "It's all confirmed on our end" is the bare success (convention 34, denied_now.py)
        r"\bin\s+the\s+bag\b[^.;!?]*\ball\s+confirmed\b",
        unless=_NOT_OTHER_ACT,
        replaces=frozenset({K.DONE}),
    ),
    _r(
        "en",
        K.BOOKED,
        r"'s\s+in\b",
        rf"\({_DAY}'s\s+in\)",
        unless=_NOT_OTHER_ACT,
        replaces=frozenset({K.DONE}),
        own_details=True,
    ),
    _r(
        "de",
        K.BOOKED,
        r"farbe|tönung|ansatz",
        r"\b(?:ihre?|deine?)\s+(?:haarfarbe|farbe|tönung|ansatz)\b[^.;]*\b(?:ist|sind)\s+(?:jetzt\s+)?"
        r"(?:eingetragen|gebucht|notiert|bestätigt|fest)\b",
        placed=True,
    ),
    # a range of hours right before the verdict's colon: the appointment starts at its first
    # hour ("Dauerwelle, Freitag 10–12 Uhr: bestätigt"), not the end the dash's clause names
    _r(
        "de",
        K.BOOKED,
        r"uhr",
        r"\b\d{1,2}\s*[–—-]\s*\d{1,2}\s*uhr\s*:\s*(?:bestätigt|gebucht|eingetragen|fest|fix)\b",
        unless=_NOT_OTHER_ACT,
        replaces=frozenset({K.BOOKED}),
    ),
    # ------------------------------------------------------------------ bare successes
    _r("de", K.DONE, r"läuft", r"^\W*läuft\W*$"),
    _r("de", K.DONE, r"bühne", r"^\W*(?:ist\s+)?über\s+die\s+bühne(?:\s+gegangen)?\W*$"),
    _r("en", K.DONE, r"sorted|done", r"^\W*(?:sorted|job's\s+done|job\s+done)\W*$"),
    _r(
        "de",
        K.DONE,
        r"fertig",
        r"^\W*(?:alles\s+)?fix\s+und\s+fertig\W*$",
        replaces=frozenset({K.BOOKED}),
    ),
    # ------------------------------------------------------------------ not booked yet
    _r(
        "de",
        K.NOT_BOOKED,
        r"gebucht",
        r"\bgebucht\s+ist\s+(?:er\s+|es\s+|der\s+termin\s+)?(?:noch\s+|bisher\s+|bislang\s+)?"
        r"(?:gar\s+)?(?:nix|nichts|nicht)\b|\b(?:fix|fest)\s+gebucht\s+(?:noch\s+nicht|nicht)\b",
        unless=_NOT_FOR_CALLER,
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "de",
        K.HELD,
        r"reserviert",
        r"\breserviert\s+(?:ist|is'?)\s+(?:er|es|der\s+termin)\b[^.]*\bgebucht\s+noch\s+nicht\b",
        unless=None,
    ),
    _r(
        "de",
        K.NOT_BOOKED,
        r"verbindlich|fest",
        r"^(?=.*\b(?:halte|reserviert|vorgemerkt|gehalten)\b).*?"
        r"\b(?:verbindlich|fest|fix)\s+wird(?:'s|\s+(?:es|er|das))\b[^.]*\b(?:wenn|sobald|erst)\b",
        unless=None,
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "en",
        K.NOT_BOOKED,
        r"anything|booked|nothing",
        r"\b(?:haven't|have\s+not|hasn't)\s+(?:\w+\s+){0,2}?(?:entered|booked|confirmed|put\s+in)\s+"
        r"anything\s+(?:firmly|for\s+certain|definitely)\b|\bnothing(?:'s|\s+is|\s+has)\s+(?:been\s+)?"
        r"(?:booked|confirmed|entered)\s+(?:firmly|for\s+certain|definitely)\b|"
        r"\bstill\s+open\b[^.!?]*\b(?:it\s+isn't|nothing\s+is|nothing's)\s+booked\b",
        unless=_NOT_FOR_CALLER,
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "en",
        K.NOT_BOOKED,
        r"binding|booked",
        r"^(?=.*\b(?:hold|holding|held|reserved|on\s+hold)\b).*?"
        r"\bit(?:'s|\s+is|\s+will\s+be)?\s+(?:only\s+)?(?:becomes|counts\s+as|be)?\s*(?:binding|"
        r"booked|confirmed)\s+(?:once|after|when|as\s+soon)\b",
        unless=None,
        replaces=frozenset({K.BOOKED}),
    ),
    # ------------------------------------------------------------------ pending
    _r(
        "en",
        K.PENDING,
        r"requested",
        r"\b(?:it's|it\s+is|it's\s+been|it\s+has\s+been)\s+requested\b.*\b(?:still|yet)\s+"
        r"(?:needs?|has|have)?\s*to\s+(?:say\s+yes|approve|confirm|accept)\b",
        unless=_CONDITION,
    ),
    _r(
        "de",
        K.PENDING,
        r"freigabe",
        r"\bfreigabe\b[^.]*\bfehlt\s+noch\b",
        unless=_CONDITION,
    ),
    # ------------------------------------------------------------------ messages and texts
    _r(
        "de",
        K.FOLLOW_UP,
        r"aufgeschrieben|zettel|notiert",
        r"\b(?:hab'?s|habe\s+(?:es|das)|hab\s+(?:es|das))\s+(?:\w+\s+){0,3}?(?:fabian|lena|mehmet|"
        r"sophie|lea|dem\s+team|dem\s+salon)\s+(?:\w+\s+){0,3}?(?:aufgeschrieben|notiert|"
        r"geschrieben)\b",
        follow_up=FollowUp.MESSAGE,
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "en",
        K.FOLLOW_UP,
        r"note|jotted|down",
        r"\bi've\s+(?:left|written|jotted)\s+(?:\w+\s+){0,3}?(?:a\s+note|it\s+down|that\s+down)\b"
        r"[^.]*\b(?:fabian|lena|mehmet|sophie|lea|the\s+team)\b|\bi've\s+left\s+(?:fabian|lena|"
        r"mehmet|sophie|lea|the\s+team)\s+a\s+note\b",
        follow_up=FollowUp.MESSAGE,
        unless=lazy(NOT_STATED.pattern + r"|\b(?:ring|call|back|touch)\b"),
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "en",
        K.FOLLOW_UP,
        r"with",
        # an enquiry passed on; a request lying with the salon is `pending` (the lead's decision
        # 1038, claims134: "Your request is with the salon now", pending_request.py)
        r"\b(?:enquiry|inquiry)\s+is\s+(?:now\s+)?with\s+(?:the\s+)?(?:team|salon|"
        r"salon\s+team|fabian|lena)\b",
        follow_up=FollowUp.MESSAGE,
        unless=lazy(
            NOT_STATED.pattern + r"|\b(?:still|need|needs|have\s+to|has\s+to|confirm\w*|approv\w*|"
            r"okay|ok|yes|answer\w*|decision|decides?)\b"
        ),
        replaces=frozenset({K.PENDING}),
    ),
    *_done_and_text("de", r"bestätigungs", rf"\bbestätigungs-?(?:sms|nachricht)\b.*{_TEXT_SENT}"),
    _r(
        "de",
        K.FOLLOW_UP,
        r"nachricht",
        r"\b(?:(?:bekommen|erhalten|kriegen)\s+(?:sie|du)|sie\s+(?:bekommen|erhalten|kriegen)|"
        r"du\s+(?:bekommst|erhältst|kriegst))\b[^.]*\bnachricht\s+dazu\b",
        follow_up=FollowUp.TEXT,
        unless=_CONDITION,
    ),
    *_done_and_text(
        "en",
        r"confirmation",
        rf"\bconfirmation\s+(?:text\b.*{_TEXT_SENT}|is\s+(?:going|gone)\s+out\s+to\s+you\s+by\s+"
        r"text\b)|\b(?:sent|texted\s+you)\s+the\s+confirmation(?:\s+text)?\b",
    ),
    # ------------------------------------------------------------------ two appointments
    _r(
        "",
        K.BOOKED,
        r"zwei|two|both|beide",
        # claims104 (blind 41): an ordinal's dot ("die Dauerwelle am 28. und … am 29. – beide
        # stehen fest") ends no sentence between them
        r"\b(?:zwei\s+termine|two\s+appointments|both\s+visits)\b(?:[^.]|(?<=\d)\.)*\b(?:fix|fest|"
        r"bestätigt|gebucht|confirmed|booked)\b",
        several=True,
    ),
    # ------------------------------------------------------------------ stands
    _r(
        "en",
        K.STANDS,
        r"chang",
        r"\bnothing(?:'s|\s+is)?\s+chang\w*\b.*\b(?:stands|stays)\b",
        unless=None,
        replaces=frozenset({K.BOOKED}),
    ),
    # ------------------------------------------------------------------ cancellations told
    _r(
        "",
        K.CANCELLED,
        r"knows|bescheid|informiert|told",
        rf"(?:\b{_DAY}(?:'s|\s+is)\s+)?\b(?:cancel\w*|off|out|raus|gestrichen|storniert|abgesagt)\b"
        rf"[^.]*\b{_STYLIST}(?:'s)?\s+"
        r"(?:knows|weiß\s+bescheid|ist\s+informiert|(?:has\s+)?been\s+told|is\s+in\s+the\s+"
        r"loop)\b|"
        rf"\b{_STYLIST}\s+(?:knows|weiß\s+bescheid)\b[^.]*\b(?:cancel\w*|off|raus|gestrichen|"
        r"storniert|abgesagt)\b",
        unless=_CONDITION,
        own_details=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # ------------------------------------------------------------------ callbacks passed on
    _r(
        "",
        K.FOLLOW_UP,
        r"zurück|back",
        r"\b(?:zurückgerufen|ruft\s+sie\s+zurück|rufen\s+sie\s+zurück|call\s+back|ring\s+you\s+"
        r"back|call\s+you\s+back)\b[^.]*\b(?:weitergegeben|weitergeleitet|passed\s+(?:it\s+)?"
        r"(?:on|along))\b|"
        # the other order (blind 19): "I've passed it on; someone from the salon will call you
        # back", "Ich habe Ihren Wunsch weitergegeben, der Salon ruft Sie zurück"
        r"\b(?:weitergegeben|weitergeleitet|passed\s+(?:it\s+)?(?:on|along))\b[^.]*\b(?:"
        r"zurückgerufen|ruft\s+sie\s+zurück|rufen\s+sie\s+zurück|call\s+you\s+back|ring\s+you\s+"
        r"back)\b",
        follow_up=FollowUp.CALLBACK,
        unless=_MESSAGE_PASSED,
        replaces=frozenset({K.FOLLOW_UP}),
    ),
    # ------------------------------------------------------------------ moves
    _r(
        "de",
        K.RESCHEDULED,
        rf"^\W*aus\s+{_DAY}",
        rf"(?<=wird )(?:am\s+)?{_DAY}\b[^.–—;]*",
        own_details=True,
        replaces=frozenset({K.RESCHEDULED, K.DONE}),
    ),
    _r(
        "de",
        K.RESCHEDULED,
        r"vorgeschoben|vorgezogen|vorverlegt",
        rf"\b(?:vorgeschoben|vorgezogen|vorverlegt)\b[^.]*\bjetzt\s+(?:am\s+)?{_DAY}\b",
    ),
    _r(
        "de",
        K.RESCHEDULED,
        r"neu",
        r"^\W*neu(?:er\s+termin)?\s*:",
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    _r(
        "de",
        K.GONE,
        r"damit",
        rf"\b(?:der|den|am)\s+{_DAY}\s+(?:ist\s+damit\s+hinfällig|entfällt\s+damit)\b",
        unless=None,
        replaces=frozenset({K.CANCELLED}),
        own_details=True,
    ),
)
