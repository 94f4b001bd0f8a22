"""Where a stylist's name begins when it is said with a title or in full (blind 29, claims59).

"Booked with Mr Spitzer", "with Fabian Spitzer himself", "bei Herrn Spitzer": the word before
the name is the preposition that makes the stylist the one the caller sees, not the subject of
the sentence ("Herr Spitzer ist ausgebucht"). The readers look at the word before the name; for
a surname after a title or a first name, that word is the one before the whole name.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from agent.claims.tokens import Token

TITLES = frozenset({"mr", "mrs", "ms", "miss", "herr", "herrn", "frau"})


def name_start(tokens: Sequence[Token], i: int, name_words: Collection[str]) -> int:
    """The index of the first word of the name whose word `tokens[i]` is: back over titles and
    the name's other words."""
    while i > 0 and (tokens[i - 1].text in TITLES or tokens[i - 1].text in name_words):
        i -= 1
    return i
