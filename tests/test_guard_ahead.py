"""The guard decides a sentence while it waits for the word that releases it.

A sentence's text is complete one token before the next word releases it; the guard decides it
then and, at the release, uses that decision only when everything it read is still the same: the
sentence as decided (after what code already spoke is cut out), the language and the facts. What
the caller hears is exactly what they hear when every sentence is decided at its release: the
same frames, in the same order, for corpus sentences streamed token by token and around
everything that can come between a sentence's end mark and its release (a tool's result, code's
own speech, an interruption, the reply's end). A sentence decided ahead is not decided again."""

from __future__ import annotations

import ast
import dataclasses
import functools
import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pipecat.frames.frames import (
    DataFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSSpeakFrame,
)
from pipecat.tests.utils import SleepFrame, run_test

from agent.claims import AppointmentFact, CallFacts, decide
from agent.guard import ConfirmationGuard
from agent.guard.ahead import same_facts, sentence_ahead
from agent.guard.voice import CODE_SPEECH
from bench.guard_stream import tokens
from calendar_adapter.ledger import AppointmentState
from tests.corpus.claims_corpus import STATES, load
from tests.corpus.claims_corpus import facts as corpus_facts
from tests.guard_support import FRIDAY_10, NOW

S = AppointmentState
CLAIMS = Path(__file__).resolve().parent.parent / "agent" / "claims"
BOOKED_FRIDAY = AppointmentFact(S.CONFIRMED, FRIDAY_10, "Fabian Spitzer", "Dauerwelle")
HELD_FRIDAY = dataclasses.replace(BOOKED_FRIDAY, state=S.HELD)


def call_facts(*appointments: AppointmentFact) -> CallFacts:
    return CallFacts(
        now=NOW,
        appointments=appointments,
        stylists=("Fabian Spitzer", "Lena Hoffmann"),
        services=("Dauerwelle", "Damenhaarschnitt"),
    )


class ToolResult(DataFrame):
    """A tool's result landing in the call's facts between two tokens of the reply."""

    def __init__(self, facts: CallFacts) -> None:
        super().__init__()
        self.facts = facts


class Summary:
    """The call's summary, due once, before the bot's first goodbye."""

    wanted = False

    def __init__(self) -> None:
        self.told = False

    def due(self) -> str | None:
        told, self.told = self.told, True
        return None if told else "Zusammengefasst: Ihr Termin ist am Freitag um 10 Uhr gebucht."


class Call:
    """A guard as the call builds it, whose facts change where a `ToolResult` comes in the
    stream, and which counts its decisions."""

    def __init__(self, facts: CallFacts, *, ahead: bool) -> None:
        self.facts, self.decided = facts, Counter()
        self.said: list[tuple[str, str]] = []
        self.guard = ConfirmationGuard(
            lambda: self.facts, ahead=ahead, decide=self._decide, summary=Summary()
        )
        process_frame = self.guard.process_frame

        async def process(frame: Frame, direction) -> None:
            if isinstance(frame, ToolResult):
                self.facts = frame.facts  # the tool wiring's refresh, in the stream's order
            await process_frame(frame, direction)

        self.guard.process_frame = process  # type: ignore[method-assign]

    def _decide(self, sentence: str, facts: CallFacts):
        self.decided[sentence] += 1
        return decide(sentence, facts)

    @property
    def decisions(self) -> int:
        return self.decided.total()

    async def heard(self, frames: list[Frame]) -> list[tuple[str, str]]:
        """Every frame pushed on towards the TTS, with its text."""
        down, _ = await run_test(self.guard, frames_to_send=frames)
        self.said = [(type(f).__name__, getattr(f, "text", "")) for f in down]
        return self.said


async def both_ways(facts: CallFacts, frames: list[Frame]) -> tuple[Call, Call]:
    """The same stream through a guard deciding at the release and one deciding ahead."""
    at_release, ahead = Call(facts, ahead=False), Call(facts, ahead=True)
    heard = await at_release.heard(frames)
    assert await ahead.heard(frames) == heard
    return at_release, ahead


def reply(*pieces: str | Frame) -> list[Frame]:
    """One reply of the model, a token per piece (and frames between them as given)."""
    frames = [LLMTextFrame(p) if isinstance(p, str) else p for p in pieces]
    return [LLMFullResponseStartFrame(), *frames, LLMFullResponseEndFrame()]


# -- what is decided ahead: what the next word would release ----------------------------------


