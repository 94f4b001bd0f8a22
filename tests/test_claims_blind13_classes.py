"""Blind 13's last classes (claims22), each checked where it is true and where it is false:

- the other appointment said to stay beside a change made to one stands only where it does;
- a stylist able to take the caller at a named slot offers that slot (free only if offered);
- the appointment said active, live or in effect is booked (not a bare success);
- a move said only by its way ("set back a bit") is checked against the way the move went;
- a counterfactual about the booking turned to "it isn't yet" says it is not booked;
- the caller's request "with the salon as a note" is a message passed on, not a pending request;
- an outcome a question or goodbye takes as known is claimed;
- asking, doubting, rules of what counts and "you've got it" claim nothing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from agent.claims.model import AppointmentFact
from calendar_adapter.ledger import AppointmentState as S
from tests.corpus.claims_corpus import FABIAN, FRI_10, LENA, SAT_11, facts


def _passes(sentence: str, lang: str, state: str) -> bool:
    return decide(sentence, facts(state, lang)).passes


def _friday_cancelled_saturday_kept(lang: str):
    return replace(
        facts("nothing", lang),
        appointments=(
            AppointmentFact(S.CANCELLED, FRI_10, FABIAN, "Dauerwelle"),
            AppointmentFact(S.CONFIRMED, SAT_11, LENA, "Strähnchen"),
        ),
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Den Freitag habe ich gestrichen, die Strähnchen am Samstag bleiben.", "de"),
     ("Den Termin am Freitag habe ich abgesagt, Samstag bei Lena steht weiterhin.", "de"),
     ("I've scrapped Friday, the highlights on Saturday remain.", "en"),
     ("Friday's cancelled, but your Saturday with Lena is still on.", "en"),
     ("I've called off Friday; Saturday's highlights stay as they are.", "en")],
)  # fmt: skip
def test_the_other_appointment_said_to_stay_must_still_stand(sentence, lang):
    assert decide(sentence, _friday_cancelled_saturday_kept(lang)).passes
    for state in ("cancelled", "two", "booked", "nothing"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Donnerstag um drei könnte Fabian Sie noch nehmen, wollen Sie?", "de"),
     ("Thursday at 3 pm Fabian could take you, do you want it?", "en"),
     ("Fabian might be able to see you Thursday at three, how does that sound?", "en")],
)  # fmt: skip
def test_a_stylist_able_to_take_the_caller_offers_that_slot(sentence, lang):
    assert _passes(sentence, lang, "offered") and _passes(sentence, lang, "moved")
    for state in ("nothing", "booked", "cancelled", "held"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin ist bearbeitet und jetzt aktiv.", "de"),
     ("The appointment has been processed and is now active.", "en"),
     ("Your reservation is processed and in effect.", "en")],
)  # fmt: skip
def test_an_appointment_said_active_is_booked(sentence, lang):
    assert _passes(sentence, lang, "booked")
    for state in ("cancelled", "held", "pending", "nothing"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Unsere Online-Terminbuchung ist wieder aktiv.", "de"),
     ("Our online booking system is active again.", "en")],
)  # fmt: skip
def test_the_booking_system_said_up_claims_nothing(sentence, lang):
    assert all(_passes(sentence, lang, state) for state in ("nothing", "held", "cancelled"))


@pytest.mark.parametrize(
    "sentence",
    ["I've set your appointment back a bit.", "I've put your appointment a bit later.",
     "I've moved your appointment back a little."],
)  # fmt: skip
def test_a_move_said_by_its_way_is_false_after_a_move_the_other_way(sentence):
    # the call's move went from Friday to Thursday: earlier, not back
    for state in ("moved", "booked", "nothing"):
        assert not _passes(sentence, "en", state), state


def test_a_move_said_by_its_way_passes_when_it_went_that_way():
    assert _passes("I've brought your appointment forward to Thursday at three.", "en", "moved")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("If it were booked, you'd have a text by now – it isn't yet.", "en"),
     ("Were it in the calendar, it would show here, but it isn't yet.", "en"),
     ("If I'd already booked it, you'd see a confirmation – I haven't yet.", "en"),
     ("Wäre der Termin gebucht, bekämen Sie eine SMS – das ist er aber noch nicht.", "de"),
     ("Hätte ich Sie schon gebucht, hätten Sie eine SMS, aber gebucht ist noch nichts.", "de")],
)  # fmt: skip
def test_a_counterfactual_turned_to_not_yet_says_not_booked(sentence, lang):
    for state in ("nothing", "held", "pending", "cancelled"):
        assert _passes(sentence, lang, state), state
    for state in ("booked", "moved", "two"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Anliegen liegt jetzt als Notiz beim Salon.", "de"),
     ("Your request is with the salon as a note now.", "en"),
     ("Your callback request is noted and passed on to the salon.", "en"),
     ("Your message is written down and with the salon now.", "en")],
)  # fmt: skip
def test_a_request_left_as_a_note_is_a_message_passed_on(sentence, lang):
    assert _passes(sentence, lang, "message")
    for state in ("nothing", "pending", "unknown", "booked"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Did you catch that you're all booked, or shall I repeat the details?", "en"),
     ("Wo wir den Termin jetzt fix haben – sind Sie mit Karte oder bar?", "de"),
     ("We'll see you soon then, bye-bye!", "en"),
     ("There we go, I managed it, you're on Thursday at three instead of Friday, Fabian's still "
      "doing the perm, and it takes the same time – does that suit you?", "en")],
)  # fmt: skip
def test_an_outcome_a_question_or_goodbye_takes_as_known_is_claimed(sentence, lang):
    assert _passes(sentence, lang, "moved")
    for state in ("nothing", "held", "pending", "cancelled", "offered"):
        assert not _passes(sentence, lang, state), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'm asking the system whether Thursday works.", "en"),
     ("Ich bin mir nicht sicher, ob die Absage angekommen ist, das prüfe ich.", "de"),
     ("Haben Sie die Bestätigung schon bekommen?", "de"),
     ("Bei uns gilt: gebucht ist erst, was im Kalender steht.", "de"),
     ("Sie haben's erfasst, genau so ist das mit den Locken.", "de"),
     ("You've got it, that's exactly how it works.", "en"),
     ("Before I put anything in, let me double-check: you'd like a perm, with Fabian, "
      "ideally in the morning, right?", "en")],
)  # fmt: skip
def test_asking_doubting_and_rules_claim_nothing(sentence, lang):
    assert all(
        _passes(sentence, lang, state) for state in ("nothing", "held", "cancelled", "booked")
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich bin mir nicht sicher, ob die Absage angekommen ist, aber Ihr Termin ist storniert.", "de"),
     ("You've got it: your appointment is booked for Friday.", "en")],
)  # fmt: skip
def test_a_claim_beside_them_is_still_read(sentence, lang):
    assert not _passes(sentence, lang, "nothing")
