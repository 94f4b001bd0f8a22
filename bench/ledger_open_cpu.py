"""CPU of opening and closing a SQLite ledger: a ":memory:" one (what most ledger tests open)
and a new file (migrated in place), per open, in this process (`process_time`: the connection
threads' work included).

    .venv/bin/python bench/ledger_open_cpu.py [--code DIR] [--opens 300]

`--code DIR`: import the ledger from another checkout (e.g. `git archive <commit>` unpacked), to
compare two versions in separate processes, alternated A B B A.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path


async def _opens(target: str | None, count: int) -> float:
    from calendar_adapter.ledger import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        for i in range(count):
            ledger = await Ledger.open(target or str(Path(tmp) / f"{i}.db"))
            await ledger.close()
        return (time.process_time() - started) / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--opens", type=int, default=300)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    asyncio.run(_opens(":memory:", 5))  # imports, the first open's one-off work
    memory = asyncio.run(_opens(":memory:", args.opens))
    new_file = asyncio.run(_opens(None, args.opens // 5))
    print(f"{args.code}: memory {memory * 1000:.2f} ms, new file {new_file * 1000:.2f} ms a open")


if __name__ == "__main__":
    main()
