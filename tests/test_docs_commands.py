"""The user-facing docs against the code: the commands they show parse with run_agent.py's own
parser, the README's command table lists exactly its commands, and relative links lead to files
that exist. A renamed option, command or file then fails here, not in a new user's terminal."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import run_agent

ROOT = Path(__file__).resolve().parent.parent
DOCS = [
    "README.md",
    "docs/architecture.md",
    "docs/deploy.md",
    "docs/observability.md",
    "replays/README.md",
]
FENCE = re.compile(r"```(?:bash|sh|shell)\n(.*?)```", re.S)
SHELL_OPERATOR = re.compile(r"\s(?:&&|\|\|?|;|[<>]|2>)\s")
LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")


def shown_invocations(text: str) -> list[str]:
    """Each `run_agent.py ...` command of the doc's shell blocks, comments and line joins gone."""
    found = []
    for block in FENCE.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            command = line.split(" #", 1)[0].strip()
            if "run_agent.py " in command:
                found.append(command)
    return found


def argv_of(line: str) -> list[str]:
    """The arguments after `run_agent.py`, up to the next shell operator or redirection."""
    tail = line.split("run_agent.py ", 1)[1]
    return shlex.split(SHELL_OPERATOR.split(tail, 1)[0])


INVOCATIONS = [
    (doc, line) for doc in DOCS for line in shown_invocations((ROOT / doc).read_text("utf-8"))
]


def test_the_docs_show_commands() -> None:
    assert len(INVOCATIONS) > 10  # the extraction still finds the README's examples


@pytest.mark.parametrize(("doc", "line"), INVOCATIONS, ids=[f"{d}: {c}" for d, c in INVOCATIONS])
def test_a_shown_command_parses(doc: str, line: str) -> None:
    parser = run_agent.build_parser()
    try:
        parser.parse_args(argv_of(line))
    except SystemExit as exc:  # argparse's way of refusing
        pytest.fail(f"{doc}: `{line}` does not parse (exit {exc.code})")


def test_the_readme_command_table_lists_every_command() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([a-z-]+)[^`]*` \|", section, re.M)
    assert sorted(listed) == sorted(run_agent.COMMANDS)


@pytest.mark.parametrize("doc", DOCS)
def test_relative_links_lead_to_files(doc: str) -> None:
    path = ROOT / doc
    missing = [
        target
        for target in LINK.findall(path.read_text("utf-8"))
        if "://" not in target and not (path.parent / target).exists()
    ]
    assert not missing, f"{doc} links to files that do not exist: {missing}"
