"""An appointment looked up and read back (blind 53, claims133; conventions 45, 46).

A receptionist who searched the calendar announces the find and reads the slot: "Ich hab ihn
gefunden: Dauerwelle bei Fabian, Freitag um zehn.", "Da ist er: Freitag zehn Uhr bei Fabian.",
"Hier steht er: …", "I've found it: a perm with Fabian, Friday at 10 a.m.", "Here it is: …",
"There we are: …", "I have Friday at ten here". After her own slip she says which is right: "Richtig ist: Freitag, der 28.,
um zehn Uhr bei Fabian.", "Sorry, my mistake: it's Friday at ten with Fabian." And she names
the caller's stylist and service: "Sie sind bei Fabian, zur Dauerwelle.", "You're with Fabian,
for a perm." Each tells the caller that appointment is theirs: a BOOKED claim of what it names.

Only a slot read after the find or the correction (a day or a time named, no denial, no
question), and a stylist with a service or a day said of "Sie sind / You're (in) with" with no
other word of substance ("Sie sind bei Fabian in guten Händen" claims nothing).

A correction is also read on the sentence as said (`slip_corrected`, claims134: the rewording
to standard words drops "my mistake: it's" and "mein Fehler," and with them the slip), in every
frame of a slip owned — "Sie haben recht, mein Fehler, Freitag um zehn bei Fabian.", "Stimmt,
entschuldigen Sie: Freitag, der 28., um zehn.", "Verzeihung, da habe ich mich vertan: Sie sind am
Freitag um zehn bei Fabian.", "Apologies, I misspoke: you're with Fabian on Friday at ten.",
"You're right, sorry: Friday the 28th at ten.", "Correction: that's Friday, November 28th — the
29th is a Saturday" (claims163: the slip explained after a dash is not the slot) — when what follows the frame is the slot alone
(days, times, names and the words that join them): "My mistake: it's a bit hectic here today."
and "Mein Fehler: Fabian ist heute leider krank" correct no slot.
"""

from __future__ import annotations

import re

