"""A slot offered in answer to the caller's request for a time (blind 53, claims133;
conventions 2, 46, 470, 480).

Asked "Haben Sie am Samstagvormittag noch etwas frei?", "What else have you got?", "Kids' cut
Saturday morning, any stylist", a receptionist answers with the slot alone or with an offer's
verb: "Lena, Samstag um elf.", "Oder Samstag um elf, allerdings bei Lena.", "Saturday arvo's
full, but Lena's got eleven in the morning.", "He could do your husband at 12:30 instead.",
"Fabian still has Friday at ten, if you'd like it." Each names that slot as one the caller can
have: `available` with the day, time and stylist it names (backed by a slot the tools offered
or kept).

Read: a sentence naming a time (no question, no denial in the piece that names it) that starts
with an alternative ("oder", "or", "alternativ", "sonst"), carries an offer's verb ("could
do / take / fit", "'s got", "still has", "könnte … nehmen", "hätte … noch", "ginge"), or is
verbless and answers a caller who asked for a slot ("frei", "anything", "what else", "any
stylist", "geht …?"). Not read: the caller's own request read back (every detail it names is in
the caller's words: convention 46's recap), a slot after a question about the caller's own
appointment (answered_slot.py reads that as booked), other readers' outcomes.
"""

from __future__ import annotations

import re

from agent.claims.answered_slot import OTHER_OUTCOMES
from agent.claims.caller_asks import asks_about_appointment
from agent.claims.details import (
    ClaimDetails,
    Details,
    Names,
    Role,
    is_detail_word,
    is_title,
    read_details,
)
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

# pieces: a slot said full beside the one offered ("Saturday arvo's full, but …")
_PIECES = lazy(r"[,;–—]|:(?!\d)|\s-\s|\b(?:aber|but|however|jedoch)\b")
_DENIED = lazy(
    r"\b(?:nicht|kein\w*|nichts|voll|belegt|ausgebucht|vergeben|weg|leider|not|no|none|nothing|"
    r"full|taken|gone|booked\s+up|unfortunately|sorry)\b|n't\b"
)
_ALTERNATIVE = lazy(r"^\W*(?:oder|or|alternativ\w*|sonst|otherwise|else)\b")
_OFFER_VERB = lazy(
    r"\b(?:could|can)\s+(?:do|take|fit|squeeze|see|have)\b|\b(?:'s|has|have)\s+got\b|"
    r"\bstill\s+has\b|\bhas\s+(?:still\s+)?(?:got\s+)?(?:a\s+)?(?:space|room|spot|opening)\b|"
    r"\bkönnte\w*\b[^.!?]*\b(?:nehmen|drannehmen|einschieben|dazwischenschieben|unterbringen)\b|"
    r"\bhätte\w*\b[^.!?]*\bnoch\b|\bginge\b"
)
# the slot said to be left or possible: "Saturday's only got eleven left", "… is an option"
_OPEN_STILL = lazy(
    r"\b(?:left|an\s+option|possible|doable|drin|möglich|machbar|noch\s+zu\s+haben|nur\s+noch|"
    r"noch\s+(?:\w+\s+){0,3}?(?:frei|offen|drin))\b"
)
# the caller asked for a slot, not about their own appointment
_ASKS_FOR_SLOT = lazy(
    r"\b(?:frei|free|anything|something|etwas|was|noch\s+was|sonst|else|any\s+(?:stylist|one|"
    r"time|day)|egal|fit|squeeze|reckon|geht|ginge|gehen|passt|possible|möglich|available|"
    r"verfügbar|hätten\s+sie|haben\s+sie|do\s+you\s+have|have\s+you\s+got|got\s+anything|"
    r"could\s+i|can\s+i|kann\s+ich|könnte\s+ich|"
    # blind 54 (claims137): a wish for a day or a part of it, the time left to the salon
    # ("Haare schneiden morgen Nachmittag, bei Memo.", "I need a perm this week, ideally Friday")
    r"\w*(?:vormittag|nachmittag|abend)s?|morgens|morning|afternoon|evening|"
    r"ich\s+(?:bräuchte|brauche|möchte|hätte\s+gern|hätte\s+gerne)|i\s+(?:need|'d\s+like|would\s+like)|"
    r"i'd\s+like|ideally|am\s+liebsten|"
    # the stylist's free time asked (blind 55, claims142): "Wann hat Fabian am Freitag Zeit?",
    # "When can Fabian do Friday?"
    r"zeit|wann\s+(?:kann|könnte|hat|hätte)|when\s+(?:can|could|does|is))\b"
)
_CHANGE_ASKED = lazy(
    r"\b(?:verschieb\w*|verleg\w*|umbuch\w*|absag\w*|abzusagen|stornier\w*|move|cancel|"
    r"reschedule|change|prepone|shift)\b"
)
# the caller asks what they wished for: a recap answers, no offer (blind 47's gated labels)
_WISH_RECALLED = lazy(
    r"\b(?:was\s+wollte\s+ich|was\s+hatte\s+ich\s+(?:\w+\s+)?(?:gewollt|gewünscht|angefragt)|"
    r"what\s+(?:was\s+it\s+)?(?:did\s+)?i\s+want(?:ed)?|what\s+did\s+i\s+ask\s+for)\b"
)
# words a verbless offer may carry beside its details
_VERBLESS = frozenset(
    "oder or else alternativ alternatively sonst otherwise dann then allerdings aber but also so "
    "bei beim mit with am um on at in the der die das den dem ein eine einen a an uhr o'clock "
    "morgens vormittags nachmittags morning afternoon ja yes gerne gern wenn if ihnen you das "
    "that recht ist is passt suits works würde would wäre halb half past quarter viertel "
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf one two three four five six "
    "seven eight nine ten eleven twelve a m p pm noon".split()  # "11 a.m." read as "a", "m"
)


