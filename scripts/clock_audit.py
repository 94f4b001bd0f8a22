"""Run chosen spec modules with the machine's wall clock moved to risky instants (libfaketime).

Specs pin their clock (tests/conftest.py `clock`, `console --now`, a replay's `now`); this audit
checks that none still reads the real one: each instant runs the modules once, with every process
(pytest's workers, `run_agent.py` subprocesses, PostgreSQL) seeing the same moved wall clock.
Monotonic time is left real (`FAKETIME_DONT_FAKE_MONOTONIC=1`), so timers and asyncio run as usual.

    .venv/bin/python scripts/clock_audit.py tests/test_agent_console.py tests/test_serve_command.py
    .venv/bin/python scripts/clock_audit.py --at sat-night --at dst-spring tests/test_x.py

libfaketime is an audit tool, never a test dependency: `apt-get install faketime`, or
`.venv/bin/python -m pip install libfaketime` (its wheel carries the library), or `--lib PATH`.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# name -> (instant in UTC, what makes it risky; Berlin time in brackets)
INSTANTS: dict[str, tuple[datetime, str]] = {
    "wed-morning": (datetime(2026, 12, 9, 9, 0, tzinfo=UTC), "a normal Wednesday (10:00)"),
    "sat-night": (
        datetime(2026, 12, 5, 23, 30, tzinfo=UTC),
        "Saturday in UTC, Sunday in Berlin (00:30): the dates differ",
    ),
    "sun-noon": (datetime(2026, 12, 6, 11, 0, tzinfo=UTC), "Sunday, closed (12:00)"),
    "mon-morning": (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), "Monday, closed (10:00)"),
    "christmas-eve": (datetime(2026, 12, 24, 17, 0, tzinfo=UTC), "24 December (18:00)"),
    "new-year": (
        datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
        "31 December in UTC, 1 January 2027 in Berlin (00:30)",
    ),
    "before-closed-wed": (
        datetime(2025, 12, 19, 11, 0, tzinfo=UTC),
        "a Friday (12:00) whose next Wednesdays are 24 and 31 December, both closed",
    ),
    "dst-spring": (
        datetime(2027, 3, 28, 0, 50, tzinfo=UTC),
        "the spring night (01:50 CET; 02:00 becomes 03:00 ten minutes in)",
    ),
    "dst-autumn": (
        datetime(2027, 10, 31, 0, 50, tzinfo=UTC),
        "the autumn night (02:50 CEST; 03:00 becomes 02:00 ten minutes in)",
    ),
}

LIB_CANDIDATES = (
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/faketime/libfaketime.so.1",
)


def find_lib(given: str | None) -> Path:
    if given:
        return Path(given)
    if os.environ.get("FAKETIME_LIB"):
        return Path(os.environ["FAKETIME_LIB"])
    for candidate in LIB_CANDIDATES:
        if Path(candidate).exists():
            return Path(candidate)
    try:
        import libfaketime  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        vendored = Path(libfaketime.__file__).parent / "vendor/libfaketime/src/libfaketime.so.1"
        if vendored.exists():
            return vendored
    raise SystemExit(
        "libfaketime not found: apt-get install faketime, or pip install libfaketime, or --lib"
    )


def faked_env(lib: Path, at: datetime) -> dict[str, str]:
    """The environment that moves the wall clock to `at` (an offset, so that every process,
    whenever it starts, sees the same moved clock)."""
    offset = round((at - datetime.now(UTC)).total_seconds())
    env = dict(os.environ)
    env.update(
        LD_PRELOAD=f"{lib}:{env['LD_PRELOAD']}" if env.get("LD_PRELOAD") else str(lib),
        FAKETIME=f"{offset:+d}",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        DONT_FAKE_MONOTONIC="1",
    )
    return env


def check_faked(env: dict[str, str], at: datetime) -> None:
    """Refuse to report a pass if the library did not actually move the clock."""
    out = subprocess.run(
        [sys.executable, "-c", "import time; print(time.time())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    seen = datetime.fromtimestamp(float(out), UTC)
    if abs((seen - at).total_seconds()) > 120:
        raise SystemExit(f"faketime did not take: wanted {at:%Y-%m-%d %H:%M} UTC, saw {seen}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="+", help="spec modules (or node ids) to run")
    parser.add_argument(
        "--at", action="append", choices=sorted(INSTANTS), help="instant(s); default: all"
    )
    parser.add_argument("-n", "--workers", default="2", help="pytest-xdist workers (default 2)")
    parser.add_argument("--lib", help="path of libfaketime.so.1")
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER, help="after --: for pytest")
    args = parser.parse_args(argv)
    lib = find_lib(args.lib)
    failed: list[str] = []
    for name in args.at or list(INSTANTS):
        at, why = INSTANTS[name]
        env = faked_env(lib, at)
        check_faked(env, at)
        print(f"== {name}: {at:%a %Y-%m-%d %H:%M} UTC, {why}", flush=True)
        cmd = [sys.executable, "-m", "pytest", "-q", "-n", args.workers, "-p", "no:cacheprovider"]
        cmd += [*args.modules, *[a for a in args.pytest_args if a != "--"]]
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        lines = run.stdout.splitlines()
        for line in lines:
            if re.match(r"^(FAILED|ERROR) ", line):
                print(f"   {line}")
        print(f"   {lines[-1] if lines else run.stderr.strip()[-400:]}", flush=True)
        if run.returncode != 0:
            failed.append(name)
            if os.environ.get("CLOCK_AUDIT_KEEP"):
                Path(os.environ["CLOCK_AUDIT_KEEP"], f"{name}.log").write_text(run.stdout)
    print("failed at: " + ", ".join(failed) if failed else "all instants passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
