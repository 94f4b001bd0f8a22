"""A booking said not made yet in spoken or mixed words, or taken back for a hold (blind 28,
claims50; narrowed by the lead at the merge).

"Ist geblockt, not booked yet", "Reserviert isch's, aber no ned fix", "Gebucht wär's erst, wenn
Sie Ja sagen", "Es wäre gebucht, …, ist es aber bisher nicht": the booking denied in the other
language's words, in spoken words put in standard ones, by "erst wenn", or at the end of a
counterfactual. `not_yet_said` restates such a sentence as the plain "not booked yet" (with the
hold when one is named), added to the clause reader's own claims; a plain "noch nicht gebucht"
is left to the clause reader, which keeps its day and whose it is. "Booked, sorry, held",
"Gebucht – äh, reserviert, meine ich": a self-repair is read by what it ends on, the hold
(conventions 75, 124), given as `HOLD_ONLY`, which `decide` puts in place of a reading that kept
the booking taken back; a correction of what was said before ("Ich hatte gesagt, er sei gebucht –
er ist aber nur vorgemerkt") denies the booking (blind 23). Questions are left to the question
readers.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.loan_words_de import german_loans
from agent.claims.normalize import normalize
from agent.claims.spoken_german import standard_german

_BOOKED = r"(?:gebucht|gebookt|booked|eingetragen|eingebucht|fix|fest|bestätigt|confirmed)"
_HOLD = lazy(
    r"\b(?:reserviert|reserved|vorgemerkt|geblockt|blockt|gehalten|held|on hold|"
    r"halte (?:ich )?(?:ihnen )?(?:\w+ ){0,4}frei)\b"
)
_REPAIR = (r"(?:äh|ähm|nein|nee|entschuldigung|verzeihung|pardon|sorry|i mean|meine ich|"
           r"also|moment|my mistake|well|no)")  # fmt: skip
_REPAIRED = lazy(rf"\b{_BOOKED}\b.*?(?:\W{_REPAIR}\b|\s[–—-]\s).*?{_HOLD.pattern}")
# the repair said after the hold, its filler dropped by `normalize`: "gebucht, äh, reserviert
# meine ich" is "gebucht reserviert meine ich" (blind 39)
_REPAIRED_AFTER = lazy(rf"\b{_BOOKED}\W+{_HOLD.pattern}\W+(?:meine ich|mein ich|i mean)\b")
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


# a correction of what the speaker said before ("Ich hatte gesagt, er sei gebucht – er ist aber
# nur vorgemerkt"): it denies the booking (blind 23), unlike a repair mid-sentence (124)
_CORRECTION = lazy(
    r"\b(?:hatte|habe|hab)\s+(?:ihnen\s+)?(?:gesagt|erzählt)\b|\bsagte\b|\btold\s+you\b|"
    r"\bi\s+said\b|\bberichtigung\b|\bkorrektur\b|\bcorrect\s+myself\b|\bmisspoke\b"
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
        repair = _REPAIRED.search(body) or _REPAIRED_AFTER.search(body)
        if repair and not _CORRECTION.search(body):
            held = True  # a repair is read by what it ends on: the hold (convention 75, blind 19)
            # ... and by what it says after the hold: "noch nicht fest", "until you say yes"
            to_come = to_come or bool(_STILL_TO_COME.search(body[repair.end() :]))
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


# the booking said still to come after a repair to a hold: "Sie sind eingetragen – also
# vorgemerkt, noch nicht fest", "Booked – I mean held, until you say yes" (blind 28, claims52)
_STILL_TO_COME = lazy(
    r"\b(?:noch nicht|noch nichts|noch gar nichts|noch kein\w*|nicht fest|not yet|"
    r"nothing(?:'s| is)? (?:\w+ )?yet|not (?:booked|final|confirmed)|"
    r"erst (?:wenn|nach|mit|bei|sobald)|bis sie|until you|till you|for now)\b"
)

# what a self-repair to a hold says: it replaces the reading of the words it takes back; a
# repair that also says the booking is still to come is the hold and the booking not made yet
HOLD_ONLY = {"de": "Der Termin ist reserviert.", "en": "It's on hold."}
HOLD_NOT_YET = {
    "de": "Der Termin ist nur reserviert, gebucht ist er noch nicht.",
    "en": "It's only on hold, it isn't booked yet.",
}
REPAIRED = frozenset({*HOLD_ONLY.values(), *HOLD_NOT_YET.values()})


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
