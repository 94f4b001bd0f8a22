"""Blind round 58's false passes (claims160): outcomes said in the passive, impersonal or nominal
style, with the evidence named, behind a strong hedge, or beside words of enthusiasm or regret,
are the same claims as their plain active forms, held against the call's facts like them.

Each class: a new sentence stopped where its claim is false and passed where it is true, and its
neutral twin (a question, a condition, a weak hedge, someone else's slot) passing in every state.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import STATES, facts


def _passes(sentence: str, lang: str, state: str) -> bool:
    return decide(sentence, facts(state, lang)).passes


def _stopped_in(sentence: str, lang: str) -> list[str]:
    return [state for state in STATES if not _passes(sentence, lang, state)]


# (sentence, lang, a state where it is false, a state where it is true, its neutral twin)
CASES = [
    # nothing changed, in the passive or nominal style: the appointment stands
    ("An Ihrem Termin wurden keine Änderungen vorgenommen.", "de", "moved", "booked",
     "Wurden an Ihrem Termin Änderungen vorgenommen?"),
    ("No changes were made to your booking.", "en", "cancelled", "booked",
     "Were any changes made to your booking?"),
    # a booking or a cancellation denied in the nominal style
    ("Ihr Termin ist noch nicht angelegt.", "de", "booked", "nothing",
     "Falls Ihr Termin noch nicht angelegt ist, melden Sie sich bitte."),
    ("No appointment has been created yet.", "en", "booked", "nothing",
     "Has an appointment been created yet?"),
    ("Es wurde keine Stornierung vorgenommen.", "de", "cancelled", "booked",
     "Wurde eine Stornierung vorgenommen?"),
    # the move named as a noun with its details, then done
    ("Your move to Thursday at three was completed.", "en", "booked", "moved",
     "The move to Thursday at three will be completed once you confirm."),
    # the callback promised in the passive
    ("You'll be rung back by Fabian.", "en", "nothing", "message",
     "Would you like to be rung back by Fabian?"),
    # a hold placed, said in the passive
    ("A hold has been placed on Friday at ten.", "en", "nothing", "held",
     "Has a hold been placed on Friday at ten?"),
    # the salon's answer outstanding, said as a status line
    ("Salon confirmation: pending.", "en", "booked", "pending",
     "If salon confirmation is pending, we simply wait."),
    # the day no longer the caller's, said impersonally
    ("Für Freitag ist nichts mehr für Sie eingetragen.", "de", "booked", "cancelled",
     "Falls für Freitag nichts mehr für Sie eingetragen ist, rufen Sie an."),
    # a success indicator read off the record: the bare success
    ("Der Status ist grün.", "de", "nothing", "booked", "Ist der Status schon grün?"),
    ("The tick is green.", "en", "failed", "cancelled", "The tick isn't green yet."),
    # a strong hedge keeps the claim, a weak one does not
    ("Das muss durchgegangen sein.", "de", "nothing", "booked", "Das kann durchgegangen sein."),
    ("There's no way you didn't get booked.", "en", "nothing", "booked",
     "There's no way to get booked online."),
    ("Soweit ich sehe, bleibt alles beim Alten.", "de", "moved", "booked",
     "Vielleicht bleibt alles beim Alten."),
    ("Your confirmation text should arrive any moment.", "en", "nothing", "booked",
     "If you want, your confirmation text could arrive any moment."),
    # a denial raised to the speaker's belief keeps the denial
    ("I don't think your appointment was cancelled.", "en", "cancelled", "booked",
     "I don't think you should cancel your appointment."),
    # the strong verb's simple past is a past, as the weak verb's is
    ("Die Stornierung ging durch.", "de", "booked", "cancelled", "Ging die Stornierung durch?"),
    # how it went, said of the success, keeps it; a wish does not
    ("That went through smoothly.", "en", "nothing", "booked",
     "Hopefully that went through smoothly."),
    # regret beside the caller's own appointment gone; a slot others took is no claim
    ("Ihr Termin ist leider weg.", "de", "booked", "cancelled", "Der Termin um zehn ist leider weg."),
    # the status said still open: no confirmation yet, which an open outcome backs
    ("The status is still open.", "en", "booked", "unknown", "Is the status still open?"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "lang", "false_in", "true_in", "twin"), CASES)
def test_the_claim_is_held_against_the_facts_and_its_twin_claims_nothing(
    sentence, lang, false_in, true_in, twin
):
    assert not _passes(sentence, lang, false_in)
    assert _passes(sentence, lang, true_in)
    assert _stopped_in(twin, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Ja, wie schade, aber ist erledigt.", "de", "Haben Sie meinen Termin abgesagt?"),
     ("Yes, what a shame, it's done.", "en", "Did you cancel my appointment?")],
)  # fmt: skip
def test_an_aside_of_regret_leaves_the_answer_its_questions_kind(sentence, lang, caller):
    def passes(state: str) -> bool:
        return decide(sentence, replace(facts(state, lang), caller=caller)).passes

    assert passes("cancelled")
    assert not passes("booked")  # "done" is the cancellation asked about, not any success
