"""Phone calls without any speech or model provider: the offline stand-ins, fed from a file.

A phone call cannot be handed a script the way a test or a replay hands one to `run_call`, so
`STANDIN_SCRIPT` names a YAML file::

    transcripts:            # what the text STT "hears", one per end of caller speech
      - Ich hätte gern eine Dauerwelle bei Fabian am Donnerstag um zehn.
    turns:                  # the scripted LLM (format: agent/standins.py)
      - - tool_calls: [{name: check_availability, arguments: {service: Dauerwelle, date: Donnerstag}}]
        - say: Donnerstag um zehn ist frei und für Sie reserviert.

Every call of the process plays the same file from its beginning.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from agent.config import Settings
from agent.standins import ScriptError, Step, validate_script


@dataclass(frozen=True)
class StandInScript:
    transcripts: tuple[str, ...]
    turns: list[list[Step]]


def load_standin_script(path: str | Path) -> StandInScript:
    """Read and check the file; ScriptError (with the reason) when it is not usable.

    Asked on every arriving call and health check: the file is parsed again only when it
    changed on disk (no YAML parsing on the event loop per call)."""
    try:
        stat = Path(path).stat()
    except OSError as exc:
        raise ScriptError(f"STANDIN_SCRIPT {path}: {exc}") from exc
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int, size: int) -> StandInScript:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ScriptError(f"STANDIN_SCRIPT {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ScriptError(f"STANDIN_SCRIPT {path}: expected a mapping with transcripts and turns")
    transcripts = raw.get("transcripts") or []
    if not isinstance(transcripts, list) or not all(isinstance(t, str) for t in transcripts):
        raise ScriptError(f"STANDIN_SCRIPT {path}: transcripts must be a list of strings")
    return StandInScript(tuple(transcripts), validate_script(raw.get("turns") or []))


def uses_standins(settings: Settings) -> bool:
    return settings.stt_provider == "text" or settings.llm_provider == "scripted"


def standin_problem(settings: Settings) -> str | None:
    """Why the configured stand-ins cannot take a call, or None."""
    if not uses_standins(settings):
        return None
    if settings.standin_script is None:
        return (
            "STANDIN_SCRIPT is not set; it is needed by STT_PROVIDER=text / LLM_PROVIDER=scripted"
        )
    try:
        load_standin_script(settings.standin_script)
    except ScriptError as exc:
        return str(exc)
    return None


async def standin_services(settings: Settings, runtime: Any) -> Any:
    """Fresh services for one call (they keep per-call state), or None for the real providers."""
    if not uses_standins(settings) or settings.standin_script is None:
        return None
    from agent.services import build_services

    script = load_standin_script(settings.standin_script)
    return build_services(
        settings,
        catalog=await runtime.backend.get_catalog(),
        salon=runtime.salon,
        script=copy.deepcopy(script.turns),  # the parsed file is shared between calls
        transcripts=script.transcripts,
    )
