"""A stylist named by what is theirs in the salon: their appointments, calendar, chair or free
times, said in the genitive ("Spitzers Termin", "Frau Brandts Kalender", "Herrn Yilmaz' Platz",
"Mehmets Stuhl", "Sophie's chair", "Herrn Spitzers nächster freier Termin", "Fabian's earliest
free slot") or beside the name ("der nächste freie Termin bei Frau Brandt"). The stylist is meant,
never another person: the words become the name, and words about the next free time ("nächster
freier", "earliest") leave nothing open: the caller asks for that stylist's next time, not for
whoever is free. As the other choice ("Fabian oder der nächste freie Termin") the next free time
is anyone's: left as said, asked. Another person owned ("Fabians Kollege", "Mehmets Azubi") is
left as said (`tools.stylist_relation` asks it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.text_fold import fold

# what is the stylist's own in the salon (folded): their time, their place, their book
_OWN = (
    r"(?:termin|termine|terminen|terminkalender|kalender|zeiten|zeit|stuhl|platz|arbeitsplatz"
    r"|luecke|luecken|slot|slots|liste|terminliste|buch|terminbuch|sessel|haende|haenden"
    r"|appointment|appointments|calendar|diary|schedule|chair|book|opening|openings|times"
    r"|availability|spot)"
)
# which of them: the next, first, earliest, free one
_WHICH = (
    r"(?:(?:naechst|erst|fruehest|fruehestmoeglich|naechstmoeglich|frei|offen|verfuegbar"
    r"|kommend)e[nmrs]?|next|first|earliest|free|open|available|soonest|nearest)"
)
_SLOT = rf"(?:{_WHICH}\s+){{0,3}}{_OWN}"
_GENITIVE = re.compile(rf"\b(\w+)s\s+{_SLOT}\b")
_SLOT_ALONE = re.compile(rf"\b(?:{_WHICH}\s+){{1,3}}{_OWN}\b")
# "Fabian oder der nächste freie Termin", "Fabian, sonst der erste freie": the next free time of
# anyone as the other choice, never dropped
_OTHERWISE = re.compile(
    r"\b(?:oder|sonst|ansonsten|notfalls|alternativ|or|otherwise|else|failing)\b"
)


_ANYONES_NEXT = re.compile(
    rf"{_OTHERWISE.pattern}\s+(?:\w+\s+){{0,3}}?(?:{_WHICH}\s+){{1,3}}{_OWN}\b"
)


def offers_anyones_next_time(text: str) -> bool:
    """A name and, as the other choice, the next free time of anyone ("Mehmet oder halt der
    früheste freie Termin", "Sophie, otherwise the earliest slot"): asked, never the name alone."""
    return bool(_ANYONES_NEXT.search(_with_genitive_s(text)))


def _with_genitive_s(text: str) -> str:
    """Folded text with the genitive's apostrophe as an "s": "Sophie's" and "Yilmaz'" both as
    the name with "s" ("sophies", "yilmazs")."""
    text = re.sub(r"(?<=\w)['’`´]s\b", "s", text)
    return fold(re.sub(r"(?<=\w)['’`´]", "s", text))


def as_own_of(text: str, names: Callable[[str], bool]) -> str:
    """`text` (folded) with a stylist's own things said as the stylist's name, and words of the
    next free time beside a name dropped; as said when no name is left or nothing is owned.
    `names(words)`: the folded words name a stylist."""
    folded = _with_genitive_s(text)

    def owner(m: re.Match[str]) -> str:  # "Spitzers": Spitzer; "Yilmaz'", "Jonas": as said
        if names(m[1]):
            return m[1]
        return m[1] + "s" if names(m[1] + "s") else m[0]

    kept = _GENITIVE.sub(owner, folded)
    if names(kept) and not _OTHERWISE.search(kept):
        kept = _SLOT_ALONE.sub(" ", kept)
    kept = " ".join(kept.split())
    if kept == folded or not names(kept):
        return text
    return kept
