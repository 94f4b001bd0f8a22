"""A move said by the one detail that changed: the stylist or the service (blind 52, claims129).

"Sie sind jetzt bei Lena statt bei Fabian", "Jetzt macht das Memo statt Fabian", "I swapped
Fabian out for Lena", "Lena's taking your appointment now, same time", "Ihr Friseur ist jetzt
Mehmet", "Dauerwelle statt Damenhaarschnitt", "Switched the colour to a perm", "Your cut is now a
perm", "Ich habe den Haarschnitt in eine Dauerwelle umgewandelt": the caller's appointment has
the one where it had the other. That is a move by another name (conventions 91 and 663): a
RESCHEDULED claim of the new stylist or service, true only of a move to it.

Which of two named values is the old one: the one after "statt" / "instead of" / "rather than" /
"nicht mehr" / "no longer" / "from" / "aus dem", or said out ("Fabian ist raus"), or the first
where the second follows "gegen" / "for" / "to" / "into" / "in" ("Fabian gegen Lena getauscht",
"swapped the perm for a colour"). One value alone is the new one when the words give it the
caller's appointment now ("Ihr Friseur ist jetzt …", "… übernimmt Ihren Termin", "you're seeing
… now").

Not: another person's change ("Lena macht heute Mittagspause statt Fabian": nothing of the
caller's, no act on an appointment), questions, offers, wishes and conditions ("Möchten Sie
lieber zu Lena statt zu Fabian?", "Would you rather …", "Soll es eine Dauerwelle statt …
werden?"), a change denied, and sentences already read as a booking or another outcome of that
detail (the readers before this one decide those).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
# a cheap first look: a word of substitution, change or "now"
_CUE = lazy(
    r"\b(?:statt|anstatt|anstelle|instead|rather\s+than|nicht\s+mehr|no\s+longer|anymore|jetzt|"
    r"nun|now|sofort|getauscht|ausgetauscht|umgewandelt|geändert|swapped|switched|changed|"
    r"turned|übernimmt|übernommen|taking|taken|gemacht|traded|exchanged|gewechselt|"
    r"ausgewechselt|verlegt|verschoben|umgebucht|umgelegt|moved|rescheduled|shifted)\b"
)
_OLD_BEFORE = lazy(
    r"\b(?:statt|anstatt|anstelle(?:\s+von)?|instead\s+of|rather\s+than|nicht\s+mehr|no\s+longer|"
    r"from|aus)\s+(?:[\w']+\s+){0,2}$"
)
_OLD_AFTER = lazy(
    r"^\W*(?:(?:ist|is|'s|has\s+been)\s+(?:jetzt\s+|now\s+)?(?:raus|weg|out|off|gone|"
    r"ausgetragen|removed)|anymore|nicht\s+mehr|no\s+more)\b"
)
# between the old and the new: "Fabian gegen Lena", "the perm for a colour", "cut into a perm"
_TO_NEW = lazy(
    r"^\W*(?:(?:\w+\s+){0,3}?(?:gegen|for|to|into|in|zu|zur|zum|durch)|out\s+for|→|->|"
    r"(?:is|ist|'s|has\s+become|became)\s+(?:jetzt|now|nun)|(?:ist|is|'s)\s+(?:jetzt\s+)?"
    r"(?:geworden|become))\s+"
    r"(?:(?:a|an|the|eine|einen|ein|die|den|das)\s+)?$"
)
_CHANGE_VERB = lazy(
    r"\b(?:getauscht|ausgetauscht|vertauscht|umgewandelt|verwandelt|geändert|umgestellt|gemacht|"
    r"umgebucht|verlegt|verschoben|übernimmt|übernommen|swapped|switched|changed|turned|updated|"
    r"amended|made|moved|rescheduled|taking|takes|taken|traded|exchanged|gewechselt|ausgewechselt)\b"
)
# the caller's appointment is what changed: the caller, their appointment, or "das" / "es"
_THEIRS = lazy(
    r"\b(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer|you|your|you're|termin|appointment|booking|slot|"
    r"leistung|behandlung|service)\b|\b(?:macht|mache|machen|does|doing|do)\s+(?:das|es|it)\b|"
    # "It's now a perm instead of …", "Jetzt ist es eine Dauerwelle statt …"
    r"\b(?:it's|it\s+is|es\s+ist|ist\s+es)\s+(?:\w+\s+){0,2}?(?:jetzt|now|nun)\b|"
    r"\b(?:jetzt|now|nun)\s+(?:ist\s+es|it's|it\s+is)\b"
)
# one value alone, given the caller's appointment now
_NOW_THEIRS = lazy(
    r"\b(?:ihr|ihre|your)\s+(?:\w+\s+)?(?:friseur\w*|stylist\w*|hairdresser|behandlung|leistung|"
    r"service|termin|appointment|booking|cut|schnitt|haarschnitt|haircut|treatment)\s+(?:ist|is|liegt|"
    r"läuft|'s)\s+(?:jetzt|nun|now|ab\s+sofort)\b|"
    r"\b(?:übernimmt|übernommen|takes\s+over|taken\s+over|taking\s+over|is\s+taking|'s\s+taking|"
    r"is\s+doing|'s\s+doing)\s+(?:\w+\s+)?(?:ihren|ihr|den|your|the)\s+(?:termin|appointment|"
    r"booking|slot)\b|"
    r"\b(?:sie\s+(?:sind|gehen|kommen)|you(?:'re|\s+are)(?:\s+seeing)?)\s+(?:\w+\s+)?(?:jetzt|nun|"
    r"now|ab\s+sofort)\s+(?:bei|zu|with)\b|"
    r"\b(?:jetzt|nun)\s+(?:macht|übernimmt|schneidet)\s+(?:das|es|ihnen|sie)\b|"
    r"\b(?:macht|übernimmt|schneidet)\s+(?:das|es|ihnen|sie)\s+(?:jetzt|nun|ab\s+sofort)\b|"
    r"\b(?:it's|it\s+is)\s+(?:now\s+)?(?:a|an)\s+\w+\s+now\b|\bit's\s+now\s+(?:a|an)\b"
)
# the stylist of a move said beside it: "…verlegt, dort macht das dann Sophie", "Moved to
# Thursday at 3, and Sophie will be doing it" (only beside a word of moving: after a booking the
# same words name who does the booked visit)
_DOER_AFTER_MOVE = lazy(
    r"\b(?:macht|übernimmt)\s+(?:das|es)\s+(?:dann|jetzt|nun)\b|\bwill\s+be\s+doing\s+(?:it|that|"
    r"you|your)\b"
)
_MOVED = lazy(r"\b(?:verlegt|verschoben|umgebucht|umgelegt|moved|rescheduled|shifted)\b")
_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|would|could|should|shall|könnte|könnten|würde|würden|"
    r"wäre|wären|soll|sollen|möchten|möchte|wollen|willst|want|wants|wish|prefer|lieber|kann|"
    r"können|can|darf|may|might|vielleicht|maybe|perhaps|usually|normalerweise|hätte|hätten|"
    r"almost|nearly|beinahe|fast|haar)\b|\bwould\s+have\b"
)
_DENIED = lazy(r"\b(?:nicht|nichts|kein\w*|not|never|nothing)\b(?!\s+mehr)|n't\b")
_BOOKING_WORD = lazy(
    r"\b(?:eingetragen|gebucht|eingebucht|reserviert|vorgemerkt|storniert|abgesagt|frei|booked|"
    r"reserved|held|cancell?ed|free|available|open)\b"
)
_OUTCOMES = frozenset({K.BOOKED, K.HELD, K.CANCELLED, K.AVAILABLE, K.GONE, K.PENDING})
_WORD = lazy(r"[\w']+")
# the short words for a haircut name the group of haircuts ("Your cut is now a perm")
_SHORT = {"cut": "haircut", "schnitt": "haarschnitt", "schnitts": "haarschnitt"}


def _mentions(text: str, names: Names) -> list[tuple[int, int, str, Details]]:
    """(start, end, "stylist" | "service", details) of each stylist or service named."""
    out = []
    for m in _WORD.finditer(text):
        word = _SHORT.get(m.group(), m.group().removesuffix("'s"))
        if word not in names.words:
            word = word.removesuffix("s")  # "statt eines Haarschnitts"
            if word not in names.words:
                continue
        d = read_details(word, names)
        if d.stylists:
            out.append((m.start(), m.end(), "stylist", Details(stylists=d.stylists)))
        elif d.services:
            out.append((m.start(), m.end(), "service", Details(services=d.services)))
    return out


def _old_and_new(text: str, mentions: list) -> tuple[Details, Details] | None:
    """The old and the new value of the one dimension two mentions name (see above)."""
    for i, (s1, e1, dim1, d1) in enumerate(mentions):
        for s2, e2, dim2, d2 in mentions[i + 1 :]:
            if dim1 != dim2 or d1 == d2:
                continue
            if _OLD_BEFORE.search(text[max(0, s2 - 40) : s2]) or _OLD_AFTER.search(text[e2:]):
                return d2, d1  # "Lena statt Fabian", "Lena …, Fabian ist raus"
            if _OLD_BEFORE.search(text[max(0, s1 - 40) : s1]) or _TO_NEW.search(text[e1:s2]):
                return d1, d2  # "statt Fabian … Memo", "Fabian gegen Lena getauscht"
    return None


def changed_detail(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A RESCHEDULED claim of the stylist or service the appointment was said changed to."""
    text = fold(sentence).text
    if not _CUE.search(text) or _NOT_STATED.search(text):
        return ()
    placed = _placed_changed(text, names)
    if placed:
        return placed
    mentions = _mentions(text, names)
    if not mentions:
        return ()
    pair = _old_and_new(text, mentions)
    if pair is not None:
        if not (_THEIRS.search(text) or _CHANGE_VERB.search(text)):
            return ()  # "Lena macht heute Mittagspause statt Fabian"
        if _BOOKING_WORD.search(text) and any(c.kind in _OUTCOMES for c in claims):
            return ()  # "…, you're booked with Mr Spitzer on Friday": the booking's readers decide
        parts = ((Role.NEW, pair[1]), (Role.OLD, pair[0]))
    elif len(mentions) == 1 and _is_new_one(text) and not _DENIED.search(text):
        if _BOOKING_WORD.search(text) and any(c.kind in _OUTCOMES for c in claims):
            return ()  # "Sie sind jetzt bei Lena eingetragen": the booking's reader decides
        parts = ((Role.NEW, mentions[0][3]),)
    else:
        return ()
    return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(parts)),)


