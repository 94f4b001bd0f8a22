"""An ellipsis in a reply is held against the facts with the sentence the caller heard before it.

"Ihr Termin ist gebucht. Der Ihrer Frau auch.": the second sentence has no claim words of its
own; the caller hears "your wife's is booked too". The guard tells the call's facts each sentence
it hands on (`CallFactsSource.spoke`, `CallFacts.said_before`), so the ellipsis is read with the
sentence before it: with one appointment booked, the first passes and the second is stopped;
with both booked, both pass. A blocked sentence is never what an ellipsis takes its claim from:
the caller never heard it."""

from __future__ import annotations

import dataclasses

from agent.claims import CallFacts
from agent.guard import ConfirmationGuard
from calendar_adapter.ledger import AppointmentState
from tests.test_guard import SATURDAY_11, appointment, call_facts, caller_speaks, heard, reply

S = AppointmentState


class Spoken:
    """The facts of a call as `CallFactsSource` keeps them: the ledger's appointments and the
    sentence the caller heard last."""

    def __init__(self, facts: CallFacts) -> None:
        self._facts = facts

    def facts(self) -> CallFacts:
        return self._facts

    def spoke(self, sentence: str) -> None:
        self._facts = dataclasses.replace(self._facts, said_before=sentence)


def guard_of(*appointments) -> tuple[ConfirmationGuard, Spoken]:
    spoken = Spoken(call_facts(*appointments))
    return ConfirmationGuard(spoken.facts, on_spoken=spoken.spoke), spoken


async def test_the_second_of_two_said_booked_by_an_ellipsis_is_stopped_when_only_one_is():
    guard, _ = guard_of(appointment(S.CONFIRMED))

    said = await heard(
        guard, *caller_speaks(), *reply("Ihr Termin ist gebucht. Der Ihrer Frau auch.")
    )

    assert said.startswith("Ihr Termin ist gebucht.")
    assert "Der Ihrer Frau auch." not in said
    assert guard.blocked == ["Der Ihrer Frau auch."]


async def test_the_ellipsis_passes_when_both_appointments_are_booked():
    guard, _ = guard_of(appointment(S.CONFIRMED), appointment(S.CONFIRMED, SATURDAY_11))
    text = "Ihr Termin ist gebucht. Der Ihrer Frau auch."

    assert await heard(guard, *caller_speaks(), *reply(text)) == text
    assert guard.blocked == []


async def test_the_facts_learn_each_sentence_handed_on_and_never_a_blocked_one():
    guard, spoken = guard_of()  # nothing booked: the booking is stopped, its correction said

    said = await heard(guard, *caller_speaks(), *reply("Ihr Termin ist gebucht."))

    assert guard.blocked == ["Ihr Termin ist gebucht."]
    assert spoken.facts().said_before != "Ihr Termin ist gebucht."
    assert said.endswith(spoken.facts().said_before)  # the correction the caller heard


def test_a_decision_ahead_fits_only_the_same_sentence_before():
    """The guard decides a sentence before its release (`Ahead`); at the release it uses that
    decision only if the facts are the same, the sentence before included."""
    from agent.claims import decide
    from agent.guard.ahead import Ahead

    facts = dataclasses.replace(
        call_facts(appointment(S.CONFIRMED)), said_before="Ihr Termin ist gebucht."
    )
    sentence = "Der Ihrer Frau auch."
    ahead = Ahead(sentence, (), "de", facts, decide(sentence, facts), False, None, True)

    assert ahead.fits(sentence, [], "de", facts)
    other = dataclasses.replace(facts, said_before="Möchten Sie noch etwas?")
    assert not ahead.fits(sentence, [], "de", other)
