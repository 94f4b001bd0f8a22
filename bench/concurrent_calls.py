"""Concurrent calls: how many phone calls one process carries before callers notice.

`serve`'s phone server (bench/phone_calls.py: the app, uvicorn, uvloop, the Twilio serializer,
Silero VAD and turn detection, the stand-in STT/LLM/TTS with fixed delays, the booking tools,
the sandbox in a process of its own) and, in a process of their own, M callers that behave like
Twilio: 20 ms mu-law frames at real-time pace for the whole call. Each call: the greeting, then
two turns (a plain one, a check-and-hold one) after a pause to think. Per turn the caller
measures end of its speech -> first bot audio frame.

    told   = VAD stop (0.2 s) + [turn silence, with silence turn detection] + STT final
             + LLM first token × LLM calls + TTS first audio + round trip × Cal.com round trips
    added  = measured - told     (also: Smart Turn inference, frame hops, the event loop's queue)
    added by load = a level's p95 - the lone calls' p95, per turn kind (the larger of the two)

The lone calls (--baseline-calls, 10) give each turn kind that many turns: a p95 over 3 turns is
their largest, under the lone p95 by chance, which alone added ~32 ms to a level's figure on
average and passed 50 ms in 12 % of levels with no load at all (perf13, resampling 24 lone turns
per kind); over 10 turns ~11 ms and 0.8 %. More lone calls make the criterion no looser: they
measure the same p95 with less of the small sample's bias.

A level is held while added by load stays under --max-added (50 ms), every turn is answered,
the bot's audio reaches the caller at least as fast as it plays, and the callers' own frames go
out on time (else the machine, not the server, is what was measured). Lone calls, one after
another, give the baseline. The sweep runs --levels for each turn detection (--turn: smart,
silence, or both), stops a mode after two levels in a row not held, and prints per level:
latency, CPU of the server process per call (all of it, and its event loop's thread alone),
memory per call, event-loop lag, Smart Turn's inferences by where they waited (a pool thread, a
core, the loop); then the largest M held per mode (every level up to it held), and admission's
default for this machine (`CALLS_PER_CORE`: Smart Turn's largest M held per core).
A negative niceness (`nice -n -10`) is given to the session's autogroup too (bench/common.py),
else other sessions' work shares the CPU with the run whatever the niceness.
It writes bench/results/concurrent_calls.json and .png, and with both modes docs/concurrent-calls.png
for the README.

Run: .venv/bin/python bench/concurrent_calls.py [--levels 10,20,30,40,50,60,80] [--turn both]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    REPO,
    RESULTS_DIR,
    MachineCpu,
    cpu_seconds,
    machine,
    machine_line,
    ms,
    niceness_for_the_session,
    others_on_the_machine,
    percentile,
    stamp,
    summary,
    table,
    update_results_md,
    write_json,
)
from bench.phone_calls import (
    CHUNK_SECONDS,
    SAMPLE_RATE,
    TURNS,
    VAD_STOP_SECONDS,
    TwilioCaller,
    run_on_serves_loop,
    synthetic_speech,
)
from bench.server_workers import Fleet, server_workers

NAME = "concurrent_calls"
DOCS_PLOT = REPO / "docs" / "concurrent-calls.png"
START_BUDGET = time.perf_counter()


# -- the server side --------------------------------------------------------------------------


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    from loguru import logger

    from agent.standins import StandInLatencies

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    report: dict[str, Any] = {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "levels": args.levels,
            "turn_detection": args.turns,
            "turn_silence_s": args.turn_silence,
            "vad_stop_s": VAD_STOP_SECONDS,
            "stt_final_transcript_s": args.stt,
            "llm_first_token_s": args.llm,
            "tts_first_audio_s": args.tts,
            "sandbox_round_trip_s": args.rtt,
            "max_added_p95_s": args.max_added,
            "baseline_calls": args.baseline_calls,
            "ramp_s": args.ramp,
            "pause_s": [args.pause_min, args.pause_max],
            "stagger_s": args.stagger,
            "ledger_dir": args.ledger_dir or tempfile.gettempdir(),
            "workers": args.workers,
            "accept": args.accept,
            "ledger": args.ledger,
            "budget_s": args.budget,
        },
        "load_average_before": os.getloadavg(),
        # below 0: run with priority over the machine's other work (a shared machine)
        "niceness": os.nice(0),
        # the session's autogroup's: what decides against other sessions' work (bench/common.py)
        "autogroup_niceness": niceness_for_the_session(),
        "modes": {},
    }
    async with ledger_database(args) as url:
        for turn in args.turns:
            report["modes"][turn] = await sweep(turn, args, latencies, url)
    report["load_average_after"] = os.getloadavg()
    return report


@asynccontextmanager
async def ledger_database(args: argparse.Namespace) -> AsyncIterator[str | None]:
    """The ledger the workers share: None for a fresh SQLite file per sweep, else a PostgreSQL
    URL (`--ledger-url`, or a throwaway server as the tests start one)."""
    if args.ledger == "sqlite":
        yield None
        return
    if args.ledger_url:
        yield args.ledger_url
        return
    from tests.pg_server import PostgresServer

    server = PostgresServer().start()
    try:
        yield server.url(server.create_database(prefix="bench"))
    finally:
        server.stop()


async def sweep(
    turn: str, args: argparse.Namespace, latencies: Any, ledger_url: str | None
) -> dict[str, Any]:
    """One turn detection: the lone calls, then the levels."""
    turn_wait = args.turn_silence if turn == "silence" else 0.0
    mode: dict[str, Any] = {"levels": []}
    async with server_workers(
        args.workers,
        turn=turn,
        turn_silence=args.turn_silence,
        stt=args.stt,
        llm=args.llm,
        tts=args.tts,
        rtt=args.rtt,
        audible=args.audible_tts,
        ledger_dir=args.ledger_dir,
        log_level=args.log_level,
        accept=args.accept,
        trace_turns=args.trace_turns,
        ledger_url=ledger_url,
    ) as fleet:
        # Lone calls first, one after another: their p95 turn of each kind is the baseline
        # that load is measured against (it holds what no load changes: Smart Turn's
        # inference and its bimodal timing, VAD framing).
        baseline = await run_level(
            args.baseline_calls, fleet, args, latencies, turn_wait, None, lone=True
        )
        baseline["lone_calls"] = args.baseline_calls
        mode["baseline"] = baseline
        print(f"[{turn}] " + render_level(baseline), flush=True)
        lone_turns = turn_parts_of(baseline, args, [])
        base = {k: v["p95"] for k, v in baseline["latency"].items()}
        last_duration, misses = 0.0, 0
        for m in args.levels:
            elapsed = time.perf_counter() - START_BUDGET
            if last_duration and elapsed + last_duration * 1.3 > args.budget:
                mode["stopped"] = (
                    f"time budget: {elapsed:.0f} s used, the {m}-call level would need "
                    f"~{last_duration * 1.3:.0f} s more"
                )
                break
            level = await run_level(m, fleet, args, latencies, turn_wait, base)
            last_duration = level["wall_seconds"]
            mode["levels"].append(level)
            print(f"[{turn}] " + render_level(level), flush=True)
            turn_parts_of(level, args, lone_turns)
            misses = 0 if level["held"] else misses + 1
            if misses == 2:
                mode["stopped"] = "two levels in a row not held"
                break
        else:
            mode.setdefault("stopped", "all levels run")
    mode["largest_m_held"] = largest_held(mode["levels"])
    return mode


def turn_parts_of(
    level: dict[str, Any], args: argparse.Namespace, lone: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """With --trace-turns: the level's turns cut into the server's steps (bench/turn_parts.py),
    printed and kept in the level as `turn_parts`; returns the turns (none without a trace)."""
    if not args.trace_turns:
        return []
    from bench import turn_parts

    turns = turn_parts.level_turns(level["raw"]["calls"], turn_parts.read_traces(args.trace_turns))
    level["turn_parts"] = turn_parts.decompose(turns, lone or turns)
    print("  " + turn_parts.render(f"M={level['calls']}", level["turn_parts"]), flush=True)
    return turns


def largest_held(levels: list[dict[str, Any]]) -> int:
    """The largest M held with every smaller level held too."""
    held = 0
    for level in sorted(levels, key=lambda lv: lv["calls"]):
        if not level["held"]:
            break
        held = level["calls"]
    return held


async def run_level(
    m: int,
    fleet: Fleet,
    args: argparse.Namespace,
    latencies: Any,
    turn_wait: float,
    base: dict[str, float | None] | None,
    *,
    lone: bool = False,
) -> dict[str, Any]:
    """M calls at once (or, `lone`, one after another with short pauses: the baseline)."""
    await fleet.mark()  # what the workers measure from here on is this level's
    sandbox_cpu_before = fleet.sandbox_cpu_seconds()
    began = time.perf_counter()
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_before, machine_before = cpu_seconds(), MachineCpu.now()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--client", fleet.url, "--calls", str(m), "--ramp", str(args.ramp),
        "--pause-min", str(0.2 if lone else args.pause_min),
        "--pause-max", str(0.2 if lone else args.pause_max),
        "--stagger", str(0.0 if lone else args.stagger),
        *(["--lone"] if lone else []),
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await proc.communicate()
    wall = time.perf_counter() - began
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    caller_cpu = (children.ru_utime + children.ru_stime) - (
        children_before.ru_utime + children_before.ru_stime
    )
    machine_after, own_cpu = MachineCpu.now(), cpu_seconds() - own_before
    workers = await fleet.mark()
    sandbox_cpu = fleet.sandbox_cpu_seconds() - sandbox_cpu_before
    cpu = sum(w["cpu_seconds"] for w in workers)
    # What else ran on the machine meanwhile: every process of the benchmark's is counted out.
    others = others_on_the_machine(
        machine_before, machine_after, wall, cpu + caller_cpu + sandbox_cpu + own_cpu
    )
    loop_cpu = sum(w["loop_cpu_seconds"] for w in workers)
    lag_samples = [x for w in workers for x in w["loop_lag"]]
    gc_pauses = [p for w in workers for p in w.get("gc_pauses", [])]
    rss_before = sum(w["rss_before"] for w in workers)
    rss_peak = sum(w["rss_peak"] for w in workers)
    runs = [r for w in workers for r in w["tool_runs"]]
    verdicts = [v for w in workers for v in w["verdicts"]]
    timings = [t for w in workers for t in w.get("inference_timings", [])]
    silero_runs = sum(w["silero_runs"] for w in workers)
    silero_windows = sum(w["silero_windows"] for w in workers)
    try:
        client = json.loads(out.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        client = {"calls": [], "error": f"client exited {proc.returncode} without a result"}

    told = {
        t["kind"]: VAD_STOP_SECONDS
        + turn_wait
        + latencies.stt_final_transcript
        + latencies.llm_first_token * t["llm_calls"]
        + latencies.tts_first_audio
        + args.rtt * t["round_trips"]
        for t in TURNS
    }
    measured: dict[str, list[float]] = {t["kind"]: [] for t in TURNS}
    added_all: list[float] = []
    failed = 0
    ratios: list[float] = []
    send_lag: list[float] = []
    for call in client.get("calls", []):
        if call.get("error"):
            failed += 1
        send_lag.append(call.get("max_send_lag", 0.0))
        for turn in call.get("turns", []):
            if turn.get("latency") is None:
                continue
            measured[turn["kind"]].append(turn["latency"])
            added_all.append(turn["latency"] - told[turn["kind"]])
            if turn.get("audio_ratio") is not None:
                ratios.append(turn["audio_ratio"])
    expected_turns = m * len(TURNS)
    m_at_once = 1 if lone else m
    answered = sum(len(v) for v in measured.values())
    # p95 against p95, per turn kind: Smart Turn makes a lone call's turns bimodal (~100 ms
    # apart), so a per-turn difference to one baseline figure would measure that, not load.
    by_kind = {
        k: percentile(v, 95) - base[k]
        for k, v in measured.items()
        if v and base and base.get(k) is not None
    }
    load_p95 = max(by_kind.values()) if by_kind else None
    slowest_ratio = min(ratios) if ratios else None
    worst_send_lag = max(send_lag) if send_lag else None
    why = None
    if worst_send_lag is not None and worst_send_lag > 0.1:
        # First: callers who cannot keep time make every other figure of the level moot.
        why = (
            f"callers' audio behind real time (a frame sent {worst_send_lag * 1000:.0f} ms late;"
            " the machine is saturated)"
        )
    elif failed or answered < expected_turns:
        why = f"{failed} calls failed, {answered}/{expected_turns} turns answered"
    elif load_p95 is not None and load_p95 > args.max_added:
        why = f"latency added by load p95 {load_p95 * 1000:.0f} ms > {args.max_added * 1000:.0f} ms"
    elif slowest_ratio is not None and slowest_ratio < 1.0:
        why = f"bot audio behind real time (slowest reply at {slowest_ratio:.2f}× real time)"
    call_seconds = [c["seconds"] for c in client.get("calls", []) if c.get("seconds")]
    mean_call = sum(call_seconds) / len(call_seconds) if call_seconds else wall
    return {
        "calls": m_at_once,
        "held": why is None,
        "why_not_held": why,
        "wall_seconds": wall,
        "turns_answered": answered,
        "turns_expected": expected_turns,
        "told_s": told,
        "latency": {
            k: {**summary(v), "median": statistics.median(v) if v else None}
            for k, v in measured.items()
        },
        "raw": {
            "latency": measured,
            "added": added_all,
            "calls": client.get("calls", []),
            "gc_pauses": gc_pauses,  # (generation, wall s, CPU s, began) per collection, all workers
        },
        "added": summary(added_all),
        "added_by_load_p95": by_kind,
        "added_by_load_p95_max": load_p95,
        "slowest_bot_audio_ratio": slowest_ratio,
        "max_caller_send_lag_s": worst_send_lag,
        "server_cpu_seconds": cpu,
        "server_loop_cpu_seconds": loop_cpu,
        "callers_cpu_seconds": caller_cpu,
        # the Cal.com stand-in (harness): its CPU as a share of one core over the level
        "sandbox_core_fraction": sandbox_cpu / wall if wall else None,
        # the machine over the level, in cores: all busy, other processes', a VM's steal
        "machine_cores": others,
        # CPU share of one core per call while it is up: CPU / (calls × mean call length),
        # over all workers
        "cpu_per_call_core_fraction": cpu / (m * mean_call) if m and mean_call else None,
        "loop_cpu_per_call_core_fraction": loop_cpu / (m * mean_call) if m and mean_call else None,
        # per worker: calls it took, its CPU as a share of one core over the level
        "workers": [
            {
                "calls": w["calls"],
                "cpu_core_fraction": w["cpu_seconds"] / wall,
                "loop_core_fraction": w["loop_cpu_seconds"] / wall,
                "rss_before_mb": w["rss_before"] / 2**20,
                "rss_peak_mb": w["rss_peak"] / 2**20,
            }
            for w in workers
        ],
        "rss_before_mb": rss_before / 2**20,
        "rss_peak_mb": rss_peak / 2**20,
        "rss_per_call_mb": max(0, rss_peak - rss_before) / 2**20 / m_at_once,
        "loop_lag": summary(lag_samples),
        # the workers' garbage collections (all generations): each stops its event loop for its
        # wall time; of it, CPU (the rest: its thread waited for a core mid-collection)
        "gc_pause_seconds": summary([p[1] for p in gc_pauses]),
        "gc_cpu_seconds": summary([p[2] for p in gc_pauses]),
        "gc_collections_by_generation": [sum(1 for p in gc_pauses if p[0] == n) for n in range(3)],
        # per thread role over the level, summed over the workers: [CPU s, waiting for a core s]
        "threads": {
            role: [sum(w.get("threads", {}).get(role, [0, 0])[i] for w in workers) for i in (0, 1)]
            for role in sorted({r for w in workers for r in w.get("threads", {})})
        },
        "calcom_requests_total": sum(w["calcom_requests"] for w in workers),
        "tool_seconds": summary([r["seconds"] for r in runs]),
        # waiting on Cal.com (requests overlapping once), and the rest: the tool's own code,
        # the ledger, the event loop's queue
        "tool_calcom_seconds": summary([r["calcom_seconds"] for r in runs]),
        "tool_own_seconds": summary([r["seconds"] - r["calcom_seconds"] for r in runs]),
        "smart_turn_verdicts": len(verdicts),
        "smart_turn_incomplete": sum(1 for p, _ in verdicts if p == 0),
        "smart_turn_inference_seconds": summary([d for _, d in verdicts]),
        # where an inference's time went (bench/phone_calls.TurnVerdicts): waiting for a
        # thread, the model (its CPU, and ready but without a core), the loop taking it up
        "smart_turn_inference_parts": {
            part: summary([t[part] for t in timings])
            for part in ("queued", "run", "cpu", "runnable", "back")
        },
        "silero_windows_per_run": silero_windows / silero_runs if silero_runs else None,
        # the SQLite ledger's writes: each from its call until done, and each transaction's
        # hold of the file's write lock (bench/server_workers.LedgerWrites); None with
        # PostgreSQL: a pool, no one writer per process to time
        "ledger_writes": sum(len(w["ledger_writes"]) for w in workers)
        if all(w.get("ledger_timed", True) for w in workers)
        else None,
        "ledger_write_seconds": summary([x for w in workers for x in w["ledger_writes"]]),
        "ledger_file_held_seconds": summary([x for w in workers for x in w["ledger_file_held"]]),
        "tool_sequential_round_trips_max": max((r["round_trips"] for r in runs), default=None),
        "tool_statuses": sorted({r["status"] for r in runs}),
        "client_error": client.get("error"),
        "first_call_errors": [c["error"] for c in client.get("calls", []) if c.get("error")][:3],
    }


def _ledger(lv: dict[str, Any]) -> str:
    if lv.get("ledger_writes") is None:
        return " | ledger PostgreSQL (writes not timed)"
    write, held = lv["ledger_write_seconds"], lv["ledger_file_held_seconds"]
    return (
        f" | ledger {lv['ledger_writes']} writes, p50/p95 {ms(write['p50'])}/{ms(write['p95'])}"
        f" ms, file held per transaction p50/p95 {ms(held['p50'])}/{ms(held['p95'])} ms"
    )


def _others(lv: dict[str, Any]) -> str:
    """What else ran on the machine during the level (reports before it: nothing said)."""
    cores = lv.get("machine_cores")
    if not cores:
        return ""
    return (
        f" | machine busy {cores['busy_cores']:.2f} cores, of it other processes"
        f" {cores['others_cores']:.2f}, VM steal {cores['steal_cores']:.2f}"
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def render_level(lv: dict[str, Any]) -> str:
    lat = lv["latency"]
    return (
        f"M={lv['calls']:>3}: {'held' if lv['held'] else 'NOT held: ' + str(lv['why_not_held'])}"
        f" | plain p50/p95 {ms(lat['plain']['p50'])}/{ms(lat['plain']['p95'])} ms"
        f" | check-and-hold p50/p95 {ms(lat['check_and_hold']['p50'])}/"
        f"{ms(lat['check_and_hold']['p95'])} ms | added p95 {ms(lv['added']['p95'])} ms"
        f" | by load p95 {ms(lv['added_by_load_p95_max'])} ms"
        f" | tools p50/p95 {ms(lv['tool_seconds']['p50'])}/{ms(lv['tool_seconds']['p95'])} ms"
        f" {lv['tool_statuses']} | smart turn {lv['smart_turn_verdicts']} verdicts,"
        f" {lv['smart_turn_incomplete']} incomplete, inference p50/p95"
        f" {ms(lv['smart_turn_inference_seconds']['p50'])}/"
        f"{ms(lv['smart_turn_inference_seconds']['p95'])} ms{_parts(lv)}"
        f" | loop lag p95/max {ms(lv['loop_lag']['p95'])}/{ms(lv['loop_lag']['max'])} ms{_gc(lv)}"
        f"{_threads(lv)}"
        " | CPU/call "
        f"{_pct(lv['cpu_per_call_core_fraction'])} core (loop "
        f"{_pct(lv['loop_cpu_per_call_core_fraction'])}) | RSS/call "
        f"{lv['rss_per_call_mb']:.1f} MB{_rss(lv)} | callers' CPU {lv['callers_cpu_seconds']:.1f} s"
        f" | sandbox {_pct(lv.get('sandbox_core_fraction'))} of a core"
        f"{_ledger(lv)}{_others(lv)}"
        f" | workers (calls, CPU of a core) {_spread(lv)} | {lv['wall_seconds']:.1f} s"
    )


def _gc(lv: dict[str, Any]) -> str:
    """The workers' garbage collections over the level (reports before they were timed: none)."""
    pauses = lv.get("gc_pause_seconds")
    if not pauses or not pauses.get("n"):
        return ""
    gens = "/".join(str(n) for n in lv["gc_collections_by_generation"])
    return (
        f" | gc {pauses['n']} pauses (gen 0/1/2: {gens}), p95/max {ms(pauses['p95'])}/"
        f"{ms(pauses['max'])} ms (CPU p95/max {ms(lv['gc_cpu_seconds']['p95'])}/"
        f"{ms(lv['gc_cpu_seconds']['max'])})"
    )


