"""Blind round 54's hard calls (claims137), as classes: the appointment read back when the caller
asks to hear it again or where and when to be (by person too: "Du: …", "Your son: …"), or echoes
a detail back as a check ("Freitag?", "Bei Fabian, oder?"); a yes to the caller's read-back of a
move; a verbless slot or a list item offering a time the caller did not name; a look-up said as
what the speaker sees; a hold said for the person it is for; a request with the salon on a dotted
date. Each beside its neutral twin: the caller's own wish read back, a service asked about, a hold
denied. Sentences in words of neither corpus file (blind 54, probe 54)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, NOT_BOOKED, passes_in

SAT_11_LENA_BOOKED = frozenset({"two"})
MOVED = frozenset({"moved"})
THU_15_OFFERED = frozenset({"offered", "moved"})  # offered, or the caller's own (480)
PENDING = frozenset({"pending"})
# Friday at ten named free: kept for the caller, or the caller's own, or freed by the call (2, 480)
AVAILABLE_FRIDAY = frozenset({"booked", "cancelled", "held", "moved", "no_sms", "pending", "two"})


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Sie: Freitag, zehn Uhr, bei Fabian.", "de", "Sagen Sie's mir bitte nochmal, zum Mitschreiben?", BOOKED_FRIDAY),
     ("Freitag um zehn, bei Fabian.", "de", "Wann muss ich nochmal wo sein?", BOOKED_FRIDAY),
     ("Friday at ten, with Fabian, for the perm.", "en", "Could you say it all again before I go?", BOOKED_FRIDAY),
     ("You: Friday, ten a.m., Fabian.", "en", "Repeat that for me, I'm writing it down.", BOOKED_FRIDAY),
     ("Ihr Sohn: Samstag um elf bei Lena.", "de", "Und nochmal alles, wann wir da sein müssen?", SAT_11_LENA_BOOKED),
     ("Your son: Saturday at eleven with Lena.", "en", "Go through it once more for me?", SAT_11_LENA_BOOKED),
     # the caller's own wish read back claims nothing (46)
     ("Also: Freitag um zehn bei Fabian.", "de", "Ich hätte gern Freitag um zehn bei Fabian.", EVERYWHERE),
     ("Your son: Saturday at eleven with Lena.", "en", "My son would like Saturday at eleven with Lena.", EVERYWHERE)],
)  # fmt: skip
def test_a_slot_read_back_when_the_caller_asks_to_hear_it_again_is_the_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, Freitag, der 28.", "de", "Am Freitag?", BOOKED_FRIDAY),
     ("Um zehn, ganz genau.", "de", "Um zehn, sagten Sie?", BOOKED_FRIDAY),
     ("Am Freitag, richtig.", "de", "Also Freitag, oder?", BOOKED_FRIDAY),
     ("Friday, yes, the 28th.", "en", "On Friday?", BOOKED_FRIDAY),
     ("Yes, ten o'clock.", "en", "Ten, was it?", BOOKED_FRIDAY),
     # a service asked about, a wish with a verb of its own: no check of the appointment
     ("Färben kostet ab 55 Euro.", "de", "Und Färben?", EVERYWHERE),
     ("Ja, Freitag, der 28.", "de", "Haben Sie Freitag noch was?", EVERYWHERE)],
)  # fmt: skip
def test_a_detail_answering_the_callers_echo_of_it_is_the_booking(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Genau, Donnerstag um drei statt Freitag.", "de", "Dann also Donnerstag, nicht mehr Freitag.", MOVED),
     ("Richtig, nicht Freitag: Donnerstag um 15 Uhr.", "de", "Freitag komme ich also nicht?", MOVED),
     ("Exactly, Thursday at three instead of Friday.", "en", "So it's Thursday now, not Friday?", MOVED),
     # a wish for the move read back is no move done (46)
     ("Genau, Donnerstag um drei statt Freitag.", "de", "Ich möchte lieber Donnerstag statt Freitag.", EVERYWHERE)],
)  # fmt: skip
def test_a_yes_to_the_callers_read_back_of_a_move_is_the_move(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Donnerstag, 15 Uhr, Fabian.", "de", "Ich bräuchte Donnerstag nachmittags was bei Fabian.", THU_15_OFFERED),
     ("- 15:00 Uhr bei Fabian", "de", "Haben Sie Donnerstag nachmittags noch was?", THU_15_OFFERED),
     ("Thursday, 3 p.m., Fabian.", "en", "I need something Thursday afternoon with Fabian.", THU_15_OFFERED),
     ("1. 15:00 with Fabian", "en", "Anything Thursday afternoon?", THU_15_OFFERED),
     # the caller's own time read back is a recap (46)
     ("Donnerstag, 15 Uhr, Fabian.", "de", "Donnerstag um 15 Uhr bei Fabian, bitte.", EVERYWHERE)],
)  # fmt: skip
def test_a_verbless_slot_or_list_item_offering_a_time_the_caller_did_not_name_is_an_offer(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich sehe ihn am Freitag um 10 Uhr bei Fabian.", "de", BOOKED_FRIDAY),
     ("I see it on Friday at 10 a.m. with Fabian.", "en", BOOKED_FRIDAY),
     ("There's a perm on Friday at ten with Fabian under Alex Webb.", "en", BOOKED_FRIDAY),
     ("I see a free slot on Friday at ten.", "en", AVAILABLE_FRIDAY),
     ("Ich sehe ihn nicht am Freitag.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_look_up_said_as_what_the_speaker_sees_is_the_callers_booking(sentence, lang, expected):
    assert passes_in(sentence, lang, "Können Sie nachsehen?") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ich halte den Freitag um zehn für Ihre Tochter fest.", HELD_FRIDAY),
     ("Freitag um zehn reserviere ich für Paul.", HELD_FRIDAY),
     ("Ich halte Sie für Freitag auf dem Laufenden.", EVERYWHERE),
     ("Für Paul halte ich noch nichts fest.", NOT_BOOKED)],
)  # fmt: skip
def test_a_hold_said_for_the_person_it_is_for_is_the_hold(sentence, expected):
    assert passes_in(sentence, "de", "Das ist für meine Tochter.") == expected


def test_a_request_with_the_salon_on_a_dotted_date_is_pending():
    sentence = "Ihre Anfrage für Freitag, 28.11., um 10 Uhr liegt nun beim Salon."
    assert passes_in(sentence, "de", "Ja, bitte.") == PENDING
