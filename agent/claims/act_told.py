"""An outcome told as an act already done, in wordings the clause readers do not take as the
claim: the act named by its noun ("Es ist gut, dass Sie die Absage so früh gemacht haben",
"Die Stornierung ist erledigt, danke", "Thanks for cancelling so early") and the caller written
into the calendar by someone else than the speaker ("Fabian hat Sie sich für Freitag vormittag
in den Kalender geschrieben", "Lena has put you in her diary for Saturday"), or with a
companion ("Ich habe Ihre Mutter und Sie jetzt beide im Kalender, Ihre Mutter am Freitag …":
two appointments, each value named must be one of them).

Each states the outcome as done, so it is a claim of that kind with the day, time and stylist
its sentence names. Not: questions, negated or conditional sentences ("Wenn Sie die Absage
gemacht haben, …", "if you cancel").
"""

from __future__ import annotations

import dataclasses

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.sentence_claims import claims_where

_DE_NOUNS = {
    ClaimKind.CANCELLED: r"absage|stornierung|stornieren|storno",
    ClaimKind.BOOKED: r"buchung|anmeldung",
    ClaimKind.RESCHEDULED: r"umbuchung|verschiebung|verlegung",
}
_DE_DONE = r"(?:gemacht|erledigt|durchgeführt|vorgenommen|aufgegeben)"  # not "abgeschickt": sent
_EN_VERBS = {
    ClaimKind.CANCELLED: r"cancell?ing",
    ClaimKind.BOOKED: r"booking(?:\s+in)?",
    ClaimKind.RESCHEDULED: r"rescheduling|moving\s+(?:it|your\s+appointment)",
}
_CALENDAR_DE = (
    r"(?:in\s+(?:den|seinen|ihren|unseren|den\s+\w+)\s+(?:\w+)?(?:kalender|plan|buch)|"
    r"ins\s+(?:system|buch|terminbuch))"
)
_WRITTEN_IN_DE = lazy(
    rf"\b(?:hat|haben)\s+sie\s+(?:sich\s+)?(?:\w+\s+){{0,5}}?{_CALENDAR_DE}\s+"
    r"(?:geschrieben|eingetragen|aufgenommen|gesetzt|notiert)\b"
)
_WRITTEN_IN_EN = lazy(
    r"\b(?:has|have|'s)\s+(?:put|written|pencil+ed|entered)\s+you\s+(?:down\s+)?(?:in|into)\s+"
    r"(?:his|her|their|the|our)\s+(?:diary|calendar|book|schedule)\b"
)

# done, not under way or to come: "…, gemacht haben", not "Die Buchung wird gerade gemacht"
_PERFECT_DE = lazy(r"\b(?:haben|hat|habe|ist|sind|wurde|wurden)\b")
_UNDER_WAY_DE = lazy(
    r"\b(?:wird|werden|werde|gerade|gleich|soll|sollen|kann|können|muss|müssen|rückgängig)\b"
)  # "rückgängig gemacht": undone, read by the clause readers


# the caller and a companion in the calendar: "Ich habe Ihre Mutter und Sie jetzt beide im
# Kalender, …", "I've got you and your mum both in the diary"
_COMPANIONS_IN_DE = lazy(
    r"\b(?:ich|wir)\s+(?:habe|haben|hab)\s+(?:ihre?n?\s+\w+\s+und\s+sie|sie\s+und\s+ihre?n?\s+\w+)"
    r"\s+(?:\w+\s+){0,3}?(?:im|in\s+unserem)\s+(?:\w*kalender|system|terminbuch|plan)\b"
)
_COMPANIONS_IN_EN = lazy(
    r"\b(?:i|we)(?:'ve|\s+have)\s+got\s+(?:you\s+and\s+your\s+\w+|your\s+\w+\s+and\s+you)"
    r"\s+(?:\w+\s+){0,3}?in\s+the\s+(?:diary|calendar|system|book)\b"
)

