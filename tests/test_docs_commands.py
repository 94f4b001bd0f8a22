"""The user-facing docs against the code: the commands they show parse with run_agent.py's own
parser, the README's command table lists exactly its commands, and relative links lead to files
and headings that exist. A renamed option, command, file or section then fails here, not in a new
user's terminal."""

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
    "docs/claims.md",
    "docs/claims-history.md",
    "docs/understanding-history.md",
    "docs/performance-history.md",
    "docs/deploy.md",
    "docs/observability.md",
    "docs/review-e2e.md",
    "replays/README.md",
]
FENCE = re.compile(r"```(?:bash|sh|shell)\n(.*?)```", re.S)
SHELL_OPERATOR = re.compile(r"\s(?:&&|\|\|?|;|[<>]|2>)\s")
LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
ANCHORED_LINK = re.compile(r"\]\(([^)\s#]*)#([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*$", re.M)


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


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the file's headings: lower case, punctuation but `-` and `_`
    dropped, spaces as `-`, a repeated one numbered (`-1`, `-2`); code blocks skipped."""
    text = re.sub(r"```.*?```", "", path.read_text("utf-8"), flags=re.S)
    seen: dict[str, int] = {}
    found = set()
    for heading in HEADING.findall(text):
        heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def test_anchors_collects_githubs_heading_ids(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("# Cal.com\n## Traces, metrics, logs\n```\n# not a heading\n```\n## Cal.com\n")
    assert anchors(doc) == {"calcom", "traces-metrics-logs", "calcom-1"}


@pytest.mark.parametrize("doc", DOCS)
def test_links_to_a_heading_find_it(doc: str) -> None:
    path = ROOT / doc
    missing = []
    for target, anchor in ANCHORED_LINK.findall(path.read_text("utf-8")):
        if "://" in target:
            continue
        linked = (path.parent / target) if target else path
        if linked.suffix == ".md" and linked.exists() and anchor not in anchors(linked):
            missing.append(f"{target}#{anchor}")
    assert not missing, f"{doc} links to headings that do not exist: {missing}"
