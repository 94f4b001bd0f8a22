"""The lead's decisions D24-D40 (conventions 1091-1107, claims147), as classes: a step or a search
announced claims nothing, a person's callback is one; another person's "not booked yet" is
neutral; "steht noch" / "still on" is the appointment kept as it was; a say-back is neutral, the
details answering "And?" are the booking; a bare reference is the booking's; what exists under the
caller's name is a denial, what the speaker sees is not; a cancellation narrated and said done is
the cancellation; the booking still running or not to be taken as confirmed is not booked; "Sie
hören vom Salon" promises a callback; a choice settled is no outcome. Each in both languages, in a
state where it is false and one where it is true, beside its nearest neutral twin. Sentences in
words of no corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, HELD, NOT_BOOKED, passes_in

CALLBACK = frozenset({"message", "unknown"})  # a message taken, or the outcome open
STANDING = frozenset({"booked", "no_sms", "two"})  # booked, and no move's new place
CANCELLED = frozenset({"cancelled"})
WITH_LENA = frozenset({"two"})  # Saturday's highlights with Lena
MOVED = frozenset({"moved"})  # Thursday 15:00, the move's new place


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D24: the system answers within this call
     ("I'll hand your request to the system and come back to you with the answer in a moment.",
      "en", EVERYWHERE),
     ("Ich gebe Ihre Anfrage ans System weiter und melde mich gleich mit dem Ergebnis.", "de",
      EVERYWHERE),
     # a person at the salon getting back later: a callback
     ("Someone from the salon will call you back about it.", "en", CALLBACK),
     ("Der Salon meldet sich später bei Ihnen.", "de", CALLBACK),
     # D25: a search announced, by a tool's name too; its result said is the claim
     ("Running check_availability for Saturday now.", "en", EVERYWHERE),
     ("Ich schaue mal eben im Kalender nach, was am Samstag frei ist.", "de", EVERYWHERE),
     ("check_availability says Thursday at 3 p.m. is free.", "en", frozenset({"moved", "offered"}))],
)  # fmt: skip
def test_a_step_or_search_announced_claims_nothing_a_person_calling_back_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your son's appointment hasn't been booked yet.", "en", EVERYWHERE),
     ("Der Termin Ihrer Tochter ist noch nicht eingetragen.", "de", EVERYWHERE),
     # the caller's own: convention 5
     ("Your appointment hasn't been booked yet.", "en", NOT_BOOKED),
     ("Ihr Termin ist noch nicht eingetragen.", "de", NOT_BOOKED)],
)  # fmt: skip
def test_another_persons_not_booked_yet_is_neutral(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Nein, steht noch.", "de", "Haben Sie meinen Termin abgesagt?", STANDING),
     ("Steht also noch.", "de", "", STANDING),
     ("Nope, still on.", "en", "Did you cancel my appointment?", STANDING),
     # a confirmation still to come is no appointment kept
     ("Die Zusage steht noch aus.", "de", "", frozenset({"pending"}))],
)  # fmt: skip
def test_still_on_is_the_appointment_kept_as_it_was(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [  # D28: the caller's words said back to check
     ("Also Freitag, zehn Uhr?", "de", "Freitag um zehn, bitte.", EVERYWHERE),
     ("Thursday at three, Fabian?", "en", "Thursday at three with Fabian, please.", EVERYWHERE),
     # D36: details of its own answering "And?" / "Und?" (did it work?): the booking
     ("Friday the 28th, ten a.m., perm with Fabian.", "en", "And?", BOOKED_FRIDAY),
     ("Samstag, 29. November, 11 Uhr, Strähnchen bei Lena.", "de", "Und?", WITH_LENA),
     ("Friday the 28th, ten a.m., perm with Fabian.", "en", "", EVERYWHERE)],
)  # fmt: skip
def test_a_say_back_checks_details_answering_and_are_the_booking(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("For your records, your reference is QX-3390.", "en", BOOKED_ANY),
     ("Ihre Referenz lautet M-2231.", "de", BOOKED_ANY),
     ("Die Referenz für Ihre Stornierung ist S-4410.", "de", CANCELLED),
     ("Do you have a reference number for me?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_bare_reference_is_the_bookings(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Es gibt keinen Termin unter Ihrem Namen.", "de", NOT_BOOKED),
     ("There's no appointment under your name at all.", "en", NOT_BOOKED),
     # the speaker's search and what it saw (570)
     ("Ich finde keinen Termin unter Ihrem Namen.", "de", EVERYWHERE),
     ("I can't see an appointment under your name.", "en", EVERYWHERE)],
)  # fmt: skip
def test_what_exists_under_the_callers_name_is_said_what_the_speaker_sees_is_not(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sending the cancellation … done.", "en", CANCELLED),
     ("Ich schicke die Stornierung ab … erledigt.", "de", CANCELLED),
     # D32: the failure without "yet" is neutral beside the hold, and alone
     ("That didn't work, sadly, but the slot is still held for you.", "en", HELD),
     ("Das hat leider nicht funktioniert, der Platz ist aber noch für Sie reserviert.", "de",
      HELD),
     ("That didn't work, sadly.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_cancellation_narrated_and_said_done_is_the_cancellation(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Buchung läuft gerade noch.", "de", NOT_BOOKED),
     ("Your booking is still going through, one moment.", "en", NOT_BOOKED),
     ("Betrachten Sie den Termin bitte noch nicht als bestätigt.", "de", NOT_BOOKED),
     ("Please don't consider the appointment confirmed yet.", "en", NOT_BOOKED),
     # another act still running, a condition, the appointment to take as confirmed
     # (a cancellation still running: not cancelled yet, the lead's D44, convention 1111)
     ("Die Stornierung läuft noch, einen Moment.", "de", EVERYWHERE - {"cancelled"}),
     ("Wenn die Buchung noch läuft, warten wir kurz.", "de", EVERYWHERE),
     ("Betrachten Sie den Termin als bestätigt.", "de", BOOKED_ANY),
     ("Please consider the appointment confirmed.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_booking_still_running_or_not_yet_confirmed_is_not_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie hören bald von uns, Herr Weber.", "de", CALLBACK),
     ("You'll hear from us soon.", "en", CALLBACK),
     ("Sie hören gleich eine kurze Ansage.", "de", EVERYWHERE)],
)  # fmt: skip
def test_you_will_hear_from_the_salon_promises_a_callback(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Alright, so Thursday at three it is.", "en", "No, I'll keep Thursday then.", EVERYWHERE),
     ("Gut, dann soll es Donnerstag um drei sein.", "de", "Dann nehme ich doch Donnerstag.",
      EVERYWHERE),
     # with a result word it is the claim
     ("Thursday at three it is, you're booked.", "en", "", MOVED),
     # D40: an offer to say a bare detail again names no appointment; "Passt so" is a word of fit
     ("Soll ich Ihnen die Uhrzeit noch einmal sagen?", "de", "", EVERYWHERE),
     ("Shall I tell you the time once more?", "en", "", EVERYWHERE),
     ("Passt so, steht.", "de", "", BOOKED_ANY)],
)  # fmt: skip
def test_a_choice_settled_is_no_outcome(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
