"""Small charts as inline SVG, drawn on the server: no chart library, no JavaScript."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT, LABEL_SPACE = 320, 120, 16


def bar_chart(
    values: Sequence[float],
    labels: Sequence[str],
    *,
    part: Sequence[float] | None = None,
    title: str = "",
    fmt: str = "{:g}",
) -> Markup:
    """One bar per value; `part` (e.g. the booked calls of each day) is drawn inside each bar.
    Every bar has a tooltip; at most about eight labels are written under the bars."""
    n = len(values)
    if n == 0:
        return Markup("")
    top = max([*values, 1e-9])
    slot = WIDTH / n
    bar = max(slot * 0.7, 1.0)
    every = max(1, math.ceil(n / 8))
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT + LABEL_SPACE}" role="img" '
        f'aria-label="{escape(title)}" preserveAspectRatio="none">'
    ]
    for i, value in enumerate(values):
        x = i * slot + (slot - bar) / 2
        h = HEIGHT * value / top
        tip = f"{labels[i]}: {fmt.format(value)}"
        if part is not None:
            tip += f" ({fmt.format(part[i])})"
        out.append(
            f'<g><title>{escape(tip)}</title><rect class="bar" x="{x:.1f}" y="{HEIGHT - h:.1f}" '
            f'width="{bar:.1f}" height="{h:.1f}"/>'
        )
        if part is not None and part[i]:
            ph = HEIGHT * part[i] / top
            out.append(
                f'<rect class="bar part" x="{x:.1f}" y="{HEIGHT - ph:.1f}" '
                f'width="{bar:.1f}" height="{ph:.1f}"/>'
            )
        out.append("</g>")
        if i % every == 0:
            out.append(
                f'<text x="{max(x + bar / 2, 14):.1f}" y="{HEIGHT + 12}" text-anchor="middle">'
                f"{escape(labels[i])}</text>"
            )
    out.append(f'<line class="axis" x1="0" y1="{HEIGHT}" x2="{WIDTH}" y2="{HEIGHT}"/></svg>')
    return Markup("".join(out))


def histogram(
    values: Sequence[float], *, bins: int = 10, title: str = "", unit: str = "s"
) -> Markup:
    """How often each range of values occurred (turn latencies)."""
    if not values:
        return Markup("")
    low, high = min(values), max(values)
    width = (high - low) / bins or max(high / bins, 0.1)
    counts = [0.0] * bins
    for v in values:
        counts[min(bins - 1, int((v - low) / width))] += 1
    labels = [f"{low + i * width:.1f}{unit}" for i in range(bins)]
    return bar_chart(counts, labels, title=title, fmt="{:.0f}")


def share_bar(share: float | None, *, title: str = "") -> Markup:
    """A horizontal bar filled to `share` (0..1)."""
    filled = WIDTH * (share or 0)
    return Markup(
        f'<svg class="chart share" viewBox="0 0 {WIDTH} 18" role="img" aria-label="{escape(title)}">'
        f'<rect class="track" x="0" y="0" width="{WIDTH}" height="18" rx="4"/>'
        f'<rect class="bar part" x="0" y="0" width="{filled:.1f}" height="18" rx="4"/></svg>'
    )
