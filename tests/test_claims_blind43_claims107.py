"""Blind round 43's promises and side effects (claims107), as classes: money said taken, given or
paid up (backed by nothing, convention 29) and the house's money rules; reminders said set or
coming some time before (30); the caller's message said left, passed on or told to a stylist
(15, 55, 78), the stylist told beside a booking (761) and a message still being taken; a text
said sent that names the visit it is about (38, 484, 573), a confirmation or a text said sent
that names nothing; e-mail denied (25); a salon's no-texts rule (760); a priced visit on a named
day (45). Sentences in words of neither corpus file (blind 43, probe 43d)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in

NOWHERE: frozenset[str] = frozenset()
MESSAGE = frozenset({"message"})
TEXTED = frozenset({"booked", "cancelled", "moved", "two"})  # an outcome the salon texts about
TEXT_FRIDAY_BOOKED = frozenset({"booked", "two"})  # Friday's booking, texted
TEXT_CANCELLED = frozenset({"cancelled"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Treuerabatt habe ich Ihnen gleich abgezogen.", "de", NOWHERE),
     ("Ihr Wertgutschein ist damit eingelöst.", "de", NOWHERE),
     ("Sie haben bereits bezahlt, da kommt nichts mehr dazu.", "de", NOWHERE),
     ("I've taken twenty percent off your colour.", "en", NOWHERE),
     ("Your gift voucher has been redeemed against Friday.", "en", NOWHERE),
     ("You're paid in full already.", "en", NOWHERE),
     ("Gutscheine können Sie bei uns an der Kasse einlösen.", "de", EVERYWHERE),
     ("Vouchers must be used within twelve months.", "en", EVERYWHERE),
     ("Gift cards are redeemed in the salon, not on the phone.", "en", EVERYWHERE)],
)  # fmt: skip
def test_money_said_taken_or_given_is_false_everywhere_the_house_rules_claim_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Am Vortag bekommen Sie von uns noch eine kurze Erinnerung.", "de", NOWHERE),
     ("Sie kriegen am Morgen eine Nachricht, damit Sie den Termin nicht verpassen.", "de", NOWHERE),
     ("Die Erinnerung ist programmiert, Sie können also nichts verpassen.", "de", NOWHERE),
     ("A reminder will pop up on your phone the evening before.", "en", NOWHERE),
     ("Your mobile will buzz an hour ahead to remind you.", "en", NOWHERE),
     ("Erinnerungen kann ich leider keine einrichten.", "de", EVERYWHERE),
     ("Wenn Sie mögen, schreiben Sie es sich auf, damit Sie es nicht vergessen.", "de",
      EVERYWHERE),
     ("Would you like a reminder the day before? I can't set one, I'm afraid.", "en",
      EVERYWHERE)],
)  # fmt: skip
def test_a_reminder_said_to_come_before_the_visit_is_backed_by_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Ihr Anliegen an Mehmet weitergereicht.", "de", MESSAGE),
     ("Die Chefin ist informiert.", "de", MESSAGE),
     ("Ihre Frage liegt jetzt bei Sophie.", "de", MESSAGE),
     ("Sophie habe ich Bescheid gegeben.", "de", MESSAGE),
     ("I've left a message for the owner.", "en", MESSAGE),
     ("Mehmet's been told you called about the colour.", "en", MESSAGE),
     ("Done, I've let Sophie know you rang.", "en", MESSAGE),
     ("I've passed your question about prices on.", "en", MESSAGE),
     # a note promised to someone at the salon is one (convention 904, the lead's decision,
     # claims122); a denial stays neutral
     ("I'll let Mehmet know you rang.", "en", MESSAGE),
     ("Ich habe noch niemandem Bescheid gesagt.", "de", EVERYWHERE),
     # the stylist told beside the booking: its news (761)
     ("Sie sind am Freitag um zehn eingetragen, Fabian ist informiert.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_message_said_passed_on_is_backed_by_a_message_taken_the_stylist_told_of_a_booking_is_not_one(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Einen Moment, ich nehme Ihre Nachricht für Lena auf.", "de", EVERYWHERE),
     ("Dann schreibe ich jetzt Ihre Nachricht an den Salon.", "de", EVERYWHERE),
     ("Dazu müsste ich eine Nachricht für Sophie hinterlassen, passt das?", "de", EVERYWHERE),
     ("Just a second, I'm typing up your message.", "en", EVERYWHERE),
     ("Let me take down your message for Fabian.", "en", EVERYWHERE),
     ("Ich habe Ihre Nachricht für Lena gespeichert.", "de", MESSAGE)],
)  # fmt: skip
def test_a_message_still_being_taken_claims_nothing_taken_it_is_a_message(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die SMS für Freitag um zehn ist verschickt.", "de", TEXT_FRIDAY_BOOKED),
     # Thursday at three is the moved appointment's new place
     ("Die Bestätigung für Donnerstag, fünfzehn Uhr, ist raus.", "de", frozenset({"moved"})),
     ("Die Bestätigung für Mittwoch, fünfzehn Uhr, ist raus.", "de", NOWHERE),
     ("The text about Saturday at eleven has been sent.", "en", frozenset({"two"})),
     ("I've sent the text for Monday at ten.", "en", NOWHERE),
     ("Eine SMS zur Absage ist unterwegs.", "de", TEXT_CANCELLED),
     ("The text confirming the new time has gone out.", "en", frozenset({"moved"})),
     ("Die Bestätigung ist soeben an Ihr Handy raus.", "de", TEXTED),
     ("The confirmation went out to you a minute ago.", "en", TEXTED),
     ("Den Weg zum Salon habe ich Ihnen aufs Handy geschickt.", "de", TEXTED),
     ("Nach jeder Buchung geht automatisch eine SMS raus.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_text_said_sent_claims_the_visit_it_names_beside_the_text(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Per E-Mail schicken wir Ihnen leider nichts.", "de", EVERYWHERE),
     ("Your receipt is heading to your inbox.", "en", NOWHERE),
     ("SMS schickt dieser Salon keine.", "de", EVERYWHERE),
     ("You're in for Friday, though we don't send confirmation texts.", "en",
      frozenset({"no_sms"})),
     ("Der Freitag ist gebucht, warten Sie aber nicht auf eine SMS.", "de",
      frozenset({"no_sms"}))],
)  # fmt: skip
def test_email_denied_and_a_no_texts_rule_claim_nothing_beside_a_booking_no_text_is_a_claim(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your beard trim on Saturday is fifteen euros.", "en", NOWHERE),
     ("Your shave on Friday costs twenty euros.", "en", NOWHERE),
     ("A shave costs twenty euros.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_priced_visit_on_a_named_day_is_the_callers_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