def _threads(lv: dict[str, Any]) -> str:
    """Each thread role's CPU and its wait for a core over the level, s (all workers)."""
    threads = lv.get("threads")
    if not threads:
        return ""
    return " | threads (CPU/waiting for a core, s) " + ", ".join(
        f"{role} {cpu:.2f}/{wait:.2f}" for role, (cpu, wait) in threads.items()
    )


def _parts(lv: dict[str, Any]) -> str:
    """An inference's time by part, p50/p95 (levels before the parts were measured: none)."""
    parts = lv.get("smart_turn_inference_parts") or {}
    if not parts or not parts.get("run", {}).get("n"):
        return ""
    return " (" + ", ".join(f"{k} {ms(v['p50'])}/{ms(v['p95'])}" for k, v in parts.items()) + ")"


def _rss(lv: dict[str, Any]) -> str:
    """Each worker's resident memory at the level's start and its peak during it, MB (levels
    before it was kept: none). The lone calls' RSS/call is the growth of the workers that took
    one, summed: what a worker's first call still loads shows here, once per worker."""
    workers = [w for w in lv.get("workers", []) if "rss_before_mb" in w]
    if not workers:
        return ""
    each = " ".join(f"{w['rss_before_mb']:.0f}->{w['rss_peak_mb']:.0f}" for w in workers)
    return f" (workers' RSS {each} MB)"


