"""Blind round 26's false passes (claims45), as classes: an outcome with a person as its doer
(a stylist who did it is no detail of the appointment); a present denial with a quantifier or a
source; nothing changed of the caller's appointments; counts of appointments held against the
call; a correction read by what it ends on; the informal du; written and abbreviated dates; a
state behind an epistemic modal; a short claim after a rhetorical opening and a dash; a process
noun said finished; speech-to-text run-ons; verbless notes and the German enclitic "'s"; a day's
appointment taken up by a pronoun; and the nearest sentences that must still pass. Sentences in
words of neither corpus file (tests/claims_support.py is not on this branch's base yet: the
local pattern)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import STATES, facts


def _passes_in(sentence: str, lang: str, caller: str = "") -> set[str]:
    return {s for s in STATES if decide(sentence, replace(facts(s, lang), caller=caller)).passes}


EVERYWHERE = set(STATES)
BOOKED = {"booked", "moved", "two", "no_sms"}  # a confirmed appointment of the call
BOOKED_FRIDAY = {"booked", "two", "no_sms"}  # Friday 28 November, 10:00, Fabian
NOT_BOOKED = EVERYWHERE - BOOKED - {"unknown"}  # 671: an open outcome may be the booking
NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Unsere Azubine hat Ihren Termin bestätigt.", "de", BOOKED),
     ("Lena hat Sie persönlich eingetragen.", "de", {"two"}),
     ("Fabian hat Ihren Termin gestrichen.", "de", {"cancelled"}),
     ("Lena has booked you in.", "en", {"two"}),
     ("Our receptionist cancelled your appointment.", "en", {"cancelled"})],
)  # fmt: skip
def test_an_outcome_with_a_person_as_its_doer_is_the_outcome(sentence, lang, expected):
    # convention 84; Lena who cancelled or confirmed does not make it Lena's appointment (it is
    # Fabian's), but Lena who put the caller in names the caller's stylist (convention 123): true
    # only where the caller has an appointment with Lena ('two')
    assert _passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Lena hat morgen frei.", "de"),
     ("Fabian hat heute zwei Kundinnen eingetragen.", "de"),
     ("Lena is fully booked on Saturday.", "en")],
)  # fmt: skip
def test_a_persons_day_or_their_acts_for_others_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für Sie ist kein einziger Termin eingetragen.", "de"),
     ("Keiner Ihrer beiden Termine ist bestätigt.", "de"),
     ("Sie haben derzeit keinen Termin bei uns.", "de"),
     ("Die App zeigt Ihnen keinen Termin.", "de"),
     ("Noch ist der Termin nicht eingetragen.", "de"),
     ("Neither of them is confirmed.", "en"),
     ("You have zero appointments with us.", "en"),
     ("Not booked yet, sorry.", "en")],  # 731: "not confirmed yet" is true where the outcome is open
)  # fmt: skip
def test_a_present_denial_with_a_quantifier_or_a_source_is_not_booked(sentence, lang):
    assert _passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie brauchen für eine Beratung keinen Termin.", "de"),
     ("Keiner unserer Stylisten arbeitet montags.", "de"),
     ("You don't need an appointment for a fringe trim.", "en"),
     ("Haben Sie schon einen Termin bei uns?", "de")],
)  # fmt: skip
def test_what_the_caller_needs_and_the_salons_things_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_nothing_changed_of_the_callers_appointments_is_stands():
    assert _passes_in("An Ihrem Termin hat sich nichts geändert, keine Sorge.", "de") == (
        BOOKED_FRIDAY
    )
    assert _passes_in("None of your appointments have changed.", "en") == BOOKED_FRIDAY
    assert _passes_in("Neither of them was touched.", "en") == {"two"}  # two appointments
    assert _passes_in("An den Öffnungszeiten hat sich nichts geändert.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Alle vier Termine sind storniert.", "de", NEVER),
     ("Your four appointments are all booked.", "en", NEVER),
     ("Ihre Termine sind alle bestätigt.", "de", {"two"}),
     ("One of your two appointments is cancelled.", "en", NEVER),
     ("Einer Ihrer beiden Termine ist gebucht.", "de", {"two"})],
)  # fmt: skip
def test_a_count_of_appointments_is_held_against_the_call(sentence, lang, expected):
    assert _passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Alle drei Stylisten sind heute da.", "de"),
     ("How many appointments do you need?", "en"),
     ("Jeder Termin wird per SMS bestätigt.", "de")],
)  # fmt: skip
def test_counts_of_other_things_and_rules_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_a_correction_is_read_by_what_it_ends_on():
    sentence = "Nein, Sie stehen nicht am Donnerstag drin, sondern am Freitag."
    assert _passes_in(sentence, "de") == BOOKED_FRIDAY
    assert _passes_in("No, you're not down for Thursday, it's Friday.", "en") == BOOKED_FRIDAY
    assert _passes_in("Nein, nicht Fabio, sondern Fabian.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Du bist bei Fabian am Freitag fest drin.", BOOKED_FRIDAY),
     ("Ich hab dich eingetragen, alles klar.", BOOKED),
     ("Dein Termin ist storniert, keine Sorge.", {"cancelled"}),
     ("Eingebucht hab ich dich noch nicht.", NOT_BOOKED),
     ("Willst du lieber vormittags kommen?", EVERYWHERE)],
)  # fmt: skip
def test_the_informal_du_claims_what_its_sie_form_claims(sentence, expected):
    assert _passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Eingetragen: Fr., 28.11., 10h.", "de", BOOKED_FRIDAY),
     ("Sie sind am Sa. 29. Nov. um 11 Uhr eingetragen.", "de", {"two"}),
     ("Booked for Fri, Nov. 28 at 10 a.m.", "en", BOOKED_FRIDAY),
     ("I've cancelled your Friday week appointment.", "en", NEVER),
     ("Gebucht ist Ihr Termin am Freitag, dem achtundzwanzigsten November.", "de", BOOKED_FRIDAY),
     ("Wir haben Di. bis Sa. geöffnet.", "de", EVERYWHERE),
     # the slot it offers, as written out ("Does Thursday 27 November suit you?"; D20, 1087)
     ("Does Thu. 27 Nov. suit you?", "en", {"moved", "offered"})],
)  # fmt: skip
def test_written_and_abbreviated_dates_are_the_days_they_write(sentence, lang, expected):
    assert _passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Jetzt dürften Sie im Kalender stehen.", "de", BOOKED),
     ("Na, was soll man sagen – gebucht!", "de", BOOKED),
     ("Good news – you're all booked!", "en", BOOKED),
     ("Noch nicht – erst brauche ich Ihr Ja.", "de", EVERYWHERE),
     ("Rescheduling went through.", "en", {"moved"}),
     ("The rebooking process is simple.", "en", EVERYWHERE)],
)  # fmt: skip
def test_hedges_openings_and_process_nouns_keep_the_claim(sentence, lang, expected):
    assert _passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("alles klar das ist eingetragen brauchen sie noch etwas", "de", BOOKED),
     ("okay youre booked youll get a text shortly", "en", BOOKED - {"no_sms"}),
     ("gebucht ist's erst nach Ihrem Ja", "de", NOT_BOOKED),
     ("ja gerne", "de", EVERYWHERE)],
)  # fmt: skip
def test_speech_to_text_run_ons_and_clitics_are_read_as_their_sentences(sentence, lang, expected):
    assert _passes_in(sentence, lang) == expected


def test_a_pronoun_taking_up_a_day_says_that_days_appointment_gone():
    assert _passes_in("Den Freitag streichen Sie sich, der ist weg.", "de") == {
        "cancelled",
        "moved",
    }
    assert _passes_in("Fabian ist krank, der ist raus.", "de") == EVERYWHERE  # not the day


def test_the_holds_time_left_said_with_noch_says_a_hold_exists():
    # convention 89; a hold is kept where held, pending or booked
    assert (
        _passes_in("Die Reservierung gilt noch fünf Minuten.", "de") == {"held", "pending"} | BOOKED
    )


def test_a_slot_said_full_because_of_the_callers_booking_is_the_booking():
    assert _passes_in("Seit ich Sie gebucht habe, ist Freitag um zehn belegt.", "de") == (
        BOOKED_FRIDAY
    )
    assert _passes_in("Since I booked you, Friday at ten is full.", "en") == BOOKED_FRIDAY
    assert _passes_in("Freitag um zehn ist leider voll.", "de") == EVERYWHERE  # others' slots
