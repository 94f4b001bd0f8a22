"""Claims a question carries inside it, which the clause reader leaves with the question.

- a statement before a dash or a colon that a question follows: "Your Friday ten a.m. is in –
  anything else I can help with?", "Freitag um zehn ist eingetragen – noch etwas?", "Jetzt, wo
  der Termin storniert ist: Kann ich sonst noch helfen?". The part before the
  dash is read as a sentence of its own (by the clause reader and `said_otherwise`); not when it is itself a question ("Ist Ihr Freitag um
  zehn schon drin – oder soll ich nachsehen?": a verb or question word first) nor when the
  question asks to act on it ("… vorgemerkt – soll ich ihn fest buchen?").
- a booking a relative clause takes as had, with "ja" or "now": "Wollen Sie sich für Freitag um
  zehn, den Sie ja jetzt sicher haben, noch einen Kaffee vorbestellen?", "For Friday at ten,
  which you've now got for sure, would you like …?" (BOOKED with the day it describes). Not:
  "…, den Sie gern hätten", "…, falls der klappt".
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.read import SentenceReading
from agent.claims.said_otherwise import said_otherwise
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
# (or a colon: "Jetzt, wo der Termin storniert ist: Kann ich sonst noch helfen?", claims74)
_DASH = lazy(r"\s(?:[–—]|-{1,2})\s|:\s")
# a part that is a question itself: a finite verb or a question word first
_ASKS = {
    "de": lazy(
        r"^\W*(?:ist|sind|hat|haben|habe|hätten|kann|können|soll|sollen|wollen|möchten|wäre|war|"
        r"wird|werden|gibt|passt|geht|steht|bin|darf|dürfen|müssen|muss|wer|was|wann|wo|wie|"
        r"welche\w*|warum|ob)\b"
    ),
    "en": lazy(
        r"^\W*(?:is|are|was|were|do|does|did|have|has|can|could|would|will|shall|should|may|"
        r"what|which|when|where|who|how|why|if|whether)\b"
    ),
}
RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsie\s+ja\b"),
        lazy(
            r"\b(?:für|zu|am|an)\s+[^,?]*,\s*(?:den|die|das|der)\s+sie\s+ja\s+(?:jetzt\s+|nun\s+)?"
            r"(?:sicher|fest|gebucht|bestätigt)\s+haben\b"
        ),
        questions=True,
        own_details=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bwhich\s+you"),
        lazy(
            r"\b(?:for|on|to)\s+[^,?]*,\s*which\s+you(?:'ve|\s+have)\s+now\s+got\b(?:\s+(?:for\s+"
            r"sure|confirmed|locked\s+in|booked))?"
        ),
        questions=True,
        own_details=True,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang == lang) for lang in ("de", "en")}
# a question that asks to act on what the statement names: the statement is a hold or a summary
# to be booked ("Der Termin ist für Sie vorgemerkt – soll ich ihn fest buchen?", "Let me
# summarise: a perm with Fabian on Friday morning — shall I book that?"), not an outcome
_ACT_ASKED = lazy(
    r"buch|trag|reserv|bestätig|fest|halte|verschieb|verleg|storn|book|confirm|reserv|hold|"
    r"put\s+you|pencil|lock|move|cancel|keep"
)


def said_in_question(
    sentence: str, lang: str, names: Names, read: Callable[[str], SentenceReading]
) -> tuple[Claim, ...]:
    """The claims the questions of `sentence` carry inside them (see above); `read` reads a
    sentence with the call's names."""
    if "?" not in sentence:
        return ()
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, ()))
    out = list(claims)
    m = _DASH.search(sentence)
    asks = _ASKS.get(lang)
    after = sentence[m.end() :] if m else ""
    if (
        m
        and asks
        and sentence.rstrip().endswith("?")
        and "?" not in sentence[: m.start()]
        and not _ACT_ASKED.search(fold(after).text)
    ):
        before = sentence[: m.start()]
        if not asks.search(fold(before).text) and not NOT_STATED.search(fold(before).text):
            statement = before + "."
            known = {(c.kind, c.details) for c in read(sentence).claims}
            out += [
                c
                for c in said_otherwise(statement, lang, read(statement).claims, names)
                if (c.kind, c.details) not in known  # read already: "Ihr Freitag … ist drin – …?"
            ]
    return tuple(out)
