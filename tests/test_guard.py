"""The confirmation guard between the model and the caller's ear.

A sentence reaches the caller when the call's facts (the ledger's appointments of this call)
back what it claims, whenever in the call it is said. A sentence claiming more is replaced, once
per reply, by the truth for the call's state, and what the sentence asks after its claim still
reaches the caller. What code already spoke (a tool's `say`) is not said twice, and the bot's
goodbye comes after the call's summary."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pipecat.frames.frames import (
    Frame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSSpeakFrame,
    UserStartedSpeakingFrame,
)
from pipecat.tests.utils import SleepFrame, run_test

from agent.claims import AppointmentFact, CallFacts, Claim, ClaimKind, Decision, decide
from agent.guard import CallSummary, ConfirmationGuard, KnownAppointment
from agent.guard.voice import CODE_SPEECH
from calendar_adapter.ledger import AppointmentState
from tools import speech

BERLIN = ZoneInfo("Europe/Berlin")
S = AppointmentState
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)
FRIDAY_10 = datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)
SATURDAY_11 = datetime(2026, 11, 28, 11, 0, tzinfo=BERLIN)

HELD_FRIDAY_TEN = (
    "Der Termin am Freitag, 27. November um 10 Uhr ist für Sie reserviert; "
    "gebucht ist er, sobald Sie Ja sagen."
)


def appointment(state: AppointmentState, start: datetime = FRIDAY_10, **more) -> AppointmentFact:
    return AppointmentFact(
        state=state, start=start, stylist="Fabian Spitzer", service="Dauerwelle", **more
    )


def call_facts(*appointments: AppointmentFact, language: str = "de") -> CallFacts:
    return CallFacts(
        now=NOW,
        language=language,
        appointments=appointments,
        stylists=("Fabian Spitzer", "Lena Hoffmann"),
        services=("Dauerwelle", "Damenhaarschnitt"),
    )


def reply(text: str) -> list[Frame]:
    """One reply of the model, streamed a few characters per frame as an LLM does."""
    tokens = [LLMTextFrame(text[i : i + 4]) for i in range(0, len(text), 4)]
    return [LLMFullResponseStartFrame(), *tokens, LLMFullResponseEndFrame()]


def caller_speaks() -> list[Frame]:
    """The caller starts a new turn, after what was sent before has passed (a system frame
    would otherwise overtake it)."""
    return [SleepFrame(0.05), UserStartedSpeakingFrame(), SleepFrame(0.05)]


async def heard(guard: ConfirmationGuard, *frames: Frame) -> str:
    """What passes the guard towards the TTS: text and code's own speech, in order."""
    down, _ = await run_test(guard, frames_to_send=list(frames))
    said = [f.text for f in down if isinstance(f, LLMTextFrame | TTSSpeakFrame)]
    return " ".join(" ".join(said).split())


class Reports:
    def __init__(self) -> None:
        self.blocked: list[tuple[str, str, frozenset[ClaimKind]]] = []

    async def __call__(self, sentence: str, replacement: str, kinds) -> None:
        self.blocked.append((sentence, replacement, frozenset(kinds)))


# -- claims the ledger backs pass, whenever they are said ------------------------------------


async def test_a_true_booked_in_the_turn_after_the_booking_reaches_the_caller():
    """The caller asks "wirklich gebucht?" one turn after the booking: the truth passes."""
    facts = call_facts(appointment(S.CONFIRMED))
    guard = ConfirmationGuard(lambda: facts)
    text = "Ja, Ihr Termin ist gebucht."

    assert await heard(guard, *caller_speaks(), *reply(text)) == text
    assert guard.blocked == []


@pytest.mark.parametrize(
    ("sentence", "state", "moved_from"),
    [
        (
            speech.booked_sentence("Dauerwelle", "Fabian Spitzer", FRIDAY_10, BERLIN),
            S.CONFIRMED,
            None,
        ),
        (
            speech.cancelled_sentence("Dauerwelle", "Fabian Spitzer", FRIDAY_10, BERLIN),
            S.CANCELLED,
            None,
        ),
        (
            speech.rescheduled_sentence("Dauerwelle", "Fabian Spitzer", SATURDAY_11, BERLIN),
            S.CONFIRMED,
            FRIDAY_10,
        ),
    ],
)
def test_each_tool_sentence_passes_with_its_own_outcome_in_the_ledger_and_not_without(
    sentence: str, state: AppointmentState, moved_from: datetime | None
):
    start = SATURDAY_11 if moved_from else FRIDAY_10
    assert not decide(sentence, call_facts()).passes
    assert not decide(sentence, call_facts(appointment(S.HELD, start))).passes
    assert decide(sentence, call_facts(appointment(state, start, moved_from=moved_from))).passes