def _spread(lv: dict[str, Any]) -> str:
    """How the calls spread over the workers, and each worker's CPU (share of one core)."""
    return " ".join(
        f"{w['calls']}@{w['cpu_core_fraction'] * 100:.0f}%" for w in lv.get("workers", [])
    )


def render_mode(turn: str, mode: dict[str, Any], s: dict[str, Any]) -> str:
    rows = []
    for lv in ([mode["baseline"]] if mode.get("baseline") else []) + mode["levels"]:
        lat = lv["latency"]
        lone = lv is mode.get("baseline")
        rows.append(
            [
                f"1 (lone, ×{lv['lone_calls']})" if lone else lv["calls"],
                "-" if lone else "yes" if lv["held"] else "no",
                f"{ms(lat['plain']['p50'])} / {ms(lat['plain']['p95'])}",
                f"{ms(lat['check_and_hold']['p50'])} / {ms(lat['check_and_hold']['p95'])}",
                ms(lv["added_by_load_p95_max"]),
                f"{ms(lv['loop_lag']['p95'])} / {ms(lv['loop_lag']['max'])}",
                "-" if lv["slowest_bot_audio_ratio"] is None
                else f"{lv['slowest_bot_audio_ratio']:.2f}×",
                f"{ms(lv['smart_turn_inference_seconds']['p50'])} / "
                f"{ms(lv['smart_turn_inference_seconds']['p95'])}",
                ms(lv["tool_seconds"]["p95"]),
                f"{_pct(lv['cpu_per_call_core_fraction'])} ({_pct(lv['loop_cpu_per_call_core_fraction'])})",
                _spread(lv),
                _pct(lv.get("sandbox_core_fraction")),
                f"{lv['rss_per_call_mb']:.1f}",
            ]
        )  # fmt: skip
    body = table(
        ["M calls", "held", "plain p50/p95 ms", "check+hold p50/p95 ms", "added by load p95 ms",
         "loop lag p95/max ms", "slowest bot audio", "Smart Turn p50/p95 ms", "tools p95 ms",
         "CPU/call (loop)", "workers: calls@CPU", "sandbox CPU", "RSS/call MB"],
        rows,
    )  # fmt: skip
    name = "Smart Turn v3" if turn == "smart" else f"silence {s['turn_silence_s'] * 1000:.0f} ms"
    told = mode["baseline"]["told_s"] if mode.get("baseline") else {}
    held = [lv for lv in mode["levels"] if lv["calls"] == mode["largest_m_held"]]
    cpu = (
        f"; at {held[0]['calls']} calls {_pct(held[0]['cpu_per_call_core_fraction'])} of a core "
        f"per call ({_pct(held[0]['loop_cpu_per_call_core_fraction'])} on the event loop), "
        f"{held[0]['rss_per_call_mb']:.1f} MB"
        if held
        else ""
    )
    return (
        f"**{name}** (told: plain {told.get('plain', 0) * 1000:.0f} ms, check-and-hold "
        f"{told.get('check_and_hold', 0) * 1000:.0f} ms)\n\n{body}\n\n"
        f"Largest M held with {name}: **{mode['largest_m_held']}**{cpu} "
        f"(stopped: {mode.get('stopped')}).\n"
    )


