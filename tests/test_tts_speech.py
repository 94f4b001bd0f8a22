"""What the voice is given reads right: a date is one phrase ("Donnerstag, 3. Dezember" is not cut
after "3."), and numbers, times, dates, prices and phone numbers are written the way a German
voice says them, while the caller's transcript, the context and the guard keep the text as written."""

from __future__ import annotations

import pytest
from pipecat.frames.frames import LLMFullResponseEndFrame, LLMTextFrame, TTSTextFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.tests.utils import run_test

from agent.call import TextCall
from agent.config import Settings
from agent.speakable import SpeakableText, speakable
from agent.standins import SilenceTTSService, StandInLatencies
from agent.tts_sentences import WholeSentences
from tests.filler import QUIET_TOOLS
from tools.deps import BookingDeps

CALLER = "+4915112345678"


def _tts() -> SilenceTTSService:
    """A fast stand-in voice; the pipeline ends once it has been idle for 0.1 s (pipecat waits
    3 s by default before it calls the voice stopped)."""
    return SilenceTTSService(
        seconds_per_char=0.001,
        latencies=StandInLatencies(tts_first_audio=0),
        stop_frame_timeout_s=0.1,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Termin am Donnerstag, 3. Dezember um 10 Uhr ist frei.",
        "Am Donnerstag, 3. Dezember, um 10 Uhr bei Fabian.",
        "Das ist der 2. Termin im 3. Quartal.",
        "Am 24.12. ist geschlossen.",
    ],
)
async def test_a_sentence_from_the_guard_reaches_the_voice_in_one_piece(sentence):
    tts = _tts()
    down, _ = await run_test(
        Pipeline([WholeSentences(), tts]),
        frames_to_send=[LLMTextFrame(sentence + " "), LLMFullResponseEndFrame()],
    )
    assert tts.spoken == [sentence]
    assert [f.text for f in down if isinstance(f, TTSTextFrame)] == [sentence]


async def test_without_it_pipecats_splitter_cuts_the_date():
    """Why `WholeSentences` exists: the TTS service's own aggregator ends a sentence at '3.'."""
    tts = _tts()
    await run_test(
        tts,
        frames_to_send=[
            LLMTextFrame("Der Termin am Donnerstag, 3. Dezember um 10 Uhr ist frei. "),
            LLMFullResponseEndFrame(),
        ],
    )
    assert tts.spoken[0] == "Der Termin am Donnerstag, 3."


async def test_the_voice_gets_words_and_the_transcript_keeps_digits():
    tts = _tts()
    tts.add_text_transformer(SpeakableText("de"))
    sentence = "Gebucht ist: Färben am Freitag, 27. November, 10:30 Uhr bei Sophie Brandt."
    down, _ = await run_test(
        Pipeline([WholeSentences(), tts]),
        frames_to_send=[LLMTextFrame(sentence), LLMFullResponseEndFrame()],
    )
    assert tts.spoken == [
        "Gebucht ist: Färben am Freitag, den siebenundzwanzigsten November, zehn Uhr dreißig "
        "bei Sophie Brandt."
    ]
    assert [f.text for f in down if isinstance(f, TTSTextFrame)] == [sentence]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # times
        ("um 10 Uhr", "um zehn Uhr"),
        ("um 10:30 Uhr", "um zehn Uhr dreißig"),
        ("um 14:15", "um vierzehn Uhr fünfzehn"),
        ("um 9.45 Uhr", "um neun Uhr fünfundvierzig"),
        ("um 1 Uhr", "um ein Uhr"),
        ("um 13:05", "um dreizehn Uhr fünf"),
        ("9–18 Uhr", "neun bis achtzehn Uhr"),
        ("9:00-14:30 Uhr", "neun bis vierzehn Uhr dreißig"),
        # dates: the ordinal in the case its words ask for
        ("am Freitag, 27. November", "am Freitag, den siebenundzwanzigsten November"),
        ("Freitag, 27. November", "Freitag, der siebenundzwanzigste November"),
        ("am 3. Dezember", "am dritten Dezember"),
        ("Bis 3. Januar", "Bis zum dritten Januar"),
        ("ab 2.1.2027", "ab dem zweiten Januar zweitausendsiebenundzwanzig"),
        ("Am 24.12. ist zu", "Am vierundzwanzigsten Dezember ist zu"),
        ("am 1. Mai 2026", "am ersten Mai zweitausendsechsundzwanzig"),
        ("vom 31. Dez.", "vom einunddreißigsten Dezember"),
        # ordinals
        ("der 2. Termin", "der zweite Termin"),
        ("zum 3. Mal", "zum dritten Mal"),
        ("in der 2. Woche", "in der zweiten Woche"),
        ("Ihr 2. Besuch", "Ihr zweiter Besuch"),
        # prices
        ("kostet 35 €", "kostet fünfunddreißig Euro"),
        ("kostet 59,50 €", "kostet neunundfünfzig Euro fünfzig"),
        ("kostet € 20", "kostet zwanzig Euro"),
        ("kostet 45,- EUR", "kostet fünfundvierzig Euro"),
        ("1 Euro", "ein Euro"),
        # phone numbers: digit by digit, in groups
        ("030 1234567", "null drei null, eins zwei drei, vier fünf sechs sieben"),
        (
            "+49 30 12345678",
            "plus vier neun, drei null, eins zwei drei, vier fünf sechs, sieben acht",
        ),
        ("0151-12345678", "null eins fünf eins, eins zwei drei, vier fünf sechs, sieben acht"),
        # other numbers and abbreviations
        ("10 %", "zehn Prozent"),
        ("1,5 Stunden", "eins Komma fünf Stunden"),
        ("ca. 30 Min.", "circa 30 Minuten"),
        ("z. B. morgen", "zum Beispiel morgen"),
        ("salon-spitzer.de/datenschutz", "salon-spitzer Punkt de Schrägstrich datenschutz"),
    ],
)
def test_german_numbers_are_written_the_way_they_are_said(written, said):
    assert speakable(written) == said


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben bis 18. Danach ist geschlossen.",  # a sentence end, not an ordinal
        "Die Dauerwelle dauert 135 Minuten.",  # plain numbers: voices read them right
        "Wie kann ich Ihnen helfen?",
        "Das sind 3 Personen.",
    ],
)
def test_text_without_anything_misread_is_left_as_it_is(text):
    assert speakable(text) == text


def test_english_voices_get_phone_numbers_and_euros_spoken():
    assert speakable("Call +49 30 1234567; a cut is 35 €.", "en") == (
        "Call plus four nine, three zero, one two three, four five six seven; a cut is "
        "thirty-five euros."
    )


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


async def test_in_a_call_the_voice_hears_words_and_the_caller_record_keeps_the_date(deps, ledger):
    # a sentence the guard lets through with nothing checked (a free slot named without a check
    # and a hold, "… hätte Fabian Zeit.", is stopped: the guard's own specs)
    said = "Am Donnerstag, 3. Dezember um 10:30 Uhr schaue ich gern für Sie nach."
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, filler_after_seconds=QUIET_TOOLS),
        caller_phone=CALLER,
        script=[[{"say": said}]],
    ) as call:
        reply = await call.say("Wann hat Fabian Zeit?")
        tts = call.services.tts
    assert reply.text == said
    assert tts.spoken[-1] == (
        "Am Donnerstag, den dritten Dezember um zehn Uhr dreißig schaue ich gern für Sie nach."
    )
    bot_said = [e.data["text"] for e in await ledger.timeline(call.call_id) if e.kind == "bot_said"]
    assert said in bot_said
