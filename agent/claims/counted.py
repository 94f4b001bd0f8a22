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
    # blind 47 (claims125): the services booked are the appointments ("Beide Leistungen sind
    # gebucht", "Both services are in")
    r"(?:\s+(?:termine|buchungen|leistungen|behandlungen|appointments|bookings|services|"
    r"treatments)|(?=\s+(?:sind|stehen|wurden|storniert|"
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
    r"woche|bei|uns)\s+){0,4}" + _N + r"\s+(?:termine|buchungen)\b|"
    # blind 42 (claims102): "Damit stehen zwei Termine für Sie im Kalender", "Sie sind jetzt
    # zweimal bei uns eingetragen"
    r"\bstehen\s+(?:(?:jetzt|nun|damit|also)\s+)?(?P<two>zwei|beide)\s+(?:termine|buchungen)\s+"
    r"für\s+sie\b|"
    r"\bsie\s+sind\s+(?:(?:jetzt|nun|damit|also|bei|uns)\s+){0,3}(?P<twice>zweimal)\s+"
    r"(?:(?:bei|uns)\s+){0,2}(?:eingetragen|gebucht)\b",
    re.IGNORECASE,
)
# the caller's appointments summed up (claims116; blind 42's "That makes two bookings for you"): "Das
# macht (dann / insgesamt) zwei Termine (für Sie)", "Macht insgesamt zwei Buchungen", "That makes /
# brings you to two bookings", "That's two appointments in total" (or "in all", "Insgesamt sind es
# zwei Termine": claims143): the caller has N, as "Sie haben
# zwei Termine" says. Not: slots to choose ("zwei Termine zur Auswahl", "two appointments free"):
# `_TOTAL_NOT`; "that's two appointments" bare stays with `_EN_ALL`.
_TOTAL = lazy(
    r"(?:(?:^\W*|\b(?:das|dies|damit)\s+)macht\s+(?:(?:das|dann|also|jetzt|nun|somit|insgesamt|"
    r"zusammen)\s+){0,3}|\b(?:das|dies)\s+sind\s+(?:(?:dann|also|jetzt|nun|somit)\s+){0,2}"
    r"insgesamt\s+|\b(?:insgesamt|zusammen)\s+sind\s+es\s+(?:(?:also|dann|jetzt|nun|somit)\s+){0,2}|\b(?:that|this|which)\s+(?:makes|"
    r"brings\s+you\s+(?:up\s+)?to)\s+(?:(?:it|a\s+total\s+of)\s+)?|\b(?:that's|that\s+is|this\s+is)"
    r"\s+(?=(?:a\s+total\s+of\s+)?\w+\s+(?:appointments|bookings)\s+in\s+(?:total|all)\b)"
    r"(?:a\s+total\s+of\s+)?)" + _N + r"\s+(?:termine|buchungen|appointments|bookings)\b",
    re.IGNORECASE,
)
_TOTAL_NOT = lazy(
    r"\b(?:zur\s+auswahl|frei|verfügbar|offen|zu\s+vergeben|to\s+choose|free|available|open|left|"
    r"on\s+offer|options?)\b",
    re.IGNORECASE,
)
_DE_ONE_OF = lazy(
    r"\b(?P<one>einer|eine)\s+(?:der\s+beiden|ihrer\s+beiden|von\s+beiden)(?:\s+(?:termine|"
    r"buchungen))?\b|"
    # claims158 (blind 52): "einer" alone as the subject that opens the sentence, "Einer ist weg:
    # der Freitag ist abgesagt", "Einer davon ist storniert": one of the caller's several
    r"^\W*einer(?:\s+davon)?(?=\s+(?:ist|war|wurde)\b)",
    re.IGNORECASE,
)
# claims157 (blind 54, 56): the people counted stand for their appointments ("All three of you
# are in", "Each of the three gets a confirmation text"): one appointment each
_EN_ALL = lazy(
    r"\b(?:(?:all|your|the|that's|that\s+makes)\s+"
    + _N
    + r"(?:\s+of\s+(?:you|us|them))?"
    + _OF
    + r"|(?:in|down)\s+for\s+(?P<both>both)|each\s+of\s+(?:the|you|your)\s+"
    + _N.replace("?P<n>", "?P<each>")
    + r"(?=\s+(?:gets?|will|has|have|is|are)\b))\b",
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
# a rule over any appointment ("Jeder Termin …", "each appointment"), not the people counted
_PEOPLE = lazy(r"\b(?:each|of\s+(?:you|us|them))\b", re.IGNORECASE)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|ob|jeder|jede|if|whether|every|each(?!\s+of\s+(?:the|you|your)\s+"
    r"(?:two|three|four|five|six|[2-9])\b))\b",
    re.IGNORECASE,
)
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
    if had is None and not _TOTAL_NOT.search(text):
        had = _TOTAL.search(text)  # "Das macht zwei Termine", "That makes two bookings"
    m = had or m
    if m is None and o is None:
        return claims
    if m is None and _ATTEMPT_WORKED.match(text, o.end()):
        return claims
    if m is not None:
        groups = m.groupdict()
        two = groups.get("pl") or groups.get("both") or groups.get("twice") or groups.get("two")
        n = 2 if two else _number(groups["n"] or groups.get("each") or "")
        subject = "Ihre Termine" if lang == "de" else "your appointments"
        if had is not None:  # "Sie haben … zwei Buchungen", "That makes two": one of them said
            subject = "Sie haben einen Termin" if lang == "de" else "you have an appointment"
        count, among, span = n, 0, m
    else:
        subject = "Ihr Termin" if lang == "de" else "your appointment"
        count, among, span = 0, 2, o
    if count < 2 and among < 2:
        return claims
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if not mine and _PEOPLE.search(span[0]):
        return claims  # the people counted are no appointment to stand in for (claims157)
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


# order and pair words over the caller's appointments (blind 37, claims86; convention 560): "der
# erste / zweite / andere / frühere / spätere Termin", "Ihr erster Termin", "der spätere der
# beiden", "der eine wie der andere", "the first / second / other / earlier one", "the latter",
# "each of the two", "they're both", "the pair of them" presuppose two appointments of the caller.
# The noun after the word must be the appointment (or none, the word standing for it): "der erste
# freie Termin", "the other stylist" rank slots and staff; a first visit ("Ihr erster Termin bei
# uns", "your first appointment with us") or the first of a day ("des Tages", "of the day") is no
# second appointment.
_RANK_DE = r"(?:erste|zweite|andere|frühere|spätere|letztere|erstere)[nmrs]?"
_AFTER_DE = (
    r"(?:\s+(?:termin|buchung)\w*|\s+(?:der|von)\s+(?:beiden|zwei)\b|\s+ihrer\s+(?:termine|"
    r"buchungen)\b)?(?=\s*[,;:.!–—]|\s+(?:ist|sind|war|wurde|bleibt|steht|habe|hab|hat|auch|jetzt|"
    r"nun|ebenso|genauso|also|liegt)\b)"
)
_ORDER_DE = lazy(
    r"\b(?:der|den|dem|ihr|ihren|ihrem)\s+" + _RANK_DE + _AFTER_DE + r"|\bder\s+eine\s+"
    r"(?:(?:genauso\s+|ebenso\s+|wie\s+auch\s+)?wie|als\s+auch|und)\s+der\s+andere\b|"
    r"\bden\s+einen\b[^.;:!?]{1,40}\bden\s+anderen\b",
    re.IGNORECASE,
)
_RANK_EN = r"(?:first|second|other|earlier|later|latter|former)"
_ORDER_EN = lazy(
    r"\b(?:the|your)\s+" + _RANK_EN + r"\s+(?:one|appointment|booking)s?\b|\bthe\s+"
    r"(?:first|second|earlier|later)\s+of\s+(?:the|your)\s+(?:two|bookings|appointments)\b|"
    r"\bthe\s+(?:latter|former)\b|\beach\s+of\s+the\s+two\b|\bthey(?:'re|\s+are)\s+both\b|"
    # claims157 (blind 54): two people, one appointment each ("You'll both get text confirmations")
    r"\b(?P<people>you(?:'ll|'re|'ve|\s+will|\s+are|\s+have)\s+both)\b|"
    r"\bthe\s+pair\s+of\s+them\b|\bone\s+as\s+well\s+as\s+the\s+other\b",
    re.IGNORECASE,
)
# a series of attempts ("the second appointment failed", "the first in but not the second"), a
# question or a condition claims no second appointment
_ORDER_NOT = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether)\b|\b(?:bei\s+uns|überhaupt|des\s+tages|with\s+us|here|"
    r"ever|of\s+the\s+day)\b|\b(?:nicht|kein\w*|not|no|never)\b|n't\b|fehlgeschlagen|"
    r"\bfailed\b|\bgeklappt\b|\bwent\s+through\b",
    re.IGNORECASE,
)
# the earlier or later one beside a change: the new time against the old ("Sie haben jetzt den
# früheren Termin"), not one of two appointments
_COMPARED = lazy(r"\b(?:früher|später|earlier|later)")
_CHANGED = lazy(
    r"\b(?:jetzt|nun|now|instead|statt\w*|moved|verschoben|verlegt|umgebucht|rescheduled)\b",
    re.IGNORECASE,
)
_PAIR = lazy(
    r"\bder\s+eine\b|\beach\s+of\s+the\s+two\b|\bboth\b|\bpair\s+of\s+them\b|\bas\s+well\s+as\b",
    re.IGNORECASE,
)


