"""The confirmation guard: what the caller hears claims nothing the calendar does not hold.

Between the LLM and the TTS. It gathers the model's streamed text into sentences and holds each
against the call's facts (`agent.claims.decide` on `CallFacts` from the ledger):

- a sentence whose claims the ledger backs passes unchanged, whenever in the call it is said;
- a sentence with an unbacked claim is replaced, once per reply, by the truth for the call's
  state (`truth`), and what follows the claim in the same sentence (a question, a request)
  still reaches the caller when it claims nothing itself;
- a sentence that repeats what code just spoke (`CodeVoice`: a tool's `say`, the summary) is
  dropped, so the caller hears it once, also in other punctuation, in pieces or after an
  acknowledgement ("Wunderbar, ..."); after code spoke an outcome, a blocked claim in the same
  reply is dropped without a second correction;
- before the bot's goodbye, the call's summary is spoken, if it is due (`CallSummary`); after
  the caller's goodbye, by the end of the reply at the latest. Whether the caller heard it is
  the hearing's to know (`agent.guard.heard`): its mark follows the end of its response;
- what it hands on of a response (the model's sentences, replacements) is heard the same way:
  one `SPEECH` mark behind the response's end; a response the caller talks over, or that is
  still unplayed when the call ends, is `bot_cut` on the timeline.

A sentence is released the moment it is complete; deciding it reads no I/O. It is decided
while the guard waits for the word that releases it (`agent.guard.ahead`), so at the release
the decision is ready; the decision is the same as one made at the release.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Protocol

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSSpeakFrame,
    UserStartedSpeakingFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from agent.claims import CallFacts, ClaimKind, Decision
from agent.claims import decide as claims_decide
from agent.guard.ahead import Ahead, sentence_ahead
from agent.guard.farewell import is_farewell
from agent.guard.heard import SPEECH, SUMMARY, HeardMark, OutcomeHearing, SpokenOutcome
from agent.guard.sentences import sentences_of, split_sentences, spoken_form
from agent.guard.truth import truth
from agent.guard.voice import CODE_SPEECH, REPLY_COMPLETE

BlockedCallback = Callable[[str, str, frozenset[ClaimKind]], Awaitable[None]]
DecidedCallback = Callable[[Decision], None]  # every decision (metrics, a trace span)
SpokenCallback = Callable[
    [str], None
]  # a sentence handed on to the caller (`CallFacts.said_before`)
Decide = Callable[[str, CallFacts], Decision]  # a function of the sentence and the facts alone
FactsProvider = Callable[[], CallFacts]


class Summary(Protocol):
    """The call's summary (`agent.guard.CallSummary`)."""

    wanted: bool  # the caller said goodbye: due by the end of this reply

    def due(self) -> str | None: ...


_LEADING_JOINERS = re.compile(
    r"^[\s,;:–—-]*(?:(?:und|aber|also|dann|doch|sondern|and|but|so|then)\b[\s,;:–—-]*)*",
    re.IGNORECASE,
)
# where a sentence's last clause begins: after a comma, colon or dash ("Thursday's fully booked,
# sorry — would another day work?"; a hyphen only between spaces, not in "E-Mail")
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")

# What is left around a cut-out span: "Perfekt, ." / "Super, , und ..."
_DANGLING = re.compile(r"[\s,;:–—-]+([.!?…])")
_DOUBLED = re.compile(r"\s*[,;:–—-](?:\s*[,;:–—-])+")


# Words that only acknowledge before an echo of code speech ("Wunderbar, Ihr Termin ist gebucht!").
_ACKNOWLEDGING = re.compile(
    r"^[\s,;:!.–—-]*(?:(?:perfekt|super|wunderbar|prima|toll|schön|sehr gut|gut|alles klar|"
    r"okay|ok|gerne|great|perfect|wonderful|lovely|all right|alright|good|fine)\b[\s,;:!.–—-]*)+",
    re.IGNORECASE,
)

