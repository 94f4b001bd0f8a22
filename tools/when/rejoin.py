"""Day names a speech recogniser split into words, joined back: "mor gen", "Himmel fahrt",
"Reformations tag", "Buß und Bet Tag", "Weihnachts abend". A run of two to four words is joined
when, without its spaces, it spells a known day word or named day (with the named day's own
spaces back); a long name may be one letter off ("Bus und Bettag"), if it then reaches only one.
Runs that are a name as said, or hold a single letter or a whole day word, are left alone.
"""

from __future__ import annotations

import functools

from tools.when.lexicon import JOINABLE
from tools.when.one_slip import OneSlip

_MAX_RUN = 4
_FUZZY_MIN_LENGTH = 10  # shorter names are one letter from ordinary words
_DAY_WORDS = ("heute", "morgen", "uebermorgen", "gestern", "wochenende")


@functools.cache
def _by_letters() -> dict[str, str]:
    """The letters of each day word and named day (folded, no spaces) -> its spelling."""
    from tools.when.named_days import phrases  # named_days reads normalize: imported late

    known = {*JOINABLE, *_DAY_WORDS, *(p for p in phrases() if p.replace(" ", "").isalpha())}
    return {k.replace(" ", ""): k for k in known}


@functools.cache
def _long_letters() -> OneSlip:
    """The letters of the names long enough to be reached one letter off."""
    return OneSlip(k for k in _by_letters() if len(k) >= _FUZZY_MIN_LENGTH)


# the same runs of letters come again in every reading of a phrase; bounded for a server
@functools.lru_cache(maxsize=4096)
def _reached(letters: str) -> str | None:
    table = _by_letters()
    if letters in table:
        return table[letters]
    if len(letters) < _FUZZY_MIN_LENGTH:
        return None
    near = {table[k] for k in _long_letters().near(letters)}
    return near.pop() if len(near) == 1 else None


# "nicht vor Mittag", "erst vor Mittag": a bound said of noon, never a split "Vormittag"
_BOUND_WORDS = frozenset({"nicht", "erst"})


def starts_a_bound(before: list[str], word: str) -> bool:
    """`word` is "vor" right after a word that makes it a bound ("nicht vor"): never the first
    piece of a split word."""
    return word == "vor" and bool(before) and before[-1] in _BOUND_WORDS


def rejoin(words: list[str]) -> list[str]:
    """The words with every split day name joined back (longest run first)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_RUN, len(words) - i), 1, -1):
            run = words[i : i + n]
            # each piece a fragment: no single letter ("Wednesday, I mean"), no day word itself
            if not all(w.isalpha() and len(w) > 1 and w not in _by_letters() for w in run):
                continue
            if starts_a_bound(words[:i], run[0]):
                continue
            name = _reached("".join(run))
            if name is not None and name != " ".join(run):
                out.extend(name.split())
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out
