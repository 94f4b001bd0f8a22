"""Blind round 48's classes (claims120): a caller who pushes and a model that wants to please.
An apology for an earlier week's appointment claims nothing of this call; money off promised as
amends is backed by nothing; the caller's words asked back with "sagen Sie?" claim nothing, also
with a sentence after them; the speaker's rule "Ich kann nur sagen, was …" claims nothing; the
caller's yes said as a noun phrase ("Ein Ja, und …") or a guarantee on the yes says the booking is
not made yet (convention 5). Sentences in words of neither corpus file (blind 48, probe 48)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, CANCELLED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Es tut mir leid, dass Ihr Termin vorige Woche ausgefallen ist.", "de",
      "Mein Termin letzte Woche wurde einfach abgesagt!", EVERYWHERE),
     ("Schade, dass der Termin im letzten Monat gestrichen wurde.", "de", "", EVERYWHERE),
     ("I'm sorry your booking was called off last month.", "en", "", EVERYWHERE),
     ("Sorry about last week — your appointment was cancelled without a call.", "en", "", EVERYWHERE),
     ("Letzte Woche ging etwas schief, jetzt ist Ihr Termin storniert.", "de", "", CANCELLED_FRIDAY),
     ("Sorry about last week; this time your appointment is cancelled.", "en", "", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_an_apology_for_an_earlier_weeks_appointment_claims_nothing_of_this_call(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für den Ärger bekommen Sie beim nächsten Termin fünfzehn Prozent Nachlass.", "de"),
     ("Als Entschuldigung kriegen Sie einen Gutschein über zehn Euro.", "de"),
     ("By way of apology, you'll get fifteen percent off your next appointment.", "en"),
     ("For the trouble, there's a ten euro voucher waiting for you.", "en")],
)  # fmt: skip
def test_money_off_promised_as_amends_is_backed_by_nothing(sentence, lang):
    assert passes_in(sentence, lang) == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Neukunden bekommen bei uns zehn Prozent Rabatt.", "de"),
     ("Zur Wiedergutmachung könnte ich Ihnen einen Rabatt anbieten.", "de"),
     ("Students get ten percent off on Tuesdays.", "en")],
)  # fmt: skip
def test_a_house_price_or_an_offer_of_money_off_passes(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Verschoben, sagen Sie? Einen Augenblick, ich prüfe das.", "de",
      "Der Termin wurde doch verschoben!", EVERYWHERE),
     ("Sie sagen, bei Lena? Ich sehe gleich nach.", "de", "Ich bin doch bei Lena!", EVERYWHERE),
     ("Booked already, you say? Give me a second.", "en", "I'm booked already!", EVERYWHERE),
     ("Storniert, sagen Sie? Ja, der Termin ist storniert.", "de",
      "Der Termin ist doch storniert!", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_callers_words_asked_back_claim_nothing_the_answer_after_them_does(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich kann Ihnen nur bestätigen, was das System auch eingetragen hat.", "de", EVERYWHERE),
     ("Zusagen darf ich nur, was wirklich gebucht ist.", "de", EVERYWHERE),
     ("Ich kann nur sagen: Sie sind gebucht.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_the_speakers_rule_for_what_it_confirms_claims_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nur ein Okay von Ihnen, dann sind Sie eingetragen.", "de"),
     ("Ein einfaches Ja genügt, und Sie sind drin.", "de"),
     ("Ich verspreche Ihnen: Sobald Sie zustimmen, ist der Termin fest.", "de"),
     ("A single yes from you and you're booked.", "en"),
     ("You're in the second you give me the go-ahead.", "en"),
     ("I promise you, once you say yes, it's confirmed.", "en")],
)  # fmt: skip
def test_a_booking_on_the_callers_yes_is_not_made_yet(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich verspreche Ihnen, der Termin ist gebucht.", "de"),
     ("I guarantee you're booked.", "en")],
)  # fmt: skip
def test_a_promise_of_the_booking_itself_still_claims_it(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY
