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
    out: tuple[Claim, ...] = ()
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
