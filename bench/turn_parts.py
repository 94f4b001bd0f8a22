"""What a turn's latency is made of: each caller's turn (end of speech -> first bot audio at the
caller) cut into the server's steps, from bench/turn_trace.py's events joined on the call's
stream SID (one clock: perf_counter is CLOCK_MONOTONIC in every process of the machine).

Parts of a turn, in order (they add up to its latency):
- `to VAD stop`: the caller's last frame -> the stop strategy takes the VAD's stop up (Silero's
  0.2 s of silence, the frames' way in, the VAD's scores, the aggregator's queue);
- `to turn stop`: -> the turn ends: the later of Smart Turn's verdict (`verdict`: queued for a
  pool thread, runnable without a core, its CPU, the loop taking it up) and the transcript
  (`transcript`: the STT's final, then waiting in the user aggregator's queue); with silence
  turn detection the fixed silence's timer instead (`silence timer late`: the turn's stop past
  the moment the timer was due, its wake-up on a busy loop);
- `reply`: -> the reply's first audio leaves the serializer: `to LLM` (the context to the
  stand-in LLM), `tool` and `tool to LLM` (check-and-hold; of it `guard's facts read`, the
  call's ledger rows read again before the result goes to the LLM), `LLM to TTS` (the last response's
  first token delay, its text through the guard and sentences), `TTS` (to its first audio),
  `TTS to socket` (the output transport);
- `to caller`: -> the caller's process reads it (loopback, the callers' own event loop).

Per level `decompose` gives each part's p50/p95 and, for the slowest turns (those at or above
the level's p90 per turn kind), how much each part took beyond the lone calls' median of that
part: where the tail's added time is.

Run: .venv/bin/python bench/turn_parts.py TRACE_PREFIX RESULTS_JSON [--mode smart]
(TRACE_PREFIX: `concurrent_calls.py --trace-turns`'s FILE; its workers wrote FILE.0, FILE.1 ...)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import percentile

PARTS = ("to VAD stop", "to turn stop", "reply", "to caller")
DETAIL = ("verdict", "verdict queued", "verdict runnable", "verdict cpu", "verdict back",
          "silence timer late", "transcript", "transcript queued", "to LLM", "tool",
          "tool to LLM", "guard's facts read", "LLM to TTS", "TTS", "TTS to socket")  # fmt: skip
TAIL_QUANTILE = 90


def read_traces(prefix: Path) -> dict[str, list[tuple[float, str, Any]]]:
    """Each call's events (by stream SID), in time order, from every worker's file."""
    events: dict[str, list[tuple[float, str, Any]]] = defaultdict(list)
    for path in sorted(prefix.parent.glob(prefix.name + ".*")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if len(row) >= 5 and row[4] is not None:
                events[row[4]].append((row[0], row[2], row[3]))
    for rows in events.values():
        rows.sort(key=lambda r: r[0])
    return events


def _first(rows: list[tuple[float, str, Any]], name: str, after: float, before: float) -> Any:
    for t, n, detail in rows:
        if n == name and after <= t <= before:
            return t, detail
    return None


def _last(rows: list[tuple[float, str, Any]], name: str, after: float, before: float) -> Any:
    found = None
    for t, n, detail in rows:
        if n == name and after <= t <= before:
            found = (t, detail)
    return found


def turn_parts(rows: list[tuple[float, str, Any]], spoke: float, heard: float) -> dict | None:
    """One turn's parts (seconds), or None when the trace lacks a step of it."""
    vad = _first(rows, "_handle_vad_user_stopped_speaking>", spoke, heard)
    stop = vad and _first(rows, "trigger_user_turn_stopped>", vad[0], heard)
    out = stop and _last(rows, "audio out", stop[0], heard)
    if not (vad and stop and out):
        return None
    parts: dict[str, float] = {
        "latency": heard - spoke,
        "to VAD stop": vad[0] - spoke,
        "to turn stop": stop[0] - vad[0],
        "reply": out[0] - stop[0],
        "to caller": heard - out[0],
    }
    began = _first(rows, "verdict>", vad[0], stop[0])
    ended = began and _first(rows, "verdict<", began[0], heard)
    if began and ended:
        parts["verdict"] = ended[0] - began[0]
        split = ended[1][1] if isinstance(ended[1], list) and len(ended[1]) > 1 else None
        for key in ("queued", "runnable", "cpu", "back"):
            if split and key in split:
                parts[f"verdict {key}"] = split[key]
    timer = _first(rows, "_user_speech_timeout_handler>", vad[0], stop[0])
    if timer and isinstance(timer[1], int | float):
        parts["silence timer late"] = stop[0] - (timer[0] + timer[1])
    pushed = _first(rows, "stt: transcript pushed", spoke, stop[0])
    handled = _first(rows, "_handle_transcription>", spoke, stop[0])
    if pushed and handled:
        parts["transcript"] = pushed[0] - vad[0]
        parts["transcript queued"] = handled[0] - pushed[0]
    tool_began = _first(rows, "tool>", stop[0], out[0])
    tool_ended = tool_began and _first(rows, "tool<", tool_began[0], out[0])
    if tool_began and tool_ended:
        parts["tool"] = tool_ended[0] - tool_began[0]
    llm = _first(rows, "llm>", stop[0], out[0])
    if llm:
        parts["to LLM"] = llm[0] - stop[0]
    if tool_ended:
        again = _first(rows, "llm>", tool_ended[0], out[0])
        if again:
            parts["tool to LLM"] = again[0] - tool_ended[0]
        facts = _first(rows, "facts>", tool_ended[0], out[0])
        facts_read = facts and _first(rows, "facts<", facts[0], out[0])
        if facts_read:
            parts["guard's facts read"] = facts_read[0] - facts[0]
    tts = _last(rows, "tts>", stop[0], out[0])
    spoke_first = tts and _first(rows, "tts audio", tts[0], out[0])
    last_llm = tts and _last(rows, "llm>", stop[0], tts[0])
    if tts and last_llm:
        parts["LLM to TTS"] = tts[0] - last_llm[0]
    if tts and spoke_first:
        parts["TTS"] = spoke_first[0] - tts[0]
        parts["TTS to socket"] = out[0] - spoke_first[0]
    return parts