# compiled once: "Thanks for cancelling", "Die Stornierung haben wir gemacht"
_THANKS_EN = {
    kind: lazy(rf"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:{verbs})\b")
    for kind, verbs in _EN_VERBS.items()
}

# thanks for the outcome named by its noun or its act, and congratulations on getting the slot:
# "Thank you for your booking", "Cheers for booking", "Thanks for freeing up the slot", "Danke
# für Ihre Buchung", "Danke fürs Verschieben", "Gratuliere, Sie haben den letzten Termin
# erwischt". Not thanks for a request, a question or patience ("Thanks for your booking
# request", "Danke für Ihre Buchungsanfrage", "Danke für die Frage zur Buchung").
_THANKS_HEAD_EN = (
    r"\b(?:thanks?(?:\s+you)?|cheers|many\s+thanks)\s+(?:(?:so\s+much|a\s+lot|very\s+much|again|"
    r"a\s+million|ever\s+so\s+much)\s+)?for\s+(?:(?:letting\s+us\s+know|being\s+(?:so\s+)?flexible|"
    r"calling)\s+and\s+)?"
)
_NOT_A_REQUEST_EN = r"(?!\s+(?:request|enquiry|inquiry|question|form|link|process))"
_THANKS_FOR_EN = {
    ClaimKind.BOOKED: r"(?:(?:your|the)\s+(?:appointment\s+)?booking|booking(?:\s+in)?)\b"
    + _NOT_A_REQUEST_EN,
    ClaimKind.CANCELLED: r"(?:(?:your|the)\s+(?:early\s+|timely\s+)?cancell?ation\b"
    + _NOT_A_REQUEST_EN
    + r"|cancell?ing\b|freeing\s+up\s+(?:the|your|that)\s+(?:slot|spot|appointment)\b)",
    ClaimKind.RESCHEDULED: r"(?:moving\s+(?:it\s+|your\s+appointment\s+)?to\s+\w+|"
    r"(?:agreeing\s+to|accepting|taking)\s+the\s+new\s+(?:date|time|slot|day)|"
    r"(?:your|the)\s+reschedul(?:e|ing))\b",
}
_CONGRATS_EN = lazy(
    r"\b(?:congrats|congratulations|well\s+done|lucky\s+you)\W+you(?:'ve|\s+have)?\s+"
    r"(?:grabbed|snagged|nabbed|bagged|landed|secured|got|made\s+it\s+in)\b"
)
_THANKS_HEAD_DE = (
    r"\b(?:danke(?:\s+schön|\s+sehr)?|(?:vielen|herzlichen|tausend|besten|lieben)\s+dank|"
    r"(?:ich|wir)\s+danke?n?\s+ihnen)\s+(?:auch\s+|nochmals\s+|noch\s+mal\s+)?"
    r"(?:fürs\s+|für\s+(?:(?:ihre?|die|das|den|ihr\s+vertrauen\s+und|\w+(?:e|en))\s+){0,3}?)"
)
_THANKS_FOR_DE = {
    ClaimKind.BOOKED: r"(?:termin)?(?:buchung|buchen|einbuchen)\b",
    ClaimKind.CANCELLED: r"(?:absage|stornierung|storno|absagen|stornieren)\b",
    ClaimKind.RESCHEDULED: r"(?:verschiebung|umbuchung|verlegung|verschieben|umbuchen|verlegen)\b",
}
_TOLD_OF_DE = lazy(
    r"\b(?:danke|schön|gut|prima),?\s+dass\s+sie\s+(?:uns\s+)?(?:mit|wegen)\s+der\s+"
    r"(?:absage|stornierung)\s+bescheid\b"
)
_CONGRATS_DE = lazy(
    r"\b(?:gratuliere|glückwunsch)\W+sie\s+haben\s+[^.!?]*?\b"
    r"(?:erwischt|ergattert|bekommen|gekriegt|geschnappt)\b"
)
_THANKS = {
    "en": {k: lazy(_THANKS_HEAD_EN + v) for k, v in _THANKS_FOR_EN.items()},
    "de": {k: lazy(_THANKS_HEAD_DE + v) for k, v in _THANKS_FOR_DE.items()},
}


