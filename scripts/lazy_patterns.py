"""Module-level `re.compile(...)` in agent/claims written as `lazy(...)` (agent.claims.lazy_pattern).

A pattern compiled at module level costs every process that imports the claims engine its
compile time, used or not; `lazy` compiles it on first use. This script applies that change,
mechanically, to every call of `re.compile` that runs at import (outside any function or
lambda: module and class bodies, their comprehensions), adds the import, and lets ruff sort the
imports and drop an `import re` left unused. Calls inside functions stay as they are (they run
when called; a lazy pattern made per call would only be kept for `compile_all`). It also lists
every call of a `re` function whose pattern argument is not written out as a string, the places
where a lazy pattern would be passed where a compiled one is needed (`re.search(P, …)`), for a
reader to confirm.

Run: .venv/bin/python scripts/lazy_patterns.py --apply     # rewrite agent/claims
     .venv/bin/python scripts/lazy_patterns.py --check     # exit 1 if a module-level call is left
     .venv/bin/python scripts/lazy_patterns.py --audit     # `re.f(X, …)` with X not a string
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "agent" / "claims"
SKIP = {"lazy_pattern.py"}
IMPORT = "from agent.claims.lazy_pattern import lazy\n"
_RE_FUNCTIONS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def _is_re(func: ast.expr, names: set[str]) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in names
    )


def import_time_compiles(tree: ast.Module) -> list[ast.Call]:
    """The `re.compile(...)` calls of a module that run when it is imported."""
    found: list[ast.Call] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _SCOPES):
                # a function's defaults and decorators run at import, its body does not
                for part in (*child.args.defaults, *child.args.kw_defaults):
                    if part is not None:
                        walk_expr(part)
                for deco in getattr(child, "decorator_list", ()):
                    walk_expr(deco)
                continue
            if isinstance(child, ast.Call) and _is_re(child.func, {"compile"}):
                found.append(child)
            walk(child)

    def walk_expr(node: ast.AST) -> None:
        if isinstance(node, ast.Call) and _is_re(node.func, {"compile"}):
            found.append(node)
        walk(node)

    walk(tree)
    return found


def _rewrite(path: Path) -> bool:
    source = path.read_text()
    calls = import_time_compiles(ast.parse(source))
    if not calls:
        return False
    lines = source.splitlines(keepends=True)
    # right to left within a line, so earlier columns stay where they are
    for call in sorted(calls, key=lambda c: (c.func.lineno, c.func.col_offset), reverse=True):
        f = call.func
        assert f.lineno == f.end_lineno
        line = lines[f.lineno - 1]
        # offsets are in UTF-8 bytes
        raw = line.encode()
        raw = raw[: f.col_offset] + b"lazy" + raw[f.end_col_offset :]
        lines[f.lineno - 1] = raw.decode()
    text = "".join(lines)
    if IMPORT not in text:
        text = _with_import(text)
    path.write_text(text)
    return True


def _with_import(text: str) -> str:
    """The import added after the module's first import statement (ruff sorts it after)."""
    tree = ast.parse(text)
    imports = [
        n
        for n in tree.body
        if isinstance(n, ast.Import | ast.ImportFrom) and getattr(n, "module", None) != "__future__"
    ]
    first = imports[0] if imports else None
    lines = text.splitlines(keepends=True)
    at = (first.lineno - 1) if first is not None else 0
    return "".join([*lines[:at], IMPORT, *lines[at:]])


def apply() -> list[Path]:
    changed = [
        p for p in sorted(CLAIMS.rglob("*.py")) if p.name not in SKIP and _rewrite(p)
    ]  # fmt: skip
    if changed:
        files = [str(p) for p in changed]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "--fix", "--select", "I001,F401", *files], check=False)
        subprocess.run([*ruff, "format", *files], check=False)
    return changed


def left() -> list[str]:
    """`file:line` of every module-level `re.compile` call still in agent/claims."""
    out = []
    for p in sorted(CLAIMS.rglob("*.py")):
        if p.name in SKIP:
            continue
        for call in import_time_compiles(ast.parse(p.read_text())):
            out.append(f"{p.relative_to(ROOT)}:{call.lineno}")
    return out


def audit(paths: list[Path]) -> list[str]:
    """Calls `re.f(X, …)` whose X is not a string written out (a name, a call, …)."""
    out = []
    for p in paths:
        for node in ast.walk(ast.parse(p.read_text())):
            if not (isinstance(node, ast.Call) and _is_re(node.func, _RE_FUNCTIONS | {"compile"})):
                continue
            arg = node.args[0] if node.args else None
            if arg is None or _written_string(arg):
                continue
            out.append(f"{p.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:100]}")
    return out


def _written_string(node: ast.expr) -> bool:
    """A string literal, an f-string, a `.pattern`, or `+` / `%` / `.format` / `.join` of them."""
    if isinstance(node, ast.Constant | ast.JoinedStr):
        return isinstance(node, ast.JoinedStr) or isinstance(node.value, str)
    if isinstance(node, ast.Attribute) and node.attr == "pattern":
        return True
    if isinstance(node, ast.BinOp):
        return _written_string(node.left) or _written_string(node.right)
    return False


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--apply", action="store_true", help="rewrite agent/claims")
    g.add_argument("--check", action="store_true", help="fail if a module-level call is left")
    g.add_argument("--audit", action="store_true", help="list re calls given no written string")
    args = p.parse_args()
    if args.apply:
        changed = apply()
        print(f"{len(changed)} modules rewritten")
        return 0
    if args.check:
        rest = left()
        print("\n".join(rest) or "none left")
        return 1 if rest else 0
    paths = sorted((ROOT / "agent").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))
    print("\n".join(audit(paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
