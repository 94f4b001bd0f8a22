"""A test whose exception passed through an instruction without a line number is reported as a
failure (or error) like any other, not as pytest's INTERNALERROR that ends the whole run.

Why: CPython 3.11 gives `tb_lineno` None for an instruction the compiler left without a line
(the jump back to the head of a `for` loop whose body ends in an `if`, for one), and
pytest 9.2's traceback formatting subtracts 1 from it (`TracebackEntry.lineno`: TypeError).
pytest-timeout's `signal` method raises its `Failed` from a signal handler, at whatever
instruction the test was, so a test reaching the suite's timeout there stopped every xdist
worker, with no results at all (no upgrade fixes it: pytest 9.2.0 and pytest-timeout 2.4.0 are
the newest). Before the report is made, such tracebacks are rebuilt with, for each entry without
a line, the line of the nearest instruction before it that has one. The exception, its message
and the test's outcome are unchanged.
"""

from __future__ import annotations

import types
from collections.abc import Generator
from typing import Any

import pytest


def _line_before(code: types.CodeType, lasti: int) -> int:
    """The line of the last instruction at or before byte offset `lasti` that has one."""
    line = code.co_firstlineno
    for start, _end, lineno in code.co_lines():
        if start > lasti:
            break
        if lineno is not None:
            line = lineno
    return line


def with_line_numbers(tb: types.TracebackType | None) -> types.TracebackType | None:
    """`tb` itself when every entry has a line number, else a copy in which each entry without
    one has the line of the nearest instruction before it (the same frames and instructions)."""
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if all(entry.tb_lineno is not None for entry in entries):
        return entries[0] if entries else None
    rebuilt = None
    for entry in reversed(entries):
        lineno = entry.tb_lineno
        if lineno is None:
            lineno = _line_before(entry.tb_frame.f_code, entry.tb_lasti)
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, lineno)
    return rebuilt


def give_line_numbers(exc: BaseException) -> bool:
    """Every traceback pytest may format for `exc` (its own, its causes' and contexts', an
    exception group's members') given line numbers; whether any had to be rebuilt."""
    changed = False
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        tb = current.__traceback__
        fixed = with_line_numbers(tb)
        if fixed is not tb:
            current.__traceback__ = fixed
            changed = True
        linked = [current.__cause__, current.__context__]
        linked += getattr(current, "exceptions", ())
        pending += [e for e in linked if isinstance(e, BaseException)]
    return changed


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Generator:
    if call.excinfo is not None and give_line_numbers(call.excinfo.value):
        call.excinfo = pytest.ExceptionInfo.from_exception(call.excinfo.value)
    return (yield)
