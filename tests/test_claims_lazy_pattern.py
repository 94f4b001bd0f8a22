"""A module-level pattern of the claims engine is compiled on first use, not at import, and
behaves as the compiled pattern it stands for; the server compiles them all before a call."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from agent.claims.lazy_pattern import LazyPattern, compile_all, lazy, waiting

ROOT = Path(__file__).resolve().parent.parent


def test_made_without_compiling_and_compiled_on_first_use() -> None:
    p = LazyPattern(r"\bgebucht\b")
    assert p.compiled is None
    assert p.pattern == r"\bgebucht\b"  # its source, for patterns built from it
    assert p.search("ist gebucht").group() == "gebucht"
    assert p.compiled is not None


def test_answers_as_the_compiled_pattern() -> None:
    source, flags = r"(?P<day>\w+)tag(?i:\s+UM)?", re.MULTILINE
    lazy_one, compiled = LazyPattern(source, flags), re.compile(source, flags)
    text = "Am Freitag um zehn, am Samstag UM elf"
    assert lazy_one.flags == compiled.flags  # inline flags included, as the gates read them
    assert lazy_one.search(text)[0] == compiled.search(text)[0]
    assert lazy_one.match(text) is None and compiled.match(text) is None
    assert lazy_one.fullmatch("Montag")["day"] == compiled.fullmatch("Montag")["day"]
    assert lazy_one.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy_one.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert lazy_one.sub("X", text) == compiled.sub("X", text)
    assert lazy_one.subn("X", text) == compiled.subn("X", text)
    assert lazy_one.split(text) == compiled.split(text)
    assert (lazy_one.groups, lazy_one.groupindex) == (compiled.groups, compiled.groupindex)


def test_an_unknown_attribute_is_an_error_not_a_compile() -> None:
    p = LazyPattern("x")
    try:
        p.no_such_thing  # noqa: B018
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an unknown attribute answered")
    assert p.compiled is None


def test_after_compile_all_a_new_pattern_is_compiled_at_once() -> None:
    compile_all()
    assert waiting() == 0
    assert isinstance(lazy(r"\bstorniert\b"), re.Pattern)


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_importing_the_engine_compiles_few_patterns_and_warm_up_compiles_the_rest() -> None:
    code = (
        "import agent.claims as c, agent.claims.lazy_pattern as lp\n"
        "print(lp.waiting(), len(lp._MADE))\n"
        "c.warm_up()\n"
        "print(lp.waiting())\n"
    )
    first, after = _run(code).splitlines()[-2:]
    waiting_at_import, made = map(int, first.split())
    assert made > 2000 and waiting_at_import > made // 2  # rule triggers: their gates at import
    assert int(after) == 0


def test_no_module_level_re_compile_is_left_in_the_engine() -> None:
    """A new module's patterns are written with `lazy` too (scripts/lazy_patterns.py --apply
    rewrites them)."""
    from scripts.lazy_patterns import left

    assert left() == []


def test_after_warm_up_the_modules_names_are_the_compiled_patterns() -> None:
    code = (
        "import agent.claims as c, agent.claims.slots as s\n"
        "from agent.claims.lazy_pattern import LazyPattern\n"
        "print(type(s._BENEFICIARY).__name__)\n"
        "c.warm_up()\n"
        "print(type(s._BENEFICIARY).__name__)\n"
    )
    assert _run(code).splitlines()[-2:] == ["_Waiting", "Pattern"]


def test_no_table_of_the_engine_is_keyed_by_a_pattern() -> None:
    """Binding a name to the compiled pattern changes which object it is: no dict key or set
    member of the engine's module-level data may be a lazy pattern (found again by the name)."""
    import agent.claims  # noqa: F401

    found: list[str] = []
    seen: set[int] = set()

    def walk(value: object, path: str, depth: int) -> None:
        if id(value) in seen or depth > 6:
            return
        seen.add(id(value))
        if isinstance(value, dict):
            found.extend(f"{path} key" for k in value if isinstance(k, LazyPattern))
            for v in value.values():
                walk(v, path, depth + 1)
        elif isinstance(value, set | frozenset):
            found.extend(f"{path} member" for k in value if isinstance(k, LazyPattern))
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v, path, depth + 1)

    for name, module in list(sys.modules.items()):
        if name.startswith("agent.claims") and module is not None:
            for key, value in vars(module).items():
                walk(value, f"{name}.{key}", 0)
    assert found == []