# the day or the time said changed, with what it is now: "Die Uhrzeit ist geändert: 15 Uhr statt
# 10 Uhr", "The time has been changed to 3 pm"
_PLACE_CHANGED = lazy(
    r"\b(?:die\s+(?:uhr)?zeit|der\s+tag|das\s+datum|the\s+(?:time|day|date))\s+(?:ist|wurde|is|"
    r"has\s+been|was|'s\s+been)\s+(?:jetzt\s+|now\s+|nun\s+)?(?:geändert|umgestellt|verschoben|"
    r"verlegt|angepasst|changed|moved|updated|amended|switched)\b"
)
_OLD_PLACE = lazy(r"\b(?:statt|anstatt|instead\s+of|rather\s+than)\s+(?P<old>[^,;:.!?–]*)")


def _placed_changed(text: str, names: Names) -> tuple[Claim, ...]:
    """A RESCHEDULED claim of the day or time said changed, with the place it names."""
    said = _PLACE_CHANGED.search(text)
    if said is None:
        return ()
    old = _OLD_PLACE.search(text)
    new = read_details(text[: old.start()] + text[old.end() :] if old else text, names)
    if not (new.weekdays or new.days or new.relative_days or new.times):
        return ()  # "Die Uhrzeit ist geändert." alone: a move's bare word, read elsewhere
    parts = [(Role.NEW, new)]
    if old is not None and not (was := read_details(old["old"], names)).empty:
        parts.append((Role.OLD, was))
    return (Claim(K.RESCHEDULED, 0, len(text), ClaimDetails(tuple(parts))),)


def _is_new_one(text: str) -> bool:
    """Whether one stylist or service named is given the caller's appointment now."""
    if _NOW_THEIRS.search(text):
        return True
    return bool(_DOER_AFTER_MOVE.search(text) and _MOVED.search(text))
