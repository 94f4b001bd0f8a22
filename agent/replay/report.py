"""Printing a replay: the conversation as it happens, then one pass/fail line per expectation."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from agent.replay.record import Item
from agent.replay.runner import ReplayOutcome


class ConversationPrinter:
    """A listener that prints each line of the call the moment it happens."""

    def __init__(self, out: TextIO | None = None, *, verbose: bool = False):
        self.out = out or sys.stdout
        self.verbose = verbose

    def __call__(self, turn: int, item: Item) -> None:
        self.out.write(item_line(item, verbose=self.verbose) + "\n")
        self.out.flush()


def item_line(item: Item, *, verbose: bool = False) -> str:
    if item.kind == "user":
        return f"  Anrufer: {item.text}"
    if item.kind == "bot":
        cut = " [unterbrochen / cut off]" if item.interrupted else ""
        return f"  Agent:   {item.text or '(schweigt)'}{cut}"
    if item.kind == "tool" and item.tool is not None:
        late = " [Ergebnis kommt später / late result]" if item.late else ""
        line = f"           → {item.tool.label()}{late}"
        if verbose and item.tool.result:
            line += "\n             " + json.dumps(item.tool.result, ensure_ascii=False)
        return line
    if item.kind == "event":
        return f"  ⚡ {item.text}"
    return f"  · {item.text}"


def verdict_lines(outcome: ReplayOutcome, *, verbose: bool = False) -> list[str]:
    lines = []
    if outcome.error:
        lines.append(f"  ERROR  the run broke: {outcome.error}")
    for check in outcome.checks:
        lines.append("  " + check.line().replace("\n", "\n  "))
    for finding in outcome.record.findings:
        lines.append(f"  FINDING  {finding}")
    failed = len(outcome.failed)
    total = len(outcome.checks)
    if outcome.passed:
        lines.append(f"  => PASSED ({total} checks)")
    else:
        what = f"{failed} of {total} checks failed" + ("; the run broke" if outcome.error else "")
        lines.append(f"  => FAILED ({what})")
    return lines


def outcome_json(outcome: ReplayOutcome) -> dict[str, Any]:
    return {
        "file": str(outcome.replay.path),
        "name": outcome.replay.name,
        "passed": outcome.passed,
        "live_model": outcome.live,
        "error": outcome.error,
        "call_id": outcome.record.call_id,
        "ended_by": outcome.record.ended_by,
        "checks": [
            {"where": c.where, "what": c.what, "passed": c.passed, "detail": c.detail}
            for c in outcome.checks
        ],
        "findings": outcome.record.findings,
        "before": [{"kind": i.kind, "text": i.text} for i in outcome.record.before],
        "conversation": [
            {
                "turn": t.index + 1,
                "kind": i.kind,
                "text": i.text,
                **(
                    {"tool": i.tool.name, "arguments": i.tool.arguments, "result": i.tool.result}
                    if i.tool
                    else {}
                ),
            }
            for t in outcome.record.turns
            for i in t.items
        ],
    }
