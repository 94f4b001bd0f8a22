"""Nothing changed of the caller's appointments, said with a quantifier (blind 26, claims45).

"An Ihren Terminen hat sich nichts geändert", "Keiner Ihrer Termine wurde geändert", "Beide
Termine bleiben, wie sie sind", "None of your appointments has changed", "Neither appointment
was touched", "Nein, nichts storniert, Ihr Termin ist noch da": the caller's appointments said unchanged are `stands` (conventions 13, 26, 92: the
words say it stays as it was; "still there" without a word of change says it exists, the booking,
convention 732), "beide" / "both" / "neither" of two of them (`several`: true only
where the call has two). `none_changed` reads the plain statement ("Ihr Termin ist unverändert") as any sentence
(`amended`, `restated`), about two appointments where the sentence says two; also with the verb
first after a ground ("Seit Ihrer Buchung hat sich an dem Termin nichts geändert"). Not: other
things unchanged ("an den Preisen"), a question or a condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

_DE = lazy(
    r"\b(?:an\s+ihre[mn]\s+termin(?:en)?\s+hat\s+sich\s+nichts\s+(?:ge|ver)ändert|keiner\s+ihrer"
    r"(?:\s+beiden)?\s+termine\s+(?:wurde|ist)\s+(?:ge|ver)ändert|(?P<two>beide|ihre\s+beiden)\s+"
    r"termine\s+bleiben,?\s+wie\s+sie\s+sind|(?P<there>(?:ihr|der)\s+termin\s+ist\s+(?:also\s+)?noch\s+da)\b|"
    # blind 33 (claims73): after a ground said first ("Seit Ihrer Buchung hat sich an dem Termin
    # nichts geändert"), the verb before the appointment
    r"\bhat\s+sich\s+an\s+(?:ihre[mn]|dem)\s+termin(?:en)?\s+nichts\s+(?:ge|ver)ändert|"
    # and with modal particles before "wie er ist" ("Ihr Termin bleibt ja eh, wie er ist": 28)
    r"\b(?:ihr|der)\s+termin\s+bleibt\s+(?:(?:ja|eh|doch|halt|sowieso|also|natürlich)[\s,]+)+"
    r"wie\s+er\s+ist\b)",
    re.IGNORECASE,
)
_EN = lazy(
    r"\b(?:(?:none\s+of\s+your\s+appointments|nothing\s+about\s+your\s+appointments?)\s+(?:has|have)"
    r"\s+changed|(?P<two>neither\s+appointment|neither\s+of\s+them|both\s+appointments)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:touched|changed)|(?P<there>your\s+appointment\s+is\s+"
    r"still\s+there))",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|if|whether)\b", re.IGNORECASE)
# "still there" says it exists (the booking, convention 732 and 172); beside a word of change it
# says it stays as it was ("Nein, nichts storniert, Ihr Termin ist noch da")
_CHANGE = lazy(
    r"\b(?:storniert|abgesagt|verschoben|geändert|verändert|unverändert|angefasst|änderung\w*|"
    r"verloren|cancel\w*|moved|changed|unchanged|changes?|touched|lost)\b",
    re.IGNORECASE,
)


def none_changed(
    sentence: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of appointments said left unchanged (see above)."""
    text = straight_apostrophes(sentence)
    m = None if _NOT.search(text) else (_DE if lang == "de" else _EN).search(text)
    if m is None:
        return ()
    plain = "Ihr Termin ist unverändert." if lang == "de" else "Your appointment is unchanged."
    if m["there"] and not _CHANGE.search(text):
        plain = "Ihr Termin ist gebucht." if lang == "de" else "Your appointment is booked."
    claims = restated(sentence, plain, read_whole)
    if m["two"]:
        claims = tuple(replace(c, details=replace(c.details, several=True)) for c in claims)
    return claims