from agent.claims.answered_slot import placed, stated_details, stated_items
from agent.claims.details import ClaimDetails, Names, Role, is_detail_word, is_title, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_LEAD = (
    r"^\W*(?:(?:so|ok|okay|gut|prima|ah|aha|ja|yes|right|alright|great|perfect|perfekt|also),?\s+)*"
    # blind 55 (claims141): a narrated step's label ("Step one done: I found your booking — …")
    r"(?:(?:step|schritt)\s+(?:\d+|one|two|three|eins|zwei|drei)(?:\s+(?:done|erledigt))?\s*:\s*)?"
)
# the find announced, then the slot after a colon, comma or dash
_FOUND = lazy(
    _LEAD + r"(?:ich\s+hab(?:e)?\s+(?:ihn|sie|es|den\s+termin)(?:\s+gefunden)?|"
    r"(?:da|hier)\s+(?:ist|steht)\s+er|da\s+haben\s+wir\s+(?:ihn|sie|es)|gefunden|"
    r"i(?:'ve|\s+have)?\s+found\s+(?:it|you|your\s+(?:appointment|booking))|found\s+(?:it|you)|"
    r"(?:here|there)\s+it\s+is|there\s+we\s+(?:are|go)|here\s+we\s+(?:are|go))"
    r"\s*[:,–—-]\s*(?P<rest>.+)$"
)
# the find said as what the speaker sees in the calendar (blind 54, claims137): "Ich sehe ihn am
# Freitag um zehn bei Fabian.", "Ja, da steht Freitag um 10 Uhr …", "I see it on Friday at 10 with
# Fabian.", "In our system it reads 2025-11-28 10:00, …", "Ich finde zwei Termine auf Ihren Namen:
# …", "There are two under your name: …"; "there's a perm on Friday … under Marcus Webb" below
_SEEN = lazy(
    _LEAD + r"(?:ich\s+sehe\s+(?:ihn|sie|es|den\s+termin|ihren\s+termin)|da\s+steht|"
    r"i\s+(?:can\s+)?see\s+(?:it|your\s+(?:appointment|booking))|"
    r"(?:in\s+our|im)\s+system\s+(?:it\s+reads|it\s+says|steht\s+(?:er|es))|"
    r"(?:ich\s+)?(?:sehe|finde)\s+(?:zwei|beide|drei)\s+termine\s+auf\s+ihren\s+namen|"
    r"auf\s+ihren\s+namen\s+(?:stehen|sind|laufen)\s+(?:zwei|drei)\s+termine|"
    r"i\s+(?:can\s+)?(?:see|find|have)\s+(?:two|three)\s+appointments\s+under\s+your\s+name|"
    r"there\s+are\s+(?:two|three)\s+(?:appointments\s+)?under\s+your\s+name)"
    r"\s*[:,–—-]?\s*(?P<rest>.+)$"
)
# "there's a perm on Friday at 10 with Fabian under Marcus Webb", "es gibt … auf Ihren Namen"
_UNDER_NAME = lazy(
    _LEAD
    + r"(?:there(?:'s|\s+is)|es\s+gibt|da\s+ist)\s+(?P<rest>(?:a|an|your|eine|einen|ihre|ihren)\s+"
    r".+\b(?:under|auf\s+(?:ihren|den)\s+namen|unter\s+(?:dem\s+)?namen)\b.*)$"
)
# the slot the speaker has on record (blind 56, claims162): "I have Friday at ten here, not
# Saturday.", "We've got Friday at 10 with Fabian in the system" (the slot's words alone before
# "here": "I have Friday at ten free here" is an offer)
_ON_RECORD = lazy(
    _LEAD + r"(?:i|we)(?:'ve\s+got|\s+have\s+got|\s+have|'ve)\s+(?P<rest>.+?)\s+(?:here|on\s+file|"
    r"in\s+the\s+(?:system|calendar|diary|book))\b(?:\s*[,;–—-]\s*.*)?\W*$"
)
# the right slot said after the speaker's own slip
_CORRECTED = lazy(
    r"^\W*(?:(?:entschuldigung|verzeihung|sorry|pardon|apologies|my\s+mistake|mein\s+fehler|"
    r"sie\s+haben\s+recht|you're\s+right|stimmt),?\s*[:,–—-]?\s*)*"
    r"(?:richtig\s+ist|korrekt\s+ist|(?:the\s+)?right\s+one\s+is|"
    r"(?<=[:,–—-]\s)(?:it's|it\s+is|that\s+should\s+be|it\s+should\s+be))"
    r"\s*[:,–—-]?\s*(?P<rest>.+)$"
)
# a slip owned, then the slot (claims134): apologies and owned slips in any order, a colon or comma
_SLIP_FRAME = lazy(
    r"^\W*(?:(?:oh|oops|hoppla|ach|ja|yes)\W+)?(?:(?:entschuldigung|entschuldigen\s+sie|verzeihung|"
    r"verzeihen\s+sie|sorry|pardon|apologies|my\s+apologies|my\s+mistake|my\s+bad|my\s+error|"
    r"mein\s+fehler|(?:da\s+)?haben\s+sie\s+recht|sie\s+haben\s+recht|you're\s+right|you\s+are\s+right|"
    r"stimmt|(?:da\s+)?(?:habe|hab)\s+ich\s+mich\s+(?:vertan|versprochen|verhört|geirrt)|"
    r"i\s+(?:misspoke|misheard|got\s+that\s+wrong|was\s+wrong)|das\s+war\s+falsch|that\s+was\s+wrong|"
    # a correction announced (blind 54, claims163): "Correction: that's Friday, November 28th"
    r"correction|korrektur|berichtigung)"
    r"\s*[:,;–—-]\s*)+(?P<rest>.+)$"
)
# the slip explained after a dash (claims163): "… — the 29th is a Saturday" names the wrong
# date, not the slot said right
_WHY_SLIPPED = lazy(r"\s+[–—-]\s+(?=[^–—]*\b(?:is|was|ist|war|wäre)\b)[^–—]*$")
# the words a corrected slot may carry besides its days, times and names
_SLOT_WORDS = frozenset(
    "es ist it's it is that's that sie sind you're you are should be richtig korrekt ist also "
    "bei beim zu zum zur mit with for für a an the your ihre ihr ihrer ihren am um on at der die "
    "das den dem eine einen ein und and uhr o'clock in morning vormittags morgens nachmittags "
    "afternoon".split()
)
# the speaker's own slip owned: an apology alone ("Sorry, it's a bit hectic here today.") is no
# correction of a slot
_SLIPPED = lazy(
    r"\b(?:mistake|fehler|recht|right|stimmt|correction|korrektur|verwechselt|mixed\s+up|vertan|"
    r"versprochen|verhört|geirrt|misspoke|misheard|wrong|falsch|my\s+bad)\b"
)
# a correction in its own words: "richtig ist …", "the right one is …", "that should be …"
_SAID_RIGHT = lazy(r"\b(?:(?:richtig|korrekt)\s+ist|right\s+one\s+is|should\s+be)\b")
# "Sie sind bei Fabian, zur Dauerwelle.", "You're in with Fabian for your perm."
_WITH = lazy(
    r"^\W*(?:(?:so|also|ok|okay),?\s+)?(?:sie\s+(?:sind|kommen)\s+(?:bei|zu|zum|beim)|"
    r"you(?:'re|\s+are)\s+(?:in\s+|booked\s+in\s+)?with)\s+(?P<rest>.+)$"
)
_ONLY = frozenset(
    "bei beim zu zum zur mit with for für a an the your ihre ihrer ihren am um on at der die das "
    "den dem eine einen ein und and uhr o'clock".split()
)
_DENIED = lazy(r"\b(?:nicht|kein\w*|nichts|statt|not|no|never|instead)\b|n't\b")
# what the reader may have found of its own: the sentence says that
_OUTCOMES = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.HELD,
        ClaimKind.PENDING,
        ClaimKind.NOT_BOOKED,
        ClaimKind.GONE,
    }
)


