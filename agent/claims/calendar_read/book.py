"""What the agent sees, reads or finds of the caller in the calendar, and the caller said to
be in or out of the book (blind 31, claims62; conventions 5, 45, 84, 86, 18, 41): the claim of a
clause's reading (the status words the whole sentence says are `status.py`'s, what is no longer
there `gone.py`'s).

The calendar as the agent reads it out makes the claim the calendar would make, with what it
names: "Da sehe ich Sie: Freitag, zehn Uhr", "Ich lese hier: Freitag, 10 Uhr, Fabian", "Your
name's right there on Friday at ten", "I've got your booking right in front of me" are the
booking of that slot (a wrong day or time seen is a wrong claim); a hold, a request or a
cancellation seen is that state; the caller's slot no longer seen ("Ich sehe am Freitag nichts
mehr von Ihnen", "Friday's no longer showing for you") is the appointment `gone`; nothing seen
"noch"/"yet" is `not_booked`. The caller as the one in or out of the book reads the same way:
"Sie sind am Freitag nicht mehr dabei", "You're not on for Friday any more" `gone`; "Sie haben
noch keinen festen Termin", "Fabian doesn't have you on his list yet" `not_booked`; "Sie stehen
am Freitag auf Fabians Liste", "You're Fabian's ten o'clock on Friday" booked. A move the
system is said to confirm ("The system confirms the move to Thursday") is the move.

Not: a question, a condition, a hedge, a wish or a search to come ("Ich sehe mal nach", "I see,
you'd like Friday"), another person's slot, a past visit or call, a slot seen free or full,
nothing found without "noch"/"mehr" (neutral, convention 5), the bare "I see".

Part of `calendar_read`, the one owner of the calendar read out.
"""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes
from agent.claims.said_claim import names_slot, said

