"""The time phrases' patterns are compiled once per role, not at every phrase read: a server
process fills re's own cache (512 patterns, the oldest dropped first) before its first call, so
a pattern left to that cache is compiled again (~50-75 ms for these on the loaded 2-vCPU EPYC
VM) once enough others came after it."""

from __future__ import annotations

import re

from tools.when import times


def test_time_terms_compiles_its_patterns_once_per_role(monkeypatch):
    built: list[str] = []
    patterns = times._patterns

    def counting(role: str):
        built.append(role)
        return patterns(role)

    monkeypatch.setattr(times, "_patterns", counting)
    monkeypatch.setattr(times, "_COMPILED", {})
    for _ in range(3):
        for role in ("time", "date"):
            times.time_terms("freitag so gegen halb elf", role)
        re.purge()  # re's cache emptied, as other patterns push these out of it
    assert built == ["time", "date"]


def test_what_time_terms_finds_does_not_depend_on_its_patterns_being_compiled_before():
    first = times.time_terms("morgen zwischen 3 und 5", "time")
    times._COMPILED.clear()
    re.purge()
    assert times.time_terms("morgen zwischen 3 und 5", "time") == first
