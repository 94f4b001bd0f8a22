"""Counts and quantifiers of the caller's appointments held against the call (blind 26, claims45).

"Alle drei Termine sind gebucht", "Ihre drei Termine stehen", "All three are cancelled": a claim
about N of the caller's appointments is true only where the call has N in that state (`count`);
"Ihre Termine sind alle eingetragen", "Ihre beiden Termine", "That's two bookings done", "You're in
for both" about two (convention: two said booked passes only in 'two'); "Einer der beiden ist
storniert", "One of the two is cancelled", "Einer Ihrer beiden Termine … ist gebucht" presuppose
two appointments of the caller (`among`), unless said of two attempts one of which worked
("One of the two went through"). `counted` sets the count on the sentence's outcome
claims; where the reader found none (the quantifier hid the subject), it reads the sentence
with the quantified subject said plainly ("Ihr Termin", "your appointment") and counts those.
Not: counts of other things ("drei Stylisten", "alle drei Vormittage"), a question, a condition,
a rule ("Jeder Termin …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import straight_apostrophes

_NUMBERS = {
    "zwei": 2,
    "beide": 2,
    "beiden": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}
_N = r"(?P<n>zwei|beide|drei|vier|fünf|sechs|two|three|four|five|six|[2-9])"
# the counted things are appointments: the noun, or an outcome said right after the number
_OF = (
    r"(?:\s+(?:termine|buchungen|appointments|bookings)|(?=\s+(?:sind|stehen|wurden|storniert|"
    r"gebucht|abgesagt|verschoben|eingetragen|are|were|have|cancell?ed|booked|confirmed|done)\b))"
)
_DE_ALL = lazy(
    r"(?:(?:\b(?:alle|ihre|die)\s+|^\W*(?=beide\s))" + _N + _OF + r"|\bihre\s+(?P<pl>termine|"
    r"buchungen)\s+(?:sind|stehen|wurden)\s+alle)\b",
    re.IGNORECASE,
)
# the caller said to have N (blind 31, claims78): "Sie haben also diese Woche zwei Termine"
_DE_HAVE = lazy(
    r"\bsie\s+haben\s+(?:(?:also|jetzt|nun|dann|damit|somit|insgesamt|diese|kommende|nächste|"
    r"woche|bei|uns)\s+){0,4}" + _N + r"\s+(?:termine|buchungen)\b",
    re.IGNORECASE,
)
_DE_ONE_OF = lazy(
    r"\b(?P<one>einer|eine)\s+(?:der\s+beiden|ihrer\s+beiden|von\s+beiden)(?:\s+(?:termine|"
    r"buchungen))?\b",
    re.IGNORECASE,
)
_EN_ALL = lazy(
    r"\b(?:(?:all|your|the|that's)\s+" + _N + _OF + r"|(?:in|down)\s+"
    r"for\s+(?P<both>both))\b",
    re.IGNORECASE,
)
_EN_ONE_OF = lazy(
    r"\b(?P<one>one)\s+of\s+(?:the|your)\s+two(?:\s+(?:appointments|bookings))?\b", re.IGNORECASE
)
# one of two attempts said to have worked: the other may have failed and left nothing in the
# call's ledger, so no two appointments are presupposed (claims54: blind 20's gated "One of the
# two went through: Friday at ten with Fabian is booked." passes where Friday alone is booked)
_ATTEMPT_WORKED = lazy(
    r"\s+(?:(?:has\s+)?went\s+through|(?:has\s+)?gone\s+through|worked(?:\s+out)?|succeeded|"
    r"hat\s+geklappt|ging\s+durch|ist\s+durchgegangen|hat\s+funktioniert)\b",
    re.IGNORECASE,
)
_CUT = lazy(r"[,;:–—]")
_BOTH_OF_THEM = lazy(r"^\W*both\s+of\s+them\b", re.IGNORECASE)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|jeder|jede|if|whether|every|each)\b", re.IGNORECASE)
_OUTCOMES = frozenset(
    {ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.DONE, ClaimKind.STANDS}
)


def counted(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with the count of appointments the sentence says (see above)."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return claims
    both = _BOTH_OF_THEM.match(text) if lang == "en" else None
    if both and not any(c.kind in _OUTCOMES for c in claims):
        # "Both of them are in: Friday … and Saturday …" read as "Both are in: …" (claims74)
        said = read_whole("Both" + text[both.end() :])
        claims += tuple(replace(c, start=0, end=len(sentence)) for c in said)
    every, one_of = (_DE_ALL, _DE_ONE_OF) if lang == "de" else (_EN_ALL, _EN_ONE_OF)
    m, o = every.search(text), one_of.search(text)
    had = None if m is not None or lang != "de" else _DE_HAVE.search(text)
    m = m or had
    if m is None and o is None:
        return claims
    if m is None and _ATTEMPT_WORKED.match(text, o.end()):
        return claims
    if m is not None:
        groups = m.groupdict()
        n = 2 if groups.get("pl") or groups.get("both") else _number(groups["n"])
        subject = "Ihre Termine" if lang == "de" else "your appointments"
        if had is not None:
            subject = "Sie haben einen Termin"  # "Sie haben … zwei Buchungen": one of them said
        count, among, span = n, 0, m
    else:
        subject = "Ihr Termin" if lang == "de" else "your appointment"
        count, among, span = 0, 2, o
    if count < 2 and among < 2:
        return claims
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if not mine:
        said = text[: span.start()] + subject + text[span.end() :]
        said = said[:1].upper() + said[1:]
        if span.groupdict().get("both"):
            said = text[: span.start()] + "in for" + text[span.end() :].replace(",", "", 1)
        mine = [
            replace(c, start=0, end=len(sentence)) for c in read_whole(said) if c.kind in _OUTCOMES
        ]
    others = [c for c in claims if c.kind not in _OUTCOMES]
    # one value said of all of them in their own clause holds for each ("Beide Termine liegen
    # jetzt bei Lena"); after a comma it may be one's ("…, der zweite am Samstag", claims74)
    one_clause = not _CUT.search(text, span.end())
    return tuple(others) + tuple(
        replace(
            c,
            details=replace(
                c.details,
                several=c.details.several or count >= 2,
                together=c.details.together
                or (count >= 2 and one_clause and c.details.one_value_each),
                count=max(c.details.count, count),
                among=max(c.details.among, among),
            ),
        )
        for c in mine
    )


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 0)
