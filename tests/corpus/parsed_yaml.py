"""A corpus file's YAML parsed once for all the processes of a run, not once by each.

Every pytest worker reads the whole claims corpus (each decides some of its parts): ~2.4 s of CPU
parsing 200 files (7.5 MB) with libyaml, where reading the same data back from `marshal` takes
~0.16 s (bench/RESULTS.md "Test suite time (suite6)"). So the parsed data is kept beside the
sources, under `__pycache__/yaml/`, by the hash of the file's bytes: a changed file is parsed
again (its old entry removed), an unchanged one is read back, in any process. Workers starting
together parse the files in turns (`in_turns`): each begins at its own share, and reads the others'
as they are written. A file whose data `marshal` cannot hold (a YAML date, say) is parsed every
time, as without this. Entries are written whole (a temporary file renamed).
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def parsed(path: Path, parse: Callable[[str], Any]) -> Any:
    """`parse(text of path)`, or the same data kept by an earlier parse of these very bytes."""
    raw = path.read_bytes()
    cache = path.parent / "__pycache__" / "yaml"
    kept = cache / f"{path.stem}.{hashlib.sha1(raw).hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = parse(raw.decode("utf-8"))
    try:
        blob = marshal.dumps(data)
    except ValueError:  # not plain data: nothing kept
        return data
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"{path.stem}.*.marshal"):
            if old != kept:  # an earlier version's
                old.unlink(missing_ok=True)
        own = kept.with_name(f"{kept.name}.{os.getpid()}")
        own.write_bytes(blob)
        own.replace(kept)
    except OSError:  # a read-only checkout: parsed, not kept
        pass
    return data


def in_turns(paths: Sequence[Path]) -> list[Path]:
    """`paths` starting at this pytest worker's share (gw1 of 4 at the second quarter), so that
    workers reading the corpus at the same time parse different files first."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if not worker.startswith("gw") or count < 2:
        return list(paths)
    start = len(paths) * int(worker.removeprefix("gw")) // count
    return [*paths[start:], *paths[:start]]
