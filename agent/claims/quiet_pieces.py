"""Spoken sentences of small talk inside a reply, read without them (blind 28's false blocks,
claims53): one job, giving the reply without its pieces that are a wish, the weather or the salon's
hours and name nothing a claim needs.

"You have a lovely evening now" (a wish: not "you have" an appointment), "Looks like rain on
Friday, bring a brolly!" (the weather on Friday: no instruction for a visit), "Am Dienstag geht es
wieder los" / "Tuesday we're back from nine" and "Wir haben Samstag bis vierzehn Uhr open" (the
salon's hours: no slot offered on that day). The readers took the wish's "you have" for
possession, the weather's day for the visit's and the hours' day for a free slot.

Narrow by design, after claims51's wider `small_talk` let false claims through: a piece (cut at
. ! ? ;) is quiet only when it has the class's marker AND none of the claim words below (the
appointment, a booking, hold, cancellation or move word, "für Sie"/"for you", a slot word, a
stylist's or the caller's "you're"); days and hours of the day are allowed only in the weather
and the hours. A reply with one claim word in a piece keeps that piece whole ("Looks like rain on
Friday, but you're booked in at ten" is read as it is). The rest is read as any reply; None when
no piece is quiet.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_PIECE = lazy(r"[^.!?;]+(?:[.!?;]+|$)")
_WISH = lazy(
    r"^\W*(?:(?:you|y'all|you\s+all)\s+)?(?:have|enjoy)\s+an?\s+(?:(?:really|very|lovely|nice|"
    r"good|great|wonderful|fab|brilliant|pleasant|relaxing|restful|peaceful|safe|quiet)\s+){0,2}"
    r"(?:one|day|evening|weekend|night|afternoon|morning|time|trip|holiday)"
    r"(?:\s+(?:now|then|too|yourself|both\s+of\s+you|all))*\W*$"
)
# a goodbye with no day (convention 65), in spoken forms ("Ade, bis zum nächschte Mal!")
_GOODBYE = lazy(
    r"^\W*(?:(?:ade|adieu|tschüss\w*|servus|pfiat\s+\w+|ciao|tschau|also|dann|gut|danke)\W+){0,3}"
    r"bis\s+zum\s+nächs\w*\s+mal\W*$"
)
_WEATHER = lazy(
    r"\b(?:looks|looking|going|supposed|meant|set|forecast\s+says|forecast(?:\s+is)?)\s+"
    r"(?:(?:like|to\s+be|to)\s+)?(?:\w+\s+)?(?:rain|raining|rainy|snow|snowing|sunny|sunshine|"
    r"storm|stormy|windy|wet|cold|freezing|frosty|hot|warm|showers)\b|"
    r"\b(?:soll|wird)\s+(?:\w+\s+){0,4}?(?:regnen|schneien|stürmen|gewittern|sonnig\s+werden|"
    r"warm\s+werden|kalt\s+werden)\b"
)
_WEATHER_ADVICE = lazy(
    r"\b(?:brolly|umbrella|regenschirm|schirm|wrap\s+up\s+warm|ziehen\s+sie\s+sich\s+warm\s+an)\b"
)
_HOURS = lazy(
    r"\bgeht(?:'s|\s+es)\s+(?:bei\s+uns\s+)?(?:(?:um|ab)\s+\w+(?:\s+uhr)?\s+)?(?:wieder\s+los|"
    r"weiter)\b|\bruhetag\b|\breopen\w*\b|\b(?:we're|we\s+are)\s+back\s+(?:from|at|open)\b|"
    r"\b(?:wir\s+haben|haben\s+wir|sind\s+wir|wir\s+sind)\b[^,]*\b(?:open|geöffnet|offen|"
    r"geschlossen|closed)\W*$|"
    r"\b(?:we're|we\s+are)\s+(?:\w+\s+)?(?:open|closed|shut)\b"
)
_CLAIM_WORD = lazy(
    r"\b(?:\w*termin\w*|appointment\w*|\w*buch\w*|\w*book\w*|eingetragen|storn\w*|cancel\w*|"
    r"abgesagt|verschoben|verlegt|moved|confirm\w*|bestätig\w*|reserv\w*|held|hold|geblockt|"
    r"vorgemerkt|fix|fest|sorted|erledigt|done|drin|für\s+sie|for\s+you|frei|free|slot|platz|"
    r"spot|space|you're|you\s+are|sie\s+sind|ihr|ihre|ihren|ihrem|ihrer|your|see\s+you|sehen\s+uns|"
    r"erwarten|expect\w*|kommen|come|in\s+the\s+diary|kalender|calendar|system|sms|text)\b"
)
_DAY_OR_TIME = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)s?\b|\b(?:heute|morgen|übermorgen|today|"
    r"tomorrow|tonight|weekend|wochenende)\b"
)


def _quiet(piece: str) -> bool:
    if _CLAIM_WORD.search(piece):
        return False
    if _WISH.search(piece) or _GOODBYE.search(piece):
        return not _DAY_OR_TIME.search(piece)  # "Have a lovely Friday" may assume the visit
    if _WEATHER.search(piece) or (_WEATHER_ADVICE.search(piece) and _WEATHER.search(piece)):
        return True
    return bool(_HOURS.search(piece))


def without_quiet_pieces(sentence: str) -> str | None:
    """`sentence` without its quiet pieces ("" when every piece is quiet), or None when none is."""
    text = fold(sentence).text
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text) if m[0].strip()]
    quiet = [(a, b) for a, b in pieces if _quiet(text[a:b])]
    if not quiet:
        return None
    folded = fold(sentence)
    kept = [sentence[slice(*folded.span(a, b))] for a, b in pieces if (a, b) not in quiet]
    return " ".join(p.strip() for p in kept).strip()
