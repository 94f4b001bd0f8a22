"""A slot said as the answer to the caller's question about their appointment (blind 20).

"Freitag um zehn bei Fabian." means what the caller asked (convention 46). After "Wann ist
mein Termin?", "Hab ich einen Termin?", "When's my appointment?" (`caller_asks`), a sentence that
names a day, date or time and states it — verbless, with "das ist / es ist / it's / that's", or
after a look-up ("Moment, ich schaue nach … ja, Freitag um zehn") — tells the caller their
appointment is there: a BOOKED claim of what it names. After the caller's own request (a recap:
"Also: Dauerwelle, Freitag um zehn bei Fabian.") or with no caller words known it claims nothing.
After the caller's bare "Und?" / "And?" (did it work?) the details given answer it: BOOKED with
them (the lead's D36, convention 1103).

A stylist or a service alone answers too when the answer says nothing else ("Bei Fabian.",
"With Fabian.", "Fabian is.", "Eine Dauerwelle." after "Bei wem bin ich?", "Who's doing my
hair?", "Was hatte ich nochmal gebucht?"; blind 44, claims109), and a bare hour ("Eleven.",
"Ten.") where the caller asks the time ("What time's my appointment?"), and an amount of time alone ("Nur eine
halbe Stunde.", "Just an hour.") where the caller asks how long it takes: its length (blind 59).

Not read: a question, an offer or an alternative ("wäre frei", "hätte ich", "could do",
"available", "stattdessen"), a condition, a clause that denies ("nicht mehr am Freitag",
"statt Freitag": its day is not the answer), a sentence whose claims the other readers found as
another outcome (cancelled, moved, not booked, held, pending: it says what it says).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.bare_hour import bare_hours
from agent.claims.caller_answer import YES
from agent.claims.caller_asks import asks_about_appointment
from agent.claims.detail_asked import checks_detail
from agent.claims.details import ClaimDetails, Details, Names, Role, is_title, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.visit_length import amount_alone

# pieces of a sentence: cut at punctuation that sets a clause or an apposition apart
_PIECES = lazy(r"[,;–—]|:(?!\d)|\s-\s|…|\.\.\.|\b(?:aber|sondern|but|rather\s+than)\b")
_DENIED = lazy(
    r"\b(?:nicht|kein\w*|nichts|statt|anstatt|anstelle|not|no|nothing|instead|never)\b|n't\b"
)
# an offer, an alternative, a condition, a wish: not the appointment the caller has
_NOT_THEIRS = lazy(
    r"\b(?:wäre|wären|hätte|hätten|könnte|könnten|würde|würden|frei|offen|verfügbar|anbieten|"
    r"alternativ\w*|stattdessen|sonst|oder|wenn|falls|sobald|möchten|wollen|soll|"
    r"would|could|might|free|open|available|offer|instead|otherwise|or|if|once|want|like|"
    r"shall|should|"
    # an end time or a duration, not the slot (45 reads it: "Clara ist gegen 13 Uhr fertig")
    r"fertig|dauert|dauern|finished|done|take|takes)\b"
)
# the read-back announced ("Once more:", "Noch einmal:"): "once" is no condition there (claims134)
_RECAP_LEAD = lazy(
    r"^\W*(?:(?:so|also|okay|ok|gern|gerne|sure)\W+)*(?:once\s+more|one\s+more\s+time|once\s+again|"
    r"noch\s+(?:ein)?mal|nochmal)\s*[:,–—-]\s*"
)
# what the other readers read as another outcome: the sentence says that (possessed_visit too)
OTHER_OUTCOMES = frozenset(
    {
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.GONE,
        ClaimKind.PENDING,
        ClaimKind.NOT_BOOKED,
        ClaimKind.HELD,
    }
)
# a verbless slot read as offered is no answer about the caller's appointment either
_OTHER = OTHER_OUTCOMES | {ClaimKind.AVAILABLE}


def stated_details(text: str, names: Names) -> Details:
    """The details the pieces of folded `text` name that no denial takes back."""
    kept = [p for p in _PIECES.split(text) if p.strip() and not _DENIED.search(p)]
    return read_details(" , ".join(kept), names) if kept else Details()


def placed(d: Details) -> bool:
    """A day, a date or a time named: a slot, not only a stylist or a service."""
    return bool(d.weekdays or d.days or d.relative_days or d.times)


# the caller asks the time of their visit: a bare number is the hour
_TIME_ASKED = lazy(r"\b(?:uhrzeit|uhr|what\s+time|when|wann|o'clock)\b")
# the words a stylist or service said alone may carry: "Bei Fabian.", "It's with Fabian.",
# "Fabian is.", "Eine Dauerwelle.", "A perm with Fabian."
_WITH_NAME = frozenset(
    "bei beim mit with der die das den dem eine einen ein a an it's it is that's the for für "
    "your ihr ihre ihrer you're you are sie sind ist bei'm is does doing macht".split()
    # "Einmal Farbe.", "Beim Fabi, wie immer.", "With Fabian, as usual." (blind 49)
    + "einmal wie immer gehabt gewohnt as usual always before".split()
    # the yes of an answer to the caller's check: "Bei Fabian, ja.", "That's right, it's Lena."
    + "ja genau richtig yes right correct exactly".split()
    # the stylist named as the caller's (blind 56, claims148): "Ihre Friseurin ist Lena
    # Hoffmann.", "Your stylist is Lena Hoffmann." after "Wie heißt meine Friseurin nochmal?"
    + "friseur friseurin stylist stylistin hairdresser".split()
    # the caller's own wish granted (blind 59, claims170): "Fabian, wie gewünscht.", "Mr
    # Spitzer, as you asked."
    + "wie gewünscht besprochen as you asked requested wanted".split()
)


def _named_alone(text: str, details: Details, names: Names) -> bool:
    """A stylist or a service named with no other word of substance."""
    if not (details.stylists or details.services):
        return False
    words = re.findall(r"[\w']+", text)
    return 0 < len(words) <= 6 and all(
        w in _WITH_NAME or is_title(w) or not read_details(w, names).empty for w in words
    )  # "Bei Frau Hofmann.", "With Mr Spitzer."


# the caller asks how long their visit takes: an amount alone is its length ("Wie lange dauert
# mein Termin am Freitag?" -> "Nur eine halbe Stunde."; blind 59, claims170), held to the
# appointment's service minutes like a length said in full (visit_length.py)
_LENGTH_ASKED = lazy(r"\b(?:wie\s+lange|how\s+long)\b")


# the caller's bare "Und?" / "And?" asks whether it worked: details given in answer answer it,
# the booking with what they name (the lead's D36, convention 1103; D28's line, 1095: details of
# the answer's own, not the caller's said back)
_OUTCOME_ASKED = lazy(r"^\W*(?:und|and)\W*\?\W*$", re.IGNORECASE)


def answered_slots(
    sentence: str, names: Names, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """A BOOKED claim when `sentence` answers the caller's question about their appointment
    with a slot (see above)."""
    if not caller or any(c.kind in _OTHER for c in claims):
        return ()
    if not (
        asks_about_appointment(caller)
        or checks_detail(caller, names)
        or _OUTCOME_ASKED.search(caller)
    ):
        return ()
    text = _RECAP_LEAD.sub("", fold(sentence).text)  # "Once more: Friday, ten o'clock, …" (1030)
    if text.rstrip().endswith("?") or _NOT_THEIRS.search(text):
        return ()
    if _TIME_ASKED.search(fold(caller).text):
        text = bare_hours(text)
    details = stated_details(text, names)
    if _LENGTH_ASKED.search(fold(caller).text):
        details = replace(details, lengths=amount_alone(text))
    if not (placed(details) or details.lengths or _named_alone(text, details, names)):
        return ()
    if not asks_about_appointment(caller) and _read_back(text, caller):
        return ()
    items = stated_items(text, names)
    parts = tuple((Role.ANY, item) for item in items) or (
        (Role.ANY, with_asked(details, caller, names)),
    )
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(parts)),)


# a result said ("gebucht", "booked", "steht", "confirmed", "done"): the answer is the claim
_RESULT = lazy(
    r"\b(?:gebucht|eingetragen|bestätigt|fest|fix|steht|drin|storniert|abgesagt|verschoben|"
    r"erledigt|booked|confirmed|cancell?ed|moved|done|set|in|down)\b"
)
# the caller addressed ("Mrs. Evans", "Frau Krämer") and the small words a detail said back may carry
_ADDRESSED = lazy(r"\b(?:mrs|mr|ms|miss|frau|herrn?)\b\.?(?:\s+\w+)?")
_SMALL = frozenset("bei beim mit with am um on at the der die das den dem".split())


def _read_back(text: str, caller: str) -> bool:
    """Whether the answer to the caller's echo check ("Friday, not Thursday?" -> "Friday, Mrs.
    Evans.") only says the caller's words back: no yes, no result word, no word of its own but
    the caller's name. Convention 1054 (the lead's D14): a read-back to check, neutral in any
    call; with a yes ("Yes, with Fabian.") or words of its own ("Friday, the 28th.", "Bei Fabian
    Spitzer.") it is the claim."""
    words = re.findall(r"[\w']+", _ADDRESSED.sub(" ", text))
    if _RESULT.search(text) or any(w in YES for w in words):
        return False
    echoed = set(re.findall(r"[\w']+", fold(caller).text))
    return all(w in echoed or w in _SMALL for w in words)


# the kinds of detail a question may fix and an answer leave unsaid: the day (by any form), the
# stylist, the service, the time
_DAY_FIELDS = ("weekdays", "days", "months", "relative_days", "weeks")
_ASKED_KINDS = (_DAY_FIELDS, ("stylists",), ("services",), ("times",))


def with_asked(details: Details, caller: str, names: Names) -> Details:
    """`details` of a short answer with what the caller's question fixed of their appointment
    and the answer does not name (claims135): "Um elf." to "Um wie viel Uhr ist mein Termin am
    Freitag?" says Friday at eleven, "Bei Fabian." to "Bei wem bin ich am Freitag?" Friday with
    Fabian; a kind the question names twice ("Freitag oder Samstag?") fixes nothing."""
    asked = read_details(fold(caller).text, names)
    out = {}
    for fields in _ASKED_KINDS:
        if any(getattr(details, f) for f in fields):
            continue
        values = [getattr(asked, f) for f in fields]
        if any(len(v) > 1 for v in values):
            continue
        out.update({f: v for f, v in zip(fields, values, strict=True) if v})
    return replace(details, **out) if out else details


# where a listing's items part: a comma, a dash, "und / and / then"
_ITEM_BREAK = lazy(r"[,;–—]|:(?!\d)|\s-\s|\b(?:und|and|dann|then)\b")


def stated_items(text: str, names: Names) -> list[Details]:
    """The items of folded `text` when it lists two or more days ("Friday at ten with Fabian
    and Saturday at eleven with Lena", "Freitag, zehn Uhr, und Samstag, elf Uhr"): a day starts
    an item, what follows it until the next day belongs to it; [] when it names one day or none
    (or a piece is denied). The backing check holds each item to one appointment whole."""
    items: list[Details] = []
    for piece in _ITEM_BREAK.split(text):
        if not piece.strip():
            continue
        if _DENIED.search(piece):
            return []
        d = read_details(piece, names)
        if d.empty:
            continue
        if d.weekdays or d.days or d.relative_days:
            if len(d.weekdays | d.days | d.relative_days) > 1:
                return []  # "Freitag oder Samstag um zehn": not one day an item
            items.append(d)
        elif items:
            items[-1] = _joined(items[-1], d)
        else:
            return []  # a time or a name before any day: not a listing of days
    return items if len(items) > 1 else []


def _joined(a: Details, b: Details) -> Details:
    return Details(**{k: getattr(a, k) | getattr(b, k) for k in Details.__dataclass_fields__})


# the system or the calendar as the one that reports the slot (blind 50, claims136): "The system
# has Friday at ten with Fabian", "Das System zeigt Freitag um zehn", "Laut Kalender Freitag um zehn"
_SYSTEM_HAS = lazy(
    r"\b(?:the\s+(?:system|calendar|computer|diary)\s+(?:has|shows|says|lists)|"
    r"(?:im|laut|in\s+unserem)\s+(?:system|kalender|computer)|"
    r"(?:das\s+)?(?:system|kalender|computer)\s+(?:zeigt|hat|sagt|listet))\b"
)


def without_system_offer(
    sentence: str, names: Names, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the slot read as offered where the system reports it in answer to the
    caller's question about their appointment ("When's my appointment?" -> "The system has
    Friday at ten with Fabian."): `answered_slots` reads it as the appointment the caller has.
    After a question for a free slot ("What have you got free?") it stays the offer."""
    if not caller or not any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return claims
    if not _SYSTEM_HAS.search(fold(sentence).text):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.AVAILABLE)
    return kept if answered_slots(sentence, names, caller, kept) else claims
