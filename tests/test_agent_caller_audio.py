"""Caller audio, as cheap as it can be: every call costs its share of two CPU cores.

- The Silero VAD and Smart Turn models are loaded once per process, not once per call (~70 ms
  of CPU on the event loop and ~20 MB each time), yet every call hears for itself: calls share
  the model session and nothing else, and judge speech exactly as pipecat's own analyzers do.
- Caller audio is heard by the STT and the user aggregator (VAD, turn detection) and goes no
  further: every processor it passed would handle fifty frames a second for every call.
- Silero scores the windows of all calls together, on one thread, each exactly as alone (a
  thread hop per frame and call cost more than the model); Smart Turn runs on one
  process-wide pool, its numpy math on one thread.
"""

from __future__ import annotations

import numpy as np
import pytest
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADState
from pipecat.frames.frames import InputAudioRawFrame, LLMContextFrame, TextFrame
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.tests.utils import run_test

from agent.audio_models import SharedSileroVADAnalyzer, SharedSmartTurnAnalyzer
from agent.config import Settings
from agent.guard import CallSummary
from agent.pipeline import user_turn_params
from agent.tool_wiring import LateResults, TurnStarter
from agent.turn_state import TurnState

RATE = 8000
WINDOW = 256  # Silero's window at 8 kHz


def _formant(signal: np.ndarray, freq: float, bandwidth: float) -> np.ndarray:
    r = np.exp(-np.pi * bandwidth / RATE)
    a1, a2 = -2 * r * np.cos(2 * np.pi * freq / RATE), r * r
    out, y1, y2 = np.zeros_like(signal), 0.0, 0.0
    for i, x in enumerate(signal):
        y1, y2 = (1 - r) * x - a1 * y1 - a2 * y2, y1
        out[i] = y1
    return out


def voiced(seconds: float, seed: int = 1) -> np.ndarray:
    """Syllables: glottal pulses at a falling pitch through vowel formants, with a syllable
    envelope. Silero scores this as speech (a tone or noise it does not)."""
    rng = np.random.default_rng(seed)
    n = int(RATE * seconds)
    t = np.arange(n) / RATE
    pitch = np.linspace(180, 80, n) + 10 * np.sin(2 * np.pi * 1.5 * t)
    source = (np.diff(np.floor(np.cumsum(pitch / RATE)), prepend=0) > 0).astype(float)
    source += 0.02 * rng.standard_normal(n)
    vowels = [(700, 1220, 2600), (300, 2300, 3000), (500, 900, 2400), (400, 2000, 2550)]
    syllable, voice = RATE // 4, np.zeros(n)
    for k, begin in enumerate(range(0, n, syllable)):
        segment = source[begin : begin + syllable]
        for freq, bandwidth in zip(vowels[(3 * k + seed) % 4], (80, 100, 120), strict=True):
            segment = _formant(segment, freq, bandwidth)
        voice[begin : begin + syllable] = segment
    envelope = 0.5 * (1 - np.cos(2 * np.pi * 4 * t))
    return (voice / np.max(np.abs(voice)) * envelope * 0.7).astype(np.float32)


def pcm16(audio: np.ndarray) -> bytes:
    return (audio * 32767).astype("<i2").tobytes()


def confidences(analyzer, audio: bytes) -> list[float]:
    analyzer.set_sample_rate(RATE)
    step = WINDOW * 2
    return [
        analyzer.voice_confidence(audio[i : i + step])
        for i in range(0, len(audio) - step + 1, step)
    ]


def test_two_calls_share_the_silero_session_but_not_its_memory():
    first, second = SharedSileroVADAnalyzer(), SharedSileroVADAnalyzer()
    assert isinstance(first, SileroVADAnalyzer)
    assert first._model.session is second._model.session
    assert first._model is not second._model

    speech = pcm16(voiced(1.0))
    silence = bytes(len(speech))
    heard_speech = confidences(first, speech)  # the first call's caller speaks...
    heard_silence = confidences(second, silence)  # ...while the second one's is silent
    assert heard_silence == confidences(SileroVADAnalyzer(), silence)
    assert heard_speech == confidences(SileroVADAnalyzer(), speech)


