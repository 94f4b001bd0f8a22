"""`console`: typed text in, the bot's text out, through the same pipeline, tools and guard.

Without audio services: the text STT and silence TTS stand-ins take their place. The model is
OpenAI's when OPENAI_API_KEY is set, or a script (`--llm scripted --script FILE`). Without
CALCOM_API_KEY the embedded Cal.com sandbox takes the bookings, and the console says so.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

QUIT = {"/quit", "/exit", "/q", "tschüss!", "exit", "quit"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--llm",
        choices=("openai", "scripted"),
        default=None,
        help="the model: openai (needs OPENAI_API_KEY) or scripted (needs --script); default: "
        "scripted with --script, else LLM_PROVIDER (openai)",
    )
    parser.add_argument(
        "--script",
        type=Path,
        default=None,
        help="a scripted model's turns (YAML/JSON, format in agent/standins.py)",
    )
    parser.add_argument(
        "--caller-phone",
        default=None,
        help="the caller's number as the phone line would report it (default: CALLER_PHONE)",
    )
    parser.add_argument(
        "--language", choices=("de", "en"), default=None, help="de or en (default: LANGUAGE, de)"
    )
    parser.add_argument(
        "--now",
        type=_instant,
        default=None,
        metavar="WHEN",
        help="start the call's clock at this instant and let it run from there, e.g. "
        "2026-11-26T10:00 (the salon's time unless a zone is given); default: the wall clock",
    )


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date and time such as 2026-11-26T10:00"
        ) from None


async def _stdin_lines() -> AsyncIterator[str]:
    """Lines typed by the user, read off the event loop."""
    while True:
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            return
        yield line.rstrip("\n")


async def converse(call, lines: AsyncIterator[str], write: Callable[[str], None]) -> None:
    """Greeting, then one bot reply per typed line, until /quit or the end of input.

    Between the lines, what happened behind the scenes: tool calls with their status, and
    sentences the confirmation guard stopped (from the call's timeline)."""
    ledger = call.session.deps.ledger
    seen = 0
    write(f"Bot:    {call.greeting}")
    async for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            break
        reply = await call.say(text)
        events = await ledger.timeline(call.call_id)
        for event in events[seen:]:
            note = _note(event.kind, event.data)
            if note:
                write(f"        · {note}")
        seen = len(events)
        write(f"Bot:    {reply.text}")


def _note(kind: str, data: dict) -> str | None:
    if kind == "tool_called":
        return f"{data.get('tool')}({_args(data.get('arguments'))})"
    if kind == "tool_result":
        result = data.get("result") or {}
        return f"{data.get('tool')} -> {result.get('status')}"
    if kind == "guard_blocked":
        return f"guard stopped: {data.get('sentence')!r}"
    return None


def _args(arguments: object) -> str:
    if not isinstance(arguments, dict):
        return ""
    return ", ".join(f"{k}={v!r}" for k, v in arguments.items())


async def run(args: argparse.Namespace) -> int:
    from loguru import logger

    from agent.config import load_settings
    from agent.services import MissingKeyError, check_keys
    from agent.standins import ScriptError, load_script
    from calendar_adapter.clock import ShiftedClock
    from calendar_adapter.salon import load_salon

    logger.remove()
    logger.add(sys.stderr, level="WARNING")

    overrides: dict = {"stt_provider": "text", "tts_provider": "text"}
    if args.language:
        overrides["language"] = args.language
    settings = load_settings(**overrides)
    llm = args.llm or ("scripted" if args.script else settings.llm_provider)
    if llm == "scripted" and args.script is None:
        print("--llm scripted needs --script FILE (turns of steps, see agent/standins.py)")
        return 2
    script = None
    if llm == "scripted":
        try:
            script = load_script(args.script)
        except (OSError, ScriptError) as exc:
            print(f"The script cannot be used: {exc}", file=sys.stderr)
            return 2
    settings = settings.model_copy(update={"llm_provider": llm})
    try:
        check_keys(settings)
    except MissingKeyError as exc:
        print(
            f"The console cannot start: {exc}\n"
            "Set it in the environment or .env, or play a script offline: "
            "--llm scripted --script FILE",
            file=sys.stderr,
        )
        return 2
    # The call's pipeline only now: a missing key or script is told without importing it (~2 s)
    from agent.call import TextCall
    from agent.commands.calendar_note import calendar_note
    from calendar_adapter.runtime import open_calendar

    clock = None
    if args.now is not None:
        at = args.now
        if at.tzinfo is None:
            at = at.replace(tzinfo=load_salon(settings.calendar_config().salon_file).tz)
        clock = ShiftedClock(at)
    async with open_calendar(settings, clock=clock, upkeep=True) as runtime:
        print(calendar_note(runtime, settings.calcom_base_url))
        print("Type what the caller says; /quit ends the call.\n")
        async with TextCall(
            runtime=runtime,
            settings=settings,
            caller_phone=args.caller_phone or settings.caller_phone,
            mode="console",
            script=script,
        ) as call:
            await converse(call, _stdin_lines(), print)
        print(f"\nCall {call.call_id} ended ({call.result.reason if call.result else 'ended'}).")
    return 0
