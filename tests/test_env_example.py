""".env.example against the settings the code reads: a user copying it must see every setting,
its real default and what it means, and nothing the code ignores."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pydantic import SecretStr, TypeAdapter
from pydantic_settings import BaseSettings

from agent import tenants
from agent.config import Settings
from agent.dashboard.config import DashboardSettings

EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"
# `NAME=value` or `# NAME=value`, then an optional `# meaning`.
LINE = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(\S*)\s*(?:#\s*(.*))?$")
SETTINGS_CLASSES: tuple[type[BaseSettings], ...] = (Settings, DashboardSettings)


def example_lines() -> list[tuple[str, str, str]]:
    """(name, value, meaning) of every variable line, in file order."""
    found = []
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        m = LINE.match(line)
        if m:
            found.append((m.group(2), m.group(3), (m.group(4) or "").strip()))
    return found


def env_names(cls: type[BaseSettings]) -> list[str]:
    prefix = cls.model_config.get("env_prefix", "")
    return [(prefix + field).upper() for field in cls.model_fields]


def tenant_secret_names() -> set[str]:
    """Variables the tenants file's documented example names for a salon's secrets."""
    block = re.search(r"```yaml\n(.*?)```", tenants.__doc__ or "", re.S)
    assert block, "agent/tenants.py documents its file format in a yaml block"
    salons = yaml.safe_load(block.group(1))["salons"]
    return {v for salon in salons for k, v in salon.items() if k.endswith("_env")}


def plain(value: object) -> object:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


def test_every_setting_is_in_the_example_once() -> None:
    names = [name for name, _, _ in example_lines()]
    for cls in SETTINGS_CLASSES:
        missing = [n for n in env_names(cls) if n not in names]
        assert not missing, f".env.example lacks {cls.__name__} fields: {missing}"
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert not repeated, f".env.example names these more than once: {repeated}"


def test_the_example_names_nothing_the_code_does_not_read() -> None:
    known = {n for cls in SETTINGS_CLASSES for n in env_names(cls)} | tenant_secret_names()
    # OTEL_* are read by the OpenTelemetry SDK itself (agent/observability/tracing.py).
    unknown = [n for n, _, _ in example_lines() if n not in known and not n.startswith("OTEL_")]
    assert not unknown, f".env.example names variables no code reads: {unknown}"


def test_every_setting_has_a_meaning() -> None:
    known = {n for cls in SETTINGS_CLASSES for n in env_names(cls)}
    bare = [n for n, _, meaning in example_lines() if n in known and not meaning]
    assert not bare, f".env.example gives these no meaning: {bare}"


@pytest.mark.parametrize("cls", SETTINGS_CLASSES, ids=lambda c: c.__name__)
def test_values_shown_are_the_defaults(cls: type[BaseSettings]) -> None:
    # Read as the field reads it, from the field alone: the test's own environment
    # (LANGUAGE is a locale variable too) must not decide.
    prefix = cls.model_config.get("env_prefix", "").upper()
    shown = {n: v for n, v, _ in example_lines()}
    wrong = []
    for field, info in cls.model_fields.items():
        name = (prefix + field).upper()
        value = shown.get(name)
        if value is None:
            continue  # reported by test_every_setting_is_in_the_example_once
        expected = plain(info.get_default(call_default_factory=True))
        if value == "":
            ok = expected in (None, "")
        else:
            ok = plain(TypeAdapter(info.annotation).validate_python(value)) == expected
        if not ok:
            wrong.append(f"{name}={value!r} (default {expected!r})")
    assert not wrong, f".env.example shows values that are not the defaults: {wrong}"


@pytest.mark.parametrize("cls", SETTINGS_CLASSES, ids=lambda c: c.__name__)
def test_grouped_and_ordered_as_the_settings(cls: type[BaseSettings]) -> None:
    order = env_names(cls)
    shown = [n for n, _, _ in example_lines() if n in order]
    assert shown == [n for n in order if n in shown], (
        f".env.example lists {cls.__name__}'s variables in another order than its fields"
    )


@pytest.mark.parametrize("cls", SETTINGS_CLASSES, ids=lambda c: c.__name__)
def test_a_copied_example_loads(cls: type[BaseSettings]) -> None:
    """`cp .env.example .env` must start: its uncommented lines are valid values."""
    cls(_env_file=EXAMPLE)
