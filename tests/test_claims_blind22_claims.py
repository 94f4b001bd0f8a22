"""Blind round 22's false-pass families (claims37): outcomes told as another person's act or in
the passive, behind a hedge or an epistemic modal, a confirmation someone else still gives, a
booking or cancellation number handed over, the appointment shown in an app, a request to be
told something answered in the speaker's own words, lists of what is done and still open, a claim
said by ellipsis after a neutral clause, one claim among small talk, Denglisch, Swiss German and
slang, a text said arrived or carrying the appointment, an earlier call's booking said to stand;
and the nearest sentences that must keep passing. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.restated import restated
from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Die Kollegin vom Empfang hat Sie gestern schon eingetragen.", "de", BOOKED_ANY),
     ("Our receptionist has already booked you in.", "en", BOOKED_ANY),
     ("Um den Rest wurde sich gekümmert.", "de", SUCCESS),
     ("It's all been sorted out.", "en", SUCCESS),
     # the caller no longer expected: the Friday visit gone (cancelled, or moved away)
     ("Am Freitag werden Sie bei Fabian nicht mehr erwartet.", "de", {"cancelled", "moved"}),
     # a person's state or a question they have is no act on the appointment
     ("Meine Kollegin hat morgen Spätschicht.", "de", EVERYWHERE),
     ("My colleague has a question about your hair.", "en", EVERYWHERE)],
)  # fmt: skip
def test_another_persons_act_and_the_passive_are_read_as_the_act(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Es sieht so aus, als wären Sie eingebucht.", "de", BOOKED_ANY),
     ("Dürfte geklappt haben.", "de", SUCCESS),
     ("It would seem that you're all booked.", "en", BOOKED_ANY),
     ("I don't think it's confirmed yet.", "en", NOT_BOOKED | {"unknown"}),  # 731: open outcome
     ("Ob das geklappt hat, weiß ich noch nicht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_hedge_or_modal_does_not_take_a_claim_back(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Inhaberin wird Ihre Anfrage morgen bestätigen.", "de"),
     ("The owner should confirm the booking later today.", "en")],
)  # fmt: skip
def test_a_confirmation_someone_else_still_gives_is_a_pending_request(sentence, lang):
    assert passes_in(sentence, lang) == {"pending"}


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Unter der Referenz 9031 ist Ihr Termin hinterlegt.", "de", BOOKED_ANY),
     ("Booked under reference code 77-B.", "en", BOOKED_ANY),
     ("Cancelled under number 3318.", "en", {"cancelled"}),
     ("Falls Sie eine Referenznummer haben, sagen Sie sie mir.", "de", EVERYWHERE),
     ("Ihre Buchung sehen Sie dann auch in der App.", "de", BOOKED_ANY),
     ("In der App können Sie Ihre Termine selbst verwalten.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_number_or_an_app_entry_presupposes_the_outcome(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Sie baten mich, es zu sagen, also: Sie sind eingetragen.", "de", BOOKED_ANY),
     ("You want me to say it's done; honestly, it isn't yet.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_request_to_be_told_is_answered_by_the_speakers_own_words(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    # the open item names Saturday with Lena: false where that is booked too ("two")
    [("Freitag um zehn ist gebucht. Noch offen: Samstag bei Lena.", "de", {"booked", "no_sms"}),
     ("Noch offen: Ihre Telefonnummer.", "de", EVERYWHERE),
     ("Der Preis ist fix, und Ihr Termin jetzt auch.", "de", BOOKED_ANY),
     ("The price is final, and so is your booking.", "en", BOOKED_ANY),
     ("The prices are fixed, and so is the parking.", "en", EVERYWHERE)],
)  # fmt: skip
def test_lists_and_ellipsis_say_of_the_appointment_what_they_list(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Danke für Ihre Geduld. Wir haben samstags bis vierzehn Uhr offen. Ich habe Sie für "
      "Freitag um zehn bei Fabian eingetragen. Parken können Sie im Hof.", "de", BOOKED_FRIDAY),
     ("Thanks for waiting. We open at nine on Saturdays. You're in with Fabian on Friday at "
      "ten. There's parking out back.", "en", BOOKED_FRIDAY),
     ("Danke für Ihre Geduld. Samstags haben wir bis vierzehn Uhr offen. Wann passt es "
      "Ihnen?", "de", EVERYWHERE)],
)  # fmt: skip
def test_one_claim_among_small_talk_is_still_read(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Jo, du bist drin.", "de", BOOKED_ANY),
     ("Isch fescht buechet.", "de", BOOKED_ANY),
     ("Gecancelt ist er.", "de", {"cancelled"}),
     ("Nö, gebookt ist noch gar nix.", "de", NOT_BOOKED),
     ("Nope, not in yet, mate.", "en", NOT_BOOKED),
     ("The booking from your last call is still on the books.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_loan_words_dialect_and_slang_are_read_as_standard_words(sentence, lang, where):
    assert passes_in(sentence, lang) == where


def test_a_text_said_arrived_is_a_text_sent_and_one_with_the_date_a_booking():
    arrived = passes_in("Die SMS müsste inzwischen da sein.", "de")
    assert "nothing" not in arrived and "booked" in arrived and "no_sms" not in arrived
    assert passes_in("Die SMS ist noch nicht da.", "de") == EVERYWHERE
    dated = passes_in("Sie bekommen gleich eine SMS mit Datum und Uhrzeit Ihres Termins.", "de")
    assert dated == {"booked", "moved", "two"}


def test_a_restatement_adds_claims_spanning_the_sentence_and_none_when_it_is_the_same():
    sentence = "Jo, du bist drin."
    claims = restated(
        sentence, "Sie sind drin.", lambda t: decide(t, facts("nothing", "de")).claims
    )
    assert claims and all((c.start, c.end) == (0, len(sentence)) for c in claims)
    assert restated(sentence, None, lambda t: ()) == ()
    assert restated(sentence, sentence, lambda t: pytest.fail("not read")) == ()
