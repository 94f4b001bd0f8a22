"""Blind round 52's move false passes (claims129), as classes: a move said by the one detail it
changed (the stylist, the service, the day or the time) or by what it kept; the old and the new
place in either order, and the move's noun said saved; a move offered with its place; a day or
both appointments said unchanged; and the nearest sentences that claim nothing. The call's move
goes from Friday 10:00 to Thursday 15:00 with Fabian (Dauerwelle); `two` holds Friday 10:00 with
Fabian and Saturday 11:00 with Lena. Sentences in words of neither corpus file (blind 52, probe
52a)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in

NOWHERE: frozenset[str] = frozenset()
MOVED = frozenset({"moved"})
# a place offered: backed by a slot the tools offered or one kept for the caller (2, 480)
THURSDAY_OFFERED = frozenset({"moved", "offered"})
SATURDAY_OFFERED = frozenset({"two", "offered"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # the call's move kept Fabian and the Dauerwelle: another stylist or service is no move made
    [("Ab jetzt kümmert sich Lena statt Fabian um Ihre Haare.", "de", NOWHERE),
     ("Mehmet hat Ihren Termin übernommen.", "de", NOWHERE),
     ("Sophie's doing your appointment now instead of Fabian.", "en", NOWHERE),
     ("I've traded Fabian for Lena on your booking.", "en", NOWHERE),
     ("Ihre Dauerwelle ist jetzt eine Färbung.", "de", NOWHERE),
     ("We've turned your perm into highlights.", "en", NOWHERE),
     # the perm the call kept was no cut before: the old service named is checked too
     ("Statt Herrenhaarschnitt ist es jetzt eine Dauerwelle, ist geändert.", "de", NOWHERE),
     # the time said changed to the move's new hour: true after it
     ("Die Uhrzeit wurde geändert: jetzt 15 Uhr.", "de", MOVED),
     ("The time has been changed to 11 am.", "en", NOWHERE)],
)  # fmt: skip
def test_a_stylist_or_service_said_changed_is_a_move_to_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # the day kept: the move to Thursday changed it; the hour kept: it went from ten to three
    [("Der Tag bleibt derselbe, nur die Uhrzeit ist jetzt drei.", "de", NOWHERE),
     ("Same day as before, just at 3 pm now.", "en", NOWHERE),
     ("Die Uhrzeit bleibt, aber der Tag ist jetzt Donnerstag.", "de", NOWHERE),
     ("The time stays the same, it's just Thursday now.", "en", NOWHERE),
     ("Umgelegt auf Donnerstag, selbe Uhrzeit wie bisher.", "de", NOWHERE),
     # what the move did keep, named: true after it
     ("Fabian bleibt, nur eben Donnerstag um drei.", "de", MOVED),
     ("Still with Fabian, only Thursday at 3 pm now.", "en", MOVED)],
)  # fmt: skip
def test_a_move_said_by_what_it_kept_checks_the_kept_detail(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag ist Geschichte, Donnerstag um drei ist neu.", "de", MOVED),
     ("Not Friday any more, Thursday at three now.", "en", MOVED),
     ("Sonntag ist raus, Donnerstag um drei ist drin.", "de", NOWHERE),
     ("Friday's gone, Saturday at eleven is in.", "en", NOWHERE),
     ("Neuer Termin: Donnerstag, 15 Uhr.", "de", MOVED),
     ("New time: Tuesday at nine.", "en", NOWHERE),
     ("Die Terminänderung auf Donnerstag ist gespeichert.", "de", MOVED),
     ("Your appointment change to Monday is saved.", "en", NOWHERE),
     ("Hab's rübergeschoben, auf Montag.", "de", NOWHERE)],
)  # fmt: skip
def test_a_move_said_by_its_old_and_new_place_or_its_noun_is_the_move(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich könnte Sie gern auf Donnerstag um drei verlegen.", "de", THURSDAY_OFFERED),
     ("Falls es Ihnen passt, schiebe ich Sie auf Donnerstag um 15 Uhr.", "de", THURSDAY_OFFERED),
     ("I could easily move you to Thursday at three.", "en", THURSDAY_OFFERED),
     ("I'd be happy to switch you to Lena on Saturday at eleven.", "en", SATURDAY_OFFERED),
     ("Ich könnte Sie auf Mittwoch um acht verschieben.", "de", NOWHERE),
     # a day alone is no slot: the offer claims nothing (blind 3's "…auf Donnerstag umbuchen,
     # wenn Ihnen das lieber ist" is neutral)
     ("I could shift you to Tuesday.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_move_offered_names_its_place_as_available(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn – bleibt unverändert.", "de", BOOKED_FRIDAY),
     ("Friday with Fabian is unchanged.", "en", BOOKED_FRIDAY),
     ("Nothing has changed for your Friday at ten.", "en", BOOKED_FRIDAY),
     ("Ihre zwei Termine, Freitag und Samstag, sind unverändert.", "de", frozenset({"two"})),
     ("Both your appointments stay as they are.", "en", frozenset({"two"}))],
)  # fmt: skip
def test_a_day_or_both_appointments_said_unchanged_stand(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Heute schneidet Lena statt Fabian, er ist krank.", "de"),
     ("Sophie is on the desk instead of Lena this afternoon.", "en"),
     ("Möchten Sie lieber Strähnchen statt der Dauerwelle?", "de"),
     ("Do you want Lena instead of Fabian?", "en"),
     ("Die Preise bleiben gleich, nur die Öffnungszeiten sind neu.", "de"),
     ("Our phone number is unchanged.", "en"),
     ("Die Änderung unserer Öffnungszeiten ist übernommen.", "de"),
     ("The change to our website has been made.", "en"),
     ("I've updated your phone number.", "en"),
     ("Wenn Sie möchten, suchen wir später einen anderen Tag.", "de")],
)  # fmt: skip
def test_other_peoples_and_the_salons_changes_and_questions_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
