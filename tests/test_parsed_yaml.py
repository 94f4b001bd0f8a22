"""A corpus file's YAML is parsed once for all the processes of a run (tests/corpus/parsed_yaml.py):
the same data read back while the file's bytes are the same, parsed again once they change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from tests.corpus.parsed_yaml import in_turns, parsed


class Parser:
    """yaml.safe_load, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str):
        self.calls += 1
        return yaml.safe_load(text)


def test_a_file_is_parsed_once_and_its_data_read_back_after(tmp_path):
    corpus = tmp_path / "claims_x.yaml"
    corpus.write_text("- text: Ihr Termin ist gebucht.\n  kinds: [booked]\n", encoding="utf-8")
    parse = Parser()
    first, again = parsed(corpus, parse), parsed(corpus, parse)
    assert first == again == [{"text": "Ihr Termin ist gebucht.", "kinds": ["booked"]}]
    assert parse.calls == 1


def test_a_changed_file_is_parsed_again_and_its_old_data_dropped(tmp_path):
    corpus = tmp_path / "claims_x.yaml"
    corpus.write_text("- a\n", encoding="utf-8")
    parse = Parser()
    parsed(corpus, parse)
    corpus.write_text("- b\n", encoding="utf-8")
    assert parsed(corpus, parse) == ["b"]
    assert parse.calls == 2
    assert len(list((tmp_path / "__pycache__" / "yaml").glob("claims_x.*.marshal"))) == 1


def test_data_marshal_cannot_hold_is_parsed_every_time(tmp_path):
    corpus = tmp_path / "when_x.yaml"
    corpus.write_text("now: 2026-11-24\n", encoding="utf-8")
    parse = Parser()
    assert parsed(corpus, parse) == parsed(corpus, parse) == {"now": date(2026, 11, 24)}
    assert parse.calls == 2


def test_each_worker_starts_at_its_own_share_of_the_files(monkeypatch):
    paths = [Path(f"claims_{i}.yaml") for i in range(8)]
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "4")
    assert in_turns(paths) == paths[2:] + paths[:2]
    monkeypatch.delenv("PYTEST_XDIST_WORKER")
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT")
    assert in_turns(paths) == paths  # one process: in order
