#!/usr/bin/env python3
"""One call's trace as a waterfall picture, for the README (docs/trace-call.png).

A booking call is placed over the phone path as `tests/test_observability_phone.py` does
(Twilio Media Streams into `serve`, real Silero VAD, the offline speech and model stand-ins,
here with a provider's delays, the embedded Cal.com sandbox), traced into the SDK's in-memory exporter behind the
production redactor. Its spans are drawn as Jaeger draws a trace (one row per span, indented
under its parent, a bar from its start to its end) into an HTML page, which Debian's headless
Chromium photographs. No Docker, no Jaeger, no network.

    .venv/bin/python scripts/trace_screenshot.py [--out docs/trace-call.png] [--html page.html]
"""

from __future__ import annotations

import argparse
import asyncio
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.observability_support import Node  # noqa: E402

ROW = 22
WIDTH = 1500
LABEL = 560  # px for the span names
SHOWN = (
    "call.outcome",
    "turn.number",
    "tool.status",
    "http.response.status_code",
    "calcom.attempt",
    "guard.verdict",
    "metrics.ttfb",
)
COLOURS = {
    "call": "#4c6ef5",
    "conversation": "#748ffc",
    "turn": "#91a7ff",
    "stt": "#be4bdb",
    "llm": "#be4bdb",
    "tts": "#be4bdb",
    "tool": "#f08c00",
    "calcom": "#2f9e44",
    "guard": "#e03131",
}
LATENCY = "#1098ad"  # the turn's response time, part by part


# The stand-ins take as long as real providers about do (bench/turn_latency.py's defaults), so
# the picture shows where a turn's time goes rather than zeros.
LATENCIES = {"stt_final_transcript": 0.150, "llm_first_token": 0.350, "tts_first_audio": 0.120}


async def traced_call(tmp: Path) -> Node:
    import copy

    from agent.services import build_services
    from agent.standins import StandInLatencies
    from agent.telephony.standin_calls import load_standin_script
    from calendar_adapter.clock import FixedClock
    from tests.conftest import PINNED_NOW
    from tests.observability_support import book_by_phone, call_tree, phone_server, traced

    with traced() as exporter:
        async with phone_server(tmp, FixedClock(PINNED_NOW)) as (base, app):
            line, runtime = app.state.line, app.state.runtime
            script = load_standin_script(line.settings.standin_script)

            async def services():
                return build_services(
                    line.settings,
                    catalog=await runtime.backend.get_catalog(),
                    salon=runtime.salon,
                    script=copy.deepcopy(script.turns),
                    transcripts=script.transcripts,
                    latencies=StandInLatencies(**LATENCIES),
                )

            line.services = services
            call_id = await book_by_phone(base, runtime.ledger)
        spans = exporter.get_finished_spans()
    return call_tree(spans, call_id)


def _rows(node: Node, depth: int = 0) -> list[tuple[int, Node]]:
    return [(depth, node), *(r for c in node.children for r in _rows(c, depth + 1))]


def _colour(node: Node) -> str:
    if "latency.key" in node.attributes or node.name == "response latency":
        return LATENCY
    return COLOURS.get(node.name.split(" ")[0], "#868e96")


def _note(node: Node) -> str:
    parts = []
    for key in SHOWN:
        if key in node.attributes:
            value = node.attributes[key]
            if key == "metrics.ttfb":
                value = f"{float(value) * 1000:.1f} ms"
            parts.append(f"{key.split('.')[-1]}={value}")
    return " ".join(parts)


def waterfall_html(root: Node) -> str:
    """The trace as a self-contained HTML page (no script, nothing fetched)."""
    start, end = root.span.start_time, root.span.end_time
    total = max(end - start, 1)
    scale = (WIDTH - LABEL - 140) / total
    rows = _rows(root)
    seconds = int(total / 1e9) + 1
    step = max(1, seconds // 10)
    ticks = "".join(
        f'<div class="tick" style="left:{LABEL + int(s * 1e9 * scale)}px">{s} s</div>'
        for s in range(0, seconds + 1, step)
    )
    lines = []
    for i, (depth, node) in enumerate(rows):
        left = LABEL + int((node.span.start_time - start) * scale)
        width = max(2, int((node.span.end_time - node.span.start_time) * scale))
        ms = (node.span.end_time - node.span.start_time) / 1e6
        lines.append(
            f'<div class="row" style="top:{40 + i * ROW}px">'
            f'<div class="name" style="padding-left:{8 + depth * 14}px">'
            f"{html.escape(node.name)} <span class=note>{html.escape(_note(node))}</span></div>"
            f'<div class="bar" style="left:{left}px;width:{width}px;'
            f'background:{_colour(node)}"></div>'
            f'<div class="ms" style="left:{left + width + 6}px">{ms:,.1f} ms</div></div>'
        )
    call = root.attributes
    title = (
        f"Trace {format(root.span.context.trace_id, '032x')} · call {call.get('call.mode')} · "
        f"{call.get('salon.name')} · outcome {call.get('call.outcome')} · {len(rows)} spans · "
        f"{total / 1e9:.1f} s"
    )
    height = 60 + len(rows) * ROW
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin:0; font:12px/1.2 system-ui, sans-serif; background:#fff; color:#212529 }}
.head {{ position:absolute; top:0; left:0; right:0; height:30px; padding:8px 12px;
         background:#f1f3f5; font-weight:600 }}
.tick {{ position:absolute; top:30px; height:{height}px; border-left:1px solid #e9ecef;
         color:#868e96; font-size:10px; padding-left:2px }}
.row {{ position:absolute; left:0; right:0; height:{ROW}px; border-bottom:1px solid #f8f9fa }}
.name {{ position:absolute; width:{LABEL - 10}px; white-space:nowrap; overflow:hidden;
         text-overflow:ellipsis; top:4px }}
.note {{ color:#868e96 }}
.bar {{ position:absolute; top:5px; height:12px; border-radius:2px }}
.ms {{ position:absolute; top:4px; color:#495057; font-size:11px }}
</style></head><body style="width:{WIDTH}px;height:{height}px">
<div class="head">{html.escape(title)}</div>{ticks}{"".join(lines)}</body></html>"""


def screenshot(page: Path, out: Path, height: int) -> None:
    browser = shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--screenshot={out}",
            f"--window-size={WIDTH},{height}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "trace-call.png"))
    parser.add_argument("--html", help="also keep the HTML page here")
    args = parser.parse_args()
    if not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()):
        print("headless Chromium is missing: bash scripts/install-system-deps.sh", file=sys.stderr)
        return 2
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING")
    with tempfile.TemporaryDirectory() as tmp:
        root = asyncio.run(traced_call(Path(tmp)))
        page = Path(args.html) if args.html else Path(tmp) / "trace.html"
        page.write_text(waterfall_html(root), encoding="utf-8")
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        screenshot(page.resolve(), out.resolve(), 60 + len(_rows(root)) * ROW)
    print(f"{out} ({len(_rows(root))} spans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
