"""`replay FILE...`: play calls through the pipeline on the embedded sandbox and check them.

Exit code 0 when every expectation of every file holds, 1 when one fails (each failure printed,
expected vs got), 2 when a file cannot be read or `--llm openai` has no key.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Format: replays/README.md. Exit 0: every replay passed; 1: one failed; 2: a file did "
        "not load, none was given, or the live model is unavailable."
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="replay YAML files, or directories of them"
    )
    parser.add_argument(
        "--llm",
        choices=("scripted", "openai"),
        default="scripted",
        help="scripted: the model output written in the file (offline, default); openai: the live "
        "model (needs OPENAI_API_KEY), scripted output ignored, differences reported as findings",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="tool results and logs too")
    parser.add_argument("--json", action="store_true", help="one JSON report on stdout")


def replay_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.glob("*.yaml") if f.is_file())
        else:
            files.append(p)
    return files


async def run(args: argparse.Namespace) -> int:
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="DEBUG" if args.verbose else "ERROR")

    from agent.commands.calendar_note import REPLAY_CALENDAR_NOTE
    from agent.replay.loader import ReplayFileError, load_replay
    from agent.replay.report import ConversationPrinter, outcome_json, verdict_lines
    from agent.replay.runner import LiveModelUnavailableError, run_replay

    live = args.llm == "openai"
    out = sys.stderr if args.json else sys.stdout
    files = replay_files(args.files)
    if not files:
        print("no replay files given", file=sys.stderr)
        return 2
    print(REPLAY_CALENDAR_NOTE, file=out)  # with --json on stderr: stdout stays one JSON report

    exit_code = 0
    reports = []
    for path in files:
        try:
            replay = await asyncio.to_thread(load_replay, path)
        except ReplayFileError as exc:
            print(f"✗ {exc}", file=sys.stderr)
            exit_code = 2
            continue
        mode = "live model (openai)" if live else "scripted model"
        print(f"━━ {path} — {replay.name}  [{mode}]", file=out)
        try:
            outcome = await run_replay(
                replay, live=live, listener=ConversationPrinter(out, verbose=args.verbose)
            )
        except LiveModelUnavailableError as exc:
            print(f"✗ {exc}", file=sys.stderr)
            return 2
        print("\n".join(verdict_lines(outcome, verbose=args.verbose)), file=out)
        print(file=out)
        reports.append(outcome_json(outcome))
        if not outcome.passed:
            exit_code = max(exit_code, 1)

    passed = sum(1 for r in reports if r["passed"])
    print(f"{passed} of {len(files)} replay(s) passed", file=out)
    if args.json:
        print(
            json.dumps({"replays": reports, "exit_code": exit_code}, ensure_ascii=False, indent=2)
        )
    return exit_code
