"""A stylist wished for the language they speak: "jemand, der Türkisch spricht", "die Kollegin,
die Polnisch kann", "wer spricht hier Arabisch?", "someone who speaks Turkish", "a stylist that
speaks Spanish". A description the salon file does not record, asked back with who offers the
service (round 11's descriptions), never "no preference" (its "jemand") nor "no such stylist".

Works on folded text (`tools.text_fold.fold`)."""

from __future__ import annotations

import re

# a language named by its German adjective ("türkisch", "englisch", "deutsch") or in English
# ("Turkish", "Spanish", "English", "Arabic", "French", "German")
_LANGUAGE = (
    r"(?:[a-z]+isch|deutsch|[a-z]+ish|arabic|french|german|greek|dutch|chinese|japanese"
    r"|vietnamese|portuguese|hindi|farsi|kurdish)"
)
_GERMAN = re.compile(
    rf"\b(?:der|die|jemand\w*|eine[rn]?|wer|welche[rn]?|kollegin|kollege)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:auch\s+|gut\s+|fliessend\s+)?{_LANGUAGE}\s+(?:spricht|sprechen|redet|reden|kann|koennen)\b"
    rf"|\b(?:wer|jemand\w*)\s+(?:spricht|redet)\s+(?:\w+\s+){{0,2}}?{_LANGUAGE}\b"
)
_ENGLISH = re.compile(
    rf"\b(?:someone|somebody|anyone|anybody|one|person|stylist|hairdresser|barber|who)\s+"
    rf"(?:who\s+|that\s+)?(?:speaks|can\s+speak|talks)\s+(?:\w+\s+)?{_LANGUAGE}\b"
)


def speaks_a_language(folded: str) -> bool:
    """The caller wishes for someone who speaks a language they name."""
    return bool(_GERMAN.search(folded) or _ENGLISH.search(folded))
