"""The tool schema (check_availability's argument descriptions) and both prompts give the model
examples of what to pass on as said; every one of them must be a form the resolvers read, so the
three describe the same accepted forms. An example that a change stops reading fails here."""

from __future__ import annotations

import inspect
import re
from datetime import datetime
from pathlib import Path

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.availability import check_availability
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
SALON = load_salon()
CATALOG = reference_catalog(SALON)
# a week before Christmas: every named day of the examples is within the booking year
NOW = datetime.fromisoformat("2026-12-22T09:00:00+01:00")
# the resolver's answers for words it did not read (a question about the range is no such answer)
NOT_READ = (
    "Nicht sicher verstanden",
    "kein verständliches",
    "keine verständliche",
    "keine gültige",
)
# example values that stand for a format or a whole field, not for words a caller says
NOT_WORDS = {"YYYY-MM-DD"}


def _schema_examples(field: str) -> list[str]:
    doc = inspect.getdoc(check_availability) or ""
    parts = re.split(r"\n    (\w+): ", "\n" + doc.split("Args:")[1])
    described = dict(zip(parts[1::2], parts[2::2], strict=True))
    return re.findall(r"'([^']+)'", " ".join(described[field].split()))


def _prompt_examples(field: str) -> list[str]:
    found = []
    for prompt in sorted(PROMPTS.glob("system_*.md")):
        line = next(
            x
            for x in prompt.read_text(encoding="utf-8").splitlines()
            if x.startswith(f"- `{field}`:")
        )
        found += re.findall(r'"([^"]+)"', line)
    return found


def _examples(field: str) -> list[str]:
    said = dict.fromkeys(_schema_examples(field) + _prompt_examples(field))
    return [s for s in said if s not in NOT_WORDS]


def test_the_schema_and_the_prompts_give_examples_for_every_field():
    for field in ("date", "time", "stylist", "service"):
        assert _schema_examples(field), field
        assert _prompt_examples(field), field


@pytest.mark.parametrize("said", _examples("date"))
def test_every_day_example_is_read(said):
    check = check_request(SALON, NOW, said, None, None, 30)
    assert not any(n in check.message for n in NOT_READ), (said, check.status, check.message)


@pytest.mark.parametrize("said", _examples("time"))
def test_every_time_example_is_read(said):
    check = check_request(SALON, NOW, "morgen", said, None, 30)
    assert not any(n in check.message for n in NOT_READ), (said, check.status, check.message)


@pytest.mark.parametrize("said", _examples("stylist"))
def test_every_stylist_example_names_someone_no_one_or_asks(said):
    if is_no_preference(said, CATALOG):
        return
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status != "unknown_stylist", said


@pytest.mark.parametrize("said", _examples("service"))
def test_every_service_example_is_a_service_a_question_or_named_as_not_offered(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status != "unknown_service" or match.not_offered, said
