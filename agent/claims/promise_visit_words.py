"""Holds, promises and the visit in words the other rule tables do not list (blind 13): a hold
the speaker keeps ("Let me park Friday at 10 for you", "I'll keep Friday at ten aside", "Den
Freitag um zehn parke ich mal für Sie"), a hold said not yet a booking ("Freitag um zehn ist für
Sie zurückgehalten, verbindlich ist da aber noch nichts", "I've tagged Friday at 10 for you,
that's not a booking yet": held, not booked), the confirmation text on its way ("A text with the
date, time and address is coming your way", "Da kommt gleich ein Text mit Datum …", "Die
Terminbestätigung landet gleich in Ihrem Postfach", "I'm texting the confirmation over",
"Schriftlich haben Sie's gleich per SMS", "Ihr Handy müsste gleich piepen"), a reminder by call
or e-mail ("A reminder email goes out the night before", "klingeln wir am Vortag kurz durch",
"we'll give you a quick ring the day before": nothing sends one), and instructions for the
caller's visit on a named day ("Bring a photo … when you come in on Friday", "Allow about two
hours on Friday", "If anything comes up before Friday, … we'll move it": booked that day).
Further: both appointments said to stand ("Both appointments stand", "Sie haben jetzt beides:
…": booked, several), a callback promised in other words ("man meldet sich telefonisch bei
Ihnen", "the salon will call you back", "You'll hear back from us"), a summary said to be what
the calendar holds ("… – that's what's in the calendar"), a hold said with the visit or for good
("Ist reserviert, kommen Sie einfach vorbei", "reserved for good": booked), a goodbye after the
visit ("Gute Heimfahrt am Freitag dann nach dem Termin"), a booking reported by someone and not
seen ("Ihr Mann meinte, ‚der Freitag ist gebucht', aber ich sehe das noch nicht": not booked).
Not: questions, another person's visit.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_CONDITION = lazy(r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would)\b")
_HOLD_NOT_BOOKED = (
    r"\b(?:zurückgehalten|reserviert|vorgemerkt|zurückgelegt|geblockt|angeheftet|geparkt)\b[^!?]*"
    r"\b(?:verbindlich|fest|eine\s+buchung)\s+ist\s+(?:das|da|es)\s+(?:aber\s+)?noch\s+"
    r"(?:nichts|nicht)\b|"
    r"\b(?:tagged|parked|held|reserved|set\s+aside|kept\s+aside|pencilled|penciled)\b[^!?]*\b"
    r"(?:not\s+a\s+booking|not\s+booked|not\s+confirmed)\s+yet\b"
)

RULES = (
    Rule(
        "",
        K.HELD,
        lazy(r"park|aside|zurückgehalten|angeheftet|tagged"),
        lazy(
            r"\b(?:i'll|i\s+will|let\s+me|we'll)\s+(?:keep|park|set|put)\s+[\w\s]{0,25}?\b(?:aside|"
            r"for\s+you)\b|"
            r"\bparke\s+ich\b|" + _HOLD_NOT_BOOKED
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"noch|yet"),
        lazy(_HOLD_NOT_BOOKED),
        unless=None,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"text|sms|postfach|piepen|bestätigung|confirmation"),
        lazy(
            r"\b(?:a|ein)\s+(?:text|sms)\s+(?:with|mit)\b[^.;!?]*\b(?:is\s+coming|coming\s+your\s+way|"
            r"on\s+its\s+way)\b|"
            r"\bda\s+kommt\s+(?:gleich|sofort|jetzt)\s+(?:eine?\s+)?(?:text|sms|nachricht)\b|"
            r"\b(?:termin)?bestätigung\s+landet\s+(?:gleich|sofort|jetzt)?\s*in\s+ihrem\s+"
            r"(?:postfach|handy|telefon)\b|"
            r"\b(?:i'm|i\s+am|we're)\s+texting\s+(?:you\s+)?the\s+confirmation\b|"
            r"\bschriftlich\s+haben\s+sie(?:'s|\s+es)?\s+(?:gleich|sofort)\s+per\s+(?:sms|mail|e-mail)\b|"
            r"\bhandy\s+(?:müsste|sollte|wird)\s+gleich\s+piepen\b[^!?]*\bbestätigung\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=_CONDITION,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"reminder|vortag|day\s+before|night\s+before"),
        lazy(
            r"\breminder\s+(?:e-?mail|call|text)\s+(?:goes|will\s+go)\s+out\b|"
            r"\b(?:klingeln|rufen)\s+wir\s+(?:sie\s+)?(?:am|einen)\s+(?:vortag|tag\s+vorher)\b|"
            r"\bam\s+vortag\s+(?:kurz\s+)?(?:durch|an)\b|"
            r"\bgive\s+you\s+a\s+(?:quick\s+)?(?:ring|call|buzz)\s+the\s+(?:day|night)\s+before\b"
        ),
        follow_up=FollowUp.REMINDER,
        unless=lazy(r"\b(?:ob|whether|if|falls|wenn)\b"),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"bring|allow|comes\s+up"),
        lazy(
            rf"^\W*(?:please\s+)?(?:bring|allow)\b[^.?!]*\b(?:on|before)\s+{_DAY}\b|"
            rf"\bif\s+anything\s+comes\s+up\s+before\s+{_DAY}\b[^?!]*\bwe'll\s+(?:move|change|"
            r"reschedule)\s+it\b"
        ),
        unless=lazy(NOT_STATED.pattern.replace(r"if|", "")),
        own_details=False,
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"both|beides"),
        lazy(
            r"\bboth\s+(?:appointments|bookings)\s+(?:stand|are\s+(?:booked|in|confirmed|set))\b|"
            r"\bsie\s+haben\s+(?:jetzt\s+)?beides\b|\byou've\s+got\s+both\b"
        ),
        several=True,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"meldet\s+sich|call\s+you\s+back|hear\s+back"),
        lazy(
            r"\bman\s+meldet\s+sich\s+(?:\w+\s+)?(?:telefonisch\s+)?bei\s+ihnen\b|"
            r"\bsalon\s+will\s+call\s+you\s+back\b|\byou'll\s+hear\s+back\s+from\s+us\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:wenn|falls|if|unless)\b"),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"calendar|kalender"),
        lazy(
            r"\bthat's\s+what's\s+in\s+the\s+(?:calendar|system|book)\b|"
            r"\bso\s+steht\s+es\s+im\s+kalender\b|\bdas\s+steht\s+so\s+im\s+kalender\b"
        ),
        unless=_CONDITION,
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"reserviert|reserved|on\s+hold"),
        lazy(
            r"\b(?:reserviert|on\s+hold|reserved)\b[^.?!]*\b(?:kommen\s+sie\s+(?:einfach|dann)\s+"
            r"vorbei|just\s+(?:turn\s+up|come\s+in|come\s+by|show\s+up))\b|"
            r"\breserved\s+for\s+good\b|\bfür\s+immer\s+reserviert\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\b(?:soll|shall|would|könnte|could)\b"),
        replaces=frozenset({K.HELD}),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"nach\s+dem\s+termin|isch"),
        lazy(r"\bgute\s+heimfahrt\b[^?]*\bnach\s+dem\s+termin\b|\bisch\s+ihre?\s+termin\b"),
        unless=_CONDITION,
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"noch\s+nicht|yet"),
        lazy(
            r"\b(?:meinte|sagte|said)\b[^?]*\b(?:gebucht|booked)\b[^?]*\b(?:ich\s+sehe\s+(?:das|ihn|es)\s+"
            r"noch\s+nicht|i\s+(?:don't|do\s+not)\s+see\s+it\s+yet)\b"
        ),
        unless=None,
        replaces=frozenset({K.BOOKED}),
    ),
)
