"""Gates: a rule's pattern runs only on text that holds one of the words it cannot match without.

Most sentences hold none of the words a sentence-level rule looks for, yet a regular expression
walks every position of the sentence before it finds nothing. A gate is derived from the
pattern itself (its parse tree, never a hand-written list, so a rule cannot miss its trigger):
the literal strings one of which every match must contain. `opens(pattern, text)` tests them
against the literals the text holds, found once per text by one scan over every gated
pattern's literals (a set test per rule, not a search per rule); when it is False the search
would find nothing, so the rule is skipped with the same result. A pattern that needs no
literal (case-insensitive, `\\w+` alone) gets no gate and always runs.

The scan is built once, when the first text is scanned (`settle`, from `read.warm_up`, builds it
before a call starts), and not rebuilt for every pattern met later: rebuilding it costs several
milliseconds, a stall the sentence that meets a new rule would wait for. A literal the scan does
not find yet is looked for in the text directly (`in`), which tells the same: the scan finds every
literal it knows wherever it starts in the text.

Use it in the loops that run many rules over a sentence (`word_rules.read_rules`,
`pieces.stated_claims`, `sentence_claims.claims_where`): a rule module written for them is gated
without doing anything.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Generic, TypeVar

from agent.claims.memo import per_text

Literals = frozenset[str]
T = TypeVar("T")


def needed(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which every match of `pattern` contains (None: no such set known)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - compiled once already
        return None
    found = _sequence(list(tree))
    if not found or any(not s for s in found):
        return None
    return found


class _Registry:
    """Every gated pattern's literals, and one scan that finds which of them a text holds.

    The scan is a single regular expression over all literals, arranged as a trie so the
    longest literal starting at each place is found; every literal starting there is a prefix
    of it, so `prefixes` gives them all. One scan per text (kept per text) serves every gate.
    """

    def __init__(self) -> None:
        # id(pattern) -> (pattern, what it needs): the pattern is kept, so its id is not reused
        self.known: dict[int, tuple[re.Pattern[str], Literals | None]] = {}
        self.version = 0
        # the scan, for each literal it can find the literals that are prefixes of it, and
        # all the literals it finds; replaced together, so a reader never sees one without the
        # others
        self.scan: tuple[re.Pattern[str], dict[str, Literals], Literals] | None = None
        self.every: set[str] = set()  # every literal gated so far
        self.dirty = False  # literals registered that the scan does not find yet
        self.lock = threading.Lock()

    def literals(self, pattern: re.Pattern[str]) -> Literals | None:
        known = self.known.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        lits = needed(pattern)
        with self.lock:
            if len(self.known) >= _MAX_KNOWN:  # only a caller compiling a pattern per call
                self.known.clear()
            self.known[id(pattern)] = (pattern, lits)
            if lits is not None and not lits <= self.every:
                self.every |= lits
                self.dirty = True  # the scan is rebuilt once, before the next text is scanned
        return lits

    def current(self) -> int:
        """The version of the scan, built now if none is (from every literal registered)."""
        if self.scan is None:
            self.settle()
        return self.version

    def settle(self) -> None:
        """A scan that finds every literal registered so far (rebuilt if one is missing)."""
        if self.dirty or self.scan is None:
            with self.lock:
                if self.dirty or self.scan is None:
                    self._rebuild(set(self.every))
                    self.dirty = False

    def _rebuild(self, every: set[str]) -> None:
        trie: dict = {}
        for lit in every:
            node = trie
            for ch in lit:
                node = node.setdefault(ch, {})
            node[""] = {}
        prefixes = {
            lit: frozenset(lit[:k] for k in range(1, len(lit) + 1) if lit[:k] in every)
            for lit in every
        }
        self.scan = (re.compile(_trie_pattern(trie)), prefixes, frozenset(every))
        self.version += 1


def _trie_pattern(node: dict) -> str:
    """A regular expression for the strings of `node`, longer ones tried first."""
    alts = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"  # greedy: the longer literal first
    return body


_REGISTRY = _Registry()
_MAX_KNOWN = 4096


@per_text(maxsize=64)
def _present(text: str, version: int) -> tuple[Literals, Literals]:
    """The literals a scan finds, and those of them `text` holds (the scan as the registry
    stood at `version` or later)."""
    if _REGISTRY.scan is None:
        return frozenset(), frozenset()
    scanner, prefixes, scanned = _REGISTRY.scan
    found: set[str] = set()
    pos, n = 0, len(text)
    while pos < n:
        m = scanner.search(text, pos)
        if m is None:
            break
        found |= prefixes[m.group()]
        pos = m.start() + 1
    return scanned, frozenset(found)


def literals(pattern: re.Pattern[str]) -> Literals | None:
    """What `pattern` needs (`needed`), worked out once per pattern and added to the scan."""
    return _REGISTRY.literals(pattern)


def held(text: str) -> Literals:
    """The literals the scan finds that `text` holds (one scan per text)."""
    return _present(text, _REGISTRY.current())[1]


def settle() -> None:
    """Build the scan now for every literal registered so far (at warm-up, not mid-call)."""
    _REGISTRY.settle()


def opens(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot find anything in `text` (or in any part of it): `text`
    holds none of the literals it needs, by the scan when it finds them all, else directly."""
    lits = _REGISTRY.literals(pattern)
    if lits is None:
        return True
    scanned, found = _present(text, _REGISTRY.current())
    if lits <= scanned:
        return not lits.isdisjoint(found)
    return any(lit in text for lit in lits)


