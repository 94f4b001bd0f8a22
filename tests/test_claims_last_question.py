"""The caller's last question, cut out of their words in one place (`caller_words.last_question`)
for every reader of the caller's question: the words since the sentence before it, up to its
question mark, wherever in the turn it stands; nothing when the caller asks nothing."""

from __future__ import annotations

import pytest

from agent.claims.caller_words import last_question


@pytest.mark.parametrize(
    "words, question",
    [("ist es gebucht?", "ist es gebucht?"),
     ("danke. ist es gebucht? und storniert?", " und storniert?"),  # the last of several
     ("ist es gebucht? gut, danke.", "ist es gebucht?"),  # not necessarily the turn's end
     ("okay, freitag um zehn. danke!", ""),  # no question
     ("", "")],
)  # fmt: skip
def test_the_last_question_of_the_callers_words(words, question):
    assert last_question(words) == question
