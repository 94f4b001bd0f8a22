"""Issue 11's leftovers after rounds 51-52 (helper when71), in words of neither the rounds nor the
probe. A stylist and a service said in one phrase, in either order, with a comma, a clipped
article ("für 'ne Dauerwelle") or a technique word ("Fade bei ...") name both: the stylist is
matched (or said not to offer it), never asked. A word right after a comma is never read as a
surname, and a service word is never a syllable of a name the recogniser split. A service
said with an alternative ruled out ("Strähnchen, keine komplette Farbe", "foils, not an
all-over colour") is the one kept, never the one ruled out. A surname the caller says they
forgot ("den Nachnamen weiß ich nicht") names nobody. Beside each rule, the nearest phrases
that must stay asked: a word that may be a surname, two sound-alikes who both offer the
service, a cut for whom unsaid, only what is not wanted."""

from __future__ import annotations

import pytest

from tests.understanding_support import CATALOG, SALON, stylist_status
from tools.catalog_match import resolve_service

# -- a stylist and a service in one phrase --------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Mehmet für 'nen Herrenschnitt", "herrenhaarschnitt", "ok Mehmet Yılmaz"),
        ("die Sophie für ne Tönung", "faerben", "ok Sophie Brandt"),
        ("Sophie, Airtouch", "straehnchen", "ok Sophie Brandt"),
        ("Frau Hoffmann, Babylights bitte", "straehnchen", "ok Lena Hoffmann"),
        ("Skin Fade bei Fabian", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("Memo, Nassrasur", "bartpflege", "ok Mehmet Yılmaz"),
        ("Fabi, Dauerwelle", "dauerwelle", "ok Fabian Spitzer"),
        ("Lena, Perm", "dauerwelle", "ok Lena Hoffmann"),
    ],
)
def test_a_stylist_and_a_service_in_one_phrase_name_the_stylist(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Sophie, Bartpflege", "bartpflege", "stylist_does_not_offer Sophie Brandt"),
        ("Mehmet für ne Dauerwelle", "dauerwelle", "stylist_does_not_offer Mehmet Yılmaz"),
        ("Fabian, Balayage", "straehnchen", "stylist_does_not_offer Fabian Spitzer"),
    ],
)
def test_a_stylist_named_with_a_service_they_do_not_offer_is_said_so(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("Fabian Schneider", "herrenhaarschnitt"),  # a surname nobody has: asked
        ("Lena, Kinderschnitt", "kinderhaarschnitt"),  # Lena and Lea both cut children's hair
        ("Lea oder Lena für 'nen Kinderschnitt", "kinderhaarschnitt"),
    ],
)
def test_a_name_that_may_be_someone_else_stays_asked(words: str, service: str) -> None:
    assert stylist_status(words, service).startswith("ambiguous_stylist")


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Mehmet für 'nen Herrenschnitt", "herrenhaarschnitt"),
        ("Sophie, Airtouch", "straehnchen"),
        ("Skin Fade bei Fabian", "herrenhaarschnitt"),
    ],
)
def test_the_same_phrases_name_the_service(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok"
    assert match.service is not None
    assert match.service.slug == slug


# -- a service with an alternative ruled out ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Babylights, keine ganze Färbung", "straehnchen"),
        ("Foliensträhnen statt einer kompletten Farbe", "straehnchen"),
        ("lieber eine Tönung als neue Strähnchen", "faerben"),
        ("balayage, not a whole head of colour", "straehnchen"),
        ("foils rather than a full colour", "straehnchen"),
        ("highlights, no all-over colour", "straehnchen"),
    ],
)
def test_the_service_kept_is_matched_never_the_one_ruled_out(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok", match
    assert match.service is not None
    assert match.service.slug == slug


@pytest.mark.parametrize(
    "words", ["keine komplette Farbe", "not a full colour", "nicht ganz kurz schneiden"]
)
def test_only_what_is_ruled_out_or_a_cut_for_whom_unsaid_stays_asked(words: str) -> None:
    assert resolve_service(CATALOG, words, SALON).status != "ok"


# -- a surname the caller forgot ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("die Sophie, ihren Nachnamen hab ich vergessen", "ok Sophie Brandt"),
        ("Fabian, the surname I don't remember", "ok Fabian Spitzer"),
        ("Sophie irgendwas, die Blonde", "ok Sophie Brandt"),
    ],
)
def test_a_forgotten_surname_names_nobody(words: str, expected: str) -> None:
    assert stylist_status(words) == expected


def test_a_forgotten_surname_beside_a_sound_alike_stays_asked() -> None:
    assert stylist_status("Lena, den Nachnamen weiß ich nicht").startswith("ambiguous_stylist")