def test_the_pending_outcome_claims_a_pending_request_and_the_unknown_one_a_callback():
    """Code says the pending sentence when Cal.com answered pending: a request with the salon
    awaiting its confirmation is a claim (the lead's label convention, docs/claims.md), true
    only while the appointment is pending. Code says the unknown sentence when Cal.com's answer
    was lost: it promises the salon's call ("… meldet sich bei Ihnen"), a callback (convention
    27), which the open outcome backs; it claims no booking."""
    pending = speech.pending_sentence("Dauerwelle", "Fabian Spitzer", FRIDAY_10, BERLIN)
    assert decide(pending, call_facts(appointment(S.PENDING))).passes
    assert not decide(pending, call_facts()).passes
    assert not decide(pending, call_facts(appointment(S.HELD))).passes
    assert not decide(pending, call_facts(appointment(S.CONFIRMED))).passes
    unknown = decide(speech.unknown_sentence(), call_facts(appointment(S.UNKNOWN)))
    assert unknown.passes
    assert {c.kind for c in unknown.claims} <= {ClaimKind.FOLLOW_UP}
    assert not decide(speech.unknown_sentence(), call_facts(appointment(S.CONFIRMED))).passes


@pytest.mark.parametrize(
    "state", [None, S.HELD, S.BOOKING, S.CONFIRMED, S.FAILED, S.CANCELLED, S.UNKNOWN]
)
async def test_sentences_that_claim_nothing_pass_in_every_state(state):
    facts = call_facts(appointment(state)) if state else call_facts()
    text = (
        "Soll ich den Termin verbindlich buchen? Wie ist Ihr Name? Einen Moment, ich schaue nach."
    )
    guard = ConfirmationGuard(lambda: facts)
    assert await heard(guard, *reply(text)) == text
    assert guard.blocked == []


@pytest.mark.parametrize(
    "state", [None, S.HELD, S.BOOKING, S.CONFIRMED, S.FAILED, S.CANCELLED, S.UNKNOWN]
)
async def test_a_slot_said_to_be_held_passes_only_while_it_is_kept_for_the_caller(state):
    """Issue 9: "frei und für Sie reserviert" is true while the slot is held (or being booked,
    or booked); otherwise the caller hears what is held, and the questions after it."""
    facts = call_facts(appointment(state)) if state else call_facts()
    claim = "Freitag um zehn ist frei und für Sie reserviert."
    questions = "Soll ich den Termin verbindlich buchen? Wie ist Ihr Name?"
    guard = ConfirmationGuard(lambda: facts)
    said = await heard(guard, *reply(f"{claim} {questions}"))
    if state in (S.HELD, S.BOOKING, S.CONFIRMED):
        assert said == f"{claim} {questions}"
        assert guard.blocked == []
    else:
        assert claim not in said and said.endswith(questions), said
        assert guard.blocked == [claim]


# -- an unbacked claim is replaced by the truth ----------------------------------------------


async def test_a_booked_claim_while_only_held_is_replaced_by_the_held_slot_and_reported():
    facts = call_facts(appointment(S.HELD))
    reports = Reports()
    guard = ConfirmationGuard(lambda: facts, on_blocked=reports)
    text = "Super. Ihr Termin ist gebucht. Ich habe Sie eingetragen. Möchten Sie noch etwas?"

    # One replacement, not two: the second claim in the same reply is simply not said.
    assert await heard(guard, *reply(text)) == f"Super. {HELD_FRIDAY_TEN} Möchten Sie noch etwas?"
    assert reports.blocked == [
        ("Ihr Termin ist gebucht.", HELD_FRIDAY_TEN, frozenset({ClaimKind.BOOKED})),
        ("Ich habe Sie eingetragen.", "", frozenset({ClaimKind.BOOKED})),
    ]


async def test_each_reply_gets_its_own_replacement():
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts)
    said = await heard(
        guard,
        *reply("Ihr Termin ist gebucht."),
        *caller_speaks(),  # the next reply is another
        *reply("Doch, der Termin ist fest gebucht."),
    )
    assert said == f"{HELD_FRIDAY_TEN} {HELD_FRIDAY_TEN}"


async def test_after_a_failed_booking_the_caller_hears_what_failed():
    facts = call_facts(appointment(S.FAILED))
    guard = ConfirmationGuard(lambda: facts)
    assert await heard(guard, *reply("Alles klar, Sie sind eingetragen.")) == (
        "Der Termin am Freitag, 27. November um 10 Uhr konnte nicht gebucht werden."
    )


async def test_with_nothing_held_or_booked_the_caller_hears_a_neutral_truth():
    guard = ConfirmationGuard(lambda: call_facts(language="en"), language="en")
    assert await heard(guard, *reply("Great, you're all set for Friday!")) == (
        "Nothing is booked yet."
    )


