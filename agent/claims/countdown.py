"""The days left until the caller's appointment (blind 27, claims47; convention 45).

"Bis zu Ihrem Termin sind es noch zwei Tage", "Noch zweimal schlafen, dann ist Ihr Termin",
"Nur noch zwei Nächte, dann ist Ihr Termin", "Only two more days until your appointment", "Just
two days to go until your appointment": a countdown to the caller's own appointment presupposes
it booked on the day it counts to. A BOOKED claim of that day (today plus the days or nights
counted) in place of a booking read without it, or beside nothing.

Not: a countdown to something else ("bis zum Wochenende"), a span with no appointment of the
caller's named ("In zwei Tagen hat Fabian frei"), a condition or a question ("Wenn es noch zwei
Tage bis zu Ihrem Termin sind, …"), a sentence whose readers found another outcome.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Role
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_NUMBERS = {
    "ein": 1, "einen": 1, "einem": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6,
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}  # fmt: skip
_N = r"(?P<n>\d|ein(?:en|em|e)?|zwei|drei|vier|fünf|sechs|one|a|two|three|four|five|six)"
_THEIRS = r"(?:ihr(?:em|en|er)?\s+(?:termin|besuch)|your\s+(?:appointment|visit))"
_COUNTED = lazy(
    # "Bis zu Ihrem Termin sind es noch zwei Tage", "Nur noch zwei Nächte, dann ist Ihr Termin"
    rf"\bbis\s+zu\s+{_THEIRS}\b.*\bnoch\s+{_N}\s+(?:tage?n?|nächte?n?)\b|"
    rf"\bnoch\s+{_N.replace('<n>', '<n5>')}\s+(?:tage?|nächte?)\s+bis\s+zu\s+{_THEIRS}\b|"
    rf"\b(?:noch|nur\s+noch)\s+{_N.replace('<n>', '<n2>')}\s*(?:mal\s+)?(?:schlafen|tage?|nächte?)"
    r"\b.*\bdann\s+ist\s+"
    rf"{_THEIRS}\b|"
    # "Only two more days until your appointment", "Just two days to go until your appointment"
    rf"\b{_N.replace('<n>', '<n4>')}\s+(?:more\s+)?(?:days?|nights?|sleeps?)\s+(?:to\s+go\s+)?"
    rf"(?:until|till|before)\s+{_THEIRS}\b"
)
_NOT = lazy(r"\b(?:wenn|falls|if|whether|ob)\b|\?")


def counted_down(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a countdown to the caller's appointment read as a booking on its day."""
    if any(c.kind is not ClaimKind.BOOKED or not c.details.empty for c in claims):
        return claims
    text = fold(sentence).text
    m = _COUNTED.search(text)
    if m is None or _NOT.search(text):
        return claims
    word = next(g for g in m.group("n", "n2", "n4", "n5") if g)
    days = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
    if not days:
        return claims
    day = Details(relative_days=frozenset({days}))
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))),)
