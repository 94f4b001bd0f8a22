"""A sentence cut by streaming mid-word, read as the word it begins (blind 16, claims26).

A reply streamed to speech can stop in the middle of its last word: "So, der Freitag ist gebu",
"Okay, Friday is boo", "Ist storn", "It's cancel", "Soll ich den Termin für Freitag bu". The
caller has heard the claim begin; the convention labels such a sentence by the word it begins
(a booking, a cancellation, a move; an offer to book where the sentence asks whether to act).
`completed` gives the sentence with that word written out ("… ist gebucht", "… buchen?"), or None;
the caller (`amended`) reads the completed sentence in place of the cut one.

Only a sentence with no closing punctuation whose last word is a proper beginning of exactly
one kind's words: after "ist / sind / is / are / 's / been" a participle of booking, cancelling
or moving (three letters at least, not a word of its own such as "ein"); after "soll ich / shall
I / should I …" a verb of booking or a weekday's name ("… for Thurs"). Words that begin no claim
("Einen Moment, ich prüf", "Let me just chec") are left as they are.

A statement stopped at its outcome word before it could be heard (convention 640, claims126): "Ihr
Termin ist ge—", "Der Termin ist ge—", "Sie sind jetzt ge—": one clause, a copula, and a cut stem
that begins the words of several kinds, or is too short to tell (`heard_nothing`): the caller
heard no outcome, so it claims nothing (not the appointment "Ihr Termin" presupposes: what it is
was never said).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_COPULA = frozenset({"ist", "sind", "is", "are", "'s", "’s", "been", "wurde", "worden", "ist's"})
# the participles a cut statement can begin, by kind (one kind per beginning, or none)
_PARTICIPLES = {
    "de": (
        (
            "gebucht",
            "eingetragen",
            "eingebucht",
            "bestätigt",
            "reserviert",
            "vorgemerkt",
            "geblockt",
        ),
        ("storniert", "abgesagt", "gestrichen", "ausgetragen"),
        ("verschoben", "umgebucht", "verlegt"),
    ),
    "en": (
        ("booked", "confirmed", "scheduled"),
        ("cancelled", "canceled"),
        ("moved", "rescheduled"),
        ("reserved",),  # claims115: "Friday at ten, I've reser—"
    ),
}
# beginnings that are words of their own, never read as cut
_WHOLE = frozenset({"ein", "eine", "einen", "einem", "einer", "gest", "can", "con", "mov", "res"})
_OFFER = lazy(
    r"^\W*(?:(?:gut|okay|ok|also|so|right|alright),?\s+)?(?:soll\s+ich|sollen\s+wir|darf\s+ich|"
    r"shall\s+i|should\s+i|shall\s+we|can\s+i|may\s+i)\b",
    re.IGNORECASE,
)
_VERBS = {
    "de": ("buchen", "eintragen", "einbuchen", "reservieren", "festmachen", "vormerken"),
    "en": ("book", "booking", "reserve", "schedule"),
}
_DAYS = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
}
# an adverb between the copula and the cut word: "Sie sind jetzt eingetr—", "You're now confir—"
_ADVERBS = frozenset({"jetzt", "nun", "schon", "bereits", "fest", "now", "already", "all"})
_WE_ARE = frozenset({"you're", "you’re", "we're", "we’re", "they're", "they’re"})
_LAST = lazy(r"(\S+)\s+([^\W\d_]+)\s*$")
# a cut marked by the dash the speaker was stopped at: "Ihr Termin ist storn—" (blind 39)
_BARGE_IN = lazy(r"(?<=[^\W\d_])\s*[—–-]+\s*$")
# the perfect's auxiliary before the subject: "Freitag um zehn habe ich stor—"
_PERFECT = lazy(r"\b(?:habe|haben|hab)\s+(?:ich|wir)\s*$", re.IGNORECASE)
# the copula before "für Sie" / "for you" and the cut word: "… ist für Sie reser—"
# the perfect's auxiliary with the speaker anywhere before the cut word (claims115, probe 40d): "Ich
# habe Ihnen den Freitag um zehn vorgem—", "Friday at ten, I've reser—"
_PERFECT_ANY = lazy(
    r"\b(?:ich\s+(?:habe|hab)|(?:habe|hab|haben)\s+(?:ich|wir)|wir\s+haben|i've|we've|i\s+have|"
    r"we\s+have)\b",
    re.IGNORECASE,
)
_FOR_YOU = lazy(r"(\S+)\s+(?:für\s+sie|für\s+dich|for\s+you)\s*$", re.IGNORECASE)


# a goodbye cut in the day it names (claims136, blinds 48 and probe 48): "Gut, dann bis Freit—",
# "So, see you on Frid—", "Great, see you F—"; the cut word begins one weekday and no other word a
# goodbye names ("bis M—" may be "morgen"), or the day is said and a later word cut ("bis Freitag
# bei Fab—", "see you Friday at t—"): read as the goodbye to that day
_GOODBYE = lazy(
    r"\b(?:bis|sehen\s+wir\s+uns|sehen\s+uns|wir\s+sehen\s+uns|freuen\s+uns\s+auf\s+sie|"
    r"see\s+you|until|till|looking\s+forward\s+to\s+seeing\s+you|we'll\s+see\s+you)\b",
    re.IGNORECASE,
)
# a sentence ended or an outcome said before the goodbye (probe 49c's labels: the cut day is not heard)
_SAID_BEFORE = lazy(
    r"[.!?;]|\b(?:\w*gebucht|eingetragen|bestätigt|storniert|verschoben|drin|fix|booked|confirmed|"
    r"cancell?ed|moved|in)\b",
    re.IGNORECASE,
)
_GOODBYE_WORDS = {
    "de": (
        "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend morgen übermorgen "
        "gleich gleichen später dann bald nächste nächsten nachher"
    ).split(),
    "en": (
        "monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight then "
        "soon later next"
    ).split(),
}
_DAY_SAID = lazy(
    r"^(?P<head>.*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday))\b(?:\s+(?:um|bei|mit|at|with|in|im))*\s+[^\W\d_]+$",
    re.IGNORECASE,
)


def _goodbye_cut(sentence: str, lang: str) -> str | None:
    """A goodbye cut in or after the day it names, with the day written out (see above)."""
    if lang not in _GOODBYE_WORDS or not _BARGE_IN.search(sentence.rstrip()):
        return None
    text = _BARGE_IN.sub("", sentence.rstrip())
    goodbye = _GOODBYE.search(text)
    if goodbye is None or "?" in text or _SAID_BEFORE.search(text[: goodbye.start()]):
        return None  # "Gebucht ist alles, bis Sams—": the goodbye after a claim adds no day
    m = _LAST.search(text)
    if m is None:
        return None
    cut = m.group(2).lower()
    begun = [w for w in _GOODBYE_WORDS[lang] if w.startswith(cut) and w != cut]
    if len(begun) == 1 and begun[0] in _DAYS[lang] and _GOODBYE.search(text[: m.start(2)]):
        return f"{text[: m.start(2)]}{begun[0].capitalize()}."
    said = _DAY_SAID.match(text)
    if said is not None and _GOODBYE.search(said["head"]):
        return f"{said['head']}."
    return None


def _one_kind(cut: str, groups: tuple[tuple[str, ...], ...], least: int) -> str | None:
    """The one word of `groups` that `cut` begins, where all it begins are of one group."""
    if len(cut) < least or cut in _WHOLE:
        return None
    hits = [[w for w in g if w.startswith(cut) and w != cut] for g in groups]
    kinds = [h for h in hits if h]
    return kinds[0][0] if len(kinds) == 1 else None


def completed(sentence: str, lang: str) -> str | None:
    """`sentence` with its cut last word written out, or None when it is not cut so."""
    text = _BARGE_IN.sub("", sentence.rstrip())  # "… ist storn—": a dash marks the barge-in
    if not text[-1:].isalpha() or lang not in _PARTICIPLES:
        return None
    m = _LAST.search(text)
    if m is None:
        return None
    before, cut = m.group(1).lower(), m.group(2).lower()
    head = text[: m.start(2)]
    for_you = _FOR_YOU.search(text[: m.start(2)])
    if for_you is not None and before in {"sie", "dich", "you"}:
        before = for_you.group(1).lower()  # "Freitag um zehn ist für Sie reser—" (blind 39)
    if _OFFER.search(text):
        word = _one_kind(cut, (_VERBS[lang],), 2) or _one_kind(cut, (_DAYS[lang],), 3)
        return None if word is None else f"{head}{word}?"
    goodbye = _goodbye_cut(sentence, lang)
    if goodbye is not None:
        return goodbye
    if before.endswith(("'s", "’s")) and before not in _COPULA:
        before = "'s"
    if before in _WE_ARE:
        before = "are"  # "Lovely, you're confir—" (blind 48's leftover, claims131)
    if before in {"ich", "wir"} and _PERFECT.search(head):
        before = "ist"  # "Freitag um zehn habe ich stor—": the perfect's participle (blind 39)
    if before == "on" and len(cut) >= 2 and "hold".startswith(cut) and cut != "hold":
        return f"{head}hold."  # "I've put Friday at ten on ho—" (probe 39, claims115)
    if before not in _COPULA and _BARGE_IN.search(sentence) and _PERFECT_ANY.search(head):
        before = "ist"  # "Ich habe Ihnen den Freitag um zehn vorgem—" (claims115)
    said = head.lower().split()
    if before in _ADVERBS and len(said) > 1 and (said[-2] in _COPULA or said[-2] in _WE_ARE):
        before = "ist"  # "Sie sind jetzt eingetr—" (claims126)
    if before not in _COPULA:
        return None
    word = _one_kind(cut, _PARTICIPLES[lang], 3)
    return None if word is None else f"{head}{word}."


_ONE_CLAUSE = lazy(r"^[^,.;:!?–—]+$")


def heard_nothing(sentence: str, lang: str) -> bool:
    """Whether `sentence` is one clause stopped at its outcome word after a copula, whose stem
    begins outcome words of several kinds or is shorter than three letters (see above)."""
    if lang not in _PARTICIPLES or not _BARGE_IN.search(sentence.rstrip()):
        return False
    text = _BARGE_IN.sub("", sentence.rstrip())
    if not _ONE_CLAUSE.match(text):
        return False
    m = _LAST.search(text)
    if m is None:
        return False
    words = text[: m.start(2)].lower().split()
    if not set(words) & _COPULA or len(words) > 5:
        return False
    cut = m.group(2).lower()
    begun = [g for g in _PARTICIPLES[lang] if any(w.startswith(cut) and w != cut for w in g)]
    return len(begun) > 1 or (len(begun) == 1 and len(cut) < 3)  # "ge—": gebucht or gestrichen
