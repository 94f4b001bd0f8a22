"""A move said to be asked for and awaiting the salon is the pending request, not a move done
(`agent/claims/move_requested.py`): the product's own line after a lost move that landed pending
must reach the caller where the new place is pending, and nowhere a request is not awaiting."""

import pytest

from tests.claims_support import passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Verschiebung Ihres Termins auf Freitag, 28. November, um 10 Uhr ist im Kalender "
      "angekommen und angefragt; der Salon muss sie noch bestätigen.", "de"),
     ("Die Verschiebung auf Freitag um zehn ist angefragt, der Salon muss sie noch bestätigen.", "de")],
)  # fmt: skip
def test_a_move_asked_for_is_true_only_where_its_new_place_awaits_the_salon(sentence, lang):
    assert passes_in(sentence, lang) == {"pending"}


def test_a_move_done_beside_another_request_stays_a_move():
    # the pending request names Friday 10:00, the move Thursday 15:00: the move is still claimed
    sentence = (
        "Ihr Termin ist auf Donnerstag um drei verschoben; den Freitag um zehn muss der Salon "
        "noch bestätigen."
    )
    assert passes_in(sentence, "de") == set()
