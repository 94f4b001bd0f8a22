"""claims163's classes (issue 9, blinds 54 and 57), in words of neither corpus file: a denial of one
detail narrowed to another by "nur" / "only" says the caller is booked with the other; a
condition on the salon's answer to the caller's own request presupposes the request; the salon's
own act of reminding every customer, said to the caller, is the caller's reminder (D64); "nothing
changed" with no topic of its own is said of the appointment the caller asked about; a question
about the service done again on a named day presupposes that visit; a name after a parting's comma
is the listener; "Correction: that's …" says the slot; a text "bei einer Buchung" is a rule; the
stylist's act after a denial of another stylist is the caller's visit. Each twin
said of nobody in particular, of something else, or as a plain denial claims what it did before."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, NOWHERE, passes_in

TWO = frozenset({"two"})  # Saturday 29 November, 11:00, Lena, Strähnchen: the second appointment
PENDING = frozenset({"pending"})  # a request lying with the salon


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Am Samstag haben Sie bei Mehmet keinen Termin, nur bei Lena.", "de",
      "Bin ich am Samstag bei Mehmet?", TWO),
     ("On Saturday you don't have an appointment with Mehmet, only with Lena.", "en",
      "Am I with Mehmet on Saturday?", TWO),
     # the other way round: Lena's Saturday denied, Mehmet's claimed: true nowhere
     ("Am Samstag haben Sie bei Lena keinen Termin, nur bei Mehmet.", "de",
      "Bin ich am Samstag bei Lena?", NOWHERE),
     # the plain denial, no tail: true wherever Mehmet has no Saturday for the caller
     ("Am Samstag haben Sie bei Mehmet keinen Termin.", "de", "Bin ich am Samstag bei Mehmet?",
      EVERYWHERE)],
)  # fmt: skip
def test_a_denial_narrowed_by_only_claims_the_other_detail_booked(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Sobald der Salon Ihre Anfrage freigibt, schicken wir Ihnen eine Bestätigung.", "de",
      "Und dann?", PENDING),
     ("If the team approves your request, we'll text you straight away.", "en",
      "What happens next?", PENDING),
     # a request of anyone: how booking works, nothing of this caller's
     ("Wenn der Salon eine Anfrage annimmt, bekommt man eine SMS.", "de", "Wie läuft das?",
      EVERYWHERE)],
)  # fmt: skip
def test_a_condition_on_the_salons_answer_to_your_request_presupposes_it(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "promise"),
    [("Wir schicken allen Kundinnen am Vortag eine Erinnerung.", "de",
      "Sie bekommen am Vortag eine Erinnerung."),
     ("We remind every client by text the day before.", "en",
      "You'll get a reminder the day before.")],
)  # fmt: skip
def test_the_salons_reminder_to_everyone_is_the_callers_reminder(sentence, lang, promise):
    caller = "Werde ich erinnert?" if lang == "de" else "Will I be reminded?"
    said = passes_in(sentence, lang, caller)
    assert said == passes_in(promise, lang, caller)
    assert said != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("We don't remind every client, only on request.", "en"),
     ("If you like, we remind every client the day before.", "en")],
)  # fmt: skip
def test_a_denial_or_an_offer_to_every_customer_promises_nothing(sentence, lang):
    assert passes_in(sentence, lang, "Will I be reminded?") == EVERYWHERE


def test_a_reminder_every_customer_gets_is_promised_to_the_caller():
    # the lead's D69 (convention 1161): a house rule that includes the caller is a promise to
    # them, and the salon sends no reminders: true nowhere
    said = "Bei uns bekommt jede Kundin am Vortag eine Erinnerung."
    assert passes_in(said, "de", "Werde ich erinnert?") == set()


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Wurde mein Samstag verschoben?", "Nein, da hat sich nichts dran geändert.", "de", TWO),
     ("Is Friday still on?", "Yes, everything is as before.", "en", BOOKED_FRIDAY),
     # the day asked about is not the caller's: false everywhere
     ("Is Thursday still on?", "Yes, everything is as before.", "en", NOWHERE),
     # asked about something else: the answer says nothing of an appointment
     ("Hat sich an den Preisen was geändert?", "Nein, da hat sich nichts geändert.", "de",
      EVERYWHERE)],
)  # fmt: skip
def test_nothing_changed_is_said_of_the_appointment_the_caller_asked_about(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Soll es am Samstag wieder dieselbe Farbe werden?", "de", TWO),
     ("Shall we do the same cut again on Saturday?", "en", TWO),
     ("Soll es am Mittwoch wieder dieselbe Farbe werden?", "de", NOWHERE),
     # no day: asks about the service, not about a visit
     ("Soll es wieder dieselbe Farbe werden?", "de", EVERYWHERE),
     # a wish asked: the visit still to be made
     ("Möchten Sie am Samstag wieder dieselbe Farbe?", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_service_asked_again_on_a_named_day_presupposes_the_visit(sentence, lang, expected):
    assert passes_in(sentence, lang, "Und die Farbe?") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [# the name addresses the listener: the parting says nothing of an appointment
     ("Bis dann, Lena!", "de", EVERYWHERE),
     # the day is the visit's, the name after the comma not its stylist (Friday is Fabian's)
     ("See you on Friday, Lena!", "en", BOOKED_FRIDAY),
     # with a preposition the name is the stylist: Friday with Lena is nobody's
     ("Bis Freitag bei Lena!", "de", NOWHERE)],
)  # fmt: skip
def test_a_name_after_a_partings_comma_is_the_listener_not_the_stylist(sentence, lang, expected):
    assert passes_in(sentence, lang, "Danke!") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Correction: that's Saturday, November 29th — the 30th is a Sunday.", TWO),
     ("Correction: that's Sunday, November 30th.", NOWHERE),
     ("Correction: the salon opens at nine.", EVERYWHERE)],
)  # fmt: skip
def test_a_correction_announced_says_the_slot_after_it(sentence, expected):
    assert passes_in(sentence, "en", "Yes.") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Eine SMS gibt es nur bei einer Buchung oder Absage.", "de", EVERYWHERE),
     ("You only get a text after a booking or a cancellation.", "en", EVERYWHERE),
     # the text of this call's cancellation, said sent
     ("Die SMS zur Absage ist raus.", "de", frozenset({"cancelled"}))],
)  # fmt: skip
def test_a_text_on_any_booking_or_cancellation_is_a_rule(sentence, lang, expected):
    assert passes_in(sentence, lang, "Kommt eine SMS?") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Mehmet sind Sie am Samstag nicht, Ihre Strähnchen macht Lena.", "de", TWO),
     ("You're not with Mehmet on Saturday, Lena is doing your highlights.", "en", TWO),
     # the stylist corrected to is not the caller's: false everywhere
     ("Bei Mehmet sind Sie am Samstag nicht, Ihre Strähnchen macht Sophie.", "de", NOWHERE),
     # the denial alone, and another stylist's work in general, claim nothing new
     ("You're not with Mehmet on Saturday.", "en", EVERYWHERE),
     ("Mehmet isn't in on Friday, Fabian is doing the perms.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_stylist_after_a_denial_of_another_is_the_callers(sentence, lang, expected):
    assert passes_in(sentence, lang, "Bin ich bei Mehmet?") == expected