def _niceness(report: dict[str, Any]) -> str:
    nice = report.get("niceness") or 0
    group = report.get("autogroup_niceness")
    if nice >= 0:
        return ""
    if group is not None and group < 0:
        return (
            f" Run at niceness {nice}, its session's autogroup too: the machine's other work"
            " yielded to the server and callers."
        )
    if "autogroup_niceness" in report and group is not None:
        return (
            f" Run at niceness {nice}, but its session's autogroup at {group}: other sessions'"
            " work shared the CPU alike."
        )
    return f" Run at niceness {nice}."


ACCEPTS = {
    "balanced": "one shared socket; a worker accepts only while no other holds fewer connections",
    "shared": "one shared socket; whichever worker looks first accepts",
    "reuseport": "each its own SO_REUSEPORT socket",
}


def _accept(settings: dict[str, Any]) -> str:
    """How a report's workers took connections (reports before `--accept`: a flag)."""
    if "accept" in settings:
        return settings["accept"]
    return "reuseport" if settings.get("reuseport") else "shared"


def render(report: dict[str, Any]) -> str:
    s = report["settings"]
    load = report.get("load_average_before")
    n = s.get("workers", 1)
    workers = (
        f"{n} worker processes on one port, as `serve --workers {n}` runs them"
        f" ({ACCEPTS[_accept(s)]})"
        f", one {'PostgreSQL ledger' if s.get('ledger') == 'postgres' else 'ledger file'} and"
        " one sandbox shared"
        if n > 1
        else "one process, as `serve --workers 1`"
    )
    head = (
        f"Twilio Media Streams over loopback websockets, mu-law at real-time pace; Silero VAD "
        f"(stop {s['vad_stop_s'] * 1000:.0f} ms); stand-ins STT "
        f"{s['stt_final_transcript_s'] * 1000:.0f} / LLM {s['llm_first_token_s'] * 1000:.0f} / "
        f"TTS {s['tts_first_audio_s'] * 1000:.0f} ms; sandbox round trip "
        f"{s['sandbox_round_trip_s'] * 1000:.0f} ms. Latency = end of caller speech -> first "
        f"bot audio frame at the caller; added by load = a level's p95 - the lone calls' p95, "
        f"per turn kind (the larger of the two): a level is held while it stays under "
        f"{s['max_added_p95_s'] * 1000:.0f} ms, every turn is answered and audio keeps real "
        f"time. Server: {workers}. CPU/call = the CPU of the server's "
        f"processes / (calls × call length), in brackets their event loops' threads alone; "
        f"workers: calls@CPU = the calls each worker took and its CPU as a share of one core "
        f"over the level; sandbox CPU = the Cal.com stand-in's process (the benchmark's "
        f"harness, not the server), share of one core; RSS/call = the growth of the server's "
        f"resident memory over the level (peak - start, summed over the workers) / calls at "
        f"once (the lone calls': the growth of each worker that took one).{_niceness(report)}"
        f" Load average "
        f"before the run: "
        f"{', '.join(f'{x:.2f}' for x in load) if load else '-'}."
    )
    modes = "\n".join(render_mode(t, m, s) for t, m in report["modes"].items())
    held = ", ".join(
        f"{'Smart Turn' if t == 'smart' else 'silence'} **{m['largest_m_held']}**"
        for t, m in report["modes"].items()
    )
    per_core = calls_per_core(report)
    admission = (
        f" Admission's default on this machine (`CALLS_PER_CORE`, Smart Turn's level held per"
        f" core): {per_core:g}."
        if per_core is not None
        else ""
    )
    return f"{head}\n\n{modes}\nLargest M held: {held}.{admission}\n"