# the terse voice's question tail after a verbless slot (blind 55, claims142): "Do 15 Uhr,
# Fabian – ok?", "Thu 3 p.m., Fabian — ok?" (consent asked: the offer when the caller asked for a
# slot, D14's echo check when it only says the caller's words back), "Fr 10 Uhr, Fabian – buchen?",
# "Fri 10 with Fabian, book it?" (1022's read-back with its booking question in one sentence)
_TAIL = lazy(
    r"(?:[,;–—]|\s-)\s*(?:(?P<book>(?:(?:soll\s+ich|shall\s+i|should\s+i)\s+)?(?:fest\s+)?"
    r"(?:buchen|eintragen|reservieren|nehmen|book|reserve|take|lock)(?:\s+(?:it|that|this|in))*)|"
    r"ok|okay|passt(?:\s+das|\s+es)?|in\s+ordnung|recht(?:\s+so)?|gut|einverstanden|alright|all\s+right|"
    r"good|fine|works?(?:\s+for\s+you)?|sounds?\s+good)\s*\?\W*$"
)


# the choice asked after an alternative (blind 56, claims148): "Oder Samstag um elf bei Lena – was
# wäre Ihnen lieber?", "Or Saturday at eleven with Lena – which would you prefer?": the second of
# two slots offered, whatever the caller asked
_CHOICE_TAIL = lazy(
    r"(?:[,;–—]|\s-)\s*(?:(?:und|and)\s+)?(?:was|welche[rsnm]?|which|what)\b[^?]*\b(?:lieber|"
    r"besser|prefer\w*|rather|better)\b[^?]*\?\W*$"
)