async def test_an_english_call_hears_the_held_slot_in_english():
    facts = call_facts(appointment(S.HELD), language="en")
    guard = ConfirmationGuard(lambda: facts, language="en")
    assert await heard(guard, *reply("Your appointment is confirmed.")) == (
        "The appointment on Friday, 27 November at 10 am is held for you; "
        "it is booked as soon as you say yes."
    )


def reads_first_claim(*phrases: str):
    """A claim reader that finds the first of `phrases` in a sentence and reads the clause up to
    its end as a BOOKED claim: what a reader with clause spans returns for these sentences."""

    def read(sentence: str, facts: CallFacts) -> Decision:
        found = [(sentence.find(p), p) for p in phrases if p in sentence]
        if not found:
            return Decision(())
        at, phrase = min(found)
        claim = Claim(ClaimKind.BOOKED, 0, at + len(phrase))
        backed = any(a.state is S.CONFIRMED for a in facts.appointments)
        return Decision((claim,), () if backed else (claim,))

    return read


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "Ihr Termin ist gebucht, jetzt fehlt nur noch Ihr Name.",
            "Jetzt fehlt nur noch Ihr Name.",
        ),
        ("Ihr Termin ist gebucht und wie ist Ihr Name?", "Wie ist Ihr Name?"),
        (
            "Jetzt, wo der Termin gebucht ist, wie ist Ihre Telefonnummer?",
            "Wie ist Ihre Telefonnummer?",
        ),
    ],
)
async def test_a_question_after_the_claim_in_the_same_sentence_still_reaches_the_caller(
    said: str, asked: str
):
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts, decide=reads_first_claim("ist gebucht", "gebucht ist"))
    assert await heard(guard, *reply(said)) == f"{HELD_FRIDAY_TEN} {asked}"


def reads_whole_sentence(word: str):
    """A claim reader that reads a sentence holding `word` as one BOOKED claim over all of it:
    what the reader returns for a sentence read in other words (`as_whole`)."""

    def read(sentence: str, facts: CallFacts) -> Decision:
        if word not in sentence:
            return Decision(())
        claim = Claim(ClaimKind.BOOKED, 0, len(sentence))
        backed = any(a.state is S.CONFIRMED for a in facts.appointments)
        return Decision((claim,), () if backed else (claim,))

    return read


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Donnerstag ist ausgebucht, tut mir leid – wäre ein anderer Tag möglich?",
         "Wäre ein anderer Tag möglich?"),
        ("Ihre Oma ist noch nicht gebucht, soll ich das jetzt machen?",
         "Soll ich das jetzt machen?"),
    ],
)  # fmt: skip
async def test_a_question_closing_a_sentence_claimed_whole_still_reaches_the_caller(
    said: str, asked: str
):
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts, decide=reads_whole_sentence("bucht"))
    assert await heard(guard, *reply(said)) == f"{HELD_FRIDAY_TEN} {asked}"


async def test_a_tag_closing_a_sentence_claimed_whole_is_not_said_alone():
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts, decide=reads_whole_sentence("gebucht"))
    assert await heard(guard, *reply("Ihr Termin ist gebucht, oder?")) == HELD_FRIDAY_TEN


async def test_a_closing_question_that_claims_itself_is_held_against_the_facts():
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts, decide=reads_whole_sentence("gebucht"))
    said = "Alles erledigt, wussten Sie, dass Sie gebucht sind?"
    assert await heard(guard, *reply(said)) == HELD_FRIDAY_TEN


async def test_what_follows_the_claim_is_held_against_the_facts_too():
    facts = call_facts(appointment(S.HELD))
    guard = ConfirmationGuard(lambda: facts, decide=reads_first_claim("gebucht", "eingetragen"))
    said = "Ihr Termin ist gebucht, und Sie sind eingetragen."
    assert await heard(guard, *reply(said)) == HELD_FRIDAY_TEN


# -- code's own speech is heard once -------------------------------------------------------


SAY = speech.booked_sentence("Dauerwelle", "Fabian Spitzer", FRIDAY_10, BERLIN)


def code_says(text: str) -> TTSSpeakFrame:
    """What `CodeVoice` sends: speech marked as code's own."""
    frame = TTSSpeakFrame(text)
    frame.metadata[CODE_SPEECH] = True
    return frame


async def test_the_model_repeating_what_code_just_spoke_is_not_said_twice():
    facts = call_facts(appointment(S.CONFIRMED))
    guard = ConfirmationGuard(lambda: facts)
    said = await heard(
        guard, code_says(SAY), *reply(f"{SAY} Kann ich sonst noch etwas für Sie tun?")
    )
    assert said == f"{SAY} Kann ich sonst noch etwas für Sie tun?"