def _slot_word(word: str, names: Names) -> bool:
    return is_detail_word(word) or is_title(word) or not read_details(word, names).empty


def slip_corrected(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the slot said right after the speaker's own slip, read on the sentence
    as said (see above); () where the reader found an outcome of its own."""
    if any(c.kind in _OUTCOMES for c in claims) or "?" in sentence:
        return ()
    text = normalize(sentence)
    m = _SLIP_FRAME.search(text)
    if m is None or not _SLIPPED.search(text[: m.start("rest")]):
        return ()
    rest = _WHY_SLIPPED.sub("", m["rest"].rstrip(" .!"))
    if _DENIED.search(rest):
        return ()
    words = re.findall(r"[\w']+", rest)
    if not all(w in _SLOT_WORDS or _slot_word(w, names) for w in words):
        return ()
    details = stated_details(rest, names)
    if not placed(details):
        return ()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)


def lookup_found(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the slot a look-up's find or a correction reads back (see above)."""
    if claims or "?" in sentence:
        return ()
    text = normalize(sentence)
    m = _FOUND.search(text) or _SEEN.search(text) or _UNDER_NAME.search(text)
    if m is None:
        m = _CORRECTED.search(text)
        if m is not None and not (_SAID_RIGHT.search(text) or _SLIPPED.search(text)):
            m = None
        m = m or _ON_RECORD.search(text)
        words = re.findall(r"[\w']+", m["rest"]) if m is not None else ()
        if not all(w in _SLOT_WORDS or _slot_word(w, names) for w in words):
            return ()  # "My mistake: it's a bit hectic here today." corrects no slot (claims134)
    if m is not None:
        rest = m["rest"]
        if _DENIED.search(rest):
            return ()
        details = stated_details(rest, names)
        if not placed(details):
            return ()
        items = stated_items(rest, names)
        parts = tuple((Role.ANY, d) for d in items) or ((Role.ANY, details),)
        return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(parts)),)
    m = _WITH.search(text)
    if m is None or _DENIED.search(m["rest"]):
        return ()
    details = read_details(m["rest"], names)
    if not details.stylists or not (details.services or placed(details)):
        return ()
    words = re.findall(r"[\w']+", m["rest"])
    if not all(w in _ONLY or is_title(w) or not read_details(w, names).empty for w in words):
        return ()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)
