"""Quantifiers over the caller's appointments that the clause reader and `none_booked` miss
(blind 32, claims66).

- none of them booked, in any word order: "Gebucht ist bisher keiner von beiden", "Von Ihren
  Wunschterminen ist noch keiner eingetragen", "Neither of the two is booked", "None of them is
  booked yet", "Weder der eine noch der andere ist fest" (blind 37): the booking denied
  (conventions 5 and 33: `not_booked`). `none_of_them` gives the plain statement, read as any
  sentence (`amended`, `restated`). Not: the salon's things ("keiner
  unserer Stylisten", "none of our stylists"), "keiner mehr" (gone, not never booked), a
  question or a condition.
- half of them: "Die Hälfte Ihrer Termine ist storniert", "Half of your appointments are
  cancelled": an outcome of one of at least two appointments the caller has; `half_of` marks
  the sentence's outcome claims so (`among` 2), true only where the call has two outcomes.
- all but one: "Bis auf den Freitag ist alles abgesagt", "Everything except Saturday is
  cancelled": the others changed and that one not, so the outcome is one of at least two
  (`among` 2, claims74).
- a reminder said of every customer with the caller named among them ("Jeder Kunde bekommt am
  Vortag eine Erinnerung, Sie auch", "Everyone gets a reminder, you included"; blind 42,
  claims102): the caller's reminder promise (convention 30), `everyone_reminded`; and so is the
  salon's own act of reminding every customer, said to the caller ("We send every customer a
  reminder the day before", "Wir erinnern jeden Kunden am Vortag per SMS"; D64, claims163: a house
  rule that includes the caller is a promise to them). Not what every customer is said to get
  ("Bei uns bekommt jeder Kunde eine Erinnerung", "Every client gets a reminder text": gated
  neutral), nor a rule under a condition, a question or a denial.
- a quantified denial books nothing: `without_denied_booking` drops the booking the reader took
  from its verb ("Neither booking has gone through yet").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_BOOKED = (
    r"(?:gebucht|eingetragen|eingebucht|bestätigt|fest|booked|confirmed|in\s+the\s+book|"
    r"gone\s+through|went\s+through)"
)
_NONE_DE = lazy(
    r"\b(?:keiner\s+(?:von\s+(?:beiden|ihnen|den\s+beiden)|der\s+beiden|ihrer)|weder\s+der\s+eine\s+"
    r"noch\s+der\s+andere)\b[^,;:.!?]*?\b"
    + _BOOKED
    + r"\b|\b"
    + _BOOKED
    + r"\s+ist\s+(?:\w+\s+){0,2}?keiner\b|\bist\s+(?:\w+\s+){0,2}?keiner\s+(?:\w+\s+){0,2}?"
    + _BOOKED
    + r"\b"
)
_NONE_EN = lazy(
    r"\b(?:neither|none)\s+(?:of\s+(?:the\s+two|them|the\s+two\s+appointments|your\s+\w+)|"
    r"appointment|booking|one)\s+(?:is|was|has\s+been|have\s+been|are|has|have)\s+(?:\w+\s+)?"
    + _BOOKED
    + r"\b"
)
_NOT_OURS = lazy(
    r"\bunserer\b|\bour\b|\bstylist|\bfriseur|\bmitarbeiter|\bstaff\b|\bmehr\b|\bany\s*more\b"
)
_LEFT_ALONE = lazy(
    r"\?|\b(?:wenn|falls|ob|solange|if|whether|once|unless|until)\b|\bbis\b(?!\s+(?:heute|jetzt|dato))"
)
_HALF = lazy(
    r"\b(?:die\s+hälfte\s+(?:ihrer|der|von\s+ihren)\s+(?:termine\w*|buchungen)|half\s+(?:of\s+)?"
    r"(?:your|the)\s+(?:appointments|bookings))\b"
)
# everything but one said changed: the others changed, that one not (blind 32, claims74)
_ALL_BUT = lazy(
    r"^\W*(?:bis\s+auf|außer|apart\s+from|except(?:\s+for)?)\b[^,.;:!?]{1,40}?,?\s*"
    r"(?:ist\s+|is\s+|has\s+been\s+|habe\s+ich\s+|i've\s+|wurde\s+)?(?:alles|everything)\b|"
    r"\b(?:alles|everything)(?:'s)?\s+(?:außer|bis\s+auf|except|apart\s+from)\b"
)
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.STANDS})


def none_of_them(sentence: str, lang: str) -> str | None:
    """ "Nothing is booked yet." for a denial quantified over the caller's appointments, or None."""
    text = fold(sentence).text
    if _LEFT_ALONE.search(text) or _NOT_OURS.search(text):
        return None
    if not (_NONE_DE if lang == "de" else _NONE_EN).search(text):
        return None
    return "Es ist noch nichts gebucht." if lang == "de" else "Nothing is booked yet."