def _thanked(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """Thanks or congratulations for an outcome: its claim (convention 31)."""
    out: tuple[Claim, ...] = ()
    for kind, thanks in _THANKS[lang].items():
        out += claims_where(sentence, thanks, kind, names)
    if lang == "en":
        return out + claims_where(sentence, _CONGRATS_EN, ClaimKind.BOOKED, names)
    out += claims_where(sentence, _TOLD_OF_DE, ClaimKind.CANCELLED, names)
    return out + claims_where(sentence, _CONGRATS_DE, ClaimKind.BOOKED, names)


_ACT_DONE_DE = {
    kind: lazy(
        rf"\b(?:die|ihre|der|das)\s+(?:{nouns})\b(?:\s+\w+){{0,4}}?\s+{_DE_DONE}\b"
        rf"(?:\s+(?:haben|hat|ist|wurde))?"
    )
    for kind, nouns in _DE_NOUNS.items()
}


def _both(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Two people's appointments: the claim needs two (`several`)."""
    return tuple(
        Claim(c.kind, c.start, c.end, dataclasses.replace(c.details, several=True)) for c in claims
    )


def acts_told(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The claims of `sentence` told as acts done (see above)."""
    out = _thanked(sentence, "en" if lang == "en" else "de", names)
    if lang == "en":
        for kind, thanks in _THANKS_EN.items():
            out += claims_where(sentence, thanks, kind, names)
        out += _both(claims_where(sentence, _COMPANIONS_IN_EN, ClaimKind.BOOKED, names))
        return out + claims_where(sentence, _WRITTEN_IN_EN, ClaimKind.BOOKED, names)
    out += _both(claims_where(sentence, _COMPANIONS_IN_DE, ClaimKind.BOOKED, names))
    out += claims_where(sentence, _WRITTEN_IN_DE, ClaimKind.BOOKED, names)
    if not _PERFECT_DE.search(sentence.lower()) or _UNDER_WAY_DE.search(sentence.lower()):
        return out
    for kind, act in _ACT_DONE_DE.items():
        out += claims_where(sentence, act, kind, names)
    return out


# the service's plan told, then said to be fixed: "Die Dauerwelle wird am Freitag bei Fabian
# gemacht, das ist so festgelegt", "Your perm is being done on Friday, that's all settled"
_PLAN_FIXED = {
    "de": lazy(
        r"\b(?:wird|werden)\s+(?:\w+\s+){0,6}?(?:gemacht|geschnitten|gefärbt|durchgeführt|erledigt)\b"
        r"[^.!?]*,\s*(?:das|es)\s+(?:ist|steht)\s+(?:(?:so|jetzt|auch|schon)\s+)*"
        r"(?:festgelegt|fest|fix|abgemacht|ausgemacht|vereinbart|eingeplant)\b"
    ),
    "en": lazy(
        r"\b(?:is|'s|are|'re)\s+being\s+done\b[^.!?]*,\s*(?:that|it)(?:'s|\s+is)\s+(?:all\s+)?"
        r"(?:settled|fixed|agreed|arranged|set)\b"
    ),
}


def plan_fixed(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with a bare success that fixes the service's plan told before it read as the
    booking of that plan (BOOKED, not DONE: a cancellation does not make it true); where no
    reader found the success, the booking is added."""
    pattern = _PLAN_FIXED["en" if lang == "en" else "de"]
    if not pattern.search(sentence.lower()):
        return claims
    if not any(c.kind is ClaimKind.DONE for c in claims):
        return claims + claims_where(sentence, pattern, ClaimKind.BOOKED, names, stated_only=False)
    return tuple(
        Claim(ClaimKind.BOOKED, c.start, c.end, c.details) if c.kind is ClaimKind.DONE else c
        for c in claims
    )
