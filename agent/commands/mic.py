"""`mic`: talk to the receptionist through this machine's microphone and speaker."""

from __future__ import annotations

import argparse
import sys
from typing import Any

INSTALL_HINT = (
    "Install them with:\n"
    '  sudo apt-get install portaudio19-dev && pip install -e ".[mic]"\n'
    '  (macOS: brew install portaudio && pip install -e ".[mic]")'
)


class MicUnavailable(RuntimeError):
    """PyAudio or the PortAudio library under it is missing: an install problem, not a bug."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input-device", type=int, default=None, help="PyAudio input index")
    parser.add_argument("--output-device", type=int, default=None, help="PyAudio output index")
    parser.add_argument(
        "--caller-phone",
        default=None,
        help="the number the session treats as the caller's (default: CALLER_PHONE)",
    )


def load_local_audio() -> tuple[Any, Any]:
    """(LocalAudioTransport, LocalAudioTransportParams), or MicUnavailable with the reason.

    PyAudio is imported first on purpose: pipecat's module logs its own error lines before
    failing, and a missing PortAudio shows up as an OSError rather than an ImportError.
    """
    try:
        import pyaudio  # noqa: F401
    except (ImportError, OSError) as exc:
        raise MicUnavailable(str(exc) or exc.__class__.__name__) from exc
    from pipecat.transports.local.audio import LocalAudioTransport, LocalAudioTransportParams

    return LocalAudioTransport, LocalAudioTransportParams


async def run(args: argparse.Namespace) -> int:
    try:
        transport_cls, params_cls = load_local_audio()
    except MicUnavailable as exc:
        print(
            f"The microphone mode needs PyAudio and the PortAudio library ({exc}).\n{INSTALL_HINT}",
            file=sys.stderr,
        )
        return 2

    from loguru import logger

    from agent.call import run_call
    from agent.commands.calendar_note import calendar_note
    from agent.config import load_settings
    from agent.telephony.readiness import call_refusal
    from agent.telephony.standin_calls import standin_services
    from calendar_adapter.runtime import open_calendar

    settings = load_settings()
    refusal = call_refusal(settings)
    if refusal:
        print(f"The microphone mode cannot start: {refusal}", file=sys.stderr)
        return 2

    transport = transport_cls(
        params_cls(
            audio_in_enabled=True,
            audio_out_enabled=True,
            input_device_index=args.input_device,
            output_device_index=args.output_device,
        )
    )
    async with open_calendar(settings, upkeep=True) as runtime:
        print(calendar_note(runtime, settings.calcom_base_url))
        logger.info("Speak now (Ctrl+C ends the session)")
        await run_call(
            transport,
            runtime=runtime,
            settings=settings,
            caller_phone=args.caller_phone or settings.caller_phone,
            mode="mic",
            services=await standin_services(settings, runtime),
            handle_sigint=True,
        )
    return 0
