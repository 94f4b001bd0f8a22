"""Module-level patterns compiled on first use, not at import.

The claims engine's modules compiled some 2,500 patterns at module level: about 0.6 s of the
package's 1.1 s import, paid by every process that imports it (each test worker, each
subprocess test, each CLI) whether it reads one sentence or none. `lazy(pattern, flags)` stands
where `re.compile` stood (`scripts/lazy_patterns.py` applies it to module-level calls and
checks none is left) and compiles on the first method or value asked for; `pattern` (the source)
is there without compiling, so patterns built from other patterns' text compile nothing.

The server compiles all of them before a call starts (`compile_all`, from `read.warm_up`), so no
caller waits for a compile mid-sentence, and then binds the modules' names to the compiled
patterns themselves: a method read through this object costs about 10 ns more a call, some
thousands of calls a sentence (2-3 % of `decide`, measured). Not a `re.Pattern`: passed to
`re.search(P, …)` or `isinstance(P, re.Pattern)` it fails; the rules call its methods
(`scripts/lazy_patterns.py --audit` lists the calls to check).
"""

from __future__ import annotations

import re
import sys
from typing import Any

from agent.claims import first_chars

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_VALUES = ("flags", "groups", "groupindex", "scanner")


class LazyPattern:
    """A pattern's source and flags, compiled when first used (see the module's docstring).

    Until then its class is `_Waiting`, whose `__getattr__` compiles; then `_Compiled`, with no
    `__getattr__`, so an attribute is read the plain way the interpreter specialises (a class
    with `__getattr__` makes every attribute read, `search` included, take a slower path)."""

    __slots__ = ("_flags", "compiled", "pattern", *_METHODS, *_VALUES)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self.compiled: re.Pattern[str] | None = None
        self.__class__ = _Waiting

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern; its methods and values kept on this object from now on."""
        compiled = self.compiled
        if compiled is None:
            compiled = first_chars.compile(self.pattern, self._flags)
            for name in (*_METHODS, *_VALUES):
                setattr(self, name, getattr(compiled, name))
            self.compiled = compiled  # last: a thread that sees it sees every method set
            self.__class__ = _Compiled
        return compiled

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


class _Waiting(LazyPattern):
    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # only for what is not set yet: a method or value before the first compile
        if name.startswith("__") or name not in _METHODS + _VALUES:
            raise AttributeError(name)
        self.compile()
        return getattr(self, name)


class _Compiled(LazyPattern):
    __slots__ = ()


_MADE: list[LazyPattern] = []  # every lazy pattern not compiled by `compile_all` yet
_ALL_COMPILED = False  # `compile_all` has run: a pattern made from now on is compiled at once


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use (typed as the pattern it stands for).
    After `compile_all` (a module imported late) it is compiled at once, and none is kept."""
    if _ALL_COMPILED:
        return first_chars.compile(pattern, flags)
    made = LazyPattern(pattern, int(flags))
    _MADE.append(made)
    return made  # type: ignore[return-value]


def compile_all() -> int:
    """Compile every lazy pattern made so far (at warm-up, before a call); how many were left.

    A module-level name of the engine's modules that holds one is then bound to the compiled
    pattern itself: a rule's `_PATTERN.search(…)` is the plain method call again, with none of
    the object's cost per call (about 10 ns; some thousands a sentence). The ones held inside
    rule tables, tuples and rules stay this object, compiled (the same pattern, the same
    answers; no table is keyed or compared by pattern: tests/test_claims_lazy_pattern.py)."""
    global _ALL_COMPILED
    _ALL_COMPILED = True
    left = [p for p in _MADE if p.compiled is None]
    for p in left:
        p.compile()
    _MADE.clear()
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("agent.claims"):
            continue
        for key, value in list(vars(module).items()):
            if isinstance(value, LazyPattern):
                setattr(module, key, value.compile())
    return len(left)


def waiting() -> int:
    """How many lazy patterns are not compiled yet."""
    return sum(p.compiled is None for p in _MADE)
