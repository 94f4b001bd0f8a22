"""A question for a recommendation ("wer ist denn gut?", "wen würden Sie empfehlen?", "who's good
there?", "who would you recommend?"): the caller wants to hear who, which is no "no preference"
even after "keine Ahnung" or "egal". Asked back with the stylists who offer the service.

"wen Sie mir empfehlen" (a relative clause, the salon's choice) stays no preference
(`no_preference`); a question about who does what best ("wer am besten schneidet") is
`stylist_condition`'s. Works on folded text."""

from __future__ import annotations

_FILL = (
    r"(?:(?:denn|da|dort|hier|so|bei\s+(?:ihnen|euch)|eigentlich|ueberhaupt|wirklich|gerade)\s+)*"
)
RECOMMENDATION = (
    # "wer ist denn gut?", "wer wäre da am besten?", "wer ist bei Ihnen zu empfehlen?"
    rf"\bwer\s+(?:ist|waere|is|isch)\s+{_FILL}(?:(?:besonders|richtig|wirklich|so)\s+)?"
    r"(?:gut|am\s+besten|der\s+beste|die\s+beste|zu\s+empfehlen|empfehlenswert)\b"
    # "wen würden Sie empfehlen?", "wen empfehlen Sie?", "wen kannst du mir raten?"
    r"|\bwe[nm]\s+(?:wuerden|wuerdest|wuerdet|koennen|koennten|kannst|koenntest|empfehlen"
    r"|empfiehlst|empfehlt)\s+(?:sie|ihr|du)\b(?:\s+\w+){0,3}?(?:\s+(?:empfehlen|raten"
    r"|vorschlagen)\b|\s*$|\s*[?,.])"
    # "who's good?", "who is the best there?", "who would you recommend?", "any recommendations?"
    r"|\bwho(?:s|\s+is|\s+would\s+be)\s+(?:(?:really|any|actually|there|the)\s+)*"
    r"(?:good|best|recommended)\b"
    r"|\bwho\s+(?:would|do|can|could|should)\s+(?:you|i)\s+(?:\w+\s+)?(?:recommend|suggest)\b"
    r"|\b(?:any|a|your)\s+recommendations?\b"
)
