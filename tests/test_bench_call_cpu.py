"""bench/call_cpu.py: a turn's CPU "beyond listening" is its phase's CPU less listening for as
long, and the report prints each phase's whole CPU and seconds beside it, so that two trees can
be compared by what their turns took, not only by a figure the listening window moves."""

from __future__ import annotations

from bench.call_cpu import PHASES, CpuSampler, parse_args, render, report_of


def sampler_with(phases: dict[str, tuple[float, float, float, float]]) -> CpuSampler:
    """Samples at each phase's start and end: (start, end, process CPU s, loop CPU s) per phase."""
    sampler = CpuSampler()
    process = loop = 0.0
    for start, end, p, lp in phases.values():
        sampler.samples.append((start, process, loop))
        process, loop = process + p, loop + lp
        sampler.samples.append((end, process, loop))
    return sampler


def test_a_turn_beyond_listening_is_its_phase_less_listening_and_both_are_printed() -> None:
    calls = 2
    # 2 calls listen 10 s for 0.2 s of CPU (10 ms per call and second, 6 of them on the loop);
    # the plain turn lasts 6 s and takes 0.3 s (process) and 0.15 s (loop) for both calls
    phases = {
        "connect": (0.0, 2.0, 0.4, 0.3),
        "listen": (2.0, 12.0, 0.2, 0.12),
        "plain": (12.0, 18.0, 0.3, 0.15),
        "hold": (18.0, 24.0, 0.36, 0.2),
        "speak": (24.0, 39.0, 0.6, 0.4),
        "hang_up": (39.0, 39.1, 0.01, 0.01),
    }
    assert tuple(phases) == PHASES
    client = {
        "phases": {name: [start, end] for name, (start, end, _, _) in phases.items()},
        "failed": 0,
        "errors": [],
    }
    args = parse_args(["--calls", str(calls)])
    report = report_of(args, client, sampler_with(phases))

    plain = report["per_call_cpu_s"]["plain"]
    assert round(plain["process"] * 1000, 6) == 150 - 10 * 6  # 150 ms per call, less 6 s listening
    assert round(plain["loop"] * 1000, 6) == 75 - 6 * 6
    assert report["phases"]["plain"]["seconds"] == 6.0

    report["silero_windows_per_run"] = None
    text = render(report)
    plain_row = next(line for line in text.splitlines() if line.startswith("| plain"))
    cells = [c.strip() for c in plain_row.strip("|").split("|")]
    assert cells[2:] == ["90.0", "39.0", "150.0 / 75.0", "6.0"]