def calls_per_core(report: dict[str, Any]) -> float | None:
    """What admission takes by default (`CALLS_PER_CORE`, agent/config.py): the largest level
    held with Smart Turn, `serve`'s default turn detection, per core of the machine."""
    mode = report["modes"].get("smart")
    cores = report["machine"].get("nproc")
    if mode is None or not cores:
        return None
    return mode["largest_m_held"] / cores


def plot(report: dict[str, Any], paths: list[Path]) -> list[Path]:
    """Added latency by load and CPU per call over the number of calls, per turn detection."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(no plot: matplotlib is in the bench extra: pip install -e '.[bench]')")
        return []
    s = report["settings"]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 6.2), sharex=True)
    colors = {"smart": "#1f77b4", "silence": "#d62728"}
    for turn, mode in report["modes"].items():
        levels = mode["levels"]
        if not levels:
            continue
        name = "Smart Turn v3" if turn == "smart" else "silence turn detection"
        m = [lv["calls"] for lv in levels]
        added = [(lv["added_by_load_p95_max"] or 0) * 1000 for lv in levels]
        top.plot(m, added, "-", color=colors[turn], label=name)
        for x, y, lv in zip(m, added, levels, strict=True):
            top.plot(x, y, "o" if lv["held"] else "x", color=colors[turn], ms=7)
        cpu = [(lv["cpu_per_call_core_fraction"] or 0) * 100 for lv in levels]
        loop = [(lv["loop_cpu_per_call_core_fraction"] or 0) * 100 for lv in levels]
        bottom.plot(m, cpu, "-o", color=colors[turn], label=f"{name}: process")
        bottom.plot(m, loop, "--", color=colors[turn], label=f"{name}: event loop")
    top.axhline(s["max_added_p95_s"] * 1000, color="grey", ls=":", label="limit (held below)")
    top.set_ylabel("latency added by load,\np95 ms (o held, x not)")
    top.set_yscale("symlog", linthresh=100)
    top.set_ylim(bottom=0)  # below 0: faster than lone calls, within the noise
    top.legend(fontsize=8)
    top.grid(alpha=0.3)
    bottom.axhline(4, color="grey", ls=":", label="4 % of a core")
    bottom.set_ylabel("CPU per call, % of a core\n(over the calls' length)")
    bottom.set_xlabel("concurrent phone calls in one process")
    bottom.set_ylim(bottom=0)
    bottom.legend(fontsize=8)
    bottom.grid(alpha=0.3)
    fig.suptitle(
        f"Concurrent calls, {report['machine']['nproc']} × {report['machine']['cpu_model']}"
        f" ({report['when']})",
        fontsize=9,
    )
    fig.tight_layout()
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=110)
    plt.close(fig)
    return paths


# -- the caller side (a separate process) -----------------------------------------------------


async def one_call(
    url: str,
    index: int,
    delay: float,
    speech: bytes,
    pause: tuple[float, float],
    stagger: float,
    everyone_done: Any,
) -> dict[str, Any]:
    import random

    import websockets

    thinking = random.Random(index)
    await asyncio.sleep(delay)
    result: dict[str, Any] = {"index": index, "turns": []}
    began = time.perf_counter()
    waited = False

    async def done() -> None:
        nonlocal waited
        if not waited:
            waited = True
            await everyone_done()

    try:
        # Twilio does not negotiate permessage-deflate; neither does this caller.
        async with websockets.connect(
            url, max_queue=None, ping_interval=None, compression=None
        ) as ws:
            caller = TwilioCaller(ws, index, speech)
            result["stream_sid"] = caller.stream_sid  # bench/turn_parts.py joins on it
            listener = asyncio.create_task(caller.listen())
            await caller.start()
            streamer = asyncio.create_task(caller.stream())
            try:
                await talk(caller, result, thinking, pause, stagger)
            except Exception as exc:
                # The caller gave up (or the server closed the stream): recorded here, and
                # the line hung up with `stop` and a normal close as Twilio does, so the
                # server's close code (a 1011 of its own) is never confused with ours.
                result["error"] = repr(exc)
            finally:
                # Every call stays on the line (streaming, as Twilio does) until the last
                # caller's last turn is answered: the level's calls are all up throughout.
                await done()
            try:
                with contextlib.suppress(websockets.ConnectionClosed):
                    await caller.stop()
                # Twilio leaves closing to the server after `stop`; give it the time to.
                await asyncio.wait({listener}, timeout=3)
            finally:
                for task in (streamer, listener):
                    task.cancel()
                await asyncio.gather(streamer, listener, return_exceptions=True)
                await ws.close()
            result["max_send_lag"] = caller.max_send_lag
    except Exception as exc:  # a failed call is a finding, reported with the rest
        result.setdefault("error", repr(exc))
    await done()
    result["seconds"] = time.perf_counter() - began
    return result


async def talk(
    caller: Any, result: dict[str, Any], thinking: Any, pause: tuple[float, float], stagger: float
) -> None:
    """The greeting, then each turn: the caller speaks after a pause and times the answer."""
    await caller.quiet_for(0.4)  # the greeting, played out
    # Calls on real lines are at different points of their conversations: each
    # caller's first turn comes `stagger` seconds apart at most, not in lockstep.
    await asyncio.sleep(thinking.uniform(0, stagger))
    for turn in TURNS:
        # Callers think before they answer.
        await asyncio.sleep(thinking.uniform(*pause))
        seen = len(caller.media_times)
        caller.say()
        await asyncio.wait_for(caller.speech_ended.wait(), 10)
        await caller.quiet_for(0.4, after=seen)
        end = caller.speech_end_at or 0.0
        reply = [
            (t, n) for t, n in zip(caller.media_times, caller.media_bytes, strict=True) if t > end
        ]
        first = reply[0][0] if reply else None
        audio_s = sum(n for _, n in reply) / SAMPLE_RATE
        span = (reply[-1][0] - first) + CHUNK_SECONDS if reply else None
        result["turns"].append(
            {
                "kind": turn["kind"],
                "latency": (first - end) if first is not None else None,
                # perf_counter (CLOCK_MONOTONIC: the workers' clock too), for bench/turn_parts.py
                "speech_end_at": end,
                "first_audio_at": first,
                "audio_seconds": audio_s,
                "audio_ratio": audio_s / span if span else None,
            }
        )


class Together:
    """`await done()` returns once every one of `n` callers has called it."""

    def __init__(self, n: int) -> None:
        self._left = n
        self._all = asyncio.Event()

    async def done(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._all.set()
        await self._all.wait()


async def client_main(
    url: str, calls: int, ramp: float, pause: tuple[float, float], stagger: float, lone: bool
) -> dict[str, Any]:
    speech = synthetic_speech()
    if lone:
        results = [
            await one_call(url, i, 0.0, speech, pause, 0.0, Together(1).done) for i in range(calls)
        ]
    else:
        together = Together(calls)
        results = await asyncio.gather(
            *(
                one_call(url, i, ramp * i / max(calls, 1), speech, pause, stagger, together.done)
                for i in range(calls)
            )
        )
    return {"calls": list(results)}


# -- entry --------------------------------------------------------------------------------------


def each_mode_in_a_process_of_its_own(args: argparse.Namespace) -> dict[str, Any]:
    """One server process per turn detection: each starts with a fresh heap (memory per call
    means something) and its own models."""
    import subprocess

    report: dict[str, Any] | None = None
    forwarded = [a for a in sys.argv[1:] if not a.startswith("--turn=")]
    if "--turn" in forwarded:
        i = forwarded.index("--turn")
        del forwarded[i : i + 2]
    for turn in args.turns:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(
                [sys.executable, __file__, *forwarded, "--turn", turn, "--json-out", out.name],
                check=True,
            )
            part = json.loads(Path(out.name).read_text())
        if report is None:
            report = part
        else:
            report["modes"].update(part["modes"])
            report["load_average_after"] = part["load_average_after"]
    assert report is not None
    report["settings"]["turn_detection"] = args.turns
    return report


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--levels", default="10,20,30,40,50,60,80",
                   type=lambda s: [int(x) for x in s.split(",")])  # fmt: skip
    p.add_argument("--turn", choices=("smart", "silence", "both"), default="both")
    p.add_argument("--turn-silence", type=float, default=0.8, help="with silence turns, s")
    p.add_argument("--stt", type=float, default=0.150)
    p.add_argument("--llm", type=float, default=0.350)
    p.add_argument("--tts", type=float, default=0.120)
    p.add_argument("--rtt", type=float, default=0.080)
    p.add_argument("--baseline-calls", type=int, default=10, help="lone calls before the levels")
    p.add_argument("--max-added", type=float, default=0.050, help="added p95 limit, s")
    p.add_argument("--ramp", type=float, default=2.0, help="calls start spread over this, s")
    p.add_argument("--pause-min", type=float, default=0.2, help="caller thinks before a turn, s")
    p.add_argument("--pause-max", type=float, default=2.0)
    p.add_argument(
        "--stagger", type=float, default=8.0, help="first turns of the calls spread over, s"
    )
    p.add_argument("--budget", type=float, default=900.0, help="per turn detection, s")
    p.add_argument(
        "--ledger-dir",
        help="where the ledger file goes (default: the temporary directory, on disk as in "
        "production)",
    )
    p.add_argument(
        "--silent-tts",
        dest="audible_tts",
        action="store_false",
        help="the stand-in TTS speaks digital zeros (pipecat then rescans them for speech)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="server processes on the port, as `serve --workers` (default: serve's, one per core)",
    )
    p.add_argument(
        "--accept",
        choices=tuple(ACCEPTS),
        default="balanced",
        help="how the workers take connections: balanced (as serve: none takes one while "
        "another holds fewer), shared (one socket, whichever looks first), reuseport (a "
        "socket each, SO_REUSEPORT)",
    )
    p.add_argument(
        "--ledger",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="the workers' shared ledger: a SQLite file, or PostgreSQL (a throwaway server "
        "started as the tests start one, or --ledger-url)",
    )
    p.add_argument("--ledger-url", help="an empty PostgreSQL database for --ledger postgres")
    p.add_argument("--log-level", default="ERROR")
    p.add_argument(
        "--trace-turns",
        type=Path,
        help="each worker writes bench/turn_trace.py's events to FILE.<worker index>",
    )
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    p.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    p.add_argument("--lone", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--json-out", help=argparse.SUPPRESS)  # internal: one mode, in a child
    args = p.parse_args(argv)
    args.turns = ["smart", "silence"] if args.turn == "both" else [args.turn]
    if args.workers is None:
        from agent.telephony.admission import available_cores

        args.workers = available_cores()
    return args


if __name__ == "__main__":
    args = parse_args()
    if args.client:
        pause = (args.pause_min, args.pause_max)
        result = client_main(args.client, args.calls, args.ramp, pause, args.stagger, args.lone)
        print(json.dumps(run_on_serves_loop(result)))
        sys.exit(0)
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    if args.json_out or len(args.turns) == 1:
        report = run_on_serves_loop(server_main(args))
        if args.json_out:
            Path(args.json_out).write_text(json.dumps(report, default=str))
            sys.exit(0)
    else:
        report = each_mode_in_a_process_of_its_own(args)
    text = render(report)
    print()
    print(text)
    postgres = report["settings"].get("ledger") == "postgres"
    name = f"{NAME}_postgres" if postgres else NAME
    path = write_json(name, report)
    images = [RESULTS_DIR / f"{name}.png"]
    if len(report["modes"]) == 2 and not postgres:
        images.append(DOCS_PLOT)
    for image in plot(report, images):
        print(f"plot: {image}")
    update_results_md(
        name,
        f"### Concurrent calls{', PostgreSQL ledger' if postgres else ''}\n\n"
        f"`.venv/bin/python bench/concurrent_calls.py{' --ledger postgres' if postgres else ''}` — "
        f"{report['when']}, {machine_line(report['machine'])}\n\n{text}",
    )
    print(f"JSON: {path}")
