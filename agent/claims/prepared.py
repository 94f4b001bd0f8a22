"""The salon's preparation for the caller's visit, stated as done, in both languages.

"Fabian hat sich Freitag zehn Uhr für Sie freigehalten", "Wir haben zwei Stunden am Freitag für
Sie geblockt", "Wir haben für Freitag alles für Ihre Dauerwelle vorbereitet", "Fabian has kept
Friday at ten free for you", "I've blocked out two hours for you on Friday", "We've got everything
ready for your perm on Friday", "Friday has been allocated to you": time kept, blocked, prepared
or given to the caller on a day is the appointment, told by what the salon did for it.

A hold said as one is not ("Ich habe Ihnen den Platz kurz geblockt – soll ich ihn fest buchen?",
"blocked for you for ten minutes", "vorläufig"): a time limit, a tentative word, a question or a
condition in the sentence leaves it to the hold rules. Nor is a preparation promised ("Wir
bereiten alles vor", "we'll get everything ready") or denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.claims.clauses import Clause, Link
from agent.claims.details import RELATIVE_DAYS, WEEKDAYS, is_detail_word
from agent.claims.model import ClaimKind
from agent.claims.reading import Candidate

# fmt: off
_DE_PREPARE = frozenset({
    "freihalten", "blocken", "blockieren", "vorbereiten", "einrichten", "freischaufeln",
    "freimachen", "bereitlegen", "bereitstellen", "zurücklegen", "herrichten", "zuteilen",
    "zuweisen", "vergeben", "geben", "organisieren",
})
_DE_DONE_AUX = frozenset({"hat", "haben", "habe", "hab", "ist", "sind", "wurde", "wurden",
                          "worden", "hatte", "hatten", "war"})
_DE_CALLER = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dich", "dir"})
_DE_OFF = frozenset({"kurz", "vorläufig", "vorerst", "minuten", "minute", "solange", "bis",
                     "provisorisch", "unverbindlich", "nicht", "kein", "keine", "noch"})
_DE_OBJECTS = frozenset({"platz", "termin", "stuhl", "zeit", "slot", "stunden", "stunde",
                         "vormittag", "nachmittag", "alles"})
_EN_PREPARE = frozenset({
    "keep", "block", "clear", "set", "put", "prepare", "ready", "save", "earmark", "allocate",
    "assign", "give", "lay", "line", "organise", "organize",
})
_EN_DONE_AUX = frozenset({"have", "has", "had", "is", "are", "was", "were", "been", "got"})
_EN_OFF = frozenset({"minutes", "minute", "while", "now", "temporarily", "tentatively",
                     "provisionally", "not", "never", "until", "till", "if", "once", "will",
                     "would", "can", "could", "shall", "should"})
# fmt: on
PREPARING = _DE_PREPARE | _EN_PREPARE  # a verb of these (word or lemma): `prepared` needs one


def _day(words: Sequence[str]) -> bool:
    """A day named, also in a compound ("Freitagvormittag")."""
    return any(w in RELATIVE_DAYS or (is_detail_word(w) and w[:3] in _DAY_HEADS) for w in words)


_DAY_HEADS = frozenset(w[:3] for w in WEEKDAYS)


def _sentence_holds_back(clause: Clause, sentence: Sequence[Clause]) -> bool:
    """A question or condition in the same sentence: perhaps a hold awaiting the caller's yes."""
    return clause.question or any(
        c.link in (Link.CONDITION, Link.PURPOSE, Link.BEFORE) for c in sentence
    )


def prepared(
    clause: Clause,
    sentence: Sequence[Clause],
    words: Sequence[str],
    lemmas: Sequence[str],
    lang: str,
    service_words: frozenset[str],
    stylist_words: frozenset[str],
) -> Candidate | None:
    """Time or things the salon prepared for the caller's visit, stated as done."""
    ws = set(words)
    if lang == "de":
        prepare, aux, caller, off = _DE_PREPARE, _DE_DONE_AUX, _DE_CALLER, _DE_OFF
    else:
        prepare, aux, caller, off = _EN_PREPARE, _EN_DONE_AUX, {"you", "your"}, _EN_OFF
    if not ws & aux or ws & off or not ws & caller or _sentence_holds_back(clause, sentence):
        return None
    verbs = {lm for lm, w in zip(lemmas, words, strict=True) if lm in prepare or w in prepare}
    if not verbs:
        return None
    if lang == "de":
        if words[-1:] and lemmas[-1] not in prepare:
            return None  # the participle closes the clause: "… für Sie geblockt"
        if verbs <= {"geben"} and not ws & _DE_OBJECTS:
            return None  # "Wir haben Ihnen gestern Bescheid gegeben"
        if verbs <= {"vergeben"} and not (ws & _DE_OBJECTS or _day(words)):
            return None  # "Wir haben Ihnen Bescheid gegeben"
        beneficiary = (
            bool(ws & {"ihnen"})
            or _has(words, ("für", "sie"))
            or bool(ws & {"ihre", "ihren", "ihrem"} and ws & (service_words | {"termin", "besuch"}))
        )
    else:
        if verbs <= {"keep", "set", "put", "lay", "line", "give"}:
            if (
                not ws & {"free", "aside", "open", "clear", "up", "ready", "out"}
                and "give" not in verbs
            ):
                return None  # "kept", "set": only "kept free", "set aside"
        if "give" in verbs and not ws & {"slot", "spot", "chair", "time", "appointment"}:
            return None
        beneficiary = (
            _has(words, ("for", "you"))
            or _has(words, ("to", "you"))
            or bool("your" in ws and ws & (service_words | {"appointment", "visit", "booking"}))
        )
    if not beneficiary:
        return None
    named = _day(words) or bool(ws & (service_words | stylist_words))
    return Candidate(ClaimKind.BOOKED) if named else None


def _has(words: Sequence[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    return any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1))