# A model sentence this long (letters and digits) that is only a piece of what code spoke
# ("Ihr Termin ist gebucht." out of "Ihr Termin ist gebucht: Dauerwelle ...") repeats it; a
# shorter one ("Um 10 Uhr?") is a question or an answer of its own.
_FRAGMENT_FORM = 12


class ConfirmationGuard(FrameProcessor):
    """Between LLM and TTS: passes true sentences, replaces unbacked calendar claims."""

    def __init__(
        self,
        facts: FactsProvider,
        *,
        language: str = "de",
        on_blocked: BlockedCallback | None = None,
        summary: Summary | None = None,
        decide: Decide = claims_decide,
        on_decided: DecidedCallback | None = None,
        hearing: OutcomeHearing | None = None,
        ahead: bool | None = None,
        on_spoken: SpokenCallback | None = None,
        **kwargs,
    ):
        """`ahead`: decide a sentence before its release (`agent.guard.ahead`); by default
        with `agent.claims.decide`, whose use of the facts is known, not with another.
        `on_spoken`: told each sentence the caller hears, after it was handed on (the facts'
        `CallFactsSource.spoke`: an ellipsis after it is read with it); a blocked sentence
        never, its replacement and code's speech yes."""
        super().__init__(**kwargs)
        self._hearing = hearing
        self._marks: list[HeardMark] = []  # the summary's, sent after its response's end
        self._response: SpokenOutcome | None = None  # the words handed on of this response
        self._facts = facts
        self._on_decided = on_decided
        self._on_spoken = on_spoken
        self._language = language
        self._on_blocked = on_blocked
        self._summary = summary
        self._decide = decide
        self._by_day = decide is claims_decide  # reads the clock by its day (`ahead`)
        self._ahead_on = self._by_day if ahead is None else ahead
        self._ahead: Ahead | None = None  # the sentence in the buffer, decided ahead
        self._buffer = ""
        self._replaced = False  # one replacement per reply; repeats would sound broken
        self._code_said: list[str] = []  # what code spoke since the caller last spoke
        self.blocked: list[str] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)

        if direction != FrameDirection.DOWNSTREAM:
            await self.push_frame(frame, direction)
        elif isinstance(frame, LLMTextFrame):
            self._buffer += frame.text
            sentences, self._buffer = split_sentences(self._buffer)
            for sentence in sentences:
                await self._emit(sentence, frame)
            self._decide_ahead()
        elif isinstance(frame, LLMFullResponseEndFrame | LLMFullResponseStartFrame | EndFrame):
            await self._flush()
            if isinstance(frame, LLMFullResponseEndFrame) and frame.metadata.get(REPLY_COMPLETE):
                await self._sum_up_if_wanted()
            if isinstance(frame, EndFrame):
                await self._push_marks()
            await self.push_frame(frame, direction)
            if isinstance(frame, LLMFullResponseEndFrame):
                await self._push_marks()  # the summary is heard once its whole reply is
        elif isinstance(frame, TTSSpeakFrame):
            await self._flush()
            if frame.metadata.get(CODE_SPEECH):
                self._code_said += [spoken_form(s) for s in sentences_of(frame.text)]
                self._spoke(frame.text)
                # Code just told the outcome: a claim blocked in this reply is not corrected
                # a second time (the caller would hear the outcome twice, in other words).
                self._replaced = True
            await self.push_frame(frame, direction)
        elif isinstance(frame, UserStartedSpeakingFrame):
            self._replaced, self._code_said = False, []
            await self.push_frame(frame, direction)
        elif isinstance(frame, InterruptionFrame):
            self._buffer, self._ahead = "", None
            self._marks = []  # what was cut is known to the hearing (`CodeVoice` tells it)
            response, self._response = self._response, None
            if response is not None and self._hearing is not None:
                await self._hearing.cut(response)  # handed on after `CodeVoice` cut the rest
            await self.push_frame(frame, direction)
        else:
            await self.push_frame(frame, direction)

    async def _flush(self) -> None:
        rest, self._buffer = self._buffer.strip(), ""
        if rest:
            await self._emit(rest, None)

    async def _emit(self, sentence: str, source: LLMTextFrame | None) -> None:
        sentence = self._without_code_speech(sentence)
        if not sentence:
            return
        facts = self._facts()
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead.fits(sentence, self._code_said, self._language, facts):
            decision, farewell, rest_passes = ahead.decision, ahead.farewell, ahead.rest_passes
        else:
            decision, farewell = self._decide(sentence, facts), self._is_farewell(sentence)
            rest_passes = None
        if self._on_decided is not None:
            self._on_decided(decision)
        summary = None
        if farewell:
            summary = self._summary.due()
            if summary:
                await self._say_summary(summary, source)
        if decision.passes:
            await self._push_text(sentence, source)
            return
        await self._block(
            sentence, decision, facts, source, summarized=bool(summary), rest_passes=rest_passes
        )

    def _decide_ahead(self) -> None:
        """Decide the sentence the buffer holds complete, before the word that releases it."""
        if not self._ahead_on:
            return
        candidate = sentence_ahead(self._buffer)
        sentence = self._without_code_speech(candidate) if candidate else ""
        if not sentence:
            return
        facts = self._facts()
        try:
            decision = self._decide(sentence, facts)
            farewell = self._is_farewell(sentence)
            rest_passes = None if decision.passes else self._rest_passes(sentence, decision, facts)
        except Exception:  # the release decides it again, as it would have
            logger.exception("Guard: deciding a sentence ahead failed")
            return
        said = tuple(self._code_said)
        self._ahead = Ahead(
            sentence, said, self._language, facts, decision, farewell, rest_passes, self._by_day
        )

    def _is_farewell(self, sentence: str) -> bool:
        """Whether the call's summary may be due before `sentence` (the bot's goodbye)."""
        return self._summary is not None and is_farewell(sentence)

    async def _block(
        self,
        sentence: str,
        decision: Decision,
        facts: CallFacts,
        source: LLMTextFrame | None,
        *,
        summarized: bool,
        rest_passes: bool | None = None,
    ) -> None:
        """`rest_passes`: what `_rest_passes` gives, when it was decided ahead."""
        kinds = frozenset(c.kind for c in decision.unbacked)
        logger.warning(f"Guard stopped an unbacked claim ({', '.join(sorted(kinds))})")
        self.blocked.append(sentence)
        # The summary just spoken is the truth of the whole call: no second correction.
        promises = frozenset(c.follow_up for c in decision.unbacked if c.follow_up)
        replacement = "" if summarized or self._replaced else truth(kinds, facts, promises)
        self._replaced = self._replaced or bool(replacement) or summarized
        if self._on_blocked:
            await self._on_blocked(sentence, replacement, kinds)
        if replacement:
            await self._push_text(replacement, source)
        if rest_passes is None:
            rest_passes = self._rest_passes(sentence, decision, facts)
        if rest_passes:
            await self._push_text(self._after_claims(sentence, decision), source)

    def _rest_passes(self, sentence: str, decision: Decision, facts: CallFacts) -> bool:
        """Whether what the blocked sentence says after its claims is said on its own."""
        rest = self._after_claims(sentence, decision)
        return bool(rest) and self._decide(rest, facts).passes

    async def _sum_up_if_wanted(self) -> None:
        """The caller said goodbye and the reply ends without the bot's: the summary now."""
        if self._summary is not None and self._summary.wanted:
            summary = self._summary.due()
            if summary:
                await self._say_summary(summary, None)

    async def _say_summary(self, summary: str, source: LLMTextFrame | None) -> None:
        self._code_said += [spoken_form(s) for s in sentences_of(summary)]
        await self._push_text(summary, source, heard_as_speech=False)
        if self._hearing is not None:
            self._marks.append(self._hearing.sent(self._hearing.expect(summary, tool=SUMMARY)))

    async def _push_marks(self) -> None:
        """Marks of what code said in this response, behind its end: past the output, the
        whole response was played (the TTS may still hold its last sentence before the end)."""
        marks, self._marks = self._marks, []
        response, self._response = self._response, None
        if response is not None and self._hearing is not None:
            marks.insert(0, self._hearing.sent(response))
        for mark in marks:
            await self.push_frame(mark)

    def _after_claims(self, sentence: str, decision: Decision) -> str:
        """What the sentence says after its last unbacked claim ("..., jetzt fehlt nur noch Ihr
        Name."): a question or request there must still reach the caller."""
        end = max(c.end for c in decision.unbacked)
        rest = _LEADING_JOINERS.sub("", sentence[end:]).strip()
        if not any(ch.isalnum() for ch in rest):
            # a claim read over the whole sentence still leaves the question it ends on (issue 9:
            # a blocked sentence must not swallow it); `_rest_passes` holds it against the facts
            rest = _LEADING_JOINERS.sub("", _closing_question(sentence)).strip()
            if not any(ch.isalnum() for ch in rest):
                return ""
        return rest[0].upper() + rest[1:]

    def _without_code_speech(self, sentence: str) -> str:
        """The sentence minus what code already spoke in this reply (the model repeating a
        tool's `say` or the summary, in full, in part, or inside a sentence of its own), so the
        caller hears it once."""
        form = spoken_form(sentence)
        if not self._code_said or not form:
            return sentence
        # "Also: <what code said>", "Wunderbar, <a piece of it>!": only the acknowledgement stays
        rest = _LEADING_JOINERS.sub("", _ACKNOWLEDGING.sub("", sentence))
        core = spoken_form(rest)
        if core in self._code_said or (
            len(core) >= _FRAGMENT_FORM and any(core in said for said in self._code_said)
        ):
            head = _LEADING_JOINERS.sub("", sentence[: len(sentence) - len(rest)])
            head = head.strip(" ,;:!.–—-")
            return f"{head}." if any(ch.isalnum() for ch in head) else ""
        for said in self._code_said:
            if said and said in form:
                return self._cut(sentence, said)
        return sentence

    @staticmethod
    def _cut(sentence: str, said: str) -> str:
        """Remove the span of `sentence` whose letters and digits are `said`."""
        positions = [i for i, ch in enumerate(sentence) if ch.isalnum()]
        form = "".join(sentence[i].casefold() for i in positions)
        at = form.find(said)
        if at < 0 or len(form) != len(positions):
            return sentence
        start, end = positions[at], positions[at + len(said) - 1] + 1
        rest = _DOUBLED.sub(",", sentence[:start] + sentence[end:])
        rest = _DANGLING.sub(r"\1", rest).strip(" ,;:–—-")
        return rest if any(ch.isalnum() for ch in rest) else ""

    async def _push_text(
        self, text: str, source: LLMTextFrame | None, *, heard_as_speech: bool = True
    ) -> None:
        out = LLMTextFrame(text + " ")
        if source is not None:
            out.skip_tts = source.skip_tts
        if heard_as_speech and not out.skip_tts and self._hearing is not None:
            self._handing_on(text)
        await self.push_frame(out)
        if not out.skip_tts:
            self._spoke(text)

    def _spoke(self, text: str) -> None:
        """Tell `on_spoken` the last sentence of `text`, which the caller now hears."""
        if self._on_spoken is not None:
            said = sentences_of(text)
            if said:
                self._on_spoken(said[-1])

    def _handing_on(self, text: str) -> None:
        """`text` joins the response's speech, sent (its mark follows the response's end)."""
        if self._response is None:
            self._response = self._hearing.expect("", kind=SPEECH)  # type: ignore[union-attr]
            self._hearing.sent(self._response)  # type: ignore[union-attr]
        self._response.text = f"{self._response.text} {text}".strip()


def _closing_question(sentence: str) -> str:
    """The question `sentence` ends on after its last comma, colon or dash, of two words at least
    (not a tag: "…, oder?", "…, right?"), or ""."""
    text = sentence.rstrip()
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if not text.endswith("?") or not breaks:
        return ""
    question = text[breaks[-1].end() :].strip()
    if any(ch in question[:-1] for ch in "?!.") or len(question.split()) < 2:
        return ""
    return question
