#!/usr/bin/env python3
"""The one entry point: `python run_agent.py COMMAND [options]`.

Each command lives in its own module exposing `configure(parser)` and `async run(args) -> int`;
heavy imports stay inside `run`, so `--help` is quick. A module may name the event loop it runs
on (`loop_factory()`, e.g. `serve`'s uvloop); the others run on asyncio's own.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys

from pydantic import ValidationError

COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("agent.commands.demo", "play the incident call offline on the embedded sandbox"),
    "console": ("agent.commands.console", "typed text in, text out: the same pipeline and tools"),
    "mic": ("agent.commands.mic", "local microphone and speaker (needs the `mic` extra)"),
    "serve": (
        "agent.commands.serve",
        "telephony server: Twilio/Telnyx calls, Cal.com webhooks, /healthz, dashboard",
    ),
    "replay": (
        "agent.commands.replay",
        "run replay files through the pipeline, check expectations",
    ),
    "status": ("agent.commands.status", "is the appointment in the calendar? timeline + verdict"),
    "reconcile": (
        "agent.commands.reconcile",
        "compare the ledger with Cal.com, fix what is certain",
    ),
    "purge": (
        "agent.commands.purge",
        "remove personal data past its retention period (transcripts, numbers, names, recordings)",
    ),
    "sandbox": ("calendar_adapter.sandbox.command", "run the Cal.com-compatible sandbox server"),
    "dashboard-password": (
        "agent.commands.dashboard_password",
        "print the DASHBOARD_PASSWORD_HASH line for the dashboard's password",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_agent.py",
        description="Salon phone receptionist: a Pipecat voice agent booking in Cal.com.",
        epilog="`run_agent.py COMMAND --help` tells a command's options. Settings come from the "
        "environment or .env (.env.example lists every one); without CALCOM_API_KEY the "
        "commands that use a calendar book in the embedded Cal.com sandbox and say so.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.configure(command_parser)
        command_parser.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    factory = getattr(args._module, "loop_factory", None)
    try:
        with asyncio.Runner(loop_factory=factory() if factory else None) as runner:
            return runner.run(args._module.run(args)) or 0
    except KeyboardInterrupt:
        return 130
    except ValidationError as exc:  # a setting from the environment or .env: say which, no trace
        if exc.title != "Settings":
            raise
        print(
            f"run_agent.py: invalid settings (environment or .env):\n{_settings_errors(exc)}",
            file=sys.stderr,
        )
        return 2


def _settings_errors(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors(include_url=False):
        name = ".".join(str(p) for p in error["loc"]).upper() or "settings"
        lines.append(f"  {name}: {error['msg'].removeprefix('Value error, ')}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
