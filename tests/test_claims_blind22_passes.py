"""Blind round 22's false blocks as classes (claims38): claim words said of other things, other
practices and full days; how the salon handles outcomes in general; suppositions, theories,
preferences asked and wishes unmet; the caller's past visits and earlier calls; a hand-over
after a claim; a hedging "if"; the speaker's rule for what it confirms; list headings answered
"nothing"; codes and numbers that are no booking reference; slots given away; success
interjections; "need not come any more"; a later "not booked" said of another appointment; and
the nearest sentences that must still be stopped. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Haarmaske liegt für Sie an der Theke reserviert.", "de"),
     ("Hinterm Haus sind vier reservierte Parkplätze für Kundinnen.", "de"),
     ("Der Farbenlieferant hat die Bestellung storniert.", "de"),
     ("Fabians Platz im Barbierkurs ist fest gebucht.", "de"),
     ("Mein Termin beim Zahnarzt ist leider verschoben worden.", "de"),
     ("The hair mask is reserved for you at the till.", "en"),
     ("Our team workshop next month has been cancelled.", "en"),
     ("Thursday is booked solid, unfortunately.", "en")],
)  # fmt: skip
def test_claim_words_said_of_other_things_practices_or_full_days_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Haarmaske liegt bereit, und Sie sind für Freitag eingetragen.", "de"),
     ("The hair mask is set aside, and your appointment on Friday is booked.", "en")],
)  # fmt: skip
def test_a_claim_about_the_caller_beside_another_thing_is_still_read(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Stornierungen werden bei uns sofort weitergegeben.", "de"),
     ("Cancellations are processed straight away here.", "en")],
)  # fmt: skip
def test_outcomes_of_a_kind_in_general_are_a_process_not_an_outcome(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Angenommen, Sie nehmen Dienstag: dann wären Sie gegen drei fertig.", "de"),
     ("Suppose you pick Tuesday: you'd be done around three.", "en"),
     ("Möchten Sie lieber Dienstag oder Mittwoch kommen?", "de"),
     ("Would you prefer Tuesday or Wednesday?", "en"),
     ("Theoretisch ginge auch Dienstag, aber da ist der Salon voll.", "de"),
     ("Ich hätte Sie gern für Dienstag eingetragen, wenn da noch ein Platz gewesen wäre.", "de")],
)  # fmt: skip
def test_suppositions_theories_preferences_and_unmet_wishes_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sagen wir es so: Sie sind für Freitag eingetragen.", "de"),
     ("Say no more: you're booked in for Friday.", "en")],
)  # fmt: skip
def test_an_opener_that_supposes_or_says_no_more_does_not_take_the_claim_back(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre letzte Strähnchenbehandlung ist schon ein Jahr her.", "de"),
     ("Your last colour was about a year ago.", "en")],
)  # fmt: skip
def test_a_past_visit_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_an_earlier_calls_booking_said_to_stand_is_no_callback_promised():
    said = "Den Freitag hatten Sie schon bei Ihrem Anruf letzte Woche ausgemacht, der gilt noch."
    assert passes_in(said, "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Alles ist eingetragen; wegen der Haarfarbe verbinde ich Sie gleich mit Lena.", "de"),
     ("You're all booked in; I'll put you through to Lena about the colour.", "en")],
)  # fmt: skip
def test_who_and_what_the_caller_is_put_through_to_is_not_the_bookings(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


def test_a_claim_inside_the_hand_over_keeps_what_it_names():
    said = "Ich verbinde Sie mit Lena, bei der Sie am Samstag eingetragen sind."
    assert passes_in(said, "de") == {"two"}


def test_a_hedging_if_is_no_condition_but_a_real_condition_is():
    assert passes_in("Wenn ich mich nicht täusche, ist der Termin eingetragen.", "de") == (
        BOOKED_ANY
    )
    assert passes_in("Wenn Sie zusagen, ist der Termin eingetragen.", "de") == (
        EVERYWHERE - BOOKED_ANY - {"unknown"}
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich sage erst 'eingetragen', wenn es das System wirklich bestätigt hat.", "de"),
     ("I'll only call it booked once the system has actually booked it.", "en")],
)  # fmt: skip
def test_the_speakers_rule_for_what_it_confirms_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_list_heading_answered_nothing_claims_none_of_its_kind():
    said = "Eingetragen: Freitag um zehn bei Fabian. Abgesagt: nichts. Umgebucht: nichts."
    assert passes_in(said, "de") == BOOKED_FRIDAY
    # a booking heading answered "nothing yet" says not booked: false once a booking exists
    assert passes_in("Booked: nothing yet. Reserved: Friday at ten.", "en") == {"held", "pending"}


def test_a_later_not_booked_said_of_another_appointment_keeps_the_first_booking():
    said = (
        "Erledigt: Freitag ist eingetragen. Offen: der Samstag bei Lena, der ist noch nicht drin."
    )
    assert passes_in(said, "de") == {"booked", "no_sms"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Code für die Hintertür ist 9090.", "de"),
     ("Hätten Sie eine Buchungsnummer parat?", "de"),
     ("The wifi password is on the card by the mirror, it's 7070.", "en"),
     ("Do you happen to have a booking number?", "en")],
)  # fmt: skip
def test_codes_of_things_and_a_booking_number_asked_for_are_no_reference(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_booking_reference_given_is_still_a_booking():
    assert passes_in("Ihre Buchungsnummer lautet 3131.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Neun-Uhr-Lücke ist inzwischen vergeben.", "de"),
     ("Am Dienstag geht sich des nimmer aus.", "de"),
     ("The nine o'clock gap has been taken in the meantime.", "en")],
)  # fmt: skip
def test_a_slot_given_away_or_ruled_out_is_not_offered(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_success_interjection_beside_done_is_a_bare_success():
    assert passes_in("Passt, ist erledigt.", "de") == {"booked", "cancelled", "moved", "two",
                                                         "no_sms"}  # fmt: skip


def test_need_not_come_any_more_is_the_visit_gone_after_a_move_too():
    said = "Am Freitag bräuchten Sie jetzt nicht mehr zu kommen."
    assert passes_in(said, "de") == {"cancelled", "moved"}


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Beide Termine sind jetzt fest gebucht.", "de", {"two"}),
     ("Both bookings have gone through.", "en", {"two"}),
     ("Möchten Sie für den gebuchten Termin am Freitag einen Parkplatz reservieren?", "de",
      {"booked", "two", "no_sms"}),
     ("Das Shampoo von Ihrem Termin am Freitag liegt an der Kasse, Ihr Termin steht.", "de",
      {"booked", "two", "no_sms"})],
)  # fmt: skip
def test_the_nearest_claims_to_other_things_and_processes_are_still_read(sentence, lang, where):
    # "beide" / "both" are these appointments, not outcomes in general; a parking space asked
    # for the booked visit presupposes it
    assert passes_in(sentence, lang) == where


def test_an_idiom_with_a_things_word_is_still_the_appointment_gone():
    assert passes_in("Der Freitag ist für Sie vom Tisch.", "de") == {"cancelled"}


def test_an_offer_asking_which_the_caller_likes_better_is_still_an_offer():
    said = "Ich hätte Donnerstag um drei oder Samstag um elf, was wäre Ihnen lieber?"
    assert "nothing" not in passes_in(said, "de")


def test_putting_the_caller_down_for_a_day_is_no_hand_over():
    said = "If that suits you, I'll put you down for Friday at ten."
    assert "nothing" not in passes_in(said, "en")
