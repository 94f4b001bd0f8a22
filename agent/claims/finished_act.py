"""An act said finished, read as the act done (blind 40's aspect family, claims98; a step of
`reworded`).

"I've finished cancelling Friday for you", "Done moving it: Thursday at 3 p.m.", "Ich bin mit
dem Stornieren von Freitag fertig", "Der Freitag ist fertig eingetragen", "Ich habe das
Verschieben abgeschlossen" say what "I've cancelled Friday", "Ich habe storniert", "ist
eingetragen" say: put so, for the clause reader. Not an act still to finish ("I'll be finished
cancelling in a moment", "Ich bin gleich fertig mit dem Stornieren", "Sobald ich mit dem
Verschieben fertig bin, …": "bin" last) nor a question ("Have I finished cancelling it?").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_PAST_EN = {
    "cancelling": "cancelled",
    "canceling": "canceled",
    "moving": "moved",
    "rebooking": "rebooked",
    "rescheduling": "rescheduled",
    "booking": "booked",
    "changing": "changed",
    "reserving": "reserved",
}
_PAST_DE = {
    "stornieren": "storniert",
    "absagen": "abgesagt",
    "verschieben": "verschoben",
    "umbuchen": "umgebucht",
    "verlegen": "verlegt",
    "eintragen": "eingetragen",
    "buchen": "gebucht",
    "reservieren": "reserviert",
    "umtragen": "umgetragen",
}
_ACT_EN = "|".join(_PAST_EN)
_ACT_DE = "|".join(_PAST_DE)
# at the start of the sentence or of a clause, with its subject or none ("Done moving it")
_FINISHED_EN = lazy(
    r"(?:^|(?<=[,:;–—]\s)|(?<=[,:;–—]))\s*(?:(?:so|okay|ok|right|well|alright|good)\W+)?"
    r"(?:(?:i've|i\s+have|i'm|i\s+am|we've|we\s+have|we're|we\s+are)\s+)?"
    r"(?:(?:just|now|all|already)\s+)*(?:finished|done|completed)\s+"
    rf"(?P<act>{_ACT_EN})\b",
    re.IGNORECASE,
)
# "Ich bin (jetzt) mit dem Stornieren (von Freitag) fertig"
_FINISHED_WITH_DE = lazy(
    r"\b(?P<subject>ich|wir)\s+(?:bin|sind)\s+(?:(?:jetzt|nun|schon|soeben|gerade)\s+)*mit\s+"
    rf"dem\s+(?P<act>{_ACT_DE})\s+(?P<rest>(?:[\w.]+\s+){{0,5}}?)fertig\b",
    re.IGNORECASE,
)
# "Ich habe das Stornieren (für Freitag) abgeschlossen"
_CONCLUDED_DE = lazy(
    r"\b(?P<subject>ich|wir)\s+(?:habe|haben|hab)\s+(?:(?:jetzt|nun|schon|soeben|gerade)\s+)*"
    rf"das\s+(?P<act>{_ACT_DE})\s+(?P<rest>(?:[\w.]+\s+){{0,6}}?)abgeschlossen\b",
    re.IGNORECASE,
)
# "ist fertig storniert", "Fertig umgebucht: …"
_FERTIG_PARTICIPLE_DE = lazy(
    rf"\bfertig\s+(?=(?:{'|'.join(_PAST_DE.values())})\b)",
    re.IGNORECASE,
)
_NOT_YET = lazy(
    r"\b(?:gleich|bald|noch\s+nicht|nicht|kaum|fast|wenn|sobald|falls|nachdem|once|when|if|"
    r"after|until|not|almost|nearly|soon|be)\b|n't\b",
    re.IGNORECASE,
)


def _fronted_ok(sentence: str, start: int) -> bool:
    """No question, and nothing before the match that makes it not yet said."""
    return not sentence.rstrip().endswith("?") and not _NOT_YET.search(sentence[:start])


def _en(sentence: str) -> str:
    def put(m: re.Match[str]) -> str:
        if not _fronted_ok(sentence, m.start()):
            return m.group(0)
        lead = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
        return f"{lead}I've {_PAST_EN[m.group('act').lower()]}"

    return _FINISHED_EN.sub(put, sentence)


def _de(sentence: str) -> str:
    def put(m: re.Match[str]) -> str:
        if not _fronted_ok(sentence, m.start()) or _NOT_YET.search(m.group("rest")):
            return m.group(0)
        subject = m.group("subject")
        verb = "habe" if subject.lower() == "ich" else "haben"
        rest = m.group("rest").strip()
        rest = f" {rest}" if rest else ""
        return f"{subject} {verb}{rest} {_PAST_DE[m.group('act').lower()]}"

    text = _FINISHED_WITH_DE.sub(put, sentence)
    text = _CONCLUDED_DE.sub(put, text)
    if "fertig" in text.lower() and not sentence.rstrip().endswith("?"):
        text = _FERTIG_PARTICIPLE_DE.sub(
            lambda m: m.group(0) if _NOT_YET.search(text[: m.start()]) else "", text
        )
        text = (
            text[:1].upper() + text[1:] if text[:1].islower() and sentence[:1].isupper() else text
        )
    return text


def finished_act(sentence: str, lang: str) -> str:
    """`sentence` with an act said finished put as the act done."""
    low = sentence.lower()
    if lang == "en":
        if "finish" not in low and "done" not in low and "complet" not in low:
            return sentence
        return _en(sentence)
    if "fertig" not in low and "abgeschlossen" not in low:
        return sentence
    return _de(sentence)
