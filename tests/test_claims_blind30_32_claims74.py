"""Blind 30's and blind 32's leftovers and those of the probes after them (claims74), as classes:
quantifiers over the caller's appointments (one value said of both, the only one, every one the
caller asked for, all but one), details said in numbers ("zehn nach zehn", "sharp", "hundred
hours"), a purpose or concession that names the claim's day, a statement before a colon that a
question follows, "immer noch", a hold bounded by the caller's yes, a regretful short answer, a
failed cancellation said with its consequence, the appointment gone from a day, "lifted", "erst
reserviert" alone, agreement idioms, and the nearest sentences that must still pass. Sentences
in words of neither the corpus files nor the probe (tests/corpus/claims_probe32d_claims74.yaml).
"""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    SUCCESS,
    passes_in,
)

NEVER: frozenset[str] = frozenset()
ONLY_FRIDAY = frozenset({"booked", "no_sms"})  # Friday booked and no other appointment
HELD_NOT_BOOKED = frozenset({"held", "pending"})
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # Friday cancelled or moved away


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Beide Buchungen sind nun bei Fabian.", "de", NEVER),
     ("Both bookings are now with Lena.", "en", NEVER),
     ("Beide Termine sind bestätigt, Freitag und Samstag.", "de", {"two"}),
     ("Einer der beiden Termine ist jetzt bei Fabian.", "de", {"two"})],
)  # fmt: skip
def test_one_value_said_of_both_appointments_holds_for_both(sentence, lang, expected):
    # state two has Friday with Fabian and Saturday with Lena: neither stylist has both
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für Sie gibt es nur einen einzigen Termin, Freitag um zehn.", "de"),
     ("You've only the one booking with us: Friday at ten.", "en"),
     ("Of the two, only Friday got booked.", "en")],
)  # fmt: skip
def test_the_callers_only_appointment_is_false_beside_a_second(sentence, lang):
    assert passes_in(sentence, lang) == ONLY_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Every booking you requested is confirmed.", "en", BOOKED_ANY),
     ("Everything you requested today is booked.", "en", BOOKED_ANY),
     ("Außer dem Freitag habe ich alles storniert.", "de", NEVER),
     ("Except Saturday, everything is cancelled.", "en", NEVER)],
)  # fmt: skip
def test_every_appointment_asked_for_and_all_but_one(sentence, lang, expected):
    # "today" is when the caller asked, not the visit's day; all but one changed is one outcome
    # of at least two, which no state holds
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Gebucht ist Freitag um fünf nach zehn.", "de", NEVER),
     ("Gebucht ist Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("You're in for Friday at eleven sharp.", "en", NEVER),
     ("You're in for Friday at ten sharp.", "en", BOOKED_FRIDAY),
     ("Booked for Friday at ten hundred hours.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_times_said_around_the_hour_or_with_sharp_are_checked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Damit Sie Freitag sicher drankommen, habe ich Sie eingetragen.", "de"),
     ("Although Friday looked busy, I've put you in.", "en")],
)  # fmt: skip
def test_a_purpose_or_concession_names_the_day_of_the_booking(sentence, lang):
    # false after the move: the caller's booking is on Thursday
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


def test_a_cause_still_names_no_day_of_the_booking():
    assert "moved" in passes_in("Weil Fabian am Freitag krank ist, habe ich Sie umgebucht.", "de")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Jetzt, wo Ihr Termin verschoben ist: Haben Sie noch Fragen?", "de", {"moved"}),
     ("Now that you're booked in: anything else for today?", "en", BOOKED_ANY),
     ("Eine Frage noch: Passt Ihnen der Vormittag?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_statement_before_a_colon_and_a_question_is_said(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_immer_noch_is_still_not_always():
    # "steht (immer) noch": it stands as it was (the lead's D11, convention 1051)
    assert passes_in("Ihr Termin steht immer noch.", "de") == BOOKED_ANY - {"moved"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bis Sie zusagen, ist der Termin nur geblockt.", "de", HELD_NOT_BOOKED),
     ("Until you give the okay, it's just on hold.", "en", HELD_NOT_BOOKED),
     ("Solange das Team Ihre Anfrage noch prüft, ist nichts verbindlich.", "de", {"pending"}),
     ("Bevor ich Sie eintrage, brauche ich noch Ihre Nummer.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_state_bounded_by_the_callers_yes_or_the_salons_answer(sentence, lang, expected):
    # the speaker's act to come claims nothing (convention 5)
    assert passes_in(sentence, lang) == expected


def test_a_regretful_short_answer_claims_what_was_asked():
    said = passes_in("Unfortunately I had to, yes.", "en", "Did you have to cancel my appointment?")
    assert said == {"cancelled"}


def test_a_failed_cancellation_said_with_its_consequence_keeps_the_appointment():
    sentence = "Ich konnte Ihren Termin leider nicht absagen, er bleibt also bestehen."
    assert passes_in(sentence, "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("You don't have anything left on Friday any more.", "en", GONE_FRIDAY),
     ("Am Freitag sind Sie nicht mehr vorgesehen.", "de", GONE_FRIDAY),
     ("Your booking was lifted.", "en", {"cancelled"}),
     ("The hold was lifted again.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_appointment_gone_from_a_day_or_lifted(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Erst vorgemerkt.", "de", HELD_NOT_BOOKED),  # 730: the hold and the booking still to come
     ("That's a done deal then.", "en", BOOKED_ANY),
     ("Handled that a couple of minutes ago.", "en", SUCCESS)],
)  # fmt: skip
def test_bare_holds_agreements_and_successes(sentence, lang, expected):
    # convention 340: a hold said alone is the hold; convention 420: the agreement is booked
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Seitdem der Samstag feststeht, brauchen Sie nichts mehr zu tun.", "de", {"two"}),
     ("Sobald der Samstag feststeht, rufe ich Sie an.", "de", EVERYWHERE),
     ("Auf Wunsch Ihres Sohnes habe ich den Termin abgesagt.", "de", {"cancelled"})],
)  # fmt: skip
def test_a_day_said_settled_and_an_act_done_at_someones_wish(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Both of them are confirmed: Friday with Fabian, Saturday with Lena.", "en", {"two"}),
     ("The other one, Saturday at eleven with Lena, is in as well.", "en", {"two"}),
     ("Beide sind drin, der zweite am Samstag um elf bei Lena.", "de", {"two"}),
     ("Seit ich gebucht habe, ist die Bestätigung per SMS an Sie rausgegangen.", "de",
      BOOKED_ANY - {"no_sms"})],
)  # fmt: skip
def test_both_of_them_the_other_one_and_a_text_gone_out(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