def test_a_sentence_is_decided_ahead_once_its_end_mark_is_in():
    assert sentence_ahead("Ihr Termin ist gebucht.") == "Ihr Termin ist gebucht."
    assert sentence_ahead('Passt Ihnen das?"') == 'Passt Ihnen das?"'
    assert sentence_ahead("Einen Moment …") == "Einen Moment …"


def test_a_date_or_an_abbreviation_ends_no_sentence_and_nothing_is_decided_ahead():
    assert sentence_ahead("Ihr Termin ist am 28.11.") is None
    assert sentence_ahead("Sie können z.B.") is None
    assert sentence_ahead("Ihr Termin ist gebucht") is None


# -- what the caller hears is the same --------------------------------------------------------


# The corpus's replies in strided parts, each far inside the suite's timeout under load.
STREAMED_PARTS = 8


@functools.cache
def corpus_replies() -> list[tuple[str, str, str, list[str]]]:
    """Every 200th corpus entry, three to a reply: each reply's call state (in turn), language,
    text and its tokens as one seeded generator cuts the replies in order."""
    entries = [e for k, e in enumerate(load()) if k % 200 == 0]
    rng, states = random.Random(5), list(STATES)
    replies = []
    for n in range(0, len(entries) - 2, 3):
        group = entries[n : n + 3]
        text = " ".join(" ".join(e.text.split()) for e in group)
        replies.append((states[n % len(states)], group[0].lang, text, tokens(text, rng)))
    return replies


@pytest.mark.parametrize("part", range(STREAMED_PARTS))
async def test_corpus_sentences_streamed_token_by_token_are_heard_the_same_and_decided_once_each(
    part: int,
):
    """Every 200th corpus entry, three to a reply, under the call states in turn."""
    for state, lang, text, pieces in corpus_replies()[part::STREAMED_PARTS]:
        at_release, ahead = await both_ways(corpus_facts(state, lang), reply(*pieces))
        # every sentence decided as often; more only a text that a later token went on from
        # ("Wir e." of "Wir e.r.w.a.r.t.e.n Sie."), never released as it was
        assert not at_release.decided - ahead.decided, text
        assert not set(ahead.decided - at_release.decided) & set(at_release.decided), text


async def test_a_date_inside_the_sentence_is_no_end_decided_ahead():
    frames = reply("Ihr", " Termin", " ist", " am", " 28.11.", " um", " zehn", " gebucht", ".")
    at_release, ahead = await both_ways(call_facts(BOOKED_FRIDAY), frames)
    assert ahead.decisions == at_release.decisions == 1


async def test_an_abbreviation_inside_the_sentence_is_no_end_decided_ahead():
    frames = reply(
        "Sie", " können", " z.B.", " am", " Freitag", " kommen", ".", " Passt", " das", "?"
    )
    at_release, ahead = await both_ways(call_facts(), frames)
    assert ahead.decisions == at_release.decisions == 2


async def test_a_tool_result_before_the_next_word_is_decided_again_with_its_facts():
    """Held when the "." comes in, booked when the next word releases the sentence."""
    frames = reply(
        "Ihr",
        " Termin",
        " ist",
        " gebucht",
        ".",
        ToolResult(call_facts(BOOKED_FRIDAY)),
        " Bis",
        " Freitag",
        "!",
    )
    at_release, ahead = await both_ways(call_facts(HELD_FRIDAY), frames)
    assert ahead.decisions == at_release.decisions + 1  # the "." was decided on the hold


async def test_code_speech_between_the_end_mark_and_the_next_word_is_heard_once():
    said = "Ihr Termin ist gebucht."
    code = TTSSpeakFrame(said)
    code.metadata[CODE_SPEECH] = True
    frames = reply("Ihr", " Termin", " ist", " gebucht", ".", code, " Ihr", " Termin", " ist",
                   " gebucht", ".", " Bis", " dann", ".")  # fmt: skip
    await both_ways(call_facts(BOOKED_FRIDAY), frames)


async def test_an_interruption_between_the_end_mark_and_the_next_word_drops_the_sentence():
    frames = [
        *reply("Ihr", " Termin", " ist", " gebucht", ".", SleepFrame(0.05), InterruptionFrame()),
        *reply(" Gern", " geschehen", "."),
    ]
    await both_ways(call_facts(), frames)


async def test_the_last_sentence_of_a_reply_is_released_by_its_end_with_the_decision_made_ahead():
    frames = reply("Ihr", " Termin", " ist", " gebucht", ".")
    at_release, ahead = await both_ways(call_facts(), frames)
    assert ahead.decisions == at_release.decisions == 1


