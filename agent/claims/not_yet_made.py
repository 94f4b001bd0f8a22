"""A booking said not made yet in spoken or mixed words, or taken back for a hold (blind 28,
claims50; narrowed by the lead at the merge).

"Ist geblockt, not booked yet", "Reserviert isch's, aber no ned fix", "Gebucht wär's erst, wenn
Sie Ja sagen", "Es wäre gebucht, …, ist es aber bisher nicht": the booking denied in the other
language's words, in spoken words put in standard ones, by "erst wenn", or at the end of a
counterfactual. `not_yet_said` restates such a sentence as the plain "not booked yet" (with the
hold when one is named), added to the clause reader's own claims; a plain "noch nicht gebucht"
is left to the clause reader, which keeps its day and whose it is. A booking repaired to a hold
("Booked, sorry, held") is `repair.to_hold`'s reading, given here as `HOLD_ONLY` / `HOLD_NOT_YET`.
Questions are left to the question readers.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.loan_words_de import german_loans
from agent.claims.normalize import normalize
from agent.claims.repair.to_hold import BOOKED as _BOOKED
from agent.claims.repair.to_hold import HOLD as _HOLD
from agent.claims.repair.to_hold import HOLD_NOT_YET, HOLD_ONLY, repaired_to_hold
from agent.claims.spoken_german import standard_german

_DENIED = lazy(
    rf"\b(?:noch nicht|noch nichts|not yet|not|nicht)\s+(?:\w+\s+)?{_BOOKED}\b|"
    rf"\b{_BOOKED}\s+(?:\w+\s+){{0,3}}?(?:noch nicht|noch nichts|not yet|nothing yet)\b|"
    rf"\b{_BOOKED}\s+(?:\w+\s+){{0,2}}?(?:ist|wäre|wär|is)\s+(?:es|er|sie)?\s*(?:\w+\s+)?erst\b"
)
_COUNTERFACTUAL_END = lazy(
    r"(?:ist (?:es|er) (?:aber )?(?:bisher |noch )?nicht|(?:er|es) ist es (?:aber )?"
    r"(?:noch |bisher )?nicht|it isn't yet|it is not yet)\s*$"
)
# a bare "it isn't" ends a counterfactual only after its mood ("It would be booked, but it
# isn't"); after a belief or a refusal it denies nothing of this call's booking (claims54: blind
# 9's "I thought it was already confirmed, but it isn't", blind 14's "I won't say something is
# booked when it isn't", both neutral)
_BARE_END = lazy(r"\bit (?:isn't|is not)\s*$")
_MOOD = lazy(r"\b(?:would|were|could|should)\b|\b(?:it|you|we|they|that)'d\b")
# a denied denial ("Ich würde nicht sagen, dass … nicht fest ist"): litotes, read elsewhere
_DOUBLE = lazy(
    r"\b(?:nicht (?:sagen|behaupten)|nicht so,? dass|nicht nicht|wouldn't (?:say|claim)|"
    r"not like|not that)\b"
)
_SENTENCE = lazy(r"[^.!?]+[.!?]?")
# a denial said of another thing of the caller's ("Ihre Telefonnummer ist nicht eingetragen"):
# the clause reader reads whose it is; this module reads only the appointment's
_OTHER_THING = lazy(
    r"\b(?:ihre?[nmrs]?|your|die|der|das|the)\s+(?!(?:termin|buchung|reservierung|platz|slot|"
    r"appointment|booking|reservation|hold)\w*\b)\w*(?:nummer|name|adresse|mail|daten|"
    r"angabe|angaben|notiz|wunsch|allergie|number|address|details|note)\b"
)


# a denial this module reads: in the other language's words or in spoken words put in standard
# ones; a plain "noch nicht gebucht" is the clause reader's, which keeps its day and whose it is
_MIXED = {
    "de": lazy(r"\b(?:not|yet|booked|confirmed|fixed|isn't)\b"),
    "en": lazy(r"\b(?:nicht|noch|gebucht|fest|eingetragen|bestätigt)\b"),
}


def _said(text: str, spoken: bool, lang: str) -> tuple[bool, bool, bool]:
    """(denied, held, repaired to a hold said not booked yet) over the statements of `text`, its
    questions left out."""
    denied = held = to_come = False
    for part in _SENTENCE.findall(text):
        if part.strip().endswith("?"):
            continue
        body = part.strip().rstrip(".!").strip()
        if not re.search(rf"\b{_BOOKED}\b", body):
            continue
        still_to_come = repaired_to_hold(body)
        if still_to_come is not None:  # a repair is read by what it ends on: the hold (75)
            held, to_come = True, to_come or still_to_come
            continue
        denial = (
            (spoken or _MIXED["de" if lang == "de" else "en"].search(body))
            and _DENIED.search(body)
            and not _DOUBLE.search(body)
            and not _OTHER_THING.search(body)
        )
        counterfactual = _COUNTERFACTUAL_END.search(body) or (
            _BARE_END.search(body) and _MOOD.search(body)
        )
        if denial or counterfactual:
            denied = True
            held = held or bool(_HOLD.search(body))
    return denied, held, to_come


def not_yet_said(sentence: str, lang: str) -> str | None:
    """The plain "not booked yet" (with its hold) a sentence says in other words, or None."""
    sentence = german_loans(sentence, lang)  # blind 45: "noch nicht confirmen" is no denial
    spoken = standard_german(sentence, lang) if lang == "de" else None
    plain = normalize(sentence)
    text = spoken or plain
    denied, held, to_come = _said(text, spoken is not None and spoken != plain, lang)
    if not denied:
        if held:
            return (HOLD_NOT_YET if to_come else HOLD_ONLY)[lang if lang == "de" else "en"]
        return None
    if lang == "de":
        return (
            "Der Termin ist reserviert, aber noch nicht gebucht."
            if held
            else ("Der Termin ist noch nicht gebucht.")
        )
    return "It's on hold, not booked yet." if held else "It isn't booked yet."
