"""A confirmation the caller is told he has or will find in his messages: "In ein paar Minuten
haben Sie die Bestätigung als SMS", "Die Bestätigung liegt gleich in Ihrem E-Mail-Postfach",
"The confirmation will be in your inbox shortly", "Check your inbox, the confirmation is there",
"Keep an eye on your phone, the confirmation should arrive shortly".

That promises a text (FOLLOW_UP, text) and states the outcome it confirms (DONE; BOOKED when it
names the appointment's day or time), as the clause readers read "Sie bekommen gleich eine
Bestätigung per SMS". Not: questions, negated or
conditional sentences ("Möchten Sie die Bestätigung per SMS?", "Eine SMS bekommen Sie erst,
wenn …").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.sentence_claims import claims_where

_DE = lazy(
    r"\b(?:(?:haben|bekommen|erhalten|kriegen|finden)\s+sie|sie\s+(?:haben|bekommen|erhalten|"
    r"kriegen|finden))\b.*\bbestätigung\b.*"
    r"\b(?:als|per|in|im|auf)\s+(?:ihr\w*\s+)?(?:sms|e-?mail|mail|nachricht|postfach|handy)\b|"
    r"\bbestätigung\b.*\b(?:liegt|ist|landet|kommt|sein)\b.*\b(?:postfach|handy|sms|e-?mail)|"
    # the text said to be there soon: "wird die SMS mit der Bestätigung schon da sein"
    r"\b(?:sms|textnachricht|kurznachricht)\b[^.!?]*\bbestätigung\b[^.!?]*\b(?:da|angekommen)\s+"
    r"sein\b|\bbestätigung\b[^.!?]*\b(?:auf|in)\s+ihrem\s+(?:handy|telefon|postfach)\s+sein\b|"
    # the caller sent to look: "Schauen Sie in Ihr Postfach, die Bestätigung ist da"
    r"\b(?:schauen|sehen|gucken|behalten|werfen)\s+sie\b.*\b(?:postfach|handy|telefon|e-?mails?|sms|"
    r"nachrichten)\b.*\bbestätigung\b.*\b(?:ist|liegt|kommt|müsste|sollte|dürfte|sein)\b|"
    # blind 27 (claims47): "Sie sehen es gleich in Ihren SMS"
    r"\bsie\s+(?:sehen|finden)\s+(?:es|ihn|das|die\s+details)\s+(?:\w+\s+)?in\s+ihren\s+"
    r"(?:sms|nachrichten)\b"
)
_EN = lazy(
    r"\bconfirmation\b.*\b(?:will\s+be|is|lands?|arrives?)\s+(?:\w+\s+)?(?:in|on)\s+your\s+"
    r"(?:inbox|phone|messages|email)\b|"
    r"\byou(?:'ll|\s+will)\s+(?:have|find)\s+the\s+confirmation\b.*\b(?:text|email|inbox|phone)\b|"
    # the caller sent to look: "Check your inbox, the confirmation is there", "Keep an eye on
    # your phone, the confirmation should arrive shortly"
    r"\b(?:check|look\s+(?:in|at)|keep\s+an\s+eye\s+on|watch)\s+your\s+(?:inbox|phone|"
    r"messages|email|texts)\b.*\bconfirmation\s+(?:is|'s|should|will|ought)\b|"
    # the booking said confirmed by text (blind 27, claims49): "We've confirmed your booking by
    # text"
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|already\s+)?confirmed\s+(?:your|the)\s+"
    r"(?:booking|appointment)\s+(?:to\s+you\s+)?(?:by|via|over)\s+(?:text|sms)\b|"
    # blind 27 (claims47): "you'll see it in your texts shortly"
    r"\byou(?:'ll|\s+will)\s+(?:see|find)\s+(?:it|this|that|the\s+details)\s+in\s+your\s+"
    r"(?:texts|messages|inbox)\b"
)

# the appointment's details sent by text (blind 38, claims92; conventions 38, 484): "Die Details
# zu Ihrem Termin kommen gleich per SMS", "Die Einzelheiten Ihres Termins schicke ich Ihnen als
# SMS", "The details of your appointment are on their way by text" — the appointment they
# describe is there (BOOKED, with the day or time named), the text promised
_DETAILS = {
    "de": lazy(
        r"\b(?:details|infos|informationen|einzelheiten|eckdaten|daten)\s+(?:zu\s+|von\s+|über\s+|"
        r"zum\s+|für\s+)?ihre[mrns]?\s+(?:\w*termin\w*|buchung)\b[^.!?]*\b(?:sms|textnachricht|"
        r"kurznachricht)\b|\b(?:sms|textnachricht|kurznachricht)\b[^.!?]*\b(?:details|infos|"
        r"informationen|einzelheiten|eckdaten)\s+(?:zu\s+|von\s+|über\s+|zum\s+|für\s+)?"
        r"ihre[mrns]?\s+(?:\w*termin\w*|buchung)\b|"
        # the text read out after a colon (blind 59): "Sie bekommen gleich eine SMS: Freitag,
        # 28.11., 10 Uhr, Dauerwelle bei Fabian"
        r"\b(?:sie\s+(?:bekommen|erhalten|kriegen)|(?:bekommen|erhalten|kriegen)\s+sie)\s+"
        r"(?:\w+\s+){0,2}?(?:eine\s+)?(?:sms|"
        r"textnachricht|kurznachricht)\s*:\s*(?:(?:am|den)\s+)?(?:montag|dienstag|mittwoch|"
        r"donnerstag|freitag|samstag|sonntag|\d{1,2}\.)"
    ),
    "en": lazy(
        r"\b(?:details|info|information)\s+(?:of|for|about|on)\s+your\s+(?:appointment|booking|"
        r"visit)\b[^.!?]*\b(?:text|sms|text\s+message)\b|\byour\s+(?:appointment|booking)\s+"
        r"details\b[^.!?]*\b(?:text|sms)\b|\b(?:text|sms)\b[^.!?]*\b(?:details|info|information)"
        r"\s+(?:of|for|about|on)\s+your\s+(?:appointment|booking|visit)\b|"
        # the text read out after a colon (blind 59): "You'll get a text shortly: Friday the 28th,
        # 10 a.m., perm with Fabian"
        r"\byou(?:'ll|\s+will)\s+(?:get|receive)\s+(?:a|the)\s+(?:text|sms)(?:\s+message)?"
        r"(?:\s+\w+){0,2}?\s*:\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|the\s+\d|\d)"
    ),
}


def confirmation_texts(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The promised text and the outcome it confirms (see above)."""
    described = _DETAILS["en" if lang == "en" else "de"]
    told = claims_where(sentence, described, ClaimKind.FOLLOW_UP, names, FollowUp.TEXT)
    if told:
        return told + claims_where(sentence, described, ClaimKind.BOOKED, names)
    pattern = _EN if lang == "en" else _DE
    promised = claims_where(sentence, pattern, ClaimKind.FOLLOW_UP, names, FollowUp.TEXT)
    done = claims_where(sentence, pattern, ClaimKind.DONE, names)
    # a confirmation for a named day or time is the booking's ("Sie erhalten für Freitag, zehn
    # Uhr, eine Bestätigung per SMS"), not a cancellation's
    done = tuple(
        c if c.details.empty else Claim(ClaimKind.BOOKED, c.start, c.end, c.details) for c in done
    )
    return promised + done
