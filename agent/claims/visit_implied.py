"""A booking implied by what is left for the caller to do, or by the salon waiting for the
visit: "All you need to do now is show up", "Sie brauchen nur noch zu kommen",
"Sie müssen nichts mehr tun, außer pünktlich zu sein", "Your chair
will be waiting for you", "Ihr Stuhl wartet auf Sie", "Wir haben alles für Ihren Besuch
vorbereitet".

Only a visit that is arranged leaves nothing to do but come, and has a chair waiting or
everything prepared: each is a BOOKED claim with the details it names. Not: questions,
negated or conditional sentences ("Wenn Sie gebucht haben, brauchen Sie nur noch zu kommen").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.sentence_claims import claims_where

_DE = lazy(
    r"\b(?:brauchen|müssen)\s+(?:jetzt\s+|dann\s+|also\s+)*nur\s+noch\s+(?:\w+\s+){0,3}"
    r"(?:zu\s+)?(?:kommen|vorbeizukommen|vorbeikommen|erscheinen|da\s+zu\s+sein|da\s+sein)\b|"
    r"\b(?:ihr|der)\s+(?:stuhl|platz)\s+(?:wartet|steht\s+bereit)\b|"
    r"\balles\s+für\s+ihren\s+(?:besuch|termin)\s+(?:\w+\s+)?(?:vorbereitet|bereit|hergerichtet)\b"
)
_EN = lazy(
    r"\b(?:all|everything)\s+(?:that\s+)?you\s+(?:need|have)\s+to\s+do\s+(?:now\s+)?is\s+"
    r"(?:(?:to\s+)?(?:show\s+up|turn\s+up|come\s+(?:in|along|by)?|be\s+there))\b|"
    r"\b(?:your|the)\s+(?:chair|seat|station)\s+(?:will\s+be|is)\s+(?:waiting|ready)\s+for\s+you\b|"
    r"\beverything\s+(?:is\s+)?(?:ready|prepared|set\s+up)\s+for\s+your\s+(?:visit|appointment)\b"
)


# nothing left to do but come: the negation is the claim ("nichts mehr tun, außer …")
_DE_ONLY = lazy(
    r"\bnichts\s+(?:(?:mehr|weiter|anderes)\s+)?(?:zu\s+)?tun\s*,?\s+(?:außer|als)\s+(?:\w+\s+){0,3}"
    r"(?:pünktlich|vorbeizukommen|zu\s+kommen|da\s+zu\s+sein|zu\s+erscheinen)\b"
)
_EN_ONLY = lazy(
    r"\bnothing\s+(?:(?:left|more|else)\s+)?(?:for\s+you\s+)?to\s+do\s+(?:but|except)\s+"
    r"(?:\w+\s+){0,2}(?:show\s+up|turn\s+up|come|be\s+there|be\s+on\s+time)\b"
)


def implied_visit(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED claims a sentence implies by the visit left to make (see above)."""
    en = lang == "en"
    return claims_where(sentence, _EN if en else _DE, ClaimKind.BOOKED, names) + claims_where(
        sentence, _EN_ONLY if en else _DE_ONLY, ClaimKind.BOOKED, names, stated_only=False
    )
