"""This call's request told timed out or unanswered: its outcome open (the lead's D78, convention 1197).

"Die Anfrage ist in ein Timeout gelaufen", "Der Kalender hat nicht rechtzeitig geantwortet",
"Ich hatte versucht zu buchen, aber es kam ein Timeout", "The request timed out", "No response
from the calendar yet" tell the caller what happened to this call's act: a timeout, in the
product's own state machine an UNKNOWN outcome (Cal.com may have booked). That is the booking
said open (731's `unconfirmed`), or of a cancellation or move 1122's `not_cancelled` /
`not_moved`: after a real booking it tells the caller the booking may not exist, and the caller
books again.

Not this class (their other readers decide): a failure told with the timeout ("The booking
failed because the calendar timed out": D68), the outcome denied or said done beside it ("…, so
nothing's in", "…, but you're booked"), a hold or reservation that lapsed ("Your hold timed
out"), one attempt of several or a retry beside it ("It timed out, let me retry", "the first
attempt timed out"), an earlier moment ("vorhin", "earlier"), a condition or a general rule
("would have been booked if …", "Bei Zeitüberschreitungen …", "solange das System nicht
geantwortet hat"), a question, and the salon's answer awaited (a pending request, not a timeout).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# what answers a request of this call: the calendar, the system, the server, the request itself
_SOURCE_DE = r"(?:kalender|system|server|buchungssystem|buchungsdienst|anfrage)"
_SOURCE_EN = r"(?:calendar|system|server|booking\s+system|booking\s+service|request|booking)"
_TIMED_OUT = {
    "de": lazy(
        r"\b(?:timeout|time-out|zeitüberschreitung)\b|"
        rf"\b{_SOURCE_DE}\s+(?:hat|hatte)\s+(?:\w+\s+){{0,3}}?nicht\s+(?:\w+\s+)?(?:geantwortet|"
        r"reagiert|zurückgemeldet)\b|"
        rf"\b{_SOURCE_DE}\s+(?:\w+\s+){{0,3}}?nicht\s+(?:rechtzeitig\s+)?(?:geantwortet|reagiert)\s+"
        r"(?:hat|hatte)\b|"
        r"\bkeine\s+(?:antwort|rückmeldung|reaktion)\b|"
        # the answer itself said missing or lost: "Die Antwort vom Kalender fehlt noch", "Die
        # Antwort des Kalenders ist ausgeblieben", "… ist verloren gegangen"
        r"\b(?:antwort|rückmeldung)\s+(?:(?:des|vom|von)\s+\w+\s+)?(?:\w+\s+)?(?:fehlt|ist\s+"
        r"(?:\w+\s+)?(?:ausgeblieben|verloren\s+gegangen|abgebrochen))\b|"
        # still outstanding only from the calendar or system named (the salon's is a request)
        r"\b(?:antwort|rückmeldung)\s+(?:des|vom|von)\s+(?:kalenders?|systems?|servers?|book_\w+)\s+"
        r"(?:\w+\s+)?steht\s+(?:noch\s+)?aus\b"
    ),
    "en": lazy(
        r"\b(?:timed\s+out|timeout|time-out)\b|"
        rf"\b(?:{_SOURCE_EN}|it)(?:'s|\s+is|\s+was)\s+not\s+(?:responding|answering)\b|"
        rf"\b{_SOURCE_EN}\s+(?:didn't|did\s+not|hasn't|has\s+not|never)\s+(?:yet\s+)?(?:answer|"
        r"respond|responded|answered|get\s+back|gotten\s+back|got\s+back)\b|"
        rf"\bno\s+(?:answer|response|reply)\b|\bnothing\s+came\s+back\b|"
        # "The calendar's answer got lost", "the answer from the calendar isn't there yet"
        r"\b(?:(?:calendar|system|server)'s\s+(?:answer|response|reply)|(?:answer|response|reply|"
        r"antwort)\s+from\s+the\s+(?:calendar|system|server))\s+(?:\w+\s+)?(?:got\s+(?:lost|cut\s+"
        r"off)|was\s+lost|is(?:n't|\s+not)\s+(?:there|here|in)|hasn't\s+come|never\s+came)\b"
    ),
}
# a "keine Antwort" / "no answer" is this class only from what answers a request
_NO_ANSWER = lazy(r"\b(?:keine|no)\s+(?:antwort|rückmeldung|reaktion|answer|response|reply)\b")
_FROM_SOURCE = lazy(
    r"\b(?:kalender|system|server|calendar|bekommen|bekomme|gekommen|kam|zurück|gibt|geben|"
    r"gegeben|da|back|yet|from)\b"
)
# a hold lapsing, a retry or one attempt of several, an earlier moment, a condition or a rule,
# a failure told with it, another person's booking
_NOT_THIS = lazy(
    r"\b(?:hold|holds|reservation|reservierung|reserviert|reserved|held|gehalten|halte\w*)\b|"
    r"\b(?:try\s+again|trying\s+again|tried\s+again|keep\s+trying|retry|retrying|once\s+more|"
    r"nochmal|noch\s+(?:ein)?mal|erneut|probier\w*|bleibe\s+dran|(?:first|second|third|erste[nmr]?|"
    r"zweite[nmr]?|dritte[nmr]?)\s+(?:attempt|try|versuch|anlauf|mal))\b|"
    # the outcome denied beside it ("Was bisher erledigt ist: nichts, …")
    r"\b(?:nichts|nothing)\b(?!\s+(?:zurück|came\s+back))|"
    r"\b(?:vorhin|earlier|gestern|yesterday|letzte[nmrs]?|last)\b|"
    r"\b(?:wenn|falls|solange|sobald|if|unless|would|wäre|wären|hätte|hätten|würde|bei\s+"
    r"zeitüberschreitungen|sometimes|manchmal|usually|normalerweise)\b|"
    r"\b(?:fehlgeschlagen|gescheitert|schiefgegangen|geklappt\s+hat\s+nicht|failed|went\s+wrong)\b|"
    r"\bnicht\s+(?:\w+\s+){0,2}?(?:geklappt|funktioniert|durchgegangen|durchgekommen)\b|"
    r"\b(?:didn't|did\s+not)\s+(?:go\s+through|work)\b|"
    r"\b(?:sohn\w*|tochter|mann|mannes|mutter|vater|son|daughter|husband|wife|mother|father)\b|"
    # the salon's answer awaited: a pending request, not a timeout
    r"\b(?:antwort|rückmeldung|answer|response|reply)\s+(?:des|vom|von\s+der|from\s+the)\s+"
    r"(?:salons?|team|chefin|inhaberin)\b|\bsalon's\s+(?:answer|response|reply)\b"
)
# the act it is of (a cancellation before a move before the booking), in the sentence or the
# caller's question it answers
_CANCEL = lazy(r"(?:stornier|storno|absage|abgesagt|\bcancel)")
_MOVE = lazy(r"(?:verschieb|verschob|verleg|umbuch|reschedul|\bmov(?:e|ed|ing)\b)")
_TOLD = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.DONE,
        ClaimKind.NOT_BOOKED,
        ClaimKind.NOT_CANCELLED,
        ClaimKind.NOT_MOVED,
        ClaimKind.PENDING,
    }
)


def told_timed_out(
    sentence: str, lang: str, caller: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the outcome of the act a timeout report is of told open (above)."""
    if any(c.kind in _TOLD for c in claims):
        return claims  # the outcome told beside it: its readers decide
    pattern = _TIMED_OUT.get(lang)
    if pattern is None:
        return claims
    text = fold(sentence).text
    found = pattern.search(text)
    if found is None or "?" in text[found.end() :] or _NOT_THIS.search(text):
        return claims
    if _NO_ANSWER.match(text, found.start()) and not _FROM_SOURCE.search(text):
        return claims
    asked = fold(caller).text if caller else ""
    if _CANCEL.search(text) or (not _MOVE.search(text) and _CANCEL.search(asked)):
        return (*claims, Claim(ClaimKind.NOT_CANCELLED, 0, len(sentence), ClaimDetails()))
    if _MOVE.search(text) or _MOVE.search(asked):
        return (*claims, Claim(ClaimKind.NOT_MOVED, 0, len(sentence), ClaimDetails()))
    named = replace(read_details(text, names), services=frozenset())
    details = ClaimDetails(((Role.ANY, named),)) if not named.empty else ClaimDetails()
    return (
        *claims,
        Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details, unconfirmed=True),
    )
