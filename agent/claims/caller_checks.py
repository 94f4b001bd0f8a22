"""Whether the caller's last words check a detail of the appointment by echoing it (blind 54).

A caller who has just heard the booking and asks back "Freitag?", "Um zehn?", "Beim Fabian?",
"Also Freitag, ja?", "Bei Fabian, oder?", "Ten, right?", "Friday, not Thursday?", "So it's Lena,
not Sophie, right?", "And the 28th is definitely right?", "Uhrzeit nochmal?" asks about the
appointment the call made (D1: a question that presupposes it): the answer that names the detail
("Freitag, der 28.", "Um zehn Uhr, ja.", "That's right, it's Lena.") reads it back, a `booked`
claim of what it names (convention 46, `answered_slot`).

Only the caller's last question counts, and only when it is made of details (a day, a date, a
time, a stylist or a service) and the few words that tag a question ("also", "ja", "oder",
"richtig", "sagten Sie", "right", "you said", "definitely", "not"): "Geht Freitag?", "Haben Sie
Freitag was frei?", "Can I come Friday?" ask for something new (a modal, a verb of their own) and
are not read here; nor is a question with no detail at all ("Wirklich?", "Really?"), unless it
asks a detail "again" ("Uhrzeit nochmal?", "What time again?").
"""

from __future__ import annotations

import re

from agent.claims.details import Names, is_detail_word, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.normalize import fold

# the words that tag an echo question, in either language (a caller may switch)
_TAGS = frozenset(
    "also und ja oder richtig genau stimmt stimmt's sagten sie gesagt das war ist es dann "
    "am um bei beim mit der den dem die nicht noch mal nochmal einmal sicher wirklich echt wie "
    "so and it's it is was that's that right you said the on at with definitely correct not "
    "really sure again yes ok okay then uhrzeit zeit tag time day o'clock uhr a.m. p.m. am pm "
    "of for".split()
)
_AGAIN = lazy(r"\b(?:nochmal|noch\s+mal|noch\s+einmal|again)\b")
# the last question of the caller's turn
_LAST_QUESTION = lazy(r"([^.!?]*\?)\s*$")


@per_text(256)
def _echo_words(caller: str) -> tuple[str, ...]:
    """The words of the caller's last question, () if the turn does not end in one."""
    m = _LAST_QUESTION.search(fold(caller).text)
    if not m:
        return ()
    return tuple(re.findall(r"[\w'.:]+", m.group(1)))


@per_text(256)
def checks_detail(caller: str, names: Names) -> bool:
    """Whether the caller's last words echo a detail of their appointment back as a question."""
    words = _echo_words(caller)
    if not words or len(words) > 9:
        return False
    detail = False
    for w in words:
        bare = w.strip(".:")
        if bare in _TAGS:
            continue
        if is_detail_word(bare):
            detail = True
            continue
        named = read_details(bare, names)
        if named.stylists:
            detail = True
        elif named.empty or named.services:
            return False  # a word of its own ("geht", "can"), a service asked about ("Und färben?")
    return detail or bool(_AGAIN.search(" ".join(words)))
