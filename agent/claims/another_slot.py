"""A slot asked about as another than the one said before ("wie wäre es mit einem anderen Tag?",
"would another time work?"): the offer names no slot, so it takes none from the sentence
(blind 38, claims91: "Am Sonntag haben wir leider geschlossen, wie wäre es mit einem anderen
Tag?" was read as Sunday offered). Shared by the slot readers (`slots`, `offered_slot`)."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

ANOTHER = lazy(
    r"\b(?:ander(?:e[nmrs]?)?|another|other|different)\s+(?:tag|tage|tagen|wochentag|uhrzeit|"
    r"zeit|termin|day|days|time|times)\b"
)
