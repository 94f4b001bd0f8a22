"""Nothing changed of the caller's appointments, said with a quantifier (blind 26, claims45).

"An Ihren Terminen hat sich nichts geändert", "Keiner Ihrer Termine wurde geändert", also in the
passive and nominal style ("Am Termin wurde nichts geändert", "Änderungen: keine", "No changes have
been made to your appointment", "Changes: none"; blind 58), "Beide
Termine bleiben, wie sie sind", "None of your appointments has changed", "Neither appointment
was touched", "Nein, nichts storniert, Ihr Termin ist noch da": the caller's appointments said unchanged are `stands` (conventions 13, 26, 92: the
words say it stays as it was; "Ihr Termin ist noch da", "your appointment is still there" too,
with or without a word of change: the lead's decision 1035, which narrows 732), "beide" / "both" / "neither" of two of them (`several`: true only
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
    r"termine\s+bleiben,?\s+wie\s+sie\s+sind|(?P<there>(?:ihr|der)\s+termin\s+ist\s+(?:also\s+|immer\s+)?"
    r"(?:noch|nach\s+wie\s+vor|weiterhin)\s+da)\b|"
    # blind 33 (claims73): after a ground said first ("Seit Ihrer Buchung hat sich an dem Termin
    # nichts geändert"), the verb before the appointment
    r"\bhat\s+sich\s+an\s+(?:ihre[mn]|dem)\s+termin(?:en)?\s+nichts\s+(?:ge|ver)ändert|"
    # and with modal particles before "wie er ist" ("Ihr Termin bleibt ja eh, wie er ist": 28)
    r"\b(?:ihr|der)\s+termin\s+bleibt\s+(?:(?:ja|eh|doch|halt|sowieso|also|natürlich)[\s,]+)+"
    r"wie\s+er\s+ist\b|"
    # blind 58: the passive and nominal style ("Am Termin wurde nichts geändert", "An Ihrem Termin
    # wurden keine Änderungen vorgenommen", "Änderungen: keine")
    r"\b(?:(?:an|bei)\s+(?:ihre[mn]|dem)|am)\s+termin(?:en)?\s+(?:wurde|wurden|ist|sind)\s+(?:bisher\s+|"
    r"auch\s+)?(?:nichts\s+(?:ge|ver)ändert|keine\s+änderungen\s+(?:vorgenommen|gemacht))|"
    r"^\W*(?:änderungen|änderung)\s*:\s*keine\W*$)",
    re.IGNORECASE,
)
_EN = lazy(
    r"\b(?:(?:none\s+of\s+your\s+appointments|nothing\s+about\s+your\s+appointments?)\s+(?:has|have)"
    r"\s+changed|(?P<two>neither\s+appointment|neither\s+of\s+them|both\s+appointments)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:touched|changed)|(?P<there>your\s+(?:appointment|booking)(?:'s|\s+is)\s+"
    r"still\s+there)|"
    # blind 58: the passive and nominal style, with what shows it ("No changes have been made to
    # your appointment", "The system shows no changes to your appointment", "Changes: none")
    r"\bno\s+changes?\s+(?:(?:have|has)\s+been\s+|were\s+|was\s+)?(?:made\s+)?(?:to|on)\s+"
    r"your\s+(?:appointment|booking)|^\W*changes?\s*:\s*none\W*$)",
    re.IGNORECASE,
)
# blind 52 (claims129): both said unchanged with their days between ("Ihre beiden Termine,
# Freitag und Samstag, bleiben unverändert", "Nothing changes for either of your appointments")
_DE_TWO = lazy(
    r"\b(?:(?:ihre\s+)?beiden?|zwei)\s+termine(?:\s*,[^.!?]*?,)?\s+(?:bleiben|sind)\s+(?:weiterhin\s+|"
    r"beide\s+)?unverändert\b|\ban\s+(?:ihren\s+)?(?:beiden|zwei)\s+terminen\s+ändert\s+sich\s+"
    r"nichts\b|\bbeide\s+termine\s+bleiben\s+unverändert\b",
    re.IGNORECASE,
)
_EN_TWO = lazy(
    r"\bboth\s+(?:of\s+)?(?:your\s+)?appointments(?:\s*,[^.!?]*?,)?\s+(?:are|stay|remain)\s+"
    r"(?:unchanged|as\s+they\s+(?:are|were))\b|\bnothing\s+(?:changes|has\s+changed|'s\s+changed)"
    r"\s+(?:for|about|with)\s+(?:either|both|each)\s+of\s+your\s+(?:two\s+)?appointments\b",
    re.IGNORECASE,
)
# blind 52 (claims129): the place named, then unchanged ("Freitag, zehn Uhr, bei Fabian –
# unverändert", "Friday's unchanged", "Nothing's changed for your Friday"): that appointment
# unchanged, read as "Ihr Termin am … ist unverändert"
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_DE_NAMED = lazy(
    rf"^\W*(?:(?:am|der|ihr|ihren|für)\s+)?(?P<place>{_DAY}\b[^.!?]*?)\s*[,–—:-]?\s*(?:(?:alles|ist|"
    r"bleibt)\s+)?(?:weiterhin\s+)?unverändert\W*$",
    re.IGNORECASE,
)
_EN_NAMED = lazy(
    rf"^\W*(?:your\s+)?(?P<place>{_DAY}\b[^.!?]*?)(?:'s|\s+is|\s+stays|\s+remains)?\s*[,–—:-]?\s*"
    r"(?:(?:still|completely|all)\s+)?unchanged\W*$|"
    rf"^\W*nothing(?:'s|\s+has)?\s+(?:changes?|changed)\s+(?:for|about|with)\s+(?:your\s+)?"
    rf"(?P<place2>{_DAY}\b[^.!?]*?)\W*$",
    re.IGNORECASE,
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|möglich|kann|können|dürfen|possible|can|could|allowed|"
    r"will|wird|werden)\b|\bcan't\b",
    re.IGNORECASE,
)


def none_changed(
    sentence: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of appointments said left unchanged (see above)."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return ()
    m = (_DE if lang == "de" else _EN).search(text)
    if m is None:
        return _both_or_named(sentence, text, lang, read_whole)
    plain = "Ihr Termin ist unverändert." if lang == "de" else "Your appointment is unchanged."
    claims = restated(sentence, plain, read_whole)
    if m["two"]:
        claims = tuple(replace(c, details=replace(c.details, several=True)) for c in claims)
    return claims


def _both_or_named(
    sentence: str, text: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """Both appointments, or the one at the place named, said unchanged (blind 52)."""
    de = lang == "de"
    if (_DE_TWO if de else _EN_TWO).search(text):
        plain = "Ihr Termin ist unverändert." if de else "Your appointment is unchanged."
        claims = restated(sentence, plain, read_whole)
        return tuple(replace(c, details=replace(c.details, several=True)) for c in claims)
    m = (_DE_NAMED if de else _EN_NAMED).search(text)
    if m is None:
        return ()
    place = m["place"] if de else (m["place"] or m["place2"])
    place = place.removesuffix("'s").strip(" ,–—:-")
    if de:
        return restated(sentence, f"Ihr Termin am {place} ist unverändert.", read_whole)
    return restated(sentence, f"Your appointment on {place} is unchanged.", read_whole)