_BOOK = (
    r"(?:kalender\w*|terminkalender|terminbuch|system|übersicht|tagesansicht|liste|spalte|"
    r"bildschirm|monitor|seite|calendar|system|diary|book|books|schedule|list|column|screen|page|"
    r"overview)"
)
# the agent looking at, reading or finding something in the calendar
_SEEN = lazy(
    r"\b(?:sehe|seh|lese|finde|gefunden|angezeigt|zeigt|sichtbar|zu\s+sehen|vor\s+augen|"
    r"vor\s+mir|offen|lautet|taucht|da\s+sind\s+sie|laut\s+(?:meiner|meinem|dem|der)|"
    r"bei\s+mir|see|seeing|looking\s+at|showing|shows|show|found\s+you|there\s+you\s+are|"
    r"in\s+front\s+of\s+me|read\s+you|right\s+there|pulled\s+up|pulling\s+it\s+up|"
    r"got\s+(?:you|your|it)\b[^.]*\b(?:here|up|screen)|under\s+your\s+name|"
    r"checking\s+the\s+" + _BOOK + r")\b|"
    r"\b(?:system|kalender|calendar|cal\.?\s?com)\s+(?:bestätigt|meldet|sagt|confirms|reports|says)\b|"
    r"\b(?:im|in|auf|bei|aus|on|in|from)\s+(?:meinem|meiner|dem|der|my|the|his|her|\w+'s|fabians|"
    r"lenas)?\s*" + _BOOK + r"\b"
)
_CALLER = lazy(r"\b(?:sie|ihnen|ihr\w*|you|your|yours|you're)\b")
_APPOINTMENT = lazy(
    r"\b(?:termin|freitagstermin|buchung|eintrag|booking|appointment|entry|visit|anfrage|request|"
    r"reservierung|vormerkung|stornierung|absage|hold|cancellation)\b"
    r"(?!\s+(?:calendar|system|tool|page|link))"
)
_NAME = lazy(r"\b(?:ihren\s+namen|your\s+name)\b")
_BOOKED_WORD = lazy(r"\b(?:gebucht|fest\w*|bestätigt|booked|confirmed|firm)\b")
# a colon and nothing after it but what places the slot ("…: Freitag, 10 Uhr, Fabian")
_LISTED = lazy(r":\s*[^:]*$")
# what keeps the sentence from being the calendar read out
_NOT_READ = lazy(
    r"\?|\b(?:wenn|falls|sobald|ob|if|once|whether|when|unless|angeblich|müsste|sollte|"
    r"should|might|maybe|vielleicht|sicher|sure|nach\b|mal\b|let\s+me\s+(?:see|check|look)|"
    r"i'll|werde|check|jemand\w*|andere\w*|someone|somebody|else|anyone|another|other|waren|war\b|were|"
    r"was\b|letzte\w*|last|früher|before|schon\s+einmal|schon\s+mal|angerufen|called|"
    r"call|anruf\w*|möchten|möchte|wollten|wollen|wünsch\w*|gern\w*|like|want|prefer|lieber|"
    r"hätten|wäre|would|could|können|könnten|kann\s+ich|can\s+i|frei|free|open|"
    r"available|verfügbar|zu\s+haben|(?<!eintrag\s)offen|voll|full|busy|belegt|ausgebucht|nummer|number|"
    r"vorschlagen|suggest|offer\w*|anbieten|biete|fehl\w*|fail\w*|fehler|error|abgelehnt|rejected|"
    r"declined|problem\w*|gescheitert|abgebrochen|timeout|geklappt|went\s+through|man|saying|"
    r"sagen\s+sie|sie\s+sagten|you\s+said|you\s+say|brauchen|need\w*|kümmern|worry|ohne|without|"
    r"\w*nummer|\w*number|tochter|sohn|mann|partner\w*|kind\w*|mutter|vater|freund\w*|daughter|"
    r"son|husband|wife|friend\w*|mother|father|kolleg\w*|colleague\w*|\w*zeiten|hours|opening|"
    r"preis\w*|price\w*|kost\w*|cost\w*|dauer|duration|adresse|address|lese\s+(?:ich\s+)?(?:ihnen\s+)?(?:\w+\s+){0,4}?vor\b|vorlesen|wiederhol\w*|"
    r"repeat\w*|zusammen\w*|recap|sum\w*\s+up|back\s+to\s+you|notiert|noted|wunsch|wish|asked\s+for|"
    r"manchmal|sometimes|slots|alte|old|app|ignorieren|ignore|up\s+to|end\s+of|nur|only|sondern|"
    r"heißt|bedeutet|means?|gebe|trage|eingebe|enter\w*|putting|adding|füge|bereits|already|"
    r"sie\s+sagen|think\w*|glaub\w*|denken|meinen|hope[ds]?|hoping|hoff\w*|take\s+a\s+look|as\s+soon\s+as|says\s+so|back\s+in|damals|vorige\w*|previous\w*|ago|warte|"
    # every booking, not the caller's (claims112): "Every booking gets a confirmation text from
    # the system"
    r"every|each|jede[rnms]?)\b|"
    # claims84: a day looked at for the caller is a search, not the calendar read out
    r"\blooking\s+at\s+\w+\s+for\s+you\W*$|"
    # claims103: "I'd see it here", "you'd have a text": would or had, no calendar read out
    r"\b\w+'d\b|"
    r"[\"„“”‚‘]"
)
# an offer after the claim is no part of it ("…, das mache ich gleich, wenn Sie möchten")
_OFFER_AFTER = lazy(
    r"[,;–—-]\s*(?:das|dann|gern\w*|i\s+can|i'll|shall\s+i)\b[^,;]*\b(?:mache|erledige|trage|"
    r"buche|do|book|put)\b.*$|[,;–—-]\s*(?:wenn|falls|if)\s+(?:sie|you)\s+(?:möchten|wollen|"
    r"mögen|like|want)\b.*$"
)
_BARE_I_SEE = lazy(r"\bi\s+see\s*(?:[,.!]|$)|\bverstehe\b")
_OUT = r"(?:(?:sie\s+sind|you're|you\s+are)\s+(?:\w+\s+){0,2}raus|taken\s+off|off\s+(?:the|\w+'s)\s+(?:list|schedule|books?|diary))"
_NEGATED = lazy(
    rf"\b(?:nicht|nichts|kein\w*|not|no|nothing|never|leer|empty|disappeared|verschwunden|{_OUT})\b|"
    r"n't\b"
)
_NO_MORE = lazy(
    rf"\b(?:mehr|nothing\s+left|no\s+longer|any\s*more|leer|empty|disappeared|verschwunden|{_OUT})\b"
)
# "noch einmal" is once more, not yet (claims116: "Damit nichts schiefgeht, lese ich Ihnen alles
# noch einmal vor")
_YET = lazy(r"\b(?:noch(?!\s+(?:ein)?mal\b)|yet)\b")
_PENDING = lazy(r"\b(?:anfrage|ausstehend|request\w*|pending|waiting|wartet)\b")
_HELD = lazy(
    r"\b(?:reservierung|vormerkung|vorgemerkt|reserviert|geblockt|blockiert|gehalten|freigehalten|"
    r"hold|held|reserved|blocked|kept|provisional\w*)\b"
)
_CANCELLED = lazy(r"\b(?:stornierung|storniert|storno|abgesagt|absage|cancell?\w*)\b")
_MOVED = lazy(
    r"\b(?:bestätigt|meldet|confirms|reports|shows)\s+(?:die|the)\s+(?:verschiebung|verlegung|"
    r"umbuchung|änderung|move|change|reschedul\w*)\s+(?:\w+\s+)?(?:auf|nach|to)\b"
)
# the caller said to be in the book, on a list, in a slot ("Sie stehen … auf Fabians Liste")
_IN_BOOK = lazy(
    r"\b(?:sie\s+(?:stehen|sind|haben)|stehen\s+sie|sind\s+sie|haben\s+sie|"
    r"(?:hat|führt)\s+sie|you're|you\s+are|you\s+have|you've\s+got|you\s+don't\s+have|"
    r"(?:has|have|hasn't|doesn't\s+have|got)\s+you)\b"
)
_BOOK_WORDS = lazy(
    r"\b(?:dabei|drin|eingeplant|eingetragen|liste|kalender|terminbuch|spalte|fest\w*|platz|"
    r"termin\w*|bei\s+uns|list|schedule|book|books|column|diary|down|slot|on\s+for|booked|with\s+us|"
    r"o'clock|o\s*'\s*c\s*l\s*o\s*c\s*k)\b"
)
_GIVEN_DAY = lazy(
    r"\bsie\s+haben\s+(?:den|die)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|friday|thursday|saturday)\s+"
    r"(?:no\s+longer\s+has|doesn't\s+have)\s+you\b"
)
# a move said by where the caller now is ("Der Freitag ist raus, dafür sind Sie Donnerstag drin")
_INSTEAD = lazy(r"\b(?:dafür|stattdessen|statt|anstatt|instead|rather)\b")
_OWN_PLACE = lazy(r"\b(?:ihr|your)\s+(?:platz|slot|spot|place)\b")
_MODAL = lazy(
    r"\b(?:müssen|muss|können|kann|sollen|dürfen|must|have\s+to|need\s+to|can|could|will|"
    r"werden)\b"
)


