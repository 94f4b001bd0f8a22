"""What a sentence says of a slot — held for the caller, free, offered — is held against what
the booking tools of this call held and offered. Facts built through the real tools on the
sandbox; the replacement is the truth of the slots, composed by code."""

# ruff: noqa: F811
from __future__ import annotations

import pytest

from agent.claims import AppointmentFact, ClaimKind, decide
from agent.claims.model import SlotFact
from agent.guard import truth
from calendar_adapter.ledger import AppointmentState
from tests.conftest import berlin
from tests.guard_support import (
    FRIDAY_10,
    PERM_AT_FABIAN,
    call_facts,
    facts_of,
    hold_perm,
    perm,
    run,
)

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import book_on_the_web, deps, open_call  # noqa: F401

S = AppointmentState


async def test_the_alternatives_a_tool_offered_back_what_the_model_offers(open_call, calendar):
    await book_on_the_web(
        calendar,
        stylist="Fabian Spitzer",
        service="herrenhaarschnitt",
        start=berlin(2026, 11, 27, 10),
    )
    tools = await open_call()
    facts = facts_of(tools)
    assert not decide("Um 9:30 Uhr hätte ich bei Fabian noch was.", facts.facts()).passes

    cut = {**PERM_AT_FABIAN, "service": "Herrenhaarschnitt", "time": "10:00"}
    result = await run(tools, facts, "check_availability", cut)
    assert result["status"] == "unavailable"
    offered = facts.facts().offered
    times = {(o.start.hour, o.start.minute) for o in offered}
    assert len(offered) == len(result["alternatives"]) and (9, 30) in times
    assert all(o.stylist == "Fabian Spitzer" for o in offered)
    assert facts.facts().appointments == ()  # offered, not held

    now = facts.facts()
    assert decide("Um 9:30 Uhr hätte ich bei Fabian noch was.", now).passes
    assert decide("Passt Ihnen Freitag um halb zehn?", now).passes
    assert not decide("Freitag um 10 Uhr ist bei Fabian frei.", now).passes  # the asked time
    assert not decide("Um 9:30 Uhr ginge es bei Mehmet.", now).passes  # not offered at Mehmet
    assert not decide("Freitag um halb zehn ist für Sie reserviert.", now).passes  # not held
    said = truth({ClaimKind.HELD}, now)
    assert said == "Frei wäre am Freitag, 27. November, bei Fabian um 9:15, 9:30 oder 10:30 Uhr."


async def test_the_held_slot_backs_its_own_day_time_and_stylist_only(open_call):
    tools = await open_call()
    facts = facts_of(tools)
    await hold_perm(tools, facts)
    now = facts.facts()
    assert decide("Freitag, 27. November um 10 Uhr ist für Sie reserviert.", now).passes
    assert decide("Ich halte Ihnen Freitag um zehn bei Fabian frei.", now).passes
    for wrong in (
        "Freitag um 11 Uhr ist für Sie reserviert.",
        "Bei Mehmet ist für Sie reserviert.",
        "Donnerstag, der 27. November um 10 Uhr ist für Sie reserviert.",  # a Friday
        "Ihre Strähnchen am Freitag sind für Sie vorgemerkt.",
    ):
        decision = decide(wrong, now)
        assert not decision.passes, wrong
        assert ClaimKind.HELD in {c.kind for c in decision.unbacked}
    said = truth({ClaimKind.HELD}, now)
    assert said == "Reserviert ist für Sie: Freitag, 27. November, 10 Uhr bei Fabian Spitzer."


def test_with_nothing_held_or_offered_no_slot_is_named_as_free_or_held():
    nothing = call_facts()
    for sentence in (
        "Montag um 10 Uhr ist frei und für Sie reserviert.",
        "Der Termin ist für Sie reserviert.",
        "Soll ich Ihnen Freitag um zehn reservieren?",
        "I have 2 pm open on Friday.",
    ):
        assert not decide(sentence, nothing).passes, sentence
    for sentence in (
        "Ich schaue nach, ob Freitag um zehn frei ist.",
        "Welche Uhrzeit passt Ihnen?",
        "Um zehn ist leider schon reserviert.",
        "Reserviert ist noch nichts.",
        "Let me check whether Friday at ten is free.",
    ):
        assert decide(sentence, nothing).passes, sentence
    assert truth({ClaimKind.HELD}, nothing) == "Reserviert ist für Sie noch nichts."
    assert truth({ClaimKind.AVAILABLE}, nothing) == "Das muss ich erst im Kalender prüfen."


def test_a_booked_slot_is_still_the_callers_and_a_cancelled_one_is_free_again():
    booked = call_facts(perm(S.CONFIRMED))
    assert decide("Freitag um zehn ist für Sie reserviert.", booked).passes
    cancelled = call_facts(perm(S.CANCELLED))
    assert decide("Freitag um zehn ist jetzt wieder frei.", cancelled).passes
    assert not decide("Freitag um zehn ist für Sie reserviert.", cancelled).passes


def test_a_reservation_whose_answer_never_came_is_not_said_to_be_held():
    """A row still `reserving` (the reservation request got no answer) may hold nothing in
    Cal.com: "reserviert" is stopped, and the truth spoken instead does not name it either."""
    unanswered = call_facts(perm(S.RESERVING))
    for sentence in (
        "Freitag um zehn ist für Sie reserviert.",
        "Der Termin bleibt weiter für Sie reserviert.",
        "Friday at ten is on hold for you.",
    ):
        assert not decide(sentence, unanswered).passes, sentence
    assert truth({ClaimKind.HELD}, unanswered) == "Reserviert ist für Sie noch nichts."
    held = call_facts(perm(S.HELD))
    assert decide("Freitag um zehn ist für Sie reserviert.", held).passes


