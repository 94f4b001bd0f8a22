"""How an attempt at the booking turned out, read in one place (`agent.claims.attempt_outcome`)
with one vocabulary of success and failure for both attempts told of: a retry and how it ended
(`retry_said`, a step of `reworded`: "Erledigt." / "Done.", or the booking not made) and a first
attempt that went through after all (`first_try_landed`: the bare success DONE, convention 102)."""

from __future__ import annotations

import pytest

from agent.claims.attempt_outcome import first_try_landed, retry_said
from agent.claims.model import ClaimKind


def _first_landed(sentence: str) -> bool:
    return [c.kind for c in first_try_landed(sentence, ())] == [ClaimKind.DONE]


@pytest.mark.parametrize(
    "sentence, lang, said",
    [("Nochmal versucht, diesmal ging es durch.", "de", "Erledigt."),
     ("Zweiter Versuch – ging durch.", "de", "Erledigt."),
     ("Ich hab's erneut versucht, diesmal hat das System es angenommen.", "de", "Erledigt."),
     ("Nochmal versucht, diesmal ist es angekommen.", "de", "Erledigt."),
     ("Tried it again, this time it went through.", "en", "Done."),
     ("Second go worked.", "en", "Done."),
     ("Tried it again and it landed.", "en", "Done."),
     ("Nochmal versucht, ging leider wieder nicht durch.", "de", "Es ist noch nicht gebucht."),
     ("Nochmal versucht, ist leider nicht angekommen.", "de", "Es ist noch nicht gebucht."),
     ("The second attempt failed as well.", "en", "It isn't booked yet."),
     ("Tried it again, but it won't go through.", "en", "It isn't booked yet."),
     ("Tried it again, it didn't land.", "en", "It isn't booked yet.")],
)  # fmt: skip
def test_a_retry_is_said_as_the_outcome_it_ended_in(sentence, lang, said):
    assert retry_said(sentence, lang) == said


@pytest.mark.parametrize(
    "sentence, lang",
    [("Ich versuche es gleich noch einmal.", "de"),  # announced: no outcome said
     ("Let me try that again.", "en"),
     ("Tried it again – did it go through?", "en"),  # a question
     ("Nochmal versucht, die Buchung ging durch.", "de"),  # the thing retried named
     ("The first try failed, the second attempt worked.", "en"),  # a failure before the retry
     ("Tried it again, it went through; Fabian expects you Friday.", "en")],  # a clause after
)  # fmt: skip
def test_a_retry_without_its_own_outcome_is_left_as_said(sentence, lang):
    assert retry_said(sentence, lang) == sentence


@pytest.mark.parametrize(
    "sentence",
    ["Good news: the first attempt went through after all.",
     "Turns out the first try did go through after all.",
     "Der erste Versuch ist doch noch durchgegangen.",
     "Es hat beim ersten Mal doch geklappt.",
     "The first attempt was accepted after all."],
)  # fmt: skip
def test_a_first_attempt_that_went_through_after_all_is_done(sentence):
    assert _first_landed(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Der erste Versuch ist leider nicht durchgegangen.",  # denied: a failure (5)
     "The first attempt didn't go through.",
     "Did the first attempt go through after all?",  # a question
     "If the first try went through, you're all set.",  # a condition
     "The first attempt will go through after all."],  # still to come: no success said
)  # fmt: skip
def test_a_first_attempt_denied_asked_or_to_come_is_no_success(sentence):
    assert not _first_landed(sentence)