async def test_a_repetition_inside_a_longer_sentence_keeps_only_the_models_own_words():
    facts = call_facts(appointment(S.CONFIRMED))
    guard = ConfirmationGuard(lambda: facts)
    said = await heard(guard, code_says(SAY), *reply(f"Perfekt, {SAY[0].lower()}{SAY[1:]}"))
    assert said == f"{SAY} Perfekt."
    said = await heard(
        ConfirmationGuard(lambda: facts),
        code_says(SAY),
        *reply(f"Super, {SAY[:-1]}, und wir freuen uns auf Sie."),
    )
    assert said == f"{SAY} Super, und wir freuen uns auf Sie."


async def test_an_echo_with_other_punctuation_or_cut_into_pieces_is_not_said_twice():
    facts = call_facts(appointment(S.CONFIRMED))
    # "Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer am Freitag, 27. November, um 10 Uhr."
    head, tail = SAY[:-1].split(": ", 1)
    echoes = [
        f"{head} – {tail.replace(',', '')}!",  # other punctuation
        f"  {head}:   {tail}  .",  # other spacing
        f"{head}. {tail[0].upper()}{tail[1:]}.",  # cut into two sentences
        f"Also: {head}!",  # a piece of it, after a joiner
    ]
    for echo in echoes:
        said = await heard(
            ConfirmationGuard(lambda: facts),
            code_says(SAY),
            *reply(f"{echo} Kann ich sonst noch etwas für Sie tun?"),
        )
        assert said == f"{SAY} Kann ich sonst noch etwas für Sie tun?", echo


async def test_a_short_answer_or_a_new_sentence_sharing_words_with_code_speech_is_kept():
    facts = call_facts(appointment(S.CONFIRMED))
    own = ["Um 10 Uhr?", "Bei Fabian Spitzer können Sie auch mit Karte zahlen."]
    for sentence in own:
        said = await heard(ConfirmationGuard(lambda: facts), code_says(SAY), *reply(sentence))
        assert said == f"{SAY} {sentence}"


async def test_after_code_told_the_outcome_a_false_claim_is_dropped_not_corrected_again():
    """Cal.com answered pending: code spoke that; the model's "gebucht" is stopped, and the
    caller does not hear the outcome a second time in the guard's words."""
    facts = call_facts(appointment(S.PENDING))
    pending = speech.pending_sentence("Dauerwelle", "Fabian Spitzer", FRIDAY_10, BERLIN)
    said = await heard(
        ConfirmationGuard(lambda: facts),
        code_says(pending),
        *reply("Super, Ihr Termin ist gebucht! Kann ich sonst noch helfen?"),
    )
    assert said == f"{pending} Kann ich sonst noch helfen?"
    said = await heard(  # without code's sentence in the reply, the guard tells the truth
        ConfirmationGuard(lambda: facts), *reply("Super, Ihr Termin ist gebucht!")
    )
    assert "angefragt" in said and "gebucht" not in said


async def test_asked_again_in_a_later_turn_the_outcome_is_said_again():
    facts = call_facts(appointment(S.CONFIRMED))
    guard = ConfirmationGuard(lambda: facts)
    said = await heard(guard, code_says(SAY), *caller_speaks(), *reply(SAY))
    assert said == f"{SAY} {SAY}"


async def test_the_filler_passes_unchanged_and_does_not_swallow_the_models_words():
    guard = ConfirmationGuard(lambda: call_facts())
    filler = "Einen Moment bitte, ich schaue nach."
    said = await heard(
        guard, TTSSpeakFrame(filler), *reply("Einen Moment bitte, ich schaue nach, ob Fabian kann.")
    )
    assert said == f"{filler} Einen Moment bitte, ich schaue nach, ob Fabian kann."


# -- the bot's goodbye comes after the summary ---------------------------------------------


async def test_the_bots_goodbye_is_preceded_by_the_calls_summary_once():
    booked = (KnownAppointment(appointment(S.CONFIRMED), changed_here=True),)
    summary = CallSummary(lambda: booked)
    facts = call_facts(appointment(S.CONFIRMED))
    guard = ConfirmationGuard(lambda: facts, summary=summary)
    said = await heard(
        guard,
        *reply("Gern geschehen. Vielen Dank für Ihren Anruf, auf Wiederhören!"),
        *reply("Auf Wiederhören!"),
    )
    assert said == (
        "Gern geschehen. "
        "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer. "
        "Vielen Dank für Ihren Anruf, auf Wiederhören! Auf Wiederhören!"
    )


async def test_a_goodbye_that_assumes_an_appointment_gives_way_to_the_summary():
    summary = CallSummary(lambda: ())
    reports = Reports()
    guard = ConfirmationGuard(lambda: call_facts(), summary=summary, on_blocked=reports)
    said = await heard(guard, *reply("Perfekt, dann sehen wir uns Freitag um zehn."))
    assert said == "Heute wurde nichts gebucht."
    assert [r[0] for r in reports.blocked] == ["Perfekt, dann sehen wir uns Freitag um zehn."]