def level_turns(
    calls: list[dict[str, Any]], events: dict[str, list[tuple[float, str, Any]]]
) -> list[dict[str, Any]]:
    """Each answered turn of a level's calls with its parts (turns without a full trace left out)."""
    turns = []
    for call in calls:
        rows = events.get(call.get("stream_sid") or "", [])
        for turn in call.get("turns", []):
            spoke, heard = turn.get("speech_end_at"), turn.get("first_audio_at")
            if not rows or spoke is None or heard is None:
                continue
            parts = turn_parts(rows, spoke, heard)
            if parts is not None:
                turns.append({"kind": turn["kind"], **parts})
    return turns


def decompose(turns: list[dict[str, Any]], lone: list[dict[str, Any]]) -> dict[str, Any]:
    """Each part's p50/p95 over the level's turns, and the slowest turns' time beyond the lone
    calls' median per part (per turn kind), averaged over those turns."""
    names = ("latency", *PARTS, *DETAIL)
    spread = {
        name: {"p50": percentile(v, 50), "p95": percentile(v, 95), "n": len(v)}
        for name in names
        if (v := [t[name] for t in turns if name in t])
    }
    tail: dict[str, list[float]] = defaultdict(list)
    tail_turns = 0
    for kind in {t["kind"] for t in turns}:
        mine = [t for t in turns if t["kind"] == kind]
        base = [t for t in lone if t["kind"] == kind]
        if not base:
            continue
        cut = percentile([t["latency"] for t in mine], TAIL_QUANTILE)
        for t in mine:
            if t["latency"] < cut:
                continue
            tail_turns += 1
            for name in names:
                ref = [b[name] for b in base if name in b]
                if name in t and ref:
                    tail[name].append(t[name] - statistics.median(ref))
    return {
        "turns": len(turns),
        "parts": spread,
        "tail_turns": tail_turns,
        "tail_added": {name: statistics.fmean(v) for name, v in tail.items() if v},
    }


def render(name: str, d: dict[str, Any]) -> str:
    """One line per part: p50/p95, and the tail's mean time beyond lone calls, ms."""

    def cell(part: str) -> str:
        s = d["parts"].get(part)
        if not s:
            return f"{part} -"
        added = d["tail_added"].get(part)
        more = f", tail +{added * 1000:.0f}" if added is not None else ""
        return f"{part} {s['p50'] * 1000:.0f}/{s['p95'] * 1000:.0f}{more}"

    cells = "; ".join(cell(p) for p in ("latency", *PARTS, *DETAIL))
    return (
        f"{name}: {d['turns']} turns, p50/p95 ms (tail: the {d['tail_turns']} turns at or over"
        f" p{TAIL_QUANTILE}, mean beyond lone medians): {cells}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("trace", type=Path, help="concurrent_calls.py --trace-turns FILE")
    p.add_argument("results", type=Path, help="concurrent_calls.py's JSON")
    p.add_argument("--mode", default="smart")
    args = p.parse_args()
    events = read_traces(args.trace)
    mode = json.loads(args.results.read_text())["modes"][args.mode]
    lone = level_turns(mode["baseline"]["raw"]["calls"], events)
    for level in [mode["baseline"], *mode["levels"]]:
        turns = level_turns(level["raw"]["calls"], events)
        print(render(f"M={level['calls']}", decompose(turns, lone)))


if __name__ == "__main__":
    main()