async def test_a_blocked_sentence_and_what_it_asks_after_its_claim_are_decided_ahead():
    frames = reply("Ihr", " Termin", " ist", " gebucht", ",", " jetzt", " fehlt", " nur", " noch",
                   " Ihr", " Name", ".", " Danke", ".")  # fmt: skip
    at_release, ahead = await both_ways(call_facts(), frames)
    assert ahead.decided == at_release.decided
    assert ahead.guard.blocked == ["Ihr Termin ist gebucht, jetzt fehlt nur noch Ihr Name."]
    assert ("LLMTextFrame", "Jetzt fehlt nur noch Ihr Name. ") in ahead.said


async def test_the_bots_goodbye_decided_ahead_comes_after_the_summary():
    frames = reply("Alles", " klar", ".", " Bis", " Freitag", "!", " Tschüss", "!")
    _, ahead = await both_ways(call_facts(BOOKED_FRIDAY), frames)
    said = [text.strip() for _, text in ahead.said if text]
    assert said[:3] == ["Alles klar.", Summary().due(), "Bis Freitag!"]


# -- the facts a decision read --------------------------------------------------------------


def test_facts_are_the_same_by_their_values_and_the_clock_by_its_day():
    later = dataclasses.replace(call_facts(BOOKED_FRIDAY), now=NOW + timedelta(hours=5))
    assert same_facts(call_facts(BOOKED_FRIDAY), later, by_day=True)
    assert not same_facts(call_facts(BOOKED_FRIDAY), later, by_day=False)
    tomorrow = dataclasses.replace(later, now=NOW + timedelta(days=1))
    assert not same_facts(call_facts(BOOKED_FRIDAY), tomorrow, by_day=True)
    assert not same_facts(call_facts(BOOKED_FRIDAY), call_facts(HELD_FRIDAY), by_day=True)


def test_the_same_day_in_another_zone_is_other_facts():
    elsewhere = dataclasses.replace(call_facts(), now=datetime(2026, 11, 24, 9, 0, tzinfo=None))
    assert not same_facts(call_facts(), elsewhere, by_day=True)


def test_a_value_that_can_change_in_place_is_never_the_same():
    listed = dataclasses.replace(call_facts(), stylists=["Fabian Spitzer"])  # type: ignore[arg-type]
    assert not same_facts(listed, listed, by_day=True)


def test_the_claims_reader_reads_the_clock_by_its_day_alone():
    """What `by_day` rests on: every 200th corpus entry in every call state is decided alike at
    the first and the last second of the corpus's day."""
    for k, entry in enumerate(load()):
        if k % 200:
            continue
        for state in STATES:
            facts = corpus_facts(state, entry.lang)
            first = dataclasses.replace(facts, now=facts.now.replace(hour=0, minute=0))
            last = dataclasses.replace(facts, now=facts.now.replace(hour=23, minute=59, second=59))
            assert decide(entry.text, first) == decide(entry.text, last), entry.text


# what the claims reader may ask of the clock: its day, in its zone
_DAY_PARTS = {"date", "weekday", "year", "tzinfo"}
_TAKING_THE_CLOCK = {"_matches", "_local_day", "contradicts"}  # pass it on, to read it so


def test_the_claims_reader_asks_the_clock_for_its_day_and_zone_alone():
    """Read in the code: `CallFacts.now` is read in `decide.backed` alone, and wherever the
    clock is at hand (a parameter `now`, or `now = facts.now`) it is asked only for its date,
    weekday, year or zone, or handed to a function that does the same. A reader that asks for
    the hour fails here: the decision ahead would then need the clock to the second."""
    readers, misuses = set(), []
    for path in sorted(CLAIMS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            clocked = "now" in {a.arg for a in fn.args.args + fn.args.kwonlyargs}
            for node in ast.walk(fn):
                if isinstance(node, ast.Attribute) and node.attr == "now":
                    readers.add((path.name, fn.name))
                    clocked = True
            if not clocked:
                continue
            for node in ast.walk(fn):
                if not (isinstance(node, ast.Name) and node.id == "now"):
                    continue
                if isinstance(node.ctx, ast.Store):
                    continue
                up = parents[node]
                asked = isinstance(up, ast.Attribute) and up.attr in _DAY_PARTS
                handed = (
                    isinstance(up, ast.Call)
                    and node in up.args
                    and getattr(up.func, "id", None) in _TAKING_THE_CLOCK
                )
                if not (asked or handed):
                    misuses.append(f"{path.name}:{node.lineno} in {fn.name}")
    assert readers == {("decide.py", "backed")}
    assert misuses == []
