"""Two appointments of a household said together, put as both appointments (blind 21, claims35;
a step of `reworded`): "Sie sind beide drin", "Sie sind alle beide eingetragen", "You're both
in" (both booked: true only where two are booked), "Ich habe Ihren und den Termin Ihrer Tochter
abgesagt", "I've cancelled yours and your son's appointment" (both cancelled: true only where
two are cancelled, convention 23), "Beide Buchungen laufen jetzt bei Lena" (both with her).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_REWRITES = (
    (
        lazy(
            r"\bsie\s+sind\s+(?:alle\s+)?beide\s+(?:drin|eingetragen|gebucht|bestätigt|fest)\b",
            re.IGNORECASE,
        ),
        "beide Termine sind gebucht",
    ),
    (
        lazy(
            r"\b(?:ihren|ihre|ihr)\s+und\s+(?:den|die|das)\s+(?:termin|buchung)\s+"
            r"(?:ihr(?:es|er)|von\s+ihr(?:em|er))\s+\w+",
            re.IGNORECASE,
        ),
        "beide Termine",
    ),
    # probe 32 (claims78): both said to run with one stylist, "Beide Buchungen laufen jetzt bei
    # Lena": both appointments said to be with her, as "Beide Termine sind jetzt bei Lena" is
    (
        lazy(
            r"\b(beide(?:n)?\s+(?:ihrer\s+)?(?:termine|buchungen))\s+(?:laufen|liegen)\s+"
            r"(?=(?:jetzt\s+|nun\s+)?bei\b)",
            re.IGNORECASE,
        ),
        r"\1 sind ",
    ),
    # claims132 (blind 47, probe 47d): "Ihr Termin und der Ihrer Tochter sind beide eingetragen",
    # "Ihrer und der Termin Ihres Mannes sind beide im Kalender": both appointments
    (
        lazy(
            r"\b(?:ihr\s+termin|ihre\s+buchung|ihrer|ihre)\s+und\s+(?:der|die)\s+"
            r"(?:(?:termin|buchung)\s+)?(?:ihr(?:es|er)|von\s+ihr(?:em|er))\s+\w+",
            re.IGNORECASE,
        ),
        "beide Termine",
    ),
    (
        lazy(r"\byou(?:'re|\s+are)\s+both\s+(?:in|booked|confirmed|set)\b", re.IGNORECASE),
        "both appointments are booked",
    ),
    (
        lazy(r"\byours\s+and\s+your\s+\w+(?:'s)?\s+(?:appointments?|bookings?)\b", re.IGNORECASE),
        "both appointments",
    ),
    # claims132: "Both your appointment and your husband's are in the calendar", "Your appointment
    # and your son's are both booked"
    (
        lazy(
            r"\b(?:both\s+)?your\s+(?:appointment|booking)\s+and\s+your\s+\w+'s"
            r"(?:\s+(?:appointment|booking))?(?=\s+(?:are|have)\b)",
            re.IGNORECASE,
        ),
        "both appointments",
    ),
)


def both_of_household(text: str, lang: str) -> str:
    """`text` with a household's two appointments said together put as both appointments."""
    for pattern, words in _REWRITES:
        text = pattern.sub(words, text)
    return text
