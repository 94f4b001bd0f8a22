"""The booking said not finished yet: convention 5's "not booked yet" in other words (the lead's
D35 and D39, conventions 1102 and 1106).

"Die Buchung läuft noch", "die Buchung ist noch in Bearbeitung", "the booking is still going
through", "your booking is still processing" say the booking is not made yet; so does "Betrachten
Sie den Termin bitte noch nicht als bestätigt" / "Please don't consider the appointment confirmed
yet" (the appointment said not confirmed yet). Each is `not_booked`: false once the booking is
made. Not: a condition ("Wenn die Buchung noch läuft, …", 100), a question, another act still
running (a cancellation, a move, a search: "die Stornierung läuft noch", "die Abfrage läuft
noch"), a hold's time running ("die Reservierung läuft noch zehn Minuten").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BOOKING = r"(?:die|ihre|eure|deine|the|your)\s+(?:buchung|booking)"
_RUNNING = lazy(
    rf"\b{_BOOKING}\s+(?:selbst\s+|itself\s+)?(?:"
    r"läuft\s+(?:gerade\s+|grad\s+|jetzt\s+)?noch\b(?!\s+(?:bis|aus)\b)|"
    r"ist\s+(?:gerade\s+|jetzt\s+)?noch\s+in\s+(?:bearbeitung|arbeit)\b|"
    r"wird\s+(?:gerade\s+|jetzt\s+)?noch\s+(?:bearbeitet|verarbeitet)\b|"
    r"(?:is|'s)\s+still\s+(?:going\s+through|processing|being\s+processed|in\s+progress|"
    r"under\s+way|underway)\b)"
    r"|\b(?:buchung|booking)'s\s+still\s+(?:going\s+through|processing|being\s+processed|"
    r"in\s+progress)\b"
)
# "Betrachten Sie den Termin (bitte) noch nicht als bestätigt", "Please don't consider it booked
# yet": the appointment said not confirmed yet, put as a request to the caller
_NOT_YET_AS = lazy(
    r"\b(?:betrachten|sehen)\s+sie\s+(?:den\s+termin|ihren\s+termin|ihn|das|es)\s+(?:bitte\s+)?"
    r"noch\s+nicht\s+als\s+(?:bestätigt|gebucht|fest|fix|verbindlich)\b|"
    r"\b(?:do\s+not|don't)\s+(?:yet\s+)?(?:consider|treat|regard)\s+(?:it|the\s+appointment|"
    r"your\s+appointment|the\s+booking|your\s+booking)\s+(?:as\s+)?(?:confirmed|booked|final)"
    r"(?:\s+(?:just\s+)?yet)?\b"
)
_NOT_SAID = lazy(r"\?|\b(?:wenn|falls|sobald|ob|if|once|whether|unless)\b")


def booking_not_finished(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the booking said not finished yet (see above) claimed not booked."""
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    if not (_RUNNING.search(text) or _NOT_YET_AS.search(text)) or _NOT_SAID.search(text):
        return claims
    return (*claims, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence.rstrip())))
