"""An ellipsis takes its claim from the receptionist's sentence before it (blind 53, claims150).

"Ihr Termin ist gebucht." and then "Der Ihrer Frau auch." / "Die Bartpflege direkt im Anschluss
auch." / "Same for Saturday." / "Beide.": the second sentence has no verb of its own; what it
claims is the claim of the sentence before, said of what it names. The caller hears "your wife's
is booked too", so the guard holds it against the facts like any claim. The sentence before is
what the caller heard last (`CallFacts.said_before`: the guard's, never a blocked sentence); a
sentence is read with it only when its own words are an ellipsis, so no other reading depends on
it (nor is kept apart by it, `read_once`). Four forms:

- "X auch / ebenso / genauso", "X too / as well", "same for X", "beide", "both": each outcome the
  sentence before claims, of the details X names, and of more than one appointment ("too": that
  one and this one; `ClaimDetails.several`); a hold or a slot with X's details. X must name
  something an appointment can be of (a detail, a person, "der zweite"): "Ihnen auch!",
  "You too!" answer a wish and claim nothing;
- "X ist dieselbe / bleibt gleich", "everything else stays the same": the appointment the sentence
  before booked, moved or stands by is still as it was in X: booked, of the details the sentence
  names ("Die Behandlung ist dieselbe: wieder eine Dauerwelle.");
- the hold's end told by "after that" / "danach" after a hold ("I'll keep it for you for ten
  minutes." then "The hold expires after that, …"): this hold, `held` (alone, "The hold expires
  after ten minutes" is the salon's rule);
- a bare yes to the caller's "really?" ("Jetzt echt, ja." to "Also jetzt echt?"): the caller asks
  whether the sentence before is so (the question names no outcome of its own, so
  `answered_statement` finds none), and the yes says it again, details and all;
- a detail repaired without a verb after an apology ("Verzeihung, bei Lea natürlich, nicht bei
  Lena.", "Sorry, with Lea of course, not Lena."; blind 54, claims168): the sentence before's
  claims said again, the kinds of detail the repair names replaced by its own;
- the slot said bare after the sentence before announced a search for the caller's appointment
  ("Ich suche Ihren Termin, Frau Roth." then "Freitag, 28.11., 10 Uhr, Dauerwelle bei Fabian.";
  blind 54, claims168): what was found, booked, of the details it names;
- "es / it" said of the appointment the sentence before booked, moved or stands by ("Es ist
  eine Dauerwelle.", "It's still under Marcus Webb's name."; blind 54, claims168): booked, of
  the details it names; it must name one or say "still" (else "Es ist leider schon spät").

The claim of the sentence before is read with the facts as they are, without the caller's words
and without a sentence before it (so one step back, never more).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

Read = Callable[[str], tuple[Claim, ...]]  # the claims of the sentence before

# "X auch." / "Und der zweite ebenso." / "Für Ihre Frau genauso." (the ellipsis's named part)
_ALSO_DE = lazy(
    r"^\W*(?:(?:und|ja|genau|so)\b\W*)?(?P<named>.*?)[\s,]*\b(?:auch|ebenso|ebenfalls|genauso|"
    r"gleichfalls)(?:\s+(?:so|gleich))?\W*$",
    re.IGNORECASE,
)
_ALSO_EN = lazy(
    r"^\W*(?:(?:and|yes|yep|so)\b\W*)?(?:(?:the\s+)?same\s+(?:goes\s+)?for\s+(?P<for>.+?)|"
    r"(?:likewise|ditto)\s+(?:for\s+)?(?P<like>.+?)|(?P<named>.*?)[\s,]*\b(?:too|as\s+well|also))"
    r"\W*$",
    re.IGNORECASE,
)
_BOTH = lazy(
    r"^\W*(?:(?:ja|yes|genau)\W+)?(?:alle\s+)?(?:beide|beides|both(?:\s+of\s+them)?)"
    r"(?:\W+(?:ja|yes))?\W*$",
    re.IGNORECASE,
)
# "Die Behandlung ist dieselbe", "Alles andere bleibt gleich", "Everything else stays the same"
_SAME = lazy(
    r"^\W*(?P<named>[^:;.!?]*?)\s+(?:(?:ist|sind|bleibt|bleiben)\s+(?:die\s+gleiche|der\s+gleiche|"
    r"das\s+gleiche|dieselbe|derselbe|dasselbe|gleich|wie\s+gehabt|beim\s+alten)|"
    r"(?:is|are|stays|stay|remains|remain)\s+(?:exactly\s+)?the\s+same)\b",
    re.IGNORECASE,
)
# the hold's end told after the hold by "after that" / "danach" (a hold's end alone, "The hold
# expires after ten minutes", is the salon's rule)
_HOLD_ENDS_AFTER = lazy(
    r"^\W*(?:the|this|that|die|diese)\s+(?:hold|reservation|reservierung|vormerkung)\s+"
    r"(?:(?:expires|runs\s+out|lapses|ends)\s+(?:after\s+that|then)|"
    r"(?:läuft|verfällt|endet)\s+(?:danach|dann)(?:\s+ab)?)\b",
    re.IGNORECASE,
)
# a bare yes of "really" words, and the caller's "really?" that names nothing else
_REALLY_WORDS = (
    r"ja|jawohl|jap|genau|echt|wirklich|jetzt|sicher|ganz\s+sicher|definitiv|yes|yep|yeah|really|"
    r"for\s+real|truly|now|definitely|absolutely|sure|absolut"
)
_REALLY_YES = lazy(rf"^\W*(?:(?:{_REALLY_WORDS})\b\W*)+$", re.IGNORECASE)
_REALLY_ASKED = lazy(
    rf"(?:^|[.!?]\s*)(?:(?:also|und|so|and|okay|ok|haha|{_REALLY_WORDS}|ernsthaft|seriously|"
    rf"are\s+you\s+sure|bist\s+du\s+sicher|sind\s+sie\s+sicher)\b\W*)+\?\W*$",
    re.IGNORECASE,
)
# "Verzeihung, bei Lea natürlich, nicht bei Lena.": an apology, what stands, what is taken back
_REPAIR_OPENERS = ("verzeihung", "entschuldigung", "pardon", "sorry", "oops", "ich meine", "i mean")
_REPAIRED_DETAIL = lazy(
    r"^\W*(?:verzeihung|entschuldigung|pardon|sorry|oops|ich\s+meine|i\s+mean)\s*[,:;–—-]\s*"
    r"(?P<named>[^,;:.!?]+?)(?:\s+(?:natürlich|selbstverständlich|of\s+course|naturally))?\s*"
    r"[,;–—-]\s*(?:nicht|not)\s+(?P<not>[^,;:.!?]+?)\W*$",
    re.IGNORECASE,
)
# "Es ist eine Dauerwelle.", "It's still under Marcus Webb's name.": the appointment before, said on
_IT_IS = lazy(
    r"^\W*(?:es\s+ist|it\s+is|it's)\s+(?P<still>(?:still|immer\s+noch|noch\s+immer|weiterhin)\s+)?"
    r"(?P<named>[^,;:.!?]+?)\W*$",
    re.IGNORECASE,
)
# the search for the caller's appointment announced (the sentence before a bare slot found)
_SEARCHED = lazy(
    r"\b(?:suche|schaue|sehe|gucke|finde)\b[^.!?]*\b(?:ihren|ihrem|deinen|deinem)\s+termin\b|"
    r"\b(?:find|finding|look\s+up|looking\s+up|pull\s+up|pulling\s+up|look\s+for|looking\s+for)"
    r"\s+your\s+(?:appointment|booking)\b",
    re.IGNORECASE,
)
# a bare slot: a day or a date first, no verb (checked after)
_BARE_SLOT = lazy(
    r"^\W*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d{1,2}\.\s*\d{1,2}\.|\d{4}-\d\d-\d\d)\b",
    re.IGNORECASE,
)
# a verb of the named part: then it is a clause of its own, no ellipsis
_VERB = lazy(
    r"\b(?:ist|sind|war|waren|wäre|hat|habe|hab|haben|hast|hatte|wird|werden|wurde|wurden|bin|"
    r"bist|kann|können|muss|soll|will|möchte|möchten|geht|steht|stehen|bleibt|gibt|klappt|passt|"
    r"läuft|mache|macht|buche|bucht|is|are|was|were|has|have|had|will|would|can|could|do|does|"
    r"did|'re|'ve|'ll|get|gets|got|go|goes)\b|\b(?:it|that|this|there|here|he|she|what)'s\b|"
    r"\bge\w{3,}(?:t|en)\b|\w+(?:ed)\b",
    re.IGNORECASE,
)
# what an appointment can be of, besides its details: a person, "the second one"
_OF_WHOM = lazy(
    r"\b(?:frau|mann|partner|partnerin|tochter|sohn|kind|kinder|kleine|kleinen|freundin|freund|"
    r"mutter|vater|mama|papa|oma|opa|schwester|bruder|zweite|zweiten|andere|anderen|termin|"
    r"termine|wife|husband|daughter|son|kid|kids|child|friend|mum|mom|dad|mother|father|sister|"
    r"brother|second|other|appointment|booking)\b",
    re.IGNORECASE,
)
# "der zweite", "the second one": the other appointment, no day of the month
_THE_OTHER = lazy(
    r"\b(?:der|die|das|den|dem|the)\s+(?:zweiten?|second)(?:\s+(?:one|termin))?\b", re.IGNORECASE
)
# the last word of a "too" ellipsis, and the words of "the same" (any sentence short enough to be
# a bare yes is tried whole): a sentence without them is no ellipsis, told at the cost of a search
_LAST_WORDS = (
    "auch",
    "ebenso",
    "ebenfalls",
    "genauso",
    "gleichfalls",
    "too",
    "well",
    "also",
    "beide",
    "beides",
    "both",
    "them",
)
_SAME_WORDS = ("same", "dieselbe", "derselbe", "dasselbe", "gleich", "gehabt", "beim alten")
_SHORT = 24
# the outcomes said of more than one appointment by "too" (a slot is said of itself)
_OUTCOMES = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.GONE,
        ClaimKind.PENDING,
        ClaimKind.STANDS,
        ClaimKind.DONE,
    }
)
_TRANSFERRED = _OUTCOMES | {ClaimKind.HELD, ClaimKind.AVAILABLE}
# the claims "the same" keeps: the appointment is there, only something else changed
# (a move's old place given up reads as cancelled: "Den Freitag habe ich dafür freigegeben.")
_STILL_THERE = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.RESCHEDULED,
        ClaimKind.GONE,
        ClaimKind.CANCELLED,
        ClaimKind.STANDS,
        ClaimKind.DONE,
    }
)


def is_ellipsis(sentence: str) -> bool:
    """Whether `sentence` may take its claim from the sentence before (a cheap test: only then
    is the sentence before read)."""
    sentence = _folded(sentence)
    if sentence.lstrip(" \"'").startswith(_REPAIR_OPENERS) and _REPAIRED_DETAIL.match(sentence):
        return True
    if sentence.lstrip(" \"'").startswith(("es ist", "it is", "it's")) and _IT_IS.match(sentence):
        return True
    if _BARE_SLOT.match(sentence) and not sentence.rstrip().endswith("?"):
        return not _VERB.search(sentence)
    if len(sentence) > _SHORT and not (
        sentence.rstrip(_TRAILING).endswith(_LAST_WORDS)
        or any(w in sentence for w in _SAME_WORDS)
        or "ditto" in sentence
        or "after that" in sentence
        or "danach" in sentence
        or "likewise" in sentence
    ):
        return False  # most sentences
    if sentence.rstrip().endswith("?"):
        return False
    return bool(
        _BOTH.match(sentence)
        or _ALSO_DE.match(sentence)
        or _ALSO_EN.match(sentence)
        or _SAME.match(sentence)
        or _REALLY_YES.match(sentence)
        or _HOLD_ENDS_AFTER.match(sentence)
    )


def said_again(
    sentence: str, caller: str, said_before: str, names: Names, read: Read
) -> tuple[Claim, ...]:
    """What the ellipsis `sentence` claims by the sentence before it, `said_before` (read by
    `read`), or () (see above)."""
    end = len(sentence)
    sentence, caller = _folded(sentence), _folded(caller)
    if _REALLY_YES.match(sentence):
        if not caller or not _REALLY_ASKED.search(caller):
            return ()
        return tuple(replace(c, start=0, end=end) for c in read(said_before))
    if _HOLD_ENDS_AFTER.match(sentence):
        held = any(c.kind is ClaimKind.HELD for c in read(said_before))
        return (Claim(ClaimKind.HELD, 0, end),) if held else ()
    repaired = _REPAIRED_DETAIL.match(sentence)
    if repaired is not None:
        return _repaired(repaired, end, names, read(said_before))
    if _BARE_SLOT.match(sentence) and not _VERB.search(sentence):
        return _found(sentence, end, said_before, names)
    said_on = _IT_IS.match(sentence)
    if said_on is not None:
        return _said_on(said_on, end, names, read(said_before))
    same = _SAME.match(sentence)
    if same is not None:
        if _VERB.search(same["named"]):
            return ()
        kinds = {c.kind for c in read(said_before)}
        if not kinds & _STILL_THERE:
            return ()
        details = read_details(sentence.casefold(), names)
        parts = () if details.empty else ((Role.ANY, details),)
        return (Claim(ClaimKind.BOOKED, 0, end, ClaimDetails(parts=parts)),)
    named = _named(sentence)
    if named is None:
        return ()
    details = read_details(_THE_OTHER.sub(" termin ", named.casefold()), names)
    if named and details.empty and not _OF_WHOM.search(named):
        return ()  # "Ihnen auch!", "You too!": a wish returned
    parts = () if details.empty else ((Role.ANY, details),)
    out = []
    for c in read(said_before):
        if c.kind not in _TRANSFERRED:
            continue
        several = c.kind in _OUTCOMES
        out.append(Claim(c.kind, 0, end, ClaimDetails(parts=parts, several=several)))
    return tuple(out)


def _repaired(
    m: re.Match[str], end: int, names: Names, before: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """The claims of the sentence before with the repair's details in place of the kinds it
    names ("bei Lea …, nicht bei Lena": the hold with Lea); () unless the repair names a detail
    and takes back one of the same kind, with no verb on either side (then it is a clause)."""
    if _VERB.search(m["named"]) or _VERB.search(m["not"]):
        return ()
    named = read_details(m["named"], names)
    taken_back = read_details(m["not"], names)
    kinds = [k for k in Details.__dataclass_fields__ if getattr(named, k)]
    if not kinds or not any(getattr(taken_back, k) for k in kinds):
        return ()
    out = []
    for c in before:
        if c.kind not in _TRANSFERRED:
            continue
        kept = {k: getattr(c.details.of(Role.ANY), k) for k in Details.__dataclass_fields__}
        kept.update({k: getattr(named, k) for k in kinds})
        out.append(Claim(c.kind, 0, end, ClaimDetails(parts=((Role.ANY, Details(**kept)),))))
    return tuple(out)


def _found(sentence: str, end: int, said_before: str, names: Names) -> tuple[Claim, ...]:
    """A bare slot after a search for the caller's appointment: found, so booked with its
    details; () after anything else (a bare slot is an offer or an answer)."""
    if not _SEARCHED.search(_folded(said_before)):
        return ()
    details = read_details(sentence, names)
    if details.empty:
        return ()
    return (Claim(ClaimKind.BOOKED, 0, end, ClaimDetails(parts=((Role.ANY, details),))),)


def _said_on(
    m: re.Match[str], end: int, names: Names, before: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """ "Es ist eine Dauerwelle." after a booking: booked, with the details it names; () unless
    the sentence before claims the appointment is there and this one names a detail or says
    "still", with no verb of its own."""
    if _VERB.search(m["named"]) or not {c.kind for c in before} & _STILL_THERE:
        return ()
    details = read_details(m["named"], names)
    if details.empty and not m["still"]:
        return ()
    parts = () if details.empty else ((Role.ANY, details),)
    return (Claim(ClaimKind.BOOKED, 0, end, ClaimDetails(parts=parts)),)


def _named(sentence: str) -> str | None:
    """What the "too" ellipsis names ("" for "Beide."), or None when it is none (it has a verb
    of its own, or names nothing)."""
    if _BOTH.match(sentence):
        return ""
    m = _ALSO_DE.match(sentence) or _ALSO_EN.match(sentence)
    if m is None:
        return None
    named = next((g for g in m.groups() if g), "").strip(" ,")
    if not named or _VERB.search(named):
        return None
    return named


_TRAILING = " .!?…,;:)\"'"


def _folded(text: str) -> str:
    """`text` as the patterns read it: compatibility forms folded ("Ｊｅｔｚｔ"), case folded,
    the typographic apostrophe straight (invisible characters are gone already: `decide` reads
    the text as heard first)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
