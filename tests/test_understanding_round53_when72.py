"""The rules blind round 53's misses led to (helper when72), in words of neither the round nor its
labels. A stylist described by a look said as a noun ("der Kahlkopf", "der Lockenkopf", "the
baldy") is one person described and asked back, never "no such stylist"; the look said before a
name leaves the name. A son or daughter said to be grown up ("der ist schon dreißig", "she's
twenty-four") wants an adult's cut, a man's or a woman's, never a child's; a teenager stays asked
and a young child keeps the child's cut. Beside each rule, the nearest phrases that must stay as
they were."""

from __future__ import annotations

import pytest

from tests.understanding_support import CATALOG, SALON, stylist_status
from tools.catalog_match import resolve_service


def service(words: str) -> str:
    """The service match's status and slug, or the candidates asked between."""
    match = resolve_service(CATALOG, words, SALON)
    if match.status == "ok" and match.service is not None:
        return f"ok {match.service.slug}"
    return f"{match.status} " + " | ".join(s.slug for s in match.candidates or ())


# -- a stylist described by a look said as a noun -------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["der Kahlkopf", "zu dem Lockenkopf", "die Brillenträgerin", "der Kahle", "the baldy"],
)
def test_a_stylist_described_by_a_look_noun_is_asked(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ambiguous_stylist"


def test_a_look_noun_said_before_a_name_leaves_the_name() -> None:
    assert stylist_status("der Kahlkopf, ich glaube der heißt Mehmet", "herrenhaarschnitt") == (
        "ok Mehmet Yılmaz"
    )


def test_a_name_alone_stays_that_stylist() -> None:
    assert stylist_status("Mehmet", "herrenhaarschnitt") == "ok Mehmet Yılmaz"


# -- a grown son or daughter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("einmal schneiden für meinen Sohn, der ist schon dreißig", "ok herrenhaarschnitt"),
        ("my son needs a haircut, he's twenty-six", "ok herrenhaarschnitt"),
        ("Haarschnitt für meine Tochter, die ist 24", "ok damenhaarschnitt"),
        ("my daughter is thirty, just a cut", "ok damenhaarschnitt"),
    ],
)
def test_a_grown_son_or_daughter_wants_an_adults_cut(words: str, expected: str) -> None:
    assert service(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "einmal schneiden für meinen Sohn, der ist fünfzehn",
            "ambiguous_service kinderhaarschnitt",
        ),
        ("Haarschnitt für meine Tochter, die ist sechs", "ok kinderhaarschnitt"),
        ("my boy needs a cut, he's nine", "ok kinderhaarschnitt"),
        ("Strähnchen für meine Tochter, die ist 24", "ok straehnchen"),
        ("mein Kind ist 25, einmal schneiden", "ambiguous_service kinderhaarschnitt"),
    ],
)
def test_a_teenager_a_young_child_and_other_services_stay(words: str, expected: str) -> None:
    assert service(words) == expected