def ranked(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with an outcome said of one of two appointments, or of both, named by an order or
    pair word, marked as one of two (`among` 2) or both (`count` 2); where the reader found no
    outcome (the word hid the subject), the sentence is read with "Ihr Termin" for it."""
    text = straight_apostrophes(sentence)
    if _ORDER_NOT.search(text):
        return claims
    m = (_ORDER_DE if lang == "de" else _ORDER_EN).search(text)
    if m is None or (_COMPARED.search(m[0].lower()) and _CHANGED.search(text)):
        return claims
    pair = _PAIR.search(m[0]) is not None
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if not mine and lang == "en" and m.group("people"):
        return claims  # the people are no appointment to stand in for ("You'll both love it")
    if not mine:
        subject = "Ihr Termin" if lang == "de" else "your appointment"
        said = text[: m.start()] + subject + text[m.end() :]
        if lang == "en":
            said = re.sub(r"\b(?:your appointment)\s+are\b", "your appointment is", said)
        said = said[:1].upper() + said[1:]
        mine = [
            replace(c, start=0, end=len(sentence)) for c in read_whole(said) if c.kind in _OUTCOMES
        ]
    if not mine:
        return claims
    others = [c for c in claims if c.kind not in _OUTCOMES]
    return tuple(others) + tuple(
        replace(
            c,
            details=replace(
                c.details,
                several=c.details.several or pair,
                count=max(c.details.count, 2 if pair else 0),
                among=max(c.details.among, 2),
            ),
        )
        for c in mine
    )


# a series of the caller's appointments said booked (blind 47, claims119; convention 380): "Die
# Serie ist angelegt: fünf Termine, jeweils Freitag um zehn", "jeden zweiten Freitag um zehn
# eingetragen", "every other Friday at ten", "for the next four weeks", "die ganze Reihe ist
# gebucht": several appointments, each on the day and time it names (`together`), as many as it
# counts (at least two); the ledger holds one appointment per booking, so no call backs it.
_SERIES = lazy(
    r"\b(?:serie|terminserie|reihe|terminreihe|series|recurring|standing\s+appointment)\b|"
    r"\b(?:jeden|jede|alle)\s+(?:(?:zweiten|dritten|vierten|zwei|drei|vier|sechs)\s+)?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|woche|wochen)\b|"
    r"\b(?:die\s+nächsten|für\s+die\s+nächsten)\s+\w+\s+(?:freitage|samstage|donnerstage|wochen)\b|"
    r"\bjeweils\s+(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)\b|"
    r"\b(?:every|each)\s+(?:(?:other|second|third|fourth)\s+)?(?:(?:on\s+a\s+)?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday)|week|fortnight)\b|"
    r"\b(?:for\s+the\s+next|in\s+a\s+row\s+for)\s+\w+\s+weeks\b|\b\w+\s+weeks\s+in\s+a\s+row\b",
    re.IGNORECASE,
)
_SERIES_COUNT = lazy(
    r"\b(?P<n>zwei|drei|vier|fünf|sechs|two|three|four|five|six|[2-9])\s+(?:termine|appointments|"
    r"freitage|wochen|weeks|fridays)\b",
    re.IGNORECASE,
)
_SERIES_NOT = lazy(
    r"\?|\b(?:ruhetag|geschlossen|zu|closed|arbeitet|works|offen|open|immer|always|"
    r"wenn|falls|ob|if|whether|könnte|could|möchten|would|wollen|want|nur|only|erste\w*|"
    r"first|nicht|not|noch\s+nicht|kein\w*|no)\b|n't\b",
    re.IGNORECASE,
)
_BOOKING = lazy(
    r"\b(?:angelegt|gebucht|eingetragen|eingebucht|steht|stehen|fest|booked|set\s+up|confirmed|"
    r"in|done)\b",
    re.IGNORECASE,
)


def series_booked(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with a booking of a series said of several appointments (see above)."""
    text = straight_apostrophes(sentence)
    if not _SERIES.search(text) or _SERIES_NOT.search(text) or not _BOOKING.search(text):
        return claims
    mine = [c for c in claims if c.kind is ClaimKind.BOOKED]
    if not mine:  # "Die Serie ist angelegt: …": the booking said in other words
        said = (
            "Ihr Termin ist gebucht: " if lang == "de" else "Your appointment is booked: "
        ) + text
        mine = [
            replace(c, start=0, end=len(sentence))
            for c in read_whole(said)
            if c.kind is ClaimKind.BOOKED
        ]
    if not mine:
        return claims
    m = _SERIES_COUNT.search(text)
    count = max(2, _number(m["n"]) if m else 0)
    others = [c for c in claims if c.kind is not ClaimKind.BOOKED]
    return tuple(others) + tuple(
        replace(
            c,
            details=replace(
                c.details, several=True, together=True, count=max(c.details.count, count)
            ),
        )
        for c in mine
    )


# a denial said of both of the caller's appointments (blind 47, claims119; convention 560):
# "Keiner Ihrer beiden Termine ist storniert", "storniert habe ich keinen der beiden", "Neither of
# your two appointments has been cancelled", "I haven't cancelled either of your two": true only
# where the caller has two (`among` 2); the denial read where the reader found none.
_PAIR_DENIED = {
    "de": lazy(
        r"\bkeine[nrm]?\s+(?:der|ihrer|von)\s+(?:beiden|zwei)\b|\b(?:beide|zwei)\s+termine\s+sind\s+"
        r"(?:beide\s+)?(?:noch\s+)?nicht\b",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\bneither\s+of\s+(?:your|the)\s+(?:two|appointments|bookings)\b|"
        r"n't\s+\w+(?:\s+\w+)?\s+either\s+of\s+(?:your|the)\s+two\b|"
        r"\bnot\s+\w+(?:\s+\w+)?\s+either\s+of\s+(?:your|the)\s+two\b",
        re.IGNORECASE,
    ),
}
_DENIED_KIND = (
    (lazy(r"\b(?:storn\w*|abgesagt|gestrichen|cancel\w*|called\s+off)\b", re.IGNORECASE),
     ClaimKind.NOT_CANCELLED),
    (lazy(r"\b(?:verschoben|verlegt|moved|rescheduled)\b", re.IGNORECASE), ClaimKind.NOT_MOVED),
)  # fmt: skip


def pair_denied(sentence: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a denial said of both of two appointments marked as presupposing two."""
    text = straight_apostrophes(sentence)
    if "?" in text or not _PAIR_DENIED["de" if lang == "de" else "en"].search(text):
        return claims
    kinds = [kind for rule, kind in _DENIED_KIND if rule.search(text)]
    if not kinds:
        return claims
    denied = {ClaimKind.NOT_CANCELLED, ClaimKind.NOT_MOVED}
    mine = [c for c in claims if c.kind in denied]
    if not mine:
        mine = [Claim(kinds[0], 0, len(sentence))]
    wrong = {ClaimKind.CANCELLED, ClaimKind.RESCHEDULED}  # the denied act read as done
    others = [c for c in claims if c.kind not in denied and c.kind not in wrong]
    return tuple(others) + tuple(
        replace(c, details=replace(c.details, among=max(c.details.among, 2))) for c in mine
    )