def gated(items: tuple[T, ...], pattern_of: Callable[[T], re.Pattern[str]]) -> Gated[T]:
    """`items` (a rule table) indexed by what each one's pattern needs, once per table: a loop
    over many rules then looks up the literals a text holds instead of testing every rule."""
    known = _TABLES.get(id(items))
    if known is None or known[0] is not items:
        if len(_TABLES) >= _MAX_TABLES:  # only a caller building a table per call
            _TABLES.clear()
        always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for k, item in enumerate(items):
            lits = literals(pattern_of(item))
            if lits is None:
                always.append(k)
            for lit in lits or ():
                by_literal.setdefault(lit, []).append(k)
        index = Gated(
            items,
            tuple(always),
            {lit: tuple(v) for lit, v in by_literal.items()},
            frozenset(by_literal),
        )
        known = _TABLES[id(items)] = (items, index)
    return known[1]


@dataclass(frozen=True)
class Gated(Generic[T]):
    """A rule table with, for each literal, the rules whose pattern needs it."""

    items: tuple[T, ...]
    always: tuple[int, ...]  # items whose pattern needs no literal known
    by_literal: dict[str, tuple[int, ...]]  # literal -> the items that need it (or another)
    literals: Literals  # every literal of `by_literal`
    # (the scan's literals, those of `literals` it does not find): `_late`'s last answer
    unscanned: tuple[Literals, Literals] | None = field(default=None, compare=False)

    def open(self, text: str) -> list[T]:
        """The items whose pattern may find something in `text`, in their order."""
        scanned, found = _present(text, _REGISTRY.current())
        hits = found & self.literals  # usually none or one
        late = self._late(scanned)
        if late:
            hits |= {lit for lit in late if lit in text}
        if not hits:
            return [self.items[k] for k in self.always]
        chosen = set(self.always)
        for lit in hits:
            chosen.update(self.by_literal[lit])
        return [self.items[k] for k in sorted(chosen)]

    def _late(self, scanned: Literals) -> Literals:
        """The table's literals registered after the scan `scanned` was built (worked out once
        per scan: a subset test over a whole table per text would cost more than the gate)."""
        known = self.unscanned
        if known is None or known[0] is not scanned:
            known = (scanned, self.literals - scanned)
            object.__setattr__(self, "unscanned", known)  # a cache, not the table's value
        return known[1]


# id(table) -> (table, its index); tables are module constants, kept so an id is not reused
_TABLES: dict[int, tuple[tuple, Gated]] = {}
_MAX_TABLES = 256


def _better(a: Literals | None, b: Literals | None) -> Literals | None:
    """The more selective of two sets each of which a match needs: longer, then fewer."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list) -> Literals | None:
    """A concatenation needs what any one of its parts needs; runs of literal characters are
    needed whole."""
    best: Literals | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is C.AT or op is C.ASSERT_NOT or op is C.ASSERT:
            continue  # zero-width: nothing of its own (the run before it was closed above)
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _item(op, av) -> Literals | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            return None
        return _sequence(list(body))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _sequence(list(alt))
            if got is None:
                return None  # an alternative needs nothing: the whole needs nothing
            out |= got
        return frozenset(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.IN:
        chars = [a for o, a in av if o is C.LITERAL]
        if len(chars) == len(av) and 0 < len(chars) <= 3:
            return frozenset(chr(c) for c in chars)  # [,;] needs one of its characters
        return None
    return None  # any character, a class, a back reference: no literal known