def test_the_shared_silero_judges_speech_as_pipecats_own_does():
    audio = pcm16(np.concatenate([np.zeros(RATE // 2, np.float32), voiced(1.2, seed=2)]))
    shared = confidences(SharedSileroVADAnalyzer(), audio)
    assert shared == confidences(SileroVADAnalyzer(), audio)
    assert max(shared) > 0.5 > min(shared)  # it heard speech and silence, not just one


def test_smart_turn_calls_share_one_session_and_predict_as_pipecats_own():
    first, second = SharedSmartTurnAnalyzer(), SharedSmartTurnAnalyzer()
    assert isinstance(first, LocalSmartTurnAnalyzerV3)
    assert first._session is second._session
    assert first._audio_buffer is not second._audio_buffer

    audio = np.concatenate([voiced(1.6, seed=1), np.zeros(RATE // 5, np.float32)])
    stock = LocalSmartTurnAnalyzerV3()
    for analyzer in (first, stock):
        analyzer._sample_rate = RATE
    resampled = first._resample_to_model_rate(audio)
    for analyzer in (first, stock):
        analyzer._sample_rate = 16000
    assert first._predict_endpoint(resampled) == stock._predict_endpoint(resampled)


def test_the_start_up_inference_is_the_stock_models_reading_of_silence():
    """The warm-up before the first call runs the real model (its buffers are then sized), not a
    stand-in: its answer on 8 s of silence is pipecat's own analyzer's."""
    from agent.audio_models import warm_smart_turn

    warm_smart_turn.cache_clear()
    stock = LocalSmartTurnAnalyzerV3()
    stock._sample_rate = 16000
    expected = stock._predict_endpoint(np.zeros(8 * 16000, np.float32))["probability"]
    assert warm_smart_turn() == expected
    assert warm_smart_turn.cache_info().currsize == 1


class _NoFacts:
    """A call whose ledger holds nothing."""

    def note(self, tool, result) -> None:
        pass

    async def refresh(self) -> None:
        pass

    def caller_said(self, words) -> None:
        pass


async def test_caller_audio_stops_after_the_user_aggregator_and_the_turn_goes_on():
    state = TurnState()
    starter = TurnStarter(
        state,
        LateResults(),
        facts=_NoFacts(),
        summary=CallSummary(lambda: ()),
    )
    audio = InputAudioRawFrame(audio=bytes(320), sample_rate=8000, num_channels=1)
    context = LLMContext(messages=[{"role": "user", "content": "Hallo"}])

    down, _ = await run_test(
        starter,
        frames_to_send=[audio, LLMContextFrame(context), audio, TextFrame("weiter")],
        expected_down_frames=[LLMContextFrame, TextFrame],
    )

    assert state.turn == 1  # the context frame still starts the turn
    assert not any(isinstance(f, InputAudioRawFrame) for f in down)


def test_every_audio_call_uses_the_process_wide_models():
    settings = Settings(_env_file=None)
    first = user_turn_params(settings, text_input=False)
    second = user_turn_params(settings, text_input=False)
    assert isinstance(first.vad_analyzer, SharedSileroVADAnalyzer)
    assert first.vad_analyzer._model.session is second.vad_analyzer._model.session
    [stop_first], [stop_second] = (
        first.user_turn_strategies.stop,
        second.user_turn_strategies.stop,
    )
    assert isinstance(stop_first._turn_analyzer, SharedSmartTurnAnalyzer)
    assert stop_first._turn_analyzer._session is stop_second._turn_analyzer._session
    assert stop_first._turn_analyzer is not stop_second._turn_analyzer


def test_once_the_turn_model_is_loaded_numpy_math_runs_on_one_thread():
    """Smart Turn's mel features are numpy matmuls: OpenBLAS would start a thread per core and
    let them spin after each one, doubling the CPU of every turn end."""
    from threadpoolctl import threadpool_info

    SharedSmartTurnAnalyzer()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


async def test_the_shared_vad_reaches_pipecats_verdicts_without_a_thread_per_call():
    """The same speech states, frame by frame, as pipecat's own analyzer, which hands every
    frame to a thread of its own per call."""
    audio = pcm16(
        np.concatenate(
            [np.zeros(RATE // 2, np.float32), voiced(1.2, seed=3), np.zeros(RATE, np.float32)]
        )
    )
    shared, stock = SharedSileroVADAnalyzer(), SileroVADAnalyzer()
    for analyzer in (shared, stock):
        analyzer.set_sample_rate(RATE)
    frame = 320  # 20 ms
    heard, expected = [], []
    for i in range(0, len(audio), frame):
        heard.append(await shared.analyze_audio(audio[i : i + frame]))
        expected.append(await stock.analyze_audio(audio[i : i + frame]))
    assert heard == expected
    assert VADState.SPEAKING in heard and heard[-1] == VADState.QUIET
    assert shared._executor._threads == set()  # never started a thread


async def test_turn_ends_of_all_calls_share_one_pool_of_a_thread_per_core():
    from agent.telephony.admission import available_cores

    first, second = SharedSmartTurnAnalyzer(), SharedSmartTurnAnalyzer()
    for analyzer in (first, second):
        analyzer.set_sample_rate(RATE)
        analyzer.append_audio(pcm16(voiced(0.5)), is_speech=True)
    await first.analyze_end_of_turn()
    await second.analyze_end_of_turn()
    assert first._model_executor is second._model_executor
    assert first._model_executor._max_workers == available_cores()
    await first.cleanup()  # a call's end leaves the pool to the others
    await second.analyze_end_of_turn()


def test_smart_turn_runs_a_thread_per_core_unless_told_otherwise():
    from agent.audio_models import smart_turn_threads

    assert smart_turn_threads(None, cores=2) == 2  # in every worker: measured better than 1
    assert smart_turn_threads(None, cores=8) == 8
    assert smart_turn_threads(1, cores=2) == 1  # SMART_TURN_THREADS decides when set
    assert smart_turn_threads(3, cores=2) == 3


def test_smart_turn_threads_is_at_least_one_when_configured(monkeypatch):
    import pydantic

    monkeypatch.setenv("SMART_TURN_THREADS", "2")
    assert Settings(_env_file=None).smart_turn_threads == 2
    monkeypatch.setenv("SMART_TURN_THREADS", "0")
    with pytest.raises(pydantic.ValidationError):
        Settings(_env_file=None)
    from agent.audio_models import size_smart_turn_pool

    with pytest.raises(ValueError):
        size_smart_turn_pool(0)


@pytest.fixture
def own_smart_turn_pool():
    """The process's Smart Turn pool back to its size after the test (a resized pool is shut
    down: the old one cannot come back)."""
    from agent.audio_models import _smart_turn_pool, size_smart_turn_pool

    threads = _smart_turn_pool()._max_workers
    yield
    size_smart_turn_pool(threads)


@pytest.mark.parametrize("configured", [None, 1, 3])
async def test_a_worker_prepared_for_calls_has_the_smart_turn_threads_it_was_told(
    own_smart_turn_pool, configured
):
    from agent.server_process import prepare_for_calls
    from agent.telephony.admission import available_cores

    settings = Settings(_env_file=None, turn_detection="smart", smart_turn_threads=configured)
    await prepare_for_calls(settings)
    analyzer = SharedSmartTurnAnalyzer()
    assert analyzer._model_executor._max_workers == (configured or available_cores())


async def test_a_resized_pool_answers_the_same_verdicts(own_smart_turn_pool):
    from agent.audio_models import size_smart_turn_pool

    def speaking() -> SharedSmartTurnAnalyzer:
        analyzer = SharedSmartTurnAnalyzer()
        analyzer.set_sample_rate(RATE)
        analyzer.append_audio(pcm16(voiced(1.5)), is_speech=True)
        return analyzer

    size_smart_turn_pool(2)
    before = speaking()
    wide = before._model_executor
    state, metrics = await before.analyze_end_of_turn()
    size_smart_turn_pool(1)
    after = speaking()
    assert after._model_executor is not wide and after._model_executor._max_workers == 1
    assert before._model_executor is after._model_executor  # every call on the new one
    again, again_metrics = await after.analyze_end_of_turn()
    assert (again, again_metrics.probability) == (state, metrics.probability)
    size_smart_turn_pool(1)  # the same size again: the pool is kept, not remade
    assert after._model_executor._max_workers == 1
    assert after._model_executor is before._model_executor


async def test_calls_speaking_at_once_are_scored_together_and_each_as_if_alone(monkeypatch):
    """Eight calls, each with its own speech at real pace: their windows share Silero runs, and
    every call hears exactly (bit for bit) what pipecat's own analyzer hears in its audio."""
    import asyncio

    import agent.audio_models as audio_models
    from agent.audio_models import silero_batches

    clock = [100.0]  # a window's time passes between frames: no call is behind
    monkeypatch.setattr(audio_models, "monotonic", lambda: clock[0])

    calls = 8
    audio = [
        pcm16(np.concatenate([np.zeros(RATE // 4 * (k % 3), np.float32), voiced(1.0, seed=k)]))
        for k in range(calls)
    ]
    shared = [SharedSileroVADAnalyzer() for _ in range(calls)]
    stock = [SileroVADAnalyzer() for _ in range(calls)]
    for analyzer in shared + stock:
        analyzer.set_sample_rate(RATE)
    heard: list[list[float]] = [[] for _ in range(calls)]
    for analyzer, scores in zip(shared, heard, strict=True):
        analyzer.voice_confidence = _recording(analyzer.voice_confidence, scores)
    batches = silero_batches()
    runs_before, windows_before = batches.batches, batches.windows
    frame = 2 * WINDOW  # 32 ms frames: each completes a window
    length = min(len(a) for a in audio) // frame * frame
    for i in range(0, length, frame):
        await asyncio.gather(
            *(
                analyzer.analyze_audio(a[i : i + frame])
                for analyzer, a in zip(shared, audio, strict=True)
            )
        )
        clock[0] += 0.032
    windows = batches.windows - windows_before
    assert windows == calls * (length // frame)
    assert batches.batches - runs_before < windows  # shared runs, not one per window
    for k in range(calls):
        expected = [
            float(c[0]) for c in confidences(stock[k], audio[k][:length])
        ]  # pipecat's own, window by window
        assert heard[k] == expected
        assert max(heard[k]) > 0.5  # each call heard its speech


def _recording(score, into: list[float]):
    def voice_confidence(buffer: bytes) -> float:
        confidence = score(buffer)  # pipecat's own model call gives a 1-element array
        into.append(float(np.asarray(confidence).reshape(-1)[0]))
        return confidence

    return voice_confidence


async def test_when_a_batch_fails_the_window_is_scored_alone_and_the_call_goes_on(monkeypatch):
    import agent.silero_batches as batches_module

    def broken(batch):
        raise RuntimeError("onnx exploded")

    monkeypatch.setattr(batches_module, "_score", broken)
    shared, stock = SharedSileroVADAnalyzer(), SileroVADAnalyzer()
    for analyzer in (shared, stock):
        analyzer.set_sample_rate(RATE)
    audio = pcm16(voiced(0.6, seed=5))
    frame = 2 * WINDOW
    for i in range(0, len(audio) - frame + 1, frame):
        assert await shared.analyze_audio(audio[i : i + frame]) == await stock.analyze_audio(
            audio[i : i + frame]
        )


def test_the_shared_batches_serve_a_new_event_loop_after_the_old_one_is_gone():
    """A process runs one loop; tests (and a server restarted in one process) run several. A
    loop closed while a batch was out leaves nothing the next loop waits on."""
    import asyncio

    audio = pcm16(voiced(0.3, seed=6))[: 2 * WINDOW]

    async def one_window() -> VADState:
        analyzer = SharedSileroVADAnalyzer()
        analyzer.set_sample_rate(RATE)
        return await asyncio.wait_for(analyzer.analyze_audio(audio), 5)

    first = asyncio.new_event_loop()
    first.set_exception_handler(lambda loop, context: None)  # its tasks die pending, on purpose
    abandoned = first.create_task(one_window())
    first.run_until_complete(asyncio.sleep(0))  # its window is out in a batch...
    first.close()  # ...when the loop goes, cancelling nothing
    assert not abandoned.done()

    second = asyncio.new_event_loop()
    try:
        assert second.run_until_complete(one_window()) in set(VADState)
    finally:
        second.close()


async def test_a_call_whose_audio_queued_is_scored_at_once_and_hears_the_same(monkeypatch):
    """Frames that waited (the event loop was late) come back to back: they are scored on the
    loop without waiting for a batch, until the call has caught up; the scores are pipecat's
    own either way. Frames at their real pace (a window every 32 ms) go to the batches."""
    import agent.audio_models as audio_models
    from agent.audio_models import silero_batches

    clock = [100.0]
    monkeypatch.setattr(audio_models, "monotonic", lambda: clock[0])
    shared, stock = SharedSileroVADAnalyzer(), SileroVADAnalyzer()
    for analyzer in (shared, stock):
        analyzer.set_sample_rate(RATE)
    heard: list[float] = []
    shared.voice_confidence = _recording(shared.voice_confidence, heard)
    audio = pcm16(voiced(1.0, seed=7))
    frame = 2 * WINDOW
    frames = [audio[i : i + frame] for i in range(0, len(audio) - frame + 1, frame)]
    batches = silero_batches()

    windows_before = batches.windows
    for chunk in frames[:10]:  # at real pace: the clock moves a window between frames
        clock[0] += 0.032
        await shared.analyze_audio(chunk)
    assert batches.windows - windows_before == 10

    windows_before = batches.windows
    for chunk in frames[10:]:  # a backlog: each frame is there the moment the last is done
        await shared.analyze_audio(chunk)
    assert batches.windows - windows_before == 0

    expected = [float(c[0]) for c in confidences(stock, b"".join(frames))]
    assert heard == expected
    assert max(heard) > 0.5


def _fresh_models(count: int) -> list:
    import copy

    from agent.audio_models import _silero_prototype

    models = []
    for _ in range(count):
        model = copy.copy(_silero_prototype())
        model.reset_states()
        models.append(model)
    return models


def _scored_alone(audio: bytes) -> float:
    (model,) = _fresh_models(1)
    return float(model(np.frombuffer(audio, np.int16).astype(np.float32) / 32768.0, RATE)[0][0])


async def test_a_gathering_batch_takes_the_windows_due_within_its_wait_in_one_run():
    """With `gather_seconds`, while several calls stream a batch waits that long for other
    calls' windows before it runs: windows due a few milliseconds apart share one run instead
    of one run (and one hop to the thread and back) each; each call still hears what its own
    model alone would say, and no window waits longer than the gathering plus the run (the
    batcher's record: one gathering, one run after it)."""
    import asyncio

    from agent.silero_batches import SileroBatches

    calls = 5
    audio = [pcm16(voiced(0.1, seed=10 + k))[: 2 * WINDOW] for k in range(calls)]
    alone = [_scored_alone(a) for a in audio]
    models = _fresh_models(calls)
    (on_the_line,) = _fresh_models(1)  # another call, streaming already

    gathering = SileroBatches(gather_seconds=0.05)
    await gathering.score(on_the_line, audio[0], RATE)
    assert (gathering.batches, gathering.windows, gathering.gathered) == (1, 1, 0)

    async def due_after(k: int) -> float:
        await asyncio.sleep(0.005 * k)  # the calls' windows complete 5 ms apart
        return await gathering.score(models[k], audio[k], RATE)

    answers = await asyncio.gather(*(due_after(k) for k in range(calls)))
    # the first window waited the gathering; the other four came meanwhile and went with it
    assert (gathering.batches, gathering.windows, gathering.gathered) == (2, 1 + calls, 1)
    assert answers == alone


async def test_a_lone_call_is_scored_without_the_gathering_wait():
    """One call on the line has no other call's windows to wait for: each of its windows runs
    at once, however long the gathering would be, and hears what its model alone says. A
    second call streaming makes the batches gather again; once it has been quiet for
    `OTHERS_SECONDS`, the call that is left is scored at once again. (The batcher's own
    record, `gathered`, tells which batches waited: no wall-clock time is compared.)"""
    import asyncio

    from agent.silero_batches import OTHERS_SECONDS, SileroBatches

    batches = SileroBatches(gather_seconds=0.05)
    lone, other = _fresh_models(2)
    stock = SileroVADAnalyzer()
    stock.set_sample_rate(RATE)
    audio = pcm16(voiced(0.5, seed=12))
    windows = [audio[i : i + 2 * WINDOW] for i in range(0, len(audio) - 2 * WINDOW + 1, WINDOW * 2)]
    expected = [float(c[0]) for c in confidences(stock, b"".join(windows))]

    heard = [await batches.score(lone, window, RATE) for window in windows[:5]]
    assert (batches.batches, batches.gathered) == (5, 0)  # a run per window, none waited

    answers = await asyncio.gather(
        batches.score(other, windows[0], RATE), batches.score(lone, windows[5], RATE)
    )
    heard.append(answers[1])
    # two calls streaming: the batch gathered, and both windows went in its one run
    assert (batches.batches, batches.windows, batches.gathered) == (6, 7, 1)

    await asyncio.sleep(OTHERS_SECONDS)
    for window in windows[6:]:
        heard.append(await batches.score(lone, window, RATE))
    assert batches.gathered == 1  # the other call is quiet: none of these waited
    assert batches.batches == 6 + len(windows[6:])
    assert heard == expected


def _stock_scores_and_states(audio: bytes, rate: int, reset_at: int | None = None):
    """pipecat's own model on each window of `audio`: its scores, and its state and context
    after each window (`reset_at`: the model is reset before that window)."""
    (model,) = _fresh_models(1)
    window = 512 if rate == 16000 else 256
    out = []
    for k, i in enumerate(range(0, len(audio) - 2 * window + 1, 2 * window)):
        if k == reset_at:
            model.reset_states()
        chunk = np.frombuffer(audio[i : i + 2 * window], np.int16).astype(np.float32) / 32768.0
        score = float(model(chunk, rate)[0][0])
        out.append((score, model._state.copy(), model._context.copy()))
    return out


def test_a_window_scored_alone_is_pipecats_own_run_bit_for_bit():
    """One window at a time on the caller's thread (a call that is behind): the same score and
    the same recurrent state and audio context after every window as pipecat's own model, at
    both of Silero's rates, through silence and speech and a model reset."""
    from agent.silero_batches import score_alone

    silence_then_speech = np.concatenate([np.zeros(RATE // 2, np.float32), voiced(1.5, seed=8)])
    for rate in (8000, 16000):
        audio = pcm16(silence_then_speech)
        window = 512 if rate == 16000 else 256
        expected = _stock_scores_and_states(audio, rate, reset_at=20)
        (model,) = _fresh_models(1)
        for k, i in enumerate(range(0, len(audio) - 2 * window + 1, 2 * window)):
            if k == 20:
                model.reset_states()
            score = score_alone(model, audio[i : i + 2 * window], rate)
            assert (score, model._state.tolist(), model._context.tolist()) == (
                expected[k][0],
                expected[k][1].tolist(),
                expected[k][2].tolist(),
            )
        assert max(e[0] for e in expected) > 0.5 > min(e[0] for e in expected)


def test_what_the_phone_path_never_gives_is_left_to_pipecats_own_path():
    from agent.silero_batches import score_alone

    (model,) = _fresh_models(1)
    window = pcm16(voiced(0.1, seed=9))[: 2 * WINDOW]
    assert score_alone(model, window[:-2], RATE) is None  # a window one sample short
    assert score_alone(model, window, 44100) is None  # a rate Silero does not take
    assert model._last_batch_size == 0  # and the model was not touched


async def test_a_call_behind_for_longer_than_the_model_reset_interval_hears_pipecat(monkeypatch):
    """A call whose every window is scored on the loop (always behind) through speech, a
    silence longer than pipecat's model-reset interval and speech again: pipecat's own
    scores and VAD states, window by window."""
    import agent.audio_models as audio_models
    from agent.audio_models import silero_batches

    monkeypatch.setattr(audio_models, "monotonic", lambda: 100.0)  # never a window's pause
    shared, stock = SharedSileroVADAnalyzer(), SileroVADAnalyzer()
    for analyzer in (shared, stock):
        analyzer.set_sample_rate(RATE)
    heard: list[float] = []
    shared.voice_confidence = _recording(shared.voice_confidence, heard)
    heard_by_pipecat: list[float] = []
    stock.voice_confidence = _recording(stock.voice_confidence, heard_by_pipecat)
    audio = pcm16(
        np.concatenate([voiced(1.0, seed=10), np.zeros(3 * RATE, np.float32), voiced(1.0, seed=11)])
    )
    batched_before = silero_batches().windows
    states = []
    for i in range(0, len(audio) - WINDOW * 2 + 1, WINDOW * 2):
        chunk = audio[i : i + WINDOW * 2]
        states.append((await shared.analyze_audio(chunk), await stock.analyze_audio(chunk)))
    assert all(ours == theirs for ours, theirs in states)
    assert {VADState.SPEAKING, VADState.QUIET} <= {ours for ours, _ in states}
    assert heard == heard_by_pipecat
    assert silero_batches().windows - batched_before == 1  # the first; the rest on the loop