def without_denied_booking(
    sentence: str, lang: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the booking a quantified denial names ("Neither booking has gone
    through yet" books nothing)."""
    if none_of_them(sentence, lang) is None:
        return claims
    return tuple(c for c in claims if c.kind not in (K.BOOKED, K.DONE))


def half_of(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with an outcome said of half the caller's appointments marked as one of two
    (read with "your appointment" for the quantifier where the reader found no outcome)."""
    text = fold(sentence).text
    half = _HALF.search(text)
    plain = text.replace("bis auf", "außer")
    if half is None and _ALL_BUT.search(text) and not _LEFT_ALONE.search(plain):
        # "Bis auf den Freitag ist alles abgesagt": one outcome of at least two (claims74)
        return tuple(
            replace(c, details=replace(c.details, among=max(c.details.among, 2)))
            if c.kind in _OUTCOMES
            else c
            for c in claims
        )
    if half is None or _LEFT_ALONE.search(text):
        return claims
    if not any(c.kind in _OUTCOMES for c in claims):
        subject = "Ihr Termin" if lang == "de" else "your appointment"
        said = f"{text[: half.start()]}{subject}{text[half.end() :]}"
        said = re.sub(r"\bare\b", "is", said) if lang == "en" else said
        claims += tuple(
            replace(c, start=0, end=len(sentence)) for c in read_whole(said) if c.kind in _OUTCOMES
        )
    return tuple(
        replace(c, details=replace(c.details, among=max(c.details.among, 2)))
        if c.kind in _OUTCOMES
        else c
        for c in claims
    )


# a reminder said of every customer, the caller named among them: "Jeder Kunde bekommt am Vortag
# eine Erinnerung, Sie auch", "Everyone gets a reminder, you included" (convention 30)
_EVERYONE_REMINDED = lazy(
    r"\b(?:jede[rn]?|alle|every\w*|all\s+(?:our\s+)?(?:customers|clients))\b[^.!?]*?"
    r"\b(?:erinnerung\w*|reminder|reminded)\b[^.!?]*?,\s*(?:sie\s+auch|auch\s+sie|you\s+too|"
    r"you\s+included|including\s+you|you\s+as\s+well)\b"
)

# the salon's own act of reminding everyone (D64): "we remind every customer", "wir schicken
# allen Kunden eine Erinnerung"
_EVERY = r"(?:jede[nmr]?|allen?|every\w*|all)"
_WE_REMIND_EVERYONE = lazy(
    r"\b(?:wir|we)\s+(?:\w+\s+)?(?:erinnern|remind)\s+(?:\w+\s+)?" + _EVERY + r"\b|"
    r"\b(?:wir|we)\s+(?:\w+\s+)?(?:schicken|senden|send|text|give)\s+(?:\w+\s+)?"
    + _EVERY
    + r"\b[^.!?]*?\b(?:erinnerung\w*|reminder\w*)\b"
)
_NOT_PROMISED = lazy(r"\b(?:nicht|kein\w*|not|no|never|nie)\b|n't\b")


def everyone_reminded(sentence: str, lang: str) -> str | None:
    """The caller's reminder a rule for every customer names them in, or None."""
    text = fold(sentence).text
    ours = _WE_REMIND_EVERYONE.search(text)
    if ours is not None and (_LEFT_ALONE.search(text) or _NOT_PROMISED.search(text)):
        ours = None
    if ours is None and not _EVERYONE_REMINDED.search(text):
        return None
    return "Sie bekommen eine Erinnerung." if lang == "de" else "You'll get a reminder."