def test_two_slots_offered_in_one_sentence_must_both_be_free():
    offered = call_facts(
        offered=[SlotFact(FRIDAY_10, "Fabian Spitzer"), SlotFact(FRIDAY_10.replace(hour=11))]
    )
    assert decide("Ich hätte Freitag um zehn oder um elf, was ist Ihnen lieber?", offered).passes
    assert not decide("Ich hätte Freitag um zehn oder um zwölf.", offered).passes
    assert not decide("Ich hätte Freitag um zehn oder Samstag um elf.", offered).passes
    said = truth({ClaimKind.AVAILABLE}, offered)
    assert said == "Frei wäre am Freitag, 27. November, bei Fabian um 10 Uhr, oder um 11 Uhr."


def _offered(*slots: tuple[int, int, int, str | None], language: str = "de", stylists=None):
    """Offered slots (day of November, hour, minute, stylist) as the call's facts."""
    at = [SlotFact(FRIDAY_10.replace(day=d, hour=h, minute=m), who) for d, h, m, who in slots]
    more = {"stylists": stylists} if stylists else {}
    return call_facts(offered=at, language=language, **more)


@pytest.mark.parametrize(
    ("slots", "language", "said"),
    [
        (  # one day, one stylist: the day and the stylist once, the times joined
            [(27, 9, 30, "Fabian Spitzer"), (27, 10, 30, "Fabian Spitzer")],
            "de",
            "Frei wäre am Freitag, 27. November, bei Fabian um 9:30 oder 10:30 Uhr.",
        ),
        (  # grouped by day, then stylist, whatever order they were offered in
            [
                (27, 9, 30, "Fabian Spitzer"),
                (28, 11, 0, "Mehmet Yılmaz"),
                (27, 10, 0, "Fabian Spitzer"),
            ],
            "de",
            "Frei wäre am Freitag, 27. November, bei Fabian um 9:30 oder 10 Uhr, "
            "oder am Samstag, 28. November, bei Mehmet um 11 Uhr.",
        ),
        (  # the same day at two stylists: the day once
            [
                (27, 11, 30, "Fabian Spitzer"),
                (27, 14, 0, "Fabian Spitzer"),
                (27, 15, 0, "Lena Hoffmann"),
            ],
            "de",
            "Frei wäre am Freitag, 27. November, bei Fabian um 11:30 oder 14 Uhr, "
            "oder bei Lena um 15 Uhr.",
        ),
        (
            [
                (27, 9, 30, "Fabian Spitzer"),
                (27, 10, 30, "Fabian Spitzer"),
                (28, 11, 0, "Mehmet Yılmaz"),
            ],
            "en",
            "What is free: Friday, 27 November, with Fabian at 9:30 or 10:30 am, "
            "or Saturday, 28 November, with Mehmet at 11 am.",
        ),
        (  # morning and afternoon: each time keeps its am / pm
            [(27, 11, 30, "Lena Hoffmann"), (27, 14, 0, "Lena Hoffmann")],
            "en",
            "What is free: Friday, 27 November, with Lena at 11:30 am or 2 pm.",
        ),
    ],
)
def test_offered_slots_are_said_grouped_by_day_and_stylist(slots, language, said):
    assert truth({ClaimKind.AVAILABLE}, _offered(*slots, language=language)) == said


def test_a_stylist_whose_first_name_another_one_shares_is_named_in_full():
    facts = _offered(
        (27, 10, 0, "Lena Hoffmann"), stylists=("Lena Hoffmann", "Lena Berg", "Fabian Spitzer")
    )
    said = truth({ClaimKind.AVAILABLE}, facts)
    assert said == "Frei wäre am Freitag, 27. November, bei Lena Hoffmann um 10 Uhr."


def test_english_slots_and_their_truth():
    held = call_facts(
        AppointmentFact(S.HELD, FRIDAY_10, "Lena Hoffmann", "Dauerwelle"), language="en"
    )
    assert decide("I've held Friday at 10 with Lena for you.", held).passes
    assert not decide("I've held Friday at 10 with Fabian for you.", held).passes
    assert not decide("Thursday, 27 November at 10 am is reserved for you.", held).passes
    assert (
        truth({ClaimKind.HELD}, held)
        == "What is held for you: Friday, 27 November, 10 am with Lena Hoffmann."
    )


def test_hold_and_free_slot_sentences_once_passed_everywhere_now_need_their_slot():
    """Issue 9 changed these from 'pass in every state' (tests/test_claims.py) to slot
    statements: true where the slot is held or offered, stopped where nothing backs them."""
    held = call_facts(perm(S.HELD))
    two_pm = call_facts(
        offered=[SlotFact(FRIDAY_10.replace(hour=14), "Lena Hoffmann")], language="en"
    )
    for sentence, backing in (
        ("Ich habe Ihnen den Slot gesichert, bis Sie sich entschieden haben.", held),
        ("Der Platz ist für Sie vorgemerkt, verbindlich wird es mit Ihrer Zusage.", held),
        ("Someone cancelled, so there's a free slot at 2.", two_pm),
    ):
        assert decide(sentence, backing).passes, sentence
        assert not decide(sentence, call_facts(language=backing.language)).passes, sentence
