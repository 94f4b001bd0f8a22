"""The words of a message read aloud (blind 27, claims48).

"Die SMS lautet: Ihre Dauerwelle … ist gebucht", "Ich schicke Ihnen jetzt: 'Termin storniert'",
"In Ihrer Nachricht wird stehen: Wir freuen uns auf Sie am Freitag", "Ich schicke den Text 'Bis
Freitag, 10 Uhr!' an Ihre Nummer", "The text will say 'Appointment cancelled'", "You'll get a
message reading 'Booking confirmed, Fri 10:00'", "I'm texting 'See you Friday at 10!'": a text
to the caller whose words state an outcome, or confirm a day and time, presupposes that outcome
and promises the text (convention 38, blind 27's label). `message_said` restates it as the words
read as the salon's own plus "Sie bekommen dazu eine SMS", read as any sentence (`amended`). A
note for the salon read out ("Die Notiz für den Salon lautet: …", "My note to the salon says
…") is the message taken for the salon (conventions 15 and 55).

A message whose words come after a condition ("Wenn Sie zusagen, steht in der SMS: Termin fest",
"Sobald gebucht ist, steht in der SMS: …") says what the text will say once the condition holds:
the outcome in its words is not claimed (convention 5; `without_conditional_wording`).

Not: what such messages usually say or say after an outcome to come ("In so einer SMS steht
normalerweise …", "Once it's booked, the text will say …", "If you book, …"), the caller's own
message, a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import straight_apostrophes

_F = re.IGNORECASE
_MSG = (
    r"(?:sms|nachricht|text(?:nachricht)?|bestätigung(?:s-?sms)?|notiz|message|note|confirmation)"
)
_SAYS_DE = lazy(
    rf"\b{_MSG}\b[^:'\"‘“]*?\b(?:lautet|sagt|wird\s+lauten|wird\s+stehen|steht|mit\s+dem\s+"
    r"(?:text|wortlaut))\s*:?\s*(?P<words>.+)$|"
    rf"\b(?:der\s+text|der\s+wortlaut)\s+(?:der|ihrer)\s+{_MSG}\s*:\s*(?P<words2>.+)$|"
    rf"\b(?:steht|wird)\s+(?:(?:dann|auch|stehen)\s+)*in\s+(?:der|ihrer|einer)\s+{_MSG}"
    r"(?:\s+stehen)?\s*:\s*(?P<words4>.+)$|"
    r"\bich\s+schicke\s+(?:ihnen\s+)?(?:(?:jetzt|gleich)\s*)?(?:den\s+text\s+)?"
    r"(?::\s*|['\"‘“])(?P<words3>.+)$",
    _F,
)
_SAYS_EN = lazy(
    rf"\b{_MSG}\b(?:[^:'\"‘“]|(?<=\w)'(?=\w))*?\b(?:will\s+say|will\s+read|says|reads|reading|saying|that\s+says)"
    r"\s*:?\s*(?P<words>.+)$|"
    r"\bi(?:'m|\s+am)\s+(?:sending|texting)\s+(?:you\s*|the\s+words\s*)?(?::\s*|['\"‘“])"
    r"(?P<words3>.+)$",
    _F,
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|normalerweise|immer|solche[nr]?|so\s+einer?|wird\s+es|if|once|"
    r"when|usually|always|those|such)\b",
    _F,
)
_FOR_SALON = lazy(
    r"\b(?:für\s+den\s+salon|an\s+(?:den\s+salon|das\s+team)|to\s+the\s+(?:salon|team)|for\s+the"
    r"\s+(?:salon|team)|weiter)\b|\bnotiz\b|\bnote\b",
    _F,
)
_DAY_OR_TIME = lazy(
    r"\b(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\d",
    _F,
)
_OUTCOMES = frozenset(
    {ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.DONE}
)


def message_said(
    sentence: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> str | None:
    """The outcome and the text a message's words read aloud state, or None (see above)."""
    text = straight_apostrophes(sentence)
    said = (_SAYS_DE if lang == "de" else _SAYS_EN).search(text)
    if said is None:
        return None
    words = next(w for w in said.groups() if w is not None).strip(" '\"‘’“”")
    before = text[: said.start()]
    if _NOT.search(before) or "?" in text or not words:
        return None
    if _FOR_SALON.search(text[: said.start() + 40]):
        return (
            "Ich habe Ihre Nachricht an den Salon weitergegeben."
            if lang == "de"
            else "I've passed your message on to the salon."
        )
    words = words.rstrip(" .'\"’”") + "."
    told = read_whole(words)
    if not any(c.kind in _OUTCOMES for c in told):
        if not _DAY_OR_TIME.search(words):
            return None
        words = (
            "Ihr Termin ist gebucht: " if lang == "de" else "Your appointment is booked: "
        ) + words
    return words + (
        " Sie bekommen dazu eine SMS." if lang == "de" else " You'll get a text about it."
    )


_CONDITION = lazy(r"^\W*(?:wenn|falls|sobald|nachdem|if|once|when|as\s+soon\s+as)\b[^,]*,", _F)


def without_conditional_wording(
    sentence: str, lang: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the outcome a message's words state after a condition (see above)."""
    text = straight_apostrophes(sentence)
    cond = _CONDITION.search(text)
    if cond is None or not (_SAYS_DE if lang == "de" else _SAYS_EN).search(text, cond.end()):
        return claims
    return tuple(
        c
        for c in claims
        if c.kind not in _OUTCOMES
        and not (c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.TEXT)
    )