def seen_in_book(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the claim the calendar makes as the agent reads it out, or as the caller
    stands in it (a cancellation read beside "no longer in the book" stays: the gated labels
    read "Sie sind für Freitag nicht mehr eingetragen" as the cancellation)."""
    text = _OFFER_AFTER.sub("", straight_apostrophes(normalize(sentence)))
    if _NOT_READ.search(text) or _BARE_I_SEE.search(text):
        return claims
    if _MOVED.search(text):
        return _with(ClaimKind.RESCHEDULED, claims, sentence, text, names)
    if _INSTEAD.search(text) or len(read_details(text, names).weekdays) > 1:
        return claims  # a move said by where the caller was and is: the move readers' job
    kind = _seen_kind(text, names) or _in_book_kind(text, names)
    if kind is None or _read_otherwise(kind, claims, text):
        return claims
    if kind is ClaimKind.PENDING and not _BOOKED_WORD.search(text):  # "steht … als Anfrage"
        claims = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    return _with(kind, claims, sentence, text, names)


def _with(
    kind: ClaimKind, claims: tuple[Claim, ...], sentence: str, text: str, names: Names
) -> tuple[Claim, ...]:
    """`claims` and `kind` over the sentence, unless a clause reader read that claim already
    (with the details its own clause names, not the whole sentence's)."""
    if any(c.kind is kind for c in claims):
        return claims
    return (*claims, said(kind, sentence, text, names))


# what the clause readers read that the calendar read out does not overrule
_OTHER_OUTCOMES = frozenset(
    {ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE, ClaimKind.PENDING,
     ClaimKind.HELD, ClaimKind.NOT_BOOKED, ClaimKind.AVAILABLE}
)  # fmt: skip


_MOVE_WORD = lazy(
    r"\b(?:verschiebung|verschoben|verlegung|verlegt|umbuchung|umgebucht|move|moved|"
    r"reschedul\w*)\b"
)


def _read_otherwise(kind: ClaimKind, claims: tuple[Claim, ...], text: str) -> bool:
    """Whether the sentence already holds an outcome the reading would contradict: a booking
    seen beside another outcome read, the appointment gone beside a move."""
    if kind is ClaimKind.BOOKED:
        return any(c.kind in _OTHER_OUTCOMES for c in claims)
    if kind is ClaimKind.GONE:  # the old place of a move, said or read: the move readers' job
        return any(c.kind is ClaimKind.RESCHEDULED for c in claims) or bool(_MOVE_WORD.search(text))
    return False


def _denied_kind(text: str, names: Names) -> ClaimKind | None:
    """A negated read-out, seen or in the book alike: a slot "nicht mehr" there is `gone`, one
    "noch nicht" there `not_booked`; any other denial claims nothing."""
    if _NO_MORE.search(text) and names_slot(text, names):
        return ClaimKind.GONE
    if _YET.search(text) and not _NO_MORE.search(text):
        return ClaimKind.NOT_BOOKED
    return None


# a farewell is no calendar read out (claims112, blind 43: "Your request has been accepted, see you
# Friday", "Bis Freitag, wir sehen uns")
_FAREWELL = lazy(r"(?:^|(?<=[,;.!–—-]))\s*(?:so\s+|then\s+|and\s+)?see\s+you\b")


def _seen_kind(text: str, names: Names) -> ClaimKind | None:
    """The state the calendar shows for the caller, when the agent reads it out."""
    if not _SEEN.search(_FAREWELL.sub(" ", text)):
        return None
    own = bool(_CALLER.search(text) or _APPOINTMENT.search(text))
    named = bool(_NAME.search(text) and re.search(rf"\b{_BOOK}\b", text))
    listed_at = _LISTED.search(text)
    listed = bool(listed_at) and names_slot(listed_at.group(0), names)
    if not own and not listed:
        return None
    if _NEGATED.search(text):
        return _denied_kind(text, names)
    for words, kind in (
        (_PENDING, ClaimKind.PENDING),
        (_CANCELLED, ClaimKind.CANCELLED),
        (_HELD, ClaimKind.HELD),
    ):
        if words.search(text):
            return kind
    if named or _APPOINTMENT.search(text) or _BOOKED_WORD.search(text) or names_slot(text, names):
        return ClaimKind.BOOKED
    return None


def _in_book_kind(text: str, names: Names) -> ClaimKind | None:
    """The caller said to be in or out of the book: booked, `gone` or `not_booked`."""
    if _MODAL.search(text):
        return None
    if (_GIVEN_DAY.search(text) or _OWN_PLACE.search(text)) and _NO_MORE.search(text):
        return ClaimKind.GONE
    if not _IN_BOOK.search(text) or not _BOOK_WORDS.search(text):
        return None
    if _NEGATED.search(text):
        return _denied_kind(text, names)
    if names_slot(text, names) and not _PENDING.search(text) and not _HELD.search(text):
        return ClaimKind.BOOKED
    return None
