"""The caller's booking denied in the present, in words the clause readers leave (blind 25, claims43).

Conventions 5 and 33: "Sie stehen nicht im Kalender", "Sie sind also nicht eingetragen", "Ihr
Termin ist nicht drin", "bei Ihnen steht im Kalender nichts", "Kein Termin, keine Buchung", "Von
gebucht kann keine Rede sein", "you're not booked", "nothing's in the calendar for you", "there's
nothing under your name", also after the failure that explains them ("Es gab einen Fehler, …",
"The booking timed out, so nothing's in"): a NOT_BOOKED claim, false after a booking. A booking
word denied beside "nur / bloß / only" a hold ("Nicht gebucht, nur reserviert", "Gebucht? Nein,
nur vorgemerkt", "Booked it isn't — only held", "Only held, not booked") says the same: NOT_BOOKED, and the booking the
echoed word was read as is dropped.

Not: a question, a condition, an event report ("es ist nichts gebucht worden", "nothing was
booked": convention 33), the speaker's own act denied ("Ich habe Sie nicht eingetragen"),
others' appointments ("bei Lena ist nichts eingetragen" names a stylist, not the caller), nothing
left un-booked ("Ungebucht ist bei Ihnen nichts mehr": `negation_undone`).

Both the booking and the hold denied in one correlative ("weder eingetragen noch vorgemerkt",
"Gebucht ist weder Freitag noch Samstag", "neither confirmed nor on hold", "It's neither booked nor
held", blind 36, claims82; not an event report, "Es wurde weder … eingetragen noch …",
"Nothing's been booked or held", convention 33): NOT_BOOKED (convention 5), and the booking or hold the
negated words were read as is dropped. A hold said first and the booking denied after a
concessive "aber / though / but" ("zwar vorgemerkt, aber noch nicht fest", "reserved, though not
yet booked"; convention 460: the hold stays, NOT_BOOKED beside it) says the same.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_IN = r"(?:im\s+(?:kalender|system|buch|terminbuch|tagesplan)|in\s+\w+s\s+tagesplan|eingetragen|eingebucht|drin|gebucht)"
_DENIED_DE = lazy(
    r"\b(?:sie|ihr\s+termin|der\s+termin)\s+(?:sind|ist|stehen|steht)\s+(?:\w+\s+){0,2}?"
    r"nicht\s+(?:mehr\s+)?" + _IN + r"|"
    r"\b(?:bei|für)\s+ihnen\s+(?:ist|steht)\s+(?:(?:im\s+kalender|also|leider|deshalb)\s+)*"
    r"nichts\b(?!\s+mehr\s+(?:frei|offen))|"
    r"\b(?:steht|ist)\s+(?:bei|für)\s+ihnen\s+(?:im\s+kalender\s+)?nichts\b|"
    r"^\W*kein\s+termin,\s+keine\s+buchung\b|"
    r"\bvon\s+(?:gebucht|eingetragen|bestätigt|fest)\s+kann\s+(?:keine|nicht\s+die)\s+rede\b"
)
_DENIED_EN = lazy(
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+){0,2}?not\s+(?:booked|in\s+the\s+(?:calendar|book|system|"
    r"diary))\b|"
    r"\bnothing(?:'s|\s+is)\s+(?:booked|in\s+the\s+(?:calendar|book|system|diary))\s+"
    r"(?:for\s+you|under\s+your\s+name)\b|"
    r"\bnothing(?:'s|\s+is)\s+in\s+the\s+(?:calendar|book|system|diary)\s+for\s+you\b|"
    r"\bthere(?:'s|\s+is)\s+nothing\s+under\s+your\s+name\b"
)
# a failure told first: "…, so nothing's in", "Due to an error, nothing is booked"
_FAILED = lazy(
    r"\b(?:fehler\w*|systemfehler|abgebrochen|timeout\w*|error\w*|errored|timed\s+out|crashed|"
    r"failed|went\s+wrong)\b"
)
_AFTER_FAILURE = lazy(
    r"[,;:–—]\s*(?:so\s+|and\s+)?nothing(?:'s|\s+is)\s+(?:in|booked)\b|"
    r"\bnothing\s+is\s+booked\s+for\s+you\b|\bist\s+bei\s+ihnen\s+nichts\s+eingetragen\b"
)
# a booking word denied beside "only" a hold
_ONLY_HELD = lazy(
    r"\b(?:nicht|nein|kein|isn't|not|no)\b.*(?<!nicht\s)(?<!mehr\s)(?<!not\s)(?<!n't\s)(?<!longer\s)\b"
    r"(?:nur|bloß|lediglich|only|just)\s+(?:\w+\s+){0,2}?"
    r"(?:reserviert|vorgemerkt|geblockt|blockiert|festgehalten|held|on\s+hold|reserved|"
    r"pencil+ed\s+in)\b"
)
# the hold first, the booking denied after it: "Only held, not booked", "Nur reserviert, noch
# nicht fest" (negation scope, blind 30)
_HELD_FIRST = lazy(
    r"\b(?:nur|bloß|lediglich|only|just)\s+(?:\w+\s+){0,2}?(?:reserviert|vorgemerkt|geblockt|"
    r"blockiert|festgehalten|held|on\s+hold|reserved|pencil+ed\s+in)\s*[,;:–—-]*\s*"
    r"(?:(?:and|und|but|aber)\s+)?(?:noch\s+)?(?:nicht|not)\s+(?:yet\s+)?"
    r"(?:gebucht|eingetragen|fest|bestätigt|booked|confirmed|firm)\b"
)
# both denied in one correlative (blind 36): the booking and the hold, in either order
_BOOK_DE = r"(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt|fest)"
_HOLD_DE = r"(?:reserviert|vorgemerkt|freigehalten|geblockt|blockiert|festgehalten)"
_BOOK_EN = r"(?:booked|confirmed|entered|firm|in\s+the\s+(?:book|calendar|diary|system))"
_HOLD_EN = r"(?:held|reserved|on\s+hold|put\s+on\s+hold|pencil+ed\s+in)"
_NEITHER = lazy(
    rf"\bweder\s+(?:\w+\s+){{0,3}}?(?:{_BOOK_DE}\s+noch\s+(?:\w+\s+){{0,3}}?{_HOLD_DE}|"
    rf"{_HOLD_DE}\s+noch\s+(?:\w+\s+){{0,3}}?{_BOOK_DE})\b|"
    rf"\bneither\s+(?:\w+\s+){{0,2}}?(?:{_BOOK_EN}\s+nor\s+(?:\w+\s+){{0,2}}?{_HOLD_EN}|"
    rf"{_HOLD_EN}\s+nor\s+(?:\w+\s+){{0,2}}?{_BOOK_EN})\b|"
    rf"\bnothing(?:'s|\s+has|\s+is)\s+(?:been\s+)?{_BOOK_EN}\s+or\s+{_HOLD_EN}\b"
)
# the hold said, then the booking denied after a concessive: "zwar vorgemerkt, aber noch nicht
# fest", "reserved, though not yet booked" (blind 36)
_HELD_THEN_DENIED = lazy(
    # (blind 41, claims101: the held place between, "held for Friday at ten but not booked yet",
    # "Reserviert ist Freitag um zehn, aber noch nicht gebucht")
    rf"\b(?:{_HOLD_DE}|{_HOLD_EN})(?:\s+(?:ist\s+|is\s+)?(?:für|am|um|bei|for|on|at|with|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b(?:\s+[\w:'.]+){0,7}?)?"
    r"\s*,?\s*(?:aber|jedoch|though|but|however)\s+"
    r"(?:(?:noch|eben|halt|it's|it\s+is|it\s+isn't|ist\s+er|ist\s+es)\s+)?(?:noch\s+)?"
    r"(?:nicht|not)\s+(?:yet\s+)?(?:fest\s+|verbindlich\s+|actually\s+)?"
    r"(?:gebucht|eingetragen|fest|booked|firm)\b|"
    r"\b(?:isn't|is\s+not)\s+(?:actually\s+)?booked\s+yet\b(?=.*\bon\s+hold\b)"
)
# the booking word first, the places listed: "Gebucht ist weder Freitag noch Samstag" (each denied)
_LISTED = lazy(
    r"^\W*(?:fest\s+)?(?:gebucht|eingetragen)\s+ist\s+weder\s+(?P<a>.+?)\s+noch\s+(?P<b>.+)$"
)
# an event report is no present denial (convention 33): "Es wurde weder … eingetragen noch …"
_EVENT = {
    "de": lazy(r"\b(?:worden|wurde|wurden)\b"),
    "en": lazy(r"\b(?:been|was|were)\b"),
}
_BOOK_WORD = lazy(r"\b(?:gebucht|eingetragen|fest|fix|bestätigt|booked|confirmed|firm)\b")
# a denial denied: "nicht nicht gebucht", "not not booked" (read as the booking it is)
_TWICE = lazy(r"\b(?:nicht|keineswegs|not|isn't)\s+(?:nicht|not)\b")
_NOT_STATED = lazy(
    r"^\W*un(?:gebucht|bestätigt|eingetragen)\b|\?\s*$|\b(?:wenn|falls|sobald|if|once|unless|worden|was\s+booked|got\s+booked|been\s+booked|"
    r"habe\s+sie|hab\s+sie|haven't|i\s+didn't|lena|mehmet|fabian)\b"
)


def denied_booked(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the caller's booking said not made in the present (above)."""
    text = fold(sentence).text
    whole = Claim(ClaimKind.NOT_BOOKED, 0, len(sentence))
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims) or _TWICE.search(text):
        return claims
    if _NEITHER.search(text) and not _NOT_STATED.search(text):
        # the negated words are no booking nor hold; an event report denies nothing now (33)
        kept = tuple(c for c in claims if c.kind not in (ClaimKind.BOOKED, ClaimKind.HELD))
        if _EVENT["en" if lang == "en" else "de"].search(text):
            return kept
        return (*kept, _denied(text, sentence, names))
    listed = _LISTED.search(text)
    if listed and not _NOT_STATED.search(text):
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, *(_denied(listed[part], sentence, names) for part in ("a", "b")))
    only_held = (
        _ONLY_HELD.search(text) or _HELD_FIRST.search(text) or _HELD_THEN_DENIED.search(text)
    )
    if only_held and _BOOK_WORD.search(text) and "wenn" not in text:
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, whole)
    denied = _DENIED_DE if lang == "de" else _DENIED_EN
    found = denied.search(text) or (_FAILED.search(text) and _AFTER_FAILURE.search(text))
    if not found or _NOT_STATED.search(text):
        return claims
    return (*claims, _denied(text, sentence, names))


def _denied(text: str, sentence: str, names: Names) -> Claim:
    """The NOT_BOOKED claim over `sentence`, with the details its folded `text` names."""
    d = read_details(text, names)
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details)
