"""Patterns compiled so that a search skips, in C, the places where no match can start.

A search tries the pattern at every position of the text, and for most of the reader's patterns
`re` has nothing better: it skips ahead only for a pattern that starts with a literal or a set
of characters, and neither when the pattern starts with `\\b` or `(?:…|…)` of words or ignores
case (nearly all of the reader's do one of these). A sentence's reading runs some thousand
searches that find nothing, each calling the matcher at every character (suite2, suite3, suite8
in bench/RESULTS.md).

`compile` compiles as `re.compile` does and, where `re` found nothing to skip by, puts in the
pattern's information block the set of characters a match can start with: `re`'s own mechanism
for a pattern that starts with a character class (the search then tests each character against
the set in a tight loop and tries the pattern only where one is). The pattern's code itself is
`re`'s, unchanged; only which start positions are tried differs, and a skipped position is one
whose character no match can start with, so every search, `sub`, `finditer`… gives what
`re.compile`'s pattern gives. `match` and `fullmatch` never read the set.

The set (`_first`) is worked out on the parse tree: the first characters of a sequence are
those of its first item that cannot match empty, united with those of the items before it that
can; zero-width items (`\\b`, `^`, look-arounds) consume nothing and are passed over; an item
that may start with any character (`.`, `[^…]`, a back reference) leaves the pattern as it is.
Ignoring case: a character outside `_CASED` (every character with a case, its lower case, and
the extra pairs `re` matches: `ſ`/`s`, `K`/`k`, …) matches a case-ignoring item exactly when it
matches the item with case, so the set holds the item as written plus every character of
`_CASED` the item matches, asked of `re` itself (`_cased_matches`), not derived from its rules.
A pattern that can match the empty string, or is anchored at the text's start (`re` tries those
at one position only), is left as it is.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import sys
from functools import cache
from re import _compiler as K  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_AT_START = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)


# The information block and `_sre.compile`'s arguments are CPython's own, not a public API: the
# skip is used only on the CPython the tests prove it on (tests/test_claims_first_chars.py: every
# code point against `re`); any other Python compiles with `re` alone, slower and the same.
PROVEN_ON = ("cpython", (3, 11))
ACTIVE = (sys.implementation.name, sys.version_info[:2]) == PROVEN_ON


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, searching only from where a match can start (see above)."""
    flags = int(flags)
    if not ACTIVE or not isinstance(pattern, str) or flags & (re.DEBUG | re.LOCALE):
        return re.compile(pattern, flags)
    tree = P.parse(pattern, flags)
    code = K._code(tree, flags)
    charset = _info_charset(tree, flags, code)
    if charset is not None:
        info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]  # (min and max width as re's)
        K._compile_charset(charset, 0, info)  # categories mapped already (`_items`)
        info[1] = len(info) - 1
        code = info + code[code[1] + 1 :]
    # as re._compiler.compile does with the code
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(
        pattern,
        flags | tree.state.flags,
        code,
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _info_charset(tree: P.SubPattern, flags: int, code: list[int]) -> list | None:
    """The optimized set of characters a match of `tree` starts with, None where `re` has its
    own skip already, the pattern may match empty or start anywhere, or is anchored."""
    if code[0] != C.INFO or code[2] != 0 or code[3] == 0:
        return None
    data = tree.data
    if data and data[0][0] is C.AT and data[0][1] in _AT_START:
        return None
    found = _first(data, tree.state.flags | flags)
    if found is None or found[1]:
        return None
    items = found[0]
    if not items:
        return None
    charset, hascased = K._optimize_charset(items)
    return None if hascased else charset


def _first(data: list, flags: int) -> tuple[list, bool] | None:
    """(charset items every match of the sequence `data` can start with, whether the sequence
    can match empty); None when a match may start with any character."""
    out: list = []
    for op, av in data:
        if op in _ZERO_WIDTH:
            continue
        got = _first_item(op, av, flags)
        if got is None:
            return None
        out += got[0]
        if not got[1]:
            return out, False
    return out, True


def _first_item(op, av, flags: int) -> tuple[list, bool] | None:
    if op is C.LITERAL or op is C.IN:
        items = _items(op, av, flags)
        return None if items is None else (items, False)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _first(body.data, K._combine_flags(flags, add_flags, del_flags))
    if op is C.BRANCH:
        out: list = []
        empty = False
        for alt in av[1]:
            got = _first(alt.data, flags)
            if got is None:
                return None
            out += got[0]
            empty = empty or got[1]
        return out, empty
    if op in _REPEATS:
        low, _high, body = av
        got = _first(body.data, flags)
        if got is None:
            return None
        return got[0], got[1] or low == 0
    if op is C.ATOMIC_GROUP:
        return _first(av.data, flags)
    return None  # any character, a negated literal, a back reference, a conditional


def _items(op, av, flags: int) -> list | None:
    """The charset items one character matched by `(op, av)` is among, case as the flags say."""
    key = (op, av if op is C.LITERAL else tuple(av), flags & _FLAGS)
    return _items_kept(*key)


_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE | re.LOCALE


@cache
def _items_kept(op, av, flags: int) -> list | None:
    if flags & re.LOCALE:
        return None
    written = [(op, av)] if op is C.LITERAL else list(av)
    out = []
    for item_op, item_av in written:
        if item_op is C.NEGATE or item_op not in (C.LITERAL, C.RANGE, C.CATEGORY):
            return None
        if item_op is C.CATEGORY and flags & re.UNICODE:
            item_av = K.CH_UNICODE[item_av]
        out.append((item_op, item_av))
    if flags & re.IGNORECASE:  # those the item matches only ignoring case
        plain = set(_cased_matches(op, av, flags & ~re.IGNORECASE))
        out += [(C.LITERAL, ord(ch)) for ch in _cased_matches(op, av, flags) if ch not in plain]
    return out


def _cased_matches(op, av, flags: int) -> list[str]:
    """The characters of `_CASED` that the one-character item `(op, av)` matches, by `re`."""
    state = P.State()
    state.flags = flags
    item = P.SubPattern(state, [(op, list(av) if op is C.IN else av)])
    return K.compile(item, flags).findall(_cased())


@cache
def _cased() -> str:
    """`_CASED`: every character `re` gives another case (`unicode_iscased`), its lower case,
    and the characters of `re`'s extra case pairs; outside it, ignoring case changes nothing."""
    chars: set[int] = set()
    lower = _sre.unicode_tolower
    for c in range(0x110000):
        if _sre.unicode_iscased(c):
            chars.add(c)
            chars.add(lower(c))
    for k, extra in _EXTRA_CASES.items():
        chars.add(k)
        chars.update(extra)
    return "".join(map(chr, sorted(chars)))