def _choice_offered(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A verbless alternative before a choice asked: the slot it names, offered."""
    text = normalize(sentence)
    tail = _CHOICE_TAIL.search(text)
    if tail is None:
        return ()
    head = text[: tail.start()]
    if "?" in head or not _ALTERNATIVE.search(head) or not _verbless(head, names):
        return ()
    details = _slot(head, names)
    if not details.times or not (details.weekdays or details.days or details.relative_days):
        return ()
    return (Claim(ClaimKind.AVAILABLE, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)


def _booking_offered(sentence: str, end: int, names: Names) -> tuple[Claim, ...]:
    """A verbless slot before "– buchen?": the slot offered for booking (1022), caller or not."""
    text = normalize(sentence)[:end]
    if "?" in text or not _verbless(text, names):
        return ()
    details = _slot(text, names)
    if not details.times:
        return ()
    return (Claim(ClaimKind.AVAILABLE, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)


# an hour written bare as a digit in a slot offered (blind 55, claims142): "Fri 10, Fabian — ok?",
# "Only 10 left." — an hour of the day, not a count, where the caller asked for a slot
_DIGIT_HOUR = lazy(r"(?<![\d:.])\b(1[0-2]|[1-9])\b(?![:.,]?\d)(?=\s*(?:[,;!?–—]|\.|left\b|$))")


def _slot(text: str, names: Names) -> Details:
    """The details of the pieces of folded `text` that no denial takes back."""
    text = _DIGIT_HOUR.sub(r"\1 uhr", text)
    kept = [p for p in _PIECES.split(text) if p.strip() and not _DENIED.search(p)]
    return read_details(" , ".join(kept), names) if kept else Details()


def _recap(details: Details, caller: str, names: Names) -> bool:
    """Every time, day and stylist the sentence names is in the caller's words."""
    heard = read_details(normalize(caller), names)
    return (
        all(any(_same_time(t, h) for h in heard.times) for t in details.times)
        and details.weekdays <= heard.weekdays
        and details.stylists <= heard.stylists
    )


def _same_time(said: tuple, heard: tuple) -> bool:
    """The caller's "ten" is the sentence's "10 a.m." (blind 49's recap "Friday the 28th, 10 a.m.,
    Mr Spitzer, perm." after "… Friday at ten …"): hour and minute alike, the half of the day the
    caller left open."""
    if said[:2] == heard[:2]:
        return True
    return not heard[2] and heard[0] < 12 and said[:2] == (heard[0] + 12, heard[1])


def _verbless(text: str, names: Names) -> bool:
    words = re.findall(r"[\w']+", text)
    return bool(words) and all(
        w in _VERBLESS or is_title(w) or is_detail_word(w) or not read_details(w, names).empty
        for w in words
    )  # "Samstag, 11 Uhr, Lena.", "- 15:00 Uhr" (a list item)


def offered_answer(
    sentence: str, names: Names, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`available` for the slot offered in answer to the caller's request (see above)."""
    if any(
        c.kind in OTHER_OUTCOMES or c.kind in (ClaimKind.AVAILABLE, ClaimKind.BOOKED)
        for c in claims
    ):
        return ()
    choice = _choice_offered(sentence, names)
    if choice:
        return choice
    tail = _TAIL.search(normalize(sentence))
    if tail and tail.group("book"):
        return _booking_offered(sentence, tail.start(), names)
    if not caller or "?" in sentence[: tail.start() if tail else len(sentence)]:
        return ()
    if asks_about_appointment(caller) or _CHANGE_ASKED.search(normalize(caller)):
        return ()  # the caller's appointment asked about, or a change of it (blind 39)
    if _WISH_RECALLED.search(normalize(caller)):
        return ()  # "Was wollte ich nochmal buchen?": their own wish recalled (claims134, 46)
    text = normalize(sentence)[: tail.start() if tail else None]
    details = _slot(text, names)
    if not details.times or _recap(details, caller, names):
        return ()
    if not (
        _ALTERNATIVE.search(text)
        or _OFFER_VERB.search(text)
        or (
            (_verbless(text, names) or _OPEN_STILL.search(text))
            and _ASKS_FOR_SLOT.search(normalize(caller))
        )
    ):
        return ()
    return (Claim(ClaimKind.AVAILABLE, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)
