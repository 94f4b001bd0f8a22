"""The guard's added time per sentence on a streamed reply: decided ahead of the release or not.

Issue 9 asks that the guard add at most 1 ms p95 per sentence. `decide()` alone takes more
(README, "Time"), but the guard need not start it at the release: a sentence's text is complete
one token before the word that releases it (`agent.guard.ahead`). This bench streams corpus
sentences (tests/corpus/claims_*.yaml, three of one language per reply, under the corpus's call
states in turn) as an OpenAI-like model does: words cut into pieces of about four characters, a
word's punctuation its own token half of the time and glued to it the other half, token gaps
drawn from a fixed-seed distribution around 25 ms (`--burst`: none, every token at once), through
the real `ConfirmationGuard` (pipecat's `run_test`; a summary never due, so every sentence is
checked for the bot's goodbye as in a call), each reply once with the decision made ahead
(`ahead=True`) and once without, in turn (which goes first alternates), every sentence read for
the first time (`memo.forget` before each reply). The facts carry the time as the live guard's do
(`CallFactsSource.facts` stamps the current time): the corpus's day, the clock moving; one
facts object per call state for the whole run, as a call keeps its facts' tuples; the guard tells
them each sentence it hands on (`CallFacts.said_before`, as `CallFactsSource.spoke` in a call).

Printed for both ways: the guard's added time per released sentence, from the arrival of the
frame that releases it (the next word's token, or the reply's end) to the sentence's last frame
pushed downstream, p50 / p95 / max, by the next word and at the reply's end, and of it the part
from the start of the guard's `process_frame` (the rest is the frame's wait in pipecat's queues,
behind the frames before it: in a burst, their decisions); the guard's CPU time
per sentence (thread time inside its `process_frame`, the decision made ahead included, and
what other tasks ran while it awaited a push: the same both ways) and how
many decisions it made per sentence; the ratios off÷on. Timing wraps the guard instance's
`queue_frame`, `process_frame`, `push_frame` and decide, nothing else.

`--aa` runs both ways at the release: the ratios then show how far two runs of the same code
wander on this machine.

Run: .venv/bin/python bench/guard_stream.py [--every 50] [--burst] [--seed 9] [--aa]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import math
import os
import platform
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

_WORD = re.compile(r"\s*\S+")
_TRAILING = re.compile(r"[.!?…,;:\"')\]]+$")
_PIECE = 4  # characters per token, about what OpenAI's tokenizer gives German and English text
GAP_MEDIAN = 0.025  # seconds between tokens


def tokens(text: str, rng: random.Random) -> list[str]:
    """`text` as a model streams it: words (with their leading space) in pieces of about four
    characters, the punctuation after a word its own token half of the time."""
    out: list[str] = []
    for word in _WORD.findall(text):
        mark = _TRAILING.search(word)
        core, punct = (word[: mark.start()], mark.group()) if mark else (word, "")
        body = core.lstrip()
        lead = core[: len(core) - len(body)]
        pieces = (
            [
                lead + body[:_PIECE],
                *(body[i : i + _PIECE] for i in range(_PIECE, len(body), _PIECE)),
            ]
            if body
            else []
        )
        if punct and pieces and rng.random() < 0.5:
            pieces[-1] += punct
        elif punct:
            pieces.append((lead if not body else "") + punct)
        out += pieces
    return out


def gaps(count: int, rng: random.Random) -> list[float]:
    """Token gaps around 25 ms (log-normal, a few up to ~80 ms), from the seeded `rng`."""
    return [min(0.2, rng.lognormvariate(math.log(GAP_MEDIAN), 0.45)) for _ in range(count)]


@dataclass
class Way:
    """One way of running the guard (ahead or not) and what was measured of it."""

    ahead: bool
    by_word: list[float] = field(default_factory=list)  # added time, released by the next word
    own: list[float] = field(default_factory=list)  # of it, inside the guard's process_frame
    # added time of the releases that decided something themselves (the decision not ready,
    # or a blocked sentence's rest)
    deciding: list[float] = field(default_factory=list)
    at_end: list[float] = field(default_factory=list)  # ... at the reply's end
    cpu: float = 0.0  # thread seconds inside the guard's process_frame
    decisions: int = 0
    sentences: int = 0
    said: list[list[tuple[str, str]]] = field(default_factory=list)  # per reply, as pushed

    @property
    def added(self) -> list[float]:
        return self.by_word + self.at_end


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")


async def _reply(way: Way, call, frames) -> None:
    """Run one reply through a new guard, timing it (see the module's docstring)."""
    from pipecat.frames.frames import (
        Frame,
        LLMFullResponseEndFrame,
        LLMTextFrame,
    )
    from pipecat.processors.frame_processor import FrameDirection
    from pipecat.tests.utils import run_test

    from agent.guard import ConfirmationGuard

    guard = ConfirmationGuard(
        call.facts, ahead=way.ahead, summary=_NoSummary(), on_spoken=call.spoke
    )
    arrived: dict[int, float] = {}
    pushed: list[float] = []
    queue_frame, process_frame, push_frame = (
        guard.queue_frame,
        guard.process_frame,
        guard.push_frame,
    )
    decide = guard._decide

    async def timed_queue(frame: Frame, direction=FrameDirection.DOWNSTREAM, *args, **kwargs):
        arrived[id(frame)] = time.perf_counter()
        await queue_frame(frame, direction, *args, **kwargs)

    async def timed_process(frame: Frame, direction: FrameDirection):
        pushed.clear()
        c0, started, decided = time.thread_time(), time.perf_counter(), way.decisions
        await process_frame(frame, direction)
        way.cpu += time.thread_time() - c0
        if pushed and id(frame) in arrived:
            added = pushed[-1] - arrived[id(frame)]
            way.own.append(pushed[-1] - started)
            if way.decisions > decided:
                way.deciding.append(added)
            if isinstance(frame, LLMTextFrame):
                way.by_word.append(added)
            elif isinstance(frame, LLMFullResponseEndFrame):
                way.at_end.append(added)

    async def timed_push(frame: Frame, direction=FrameDirection.DOWNSTREAM):
        if isinstance(frame, LLMTextFrame) and direction == FrameDirection.DOWNSTREAM:
            pushed.append(time.perf_counter())
        await push_frame(frame, direction)

    def counted(sentence, f):
        way.decisions += 1
        return decide(sentence, f)

    guard.queue_frame, guard.process_frame, guard.push_frame = (
        timed_queue,
        timed_process,
        timed_push,
    )
    guard._decide = counted  # the same function, counted (`ahead` stays as constructed)
    down, _ = await run_test(guard, frames_to_send=frames)
    said = [(type(f).__name__, f.text) for f in down if isinstance(f, LLMTextFrame)]
    way.said.append(said)
    way.sentences += len(said)


class _NoSummary:
    """A call's summary that is never due: the guard checks every sentence for the bot's
    goodbye, as in a call, and speaks nothing more."""

    wanted = False

    def due(self) -> str | None:
        return None


def _replies(every: int) -> list[tuple[str, str, list[str]]]:
    """(state, language, sentences) for every reply: three corpus sentences of one language,
    every `every`-th entry of the corpus, the call states in turn."""
    from tests.corpus.claims_corpus import STATES, load

    by_lang: dict[str, list[str]] = {"de": [], "en": []}
    for k, entry in enumerate(load()):
        if k % every == 0 and entry.text.strip():
            by_lang.setdefault(entry.lang, []).append(" ".join(entry.text.split()))
    states = list(STATES)
    out = []
    for lang, texts in by_lang.items():
        for i in range(0, len(texts) - 2, 3):
            out.append((states[len(out) % len(states)], lang, texts[i : i + 3]))
    random.Random(0).shuffle(out)
    return out


def _frames(sentences: list[str], rng: random.Random, burst: bool):
    from pipecat.frames.frames import (
        LLMFullResponseEndFrame,
        LLMFullResponseStartFrame,
        LLMTextFrame,
    )
    from pipecat.tests.utils import SleepFrame

    pieces = tokens(" ".join(sentences), rng)
    waits = gaps(len(pieces), rng)
    frames: list = [LLMFullResponseStartFrame()]
    for piece, wait in zip(pieces, waits, strict=True):
        if not burst:
            frames.append(SleepFrame(wait))
        frames.append(LLMTextFrame(piece))
    if not burst:
        frames.append(SleepFrame(gaps(1, rng)[0]))
    return [*frames, LLMFullResponseEndFrame()]


class _Stamped:
    """The facts as `CallFactsSource` gives them: the current time stamped on each call, and the
    sentence the caller heard last (`spoke`, told by the guard as in a call: an ellipsis is read
    with it)."""

    def __init__(self, base) -> None:
        self._base, self._start = base, time.monotonic()

    def facts(self):
        now = self._base.now + timedelta(seconds=time.monotonic() - self._start)
        return dataclasses.replace(self._base, now=now)

    def spoke(self, sentence: str) -> None:
        self._base = dataclasses.replace(self._base, said_before=sentence)


async def run(
    every: int, burst: bool, seed: int, warm: int, aa: bool = False
) -> tuple[Way, Way, int]:
    from agent.claims import warm_up
    from agent.claims.memo import forget
    from tests.corpus.claims_corpus import STATES, facts

    warm_up()
    # one facts object per call state, as a call's `CallFactsSource` keeps the same salon names
    # and appointments from one sentence to the next (until a tool's result)
    kept = {(state, lang): facts(state, lang) for state in STATES for lang in ("de", "en")}
    on, off = Way(ahead=not aa), Way(ahead=False)
    replies = _replies(every)
    differ = 0
    for n, (state, lang, sentences) in enumerate(replies):
        if n == warm:  # the first replies warm the pipeline up: not counted
            on, off = Way(ahead=not aa), Way(ahead=False)
        ways = (on, off) if n % 2 == 0 else (off, on)
        for way in ways:
            rng = random.Random(seed * 100_003 + n)  # the same tokens and gaps both ways
            forget()
            await _reply(way, _Stamped(kept[(state, lang)]), _frames(sentences, rng, burst))
        if on.said[-1] != off.said[-1]:
            differ += 1
    return on, off, differ


def _ms(values: list[float]) -> str:
    if not values:
        return "n=0"
    p50, p95 = _percentile(values, 0.5), _percentile(values, 0.95)
    return (
        f"p50 {p50 * 1e3:.3f} p95 {p95 * 1e3:.3f} max {max(values) * 1e3:.2f} ms (n={len(values)})"
    )


def report(on: Way, off: Way, differ: int, burst: bool) -> str:
    lines = [
        f"guard_stream: {'burst (no gaps)' if burst else 'gaps ~25 ms'}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"replies whose pushed text differs between the two ways: {differ}",
    ]
    for way in (off, on):
        name = "ahead" if way.ahead else "at release" if way is off else "at release (A/A)"
        lines += [
            f"[{name}] added per sentence, all:          {_ms(way.added)}",
            f"[{name}]   released by the next word:     {_ms(way.by_word)}",
            f"[{name}]   released at the reply's end:   {_ms(way.at_end)}",
            f"[{name}]   of it inside process_frame:   {_ms(way.own)}",
            f"[{name}]   releases that decided:         {_ms(way.deciding)}",
            f"[{name}] guard CPU per sentence {way.cpu / max(1, way.sentences) * 1e3:.3f} ms, "
            f"decisions per sentence {way.decisions / max(1, way.sentences):.3f} "
            f"({way.sentences} sentences pushed)",
        ]
    for label, a, b in (
        ("all", off.added, on.added),
        ("by the next word", off.by_word, on.by_word),
        ("at the reply's end", off.at_end, on.at_end),
    ):
        if a and b:
            r50 = _percentile(a, 0.5) / _percentile(b, 0.5)
            r95 = _percentile(a, 0.95) / _percentile(b, 0.95)
            lines.append(f"ratio at release ÷ ahead, {label}: p50 {r50:.2f}x  p95 {r95:.2f}x")
    cpu_on, cpu_off = on.cpu / max(1, on.sentences), off.cpu / max(1, off.sentences)
    lines.append(f"ratio CPU per sentence at release ÷ ahead: {cpu_off / cpu_on:.2f}x")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=50, help="every n-th corpus entry")
    parser.add_argument("--burst", action="store_true", help="no gaps between tokens")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--warm", type=int, default=6, help="replies run first, not counted")
    parser.add_argument("--aa", action="store_true", help="both ways at release: the noise")
    args = parser.parse_args()
    from loguru import logger

    logger.remove()  # the guard's warnings on blocked claims are not the bench's output
    on, off, differ = asyncio.run(run(args.every, args.burst, args.seed, args.warm, args.aa))
    print(report(on, off, differ, args.burst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
