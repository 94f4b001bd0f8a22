"""Whether the caller heard an outcome code spoke: the one place that knows.

An outcome (a booking's, cancellation's or move's `say`, spoken by `CodeVoice`) counts as told
when the caller has heard all of it, not when it was written to the TTS. Code's voice sends each
outcome followed by a `HeardMark`. The TTS keeps the mark behind the outcome's audio, and the
output transport passes it on only once that audio has been played out (a frame without a
timestamp waits in the transport's audio queue behind the audio before it; a text call, whose
output plays nothing, passes it when the text is delivered). An interruption drops the mark
with the unplayed audio. So `OutcomeEar`, after the output, sees the mark exactly when the
whole sentence was played: the outcome is heard (timeline `outcome_heard`, once).

When the caller interrupts, an outcome sent and not yet heard is cut (timeline `outcome_cut`):
code's voice says it once more as soon as the caller pauses (`repeats`), never a third time. A
mark that was already on its way when the caller interrupted still counts: heard is heard.
The call's summary (`CallSummary`: what the call changed, from the ledger) is heard the same
way, its mark behind the end of the reply it is in; heard, it tells every outcome spoken before
it, and those count as heard too (`outcome_heard` with `via: summary`). Outcomes never heard by
the end of the call (cut twice, still waiting, or finished after the hang-up) are `unheard`;
the call leaves a caller notice for them (`agent.unheard`).

On a Twilio call the output transport's mark is not enough: it passes when the last audio was
*sent*, and Twilio still has it queued (up to a chunk, the network and its jitter buffer) when
a caller's barge-in makes us send `clear`, which drops the tail unplayed. There the mark goes on
to Twilio (`{"event": "mark"}` right behind the outcome's audio, named by `HeardMark.label`,
unique per sending) instead of passing the output, and Twilio echoes it back once the audio
before it has played (`LineMark`, from the call's input). The rule, Twilio's echo: an outcome
is heard when the echo of its latest mark arrives while it is still sent. Twilio also echoes
every pending mark at once when it gets our `clear`, and such an echo says nothing was played;
we send `clear` only when the interruption reaches the output transport, after it went through
code's voice, which had cut every sent outcome by then. So an echo that comes after our clear
finds its outcome cut and counts for nothing, and a cut outcome is said again; an echo of an
earlier sending (a cut one said again) is stale and ignored too. The one error this can make is
on the safe side: audio that did finish playing at Twilio while the caller was already talking,
its echo crossing our clear, is taken as cut and said once more (twice heard, never unheard).
Telnyx documents the same for its media streaming (a mark comes back once the media before it
has played, or at once when nothing is queued; a `clear` returns the queued marks), so a Telnyx
call is heard by the same echo (`agent.telephony.serializers`).

What else the caller is to hear is heard by the same marks, not by a second rule: each response
the model's words go out in (the guard's sentences, `ConfirmationGuard`) and what code says that
is no outcome (its words when it ends the call, the question whether the caller is still there,
the greeting) is `SPEECH`, with a mark behind it. Heard whole, nothing is logged (`bot_said` has
its words); cut by the caller, or still unplayed when the call ends, it is on the timeline as
`bot_cut` (its words, and `played`: the part the caller heard, when the line tells it; no line
here does, since marks follow whole responses, so it is None: cut, not heard). Speech is never
said again and leaves no notice; the hang-up waits for its echo as for an outcome's.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pipecat.frames.frames import DataFrame, Frame, SystemFrame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

Log = Callable[..., Awaitable[None]]  # (kind, **data): the call's timeline
SUMMARY = "summary"  # the `tool` of the call's summary: it tells what the outcomes before it did
OUTCOME = "outcome"  # what code must tell (a tool's `say`, the summary): said again when cut
SPEECH = "speech"  # any other words the caller is to hear: recorded when not heard, no more


class Heard(Enum):
    WAITING = "waiting"  # not sent yet (the caller is talking, a reply is streaming)
    SENT = "sent"  # written to the TTS, its mark not yet past the output
    CUT = "cut"  # the caller interrupted before its mark passed
    HEARD = "heard"  # its mark passed the output: every word of it was played


@dataclass
class SpokenOutcome:
    """One outcome sentence code speaks, and how far it got."""

    id: int
    text: str
    tool: str | None = None
    result: Mapping[str, Any] | None = None
    state: Heard = Heard.WAITING
    repeated: bool = False  # said once more after a cut: not again
    mark: str = ""  # the name of the mark of its latest sending
    kind: str = OUTCOME  # OUTCOME or SPEECH


@dataclass
class HeardMark(DataFrame):
    """Follows an outcome's speech; passes the output once the outcome has been played (on
    Twilio: goes on to Twilio, which echoes it as a `LineMark` once it has played)."""

    outcome_id: int = 0
    label: str = ""  # unique per sending: the line's mark's name (pipecat's `name` is taken)


@dataclass
class LineMark(SystemFrame):
    """The telephony provider's echo of a mark we sent: the audio before it has been played,
    or was dropped by our `clear` (see the module docstring for which counts)."""

    label: str = ""  # the mark's name


@dataclass
class OutcomeHearing:
    """The call's outcomes and whether the caller heard them (see the module docstring)."""

    log: Log | None = None
    outcomes: list[SpokenOutcome] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _sendings: itertools.count = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Event = field(default_factory=asyncio.Event)  # an outcome left `SENT`

    def expect(
        self,
        text: str,
        *,
        tool: str | None = None,
        result: Mapping[str, Any] | None = None,
        kind: str = OUTCOME,
    ) -> SpokenOutcome:
        """An outcome code is going to speak (`result`: the tool result whose `say` it is), or
        other words the caller is to hear (`kind` SPEECH)."""
        outcome = SpokenOutcome(next(self._ids), text, tool, result, kind=kind)
        self.outcomes.append(outcome)
        return outcome

    def sent(self, outcome: SpokenOutcome) -> HeardMark:
        """The outcome's speech is being written to the TTS; the mark to send right after it."""
        if outcome.state is not Heard.HEARD:
            outcome.state = Heard.SENT
        prefix = "heard" if outcome.kind == OUTCOME else "said"  # the line's mark's name
        outcome.mark = f"{prefix}-{outcome.id}-{next(self._sendings)}"
        return HeardMark(outcome_id=outcome.id, label=outcome.mark)

    async def interrupted(self) -> None:
        """The caller interrupted: what was sent and not yet heard is cut."""
        for outcome in self.outcomes:
            await self.cut(outcome)

    async def cut(self, outcome: SpokenOutcome) -> None:
        """The caller interrupted before `outcome` (if still sent) was played whole."""
        if outcome.state is not Heard.SENT:
            return
        outcome.state = Heard.CUT
        self._changed.set()
        if outcome.kind == SPEECH:
            await self._log_unheard(outcome, why="talked_over")
        else:
            await self._log("outcome_cut", outcome)

    async def call_ended(self) -> None:
        """The call is over: speech still sent was not played before the line dropped."""
        for outcome in self.outcomes:
            if outcome.kind == SPEECH and outcome.state is Heard.SENT:
                outcome.state = Heard.CUT
                await self._log_unheard(outcome, why="call_ended")

    def repeats(self) -> list[SpokenOutcome]:
        """The cut outcomes to say once more now (each only once)."""
        again = [
            o
            for o in self.outcomes
            if o.kind == OUTCOME and o.state is Heard.CUT and not o.repeated
        ]
        for outcome in again:
            outcome.repeated = True
            outcome.state = Heard.WAITING
        return again

    async def passed(self, mark: HeardMark) -> None:
        """The mark passed the output: its outcome was heard, whole."""
        outcome = next((o for o in self.outcomes if o.id == mark.outcome_id), None)
        if outcome is None or outcome.state is Heard.HEARD:
            return
        await self._heard(outcome)

    async def echoed(self, mark: LineMark) -> None:
        """The line echoed a mark: its outcome was heard if it is still sent (not cut by the
        interruption whose `clear` echoes pending marks) and this is its latest sending."""
        outcome = next((o for o in self.outcomes if o.mark == mark.label), None)
        if outcome is None or outcome.state is not Heard.SENT:
            return  # not ours, or cleared: the caller interrupted before it was played
        await self._heard(outcome)

    async def settled(self, within: float) -> bool:
        """Return once no outcome is sent and not yet heard or cut (the line's echo may still
        be coming: hang up after it), or after `within` seconds (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while any(o.state is Heard.SENT for o in self.outcomes):
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                return False
        return True

    async def _heard(self, outcome: SpokenOutcome) -> None:
        outcome.state = Heard.HEARD
        self._changed.set()
        if outcome.kind == SPEECH:
            return  # heard as `bot_said` has it
        await self._log("outcome_heard", outcome)
        if outcome.tool == SUMMARY:  # it told what the outcomes before it did
            for told in self.outcomes:
                if told.kind != OUTCOME:
                    continue
                if told.id < outcome.id and told.state is not Heard.HEARD:
                    told.state = Heard.HEARD
                    await self._log("outcome_heard", told, via=SUMMARY)

    def unheard(self) -> list[SpokenOutcome]:
        """Outcomes the caller has not heard (yet)."""
        return [o for o in self.outcomes if o.kind == OUTCOME and o.state is not Heard.HEARD]

    async def _log_unheard(self, speech: SpokenOutcome, *, why: str) -> None:
        """`bot_cut`: words sent that the caller did not hear whole. Which part they did hear,
        no line tells (marks follow whole responses): `played` None, cut, not heard."""
        if self.log is not None and speech.text:
            await self.log("bot_cut", text=speech.text, played=None, why=why)

    async def _log(self, kind: str, outcome: SpokenOutcome, **data: str) -> None:
        if self.log is not None:
            await self.log(
                kind, text=outcome.text, tool=outcome.tool, repeated=outcome.repeated, **data
            )


class OutcomeEar(FrameProcessor):
    """After the output transport: tells `OutcomeHearing` which outcomes were played."""

    def __init__(self, hearing: OutcomeHearing, **kwargs):
        super().__init__(**kwargs)
        self._hearing = hearing

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, HeardMark):
            await self._hearing.passed(frame)
            return  # it has done its job; nothing after this listens for it
        if isinstance(frame, LineMark):
            await self._hearing.echoed(frame)
            return
        await self.push_frame(frame, direction)
