"""Slang, ethnolect and dialect in a short reply (blind 24, claims41; conventions 10, 28, 39, 46,
74), put in the standard words the reader takes:

- a yes in slang alone ("Jo, safe.", "Passt scho, freilich.", "Logo.", "Defo.", "Bang on.",
  "Spot on, mate.") is a plain "Ja." / "Yes.", read with the caller's question;
- a success idiom alone ("Läuft, ey.", "Dit is jebongt.", "Is' geritzt.", "Nailed it.", "Job's a
  good'un.", "Smashed it.") is the bare success, and also a yes to the caller's question;
- a form of address ("Bruder", "Digga", "Keule", "Habibi", "mate", "fam") says nothing;
- the dropped subject of the familiar form ("Hast den Termin", "Bist noch nich' drin") is the
  caller; elided endings ("is'", "nich'") are the full words; the Berlin "je-" of a participle is
  "ge-" ("jebongt", "einjetragen"); Low German function words and "inge-" participles ("Dat is
  klor, Se sünd ingedragen") are the High German ones; "ain't" is "are not" ("haven't" before "got"); "you're golden" (and
  "you're locked and loaded", blind 35) is "you're all set".

Not: a yes in slang to a question about something else or to thanks (the yes claims nothing
there); a sentence with other words of its own ("Passt scho, koa Problem" is read as said)."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims import morph
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

_ADDRESS = (
    r"bruder|brudi|digga|diggi|keule|habibi|alter|meister|chef|mann|ey|alde|"
    r"mate|bro|bruv|fam|pal|buddy|love|hun|mister"
)
_YES_DE = frozenset("jo ja jep safe passt scho schon freilich logo wallah sicher klar".split())
_YES_EN = frozenset("yes yep yeah yup defo deffo def bang spot on for sure totes aye".split())
_DONE_DE = frozenset("läuft gebongt jebongt geritzt is' is ist dit das des".split())
_DONE_CORE_DE = frozenset("läuft gebongt jebongt geritzt".split())
_DONE_EN = lazy(
    r"^(?:nailed\s+it|smashed\s+it|job's\s+a\s+good'?un|job\s+done|sorted|bish\s+bash\s+bosh)$"
)
# what may come before the familiar form's verb: "Nee, bist noch nich' drin"
_LEAD = r"\W*(?:(?:nee|nein|ne|ja|jo|na|doch|safe)\W+)?"
_LOW_GERMAN = {"dat": "das", "wat": "was", "sünd": "sind", "klor": "klar", "se": "Sie",
               "nich": "nicht", "is": "ist", "ick": "ich", "dit": "das"}  # fmt: skip


def _core(text: str) -> str:
    """The reply without its forms of address and punctuation, lower case."""
    words = re.sub(rf"\b(?:{_ADDRESS})\b", " ", text.lower())
    return " ".join(re.findall(r"[\w']+", words))


def _ge(word: str) -> str:
    """A Berlin or Low German participle in its standard form, else the word."""
    low = word.lower()
    if morph.is_known(low, "de"):
        return word
    if low.startswith("inge"):  # Low German "ingedragen": eingetragen
        cand = "einge" + low[4:]
        if low[4:5] == "d" and not morph.is_known(cand, "de"):
            cand = "einget" + low[5:]
        return cand if morph.is_known(cand, "de") else word
    m = re.match(r"^(ein|aus|ab|an|um|auf)?je(\w{3,}(?:t|en))$", low)
    if m:
        return (m[1] or "") + "ge" + m[2]
    return word


def _german(text: str) -> str:
    if not re.search(r"\bnich'|^\W*is'", text, re.I):
        text_elided = False
    else:
        text_elided = True
    out = re.sub(r"\b(is|nich)'(?=\s|$|[,.!])", r"\1", text, flags=re.I) if text_elided else text
    low_german = re.search(r"\b(?:dat|sünd|klor|wat|ick|dit)\b", out, re.I)
    low = out.lower()
    if "je" in low or "inge" in low:  # `_ge` changes no word without them
        out = re.sub(r"[\wäöüß]+", lambda m: _ge(m[0]), out)
    out = re.sub(r"\bnich\b", "nicht", out, flags=re.I)
    if text_elided or low_german:
        out = re.sub(r"\bis\b", "ist", out, flags=re.I)
    if low_german:
        out = re.sub(r"[\wäöüß]+", lambda m: _LOW_GERMAN.get(m[0].lower(), m[0]), out)
    out = re.sub(rf"^({_LEAD})hast\b", r"\1Sie haben", out, flags=re.I)
    out = re.sub(rf"^({_LEAD})bist\b", r"\1Sie sind", out, flags=re.I)
    out = re.sub(
        rf"^({_LEAD}Sie\s+sind\s+(?:noch\s+)?(?:nicht\s+)?)drin\b",
        r"\1eingetragen",
        out,
        flags=re.I,
    )
    return re.sub(rf",?\s*\b(?:{_ADDRESS})\b\s*(?=[,.!]|$)", "", out, flags=re.I)


def _english(text: str) -> str:
    out = re.sub(r"\bain't\s+got\b", "haven't got", text, flags=re.I)
    out = re.sub(r"\bain't\b", "are not", out, flags=re.I)
    if re.search(
        r"\b(?:haven't|have\s+not)\s+got\s+you\s+(?:booked\s+)?(?:in|down)\b[^.]*\byet\b", out, re.I
    ):
        return "You're not booked yet."
    out = re.sub(r"\b(you're|you\s+are)\s+(?:all\s+)?golden\b", r"\1 all set", out, flags=re.I)
    # blind 35 (claims80): "You're locked and loaded for Friday at ten" as "all set"
    out = re.sub(
        r"\b(you're|you\s+are)\s+(?:all\s+)?locked\s+and\s+loaded\b", r"\1 all set", out, flags=re.I
    )
    return re.sub(rf",?\s*\b(?:{_ADDRESS})\b\s*(?=[,.!]|$)", "", out, flags=re.I)


def slang_read(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of a slang or dialect reply in standard words (see above)."""
    text = straight_apostrophes(sentence)
    if "?" in text:
        return ()
    core = _core(text)
    words = core.split()
    yes, done = ("Ja.", "Erledigt.") if lang == "de" else ("Yes.", "All done.")
    if words and len(words) <= 4:
        if lang == "de" and set(words) <= _DONE_DE and set(words) & _DONE_CORE_DE:
            return restated(sentence, done, whole) + restated(sentence, yes, whole)
        if lang == "en" and _DONE_EN.search(core):
            return restated(sentence, done, whole) + restated(sentence, yes, whole)
        if set(words) <= (_YES_DE if lang == "de" else _YES_EN):
            return restated(sentence, yes, whole)
    return restated(sentence, _german(text) if lang == "de" else _english(text), whole)
