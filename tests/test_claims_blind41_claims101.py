"""Blind round 41's families (claims101), as classes: a large model's whole replies. A search
with the day named twice ("ob übermorgen, also am Freitag, …"); "all set" with a title or "the
day after tomorrow"; a booking firm only on a yes (not booked, of what it names); a request said
with the salon's yes to come (pending); an offer to enter a named slot with a full date; a hold
said to last; a bare "yes, to …" after "did you move it?"; a courtesy question after a claim; a
move reported from its old to its new place with "Done". Sentences in words of neither corpus
file (blind 41, probe 41)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED_FRIDAY,
    NOWHERE,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich gucke eben, ob übermorgen, also am Freitag, um zehn bei Fabian noch was geht.", "de", EVERYWHERE),
     ("Ich prüfe noch, ob Freitag, also übermorgen, um elf bei Frau Hoffmann frei ist.", "de", EVERYWHERE),
     ("Let me see if the day after tomorrow, so Friday, at eleven is open with Lena.", "en", EVERYWHERE),
     ("I'm checking whether Saturday, that's the 29th, at ten is still free.", "en", EVERYWHERE),
     ("Ihr Termin ist übermorgen, also am Freitag, um zehn bei Fabian gebucht.", "de", BOOKED_FRIDAY),
     ("Ihr Termin ist übermorgen, also am Freitag, um elf bei Fabian gebucht.", "de", NOWHERE)],
)  # fmt: skip
def test_a_search_with_the_day_named_twice_claims_nothing_a_booking_so_named_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Lovely, you're all set on Friday at ten with Mr Spitzer – do you know where we are?", "en", BOOKED_FRIDAY),
     ("You're all set on Friday at eleven with Mr Spitzer – do you know where we are?", "en", NOWHERE),
     ("You're all set with Mrs Hoffmann on Friday at ten.", "en", NOWHERE),
     ("Right, you're all set the day after tomorrow at ten.", "en", BOOKED_FRIDAY),
     ("Right, you're all set the day after tomorrow at noon.", "en", NOWHERE)],
)  # fmt: skip
def test_all_set_with_a_title_or_a_day_counted_from_today_is_a_booking_of_what_it_names(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fest eingetragen ist der Freitag um zehn bei Fabian erst, wenn Sie Ja sagen – in Ordnung?", "de", NOT_BOOKED_FRIDAY),
     ("Der Termin am 28.11. um 10 Uhr ist erst gebucht, sobald Sie zustimmen.", "de", NOT_BOOKED_FRIDAY),
     ("Friday at ten is only confirmed once you say yes – is that okay?", "en", NOT_BOOKED_FRIDAY),
     ("Friday at ten with Fabian won't be booked until you agree.", "en", NOT_BOOKED_FRIDAY),
     ("Der Freitag um zehn bei Fabian ist fest gebucht – ist das in Ordnung?", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_booking_firm_only_on_a_yes_is_not_booked_yet_of_what_it_names(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn bei Fabian habe ich angefragt – verbindlich wird es, sobald der Salon zustimmt.", "de", {"pending"}),
     ("Samstag um zehn bei Fabian habe ich angefragt – verbindlich wird es, sobald der Salon zustimmt.", "de", NOWHERE),
     ("I've sent a request for Friday at ten; it's only final once the salon approves.", "en", {"pending"}),
     ("I've sent a request for Friday at noon; it's only final once the salon approves.", "en", NOWHERE),
     ("The request for Friday at ten is still pending with the salon.", "en", {"pending"}),
     ("The request for Monday at ten is still pending with the salon.", "en", NOWHERE)],
)  # fmt: skip
def test_a_request_said_with_the_salons_yes_to_come_is_pending_of_what_it_names(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Soll ich Sie am Freitag, den 5. Dezember, um 10 Uhr bei Fabian eintragen?", "de"),
     ("Darf ich Sie am Samstag, dem 29. November, um 9 Uhr beim Fabi eintragen?", "de"),
     ("The hold on Friday at noon runs for another ten minutes.", "en"),
     ("Yes, to Saturday at four.", "en")],
)  # fmt: skip
def test_a_slot_offered_held_or_moved_to_that_no_tool_touched_is_stopped_everywhere(sentence, lang):
    caller = "Have you moved my appointment?" if sentence.startswith("Yes") else ""
    assert passes_in(sentence, lang, caller) == set()


def test_an_offer_of_the_held_slot_with_its_full_date_passes_where_that_slot_is_kept():
    sentence = "Darf ich Sie am Freitag, den 28. November, um 10 Uhr bei Fabian eintragen?"
    assert "held" in passes_in(sentence, "de")
    assert "nothing" not in passes_in(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("The hold on Friday at ten runs for another ten minutes.", "en", "", HELD_FRIDAY),
     ("Yes, to Thursday at 3 p.m.", "en", "Have you moved my appointment?", {"moved"}),
     ("Ja, auf morgen um fünfzehn Uhr.", "de", "Haben Sie meinen Termin verschoben?", {"moved"}),
     ("Ja, auf morgen um fünfzehn Uhr.", "de", "Können Sie meinen Termin verschieben?", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_said_to_last_and_a_bare_yes_to_a_move_claim_the_place_they_name(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("You won't need to come in on Friday – is there anything else I can do for you?", "en", {"cancelled", "moved"}),
     ("Ihr Termin am Freitag ist storniert – kann ich sonst noch etwas für Sie tun?", "de", {"cancelled"}),
     ("Ihr Termin am Samstag ist storniert – kann ich sonst noch etwas für Sie tun?", "de", NOWHERE),
     ("Kann ich sonst noch helfen?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_courtesy_question_after_a_claim_leaves_the_claim_as_said(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Done – your appointment has been moved from Friday at ten to Thursday at 3 p.m.", "en", {"moved"}),
     ("Erledigt, Ihr Termin ist von Freitag, 10 Uhr, auf Donnerstag um 15 Uhr verschoben.", "de", {"moved"}),
     ("Done – your appointment has been moved from Friday at ten to Saturday at 3 p.m.", "en", NOWHERE)],
)  # fmt: skip
def test_a_move_reported_from_its_old_place_with_done_is_the_move(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
