"""The lead's decisions of claims113 (conventions 820-824) and blind 44's leftovers, as classes: a
move denied in a question the speaker answers, or as the "not yet" to the caller's move question,
is false only after a move; a note beside a callback promise is the callback; a bare "Hab ich."
claims nothing alone and answers the caller's question; "klargehen" said of the appointment is
its booking, a bare "Geht klar." after the caller's yes the act done; a bare no to a cancellation
question says it is not cancelled; a text said to come is a text, an e-mail an e-mail; an
appointment asked to stay as it was and answered yes stands. Sentences in words of neither
corpus file (blind 44, probe 44c)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, SUCCESS, passes_in

NOT_MOVED = EVERYWHERE - {"moved"}
NOT_CANCELLED = EVERYWHERE - {"cancelled"}
CALLBACK = frozenset({"message", "unknown"})  # a message taken, or an outcome the salon tells
STANDS = frozenset({"booked", "two", "no_sms"})  # booked, and not a move's new place
TEXTED = frozenset({"booked", "cancelled", "moved", "two"})  # an outcome the salon texts


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Umterminiert? Nein, noch nicht – ich warte noch auf Ihre Zusage.", "de", "", NOT_MOVED),
     ("Rescheduled it? Not yet, I still need you to confirm.", "en", "", NOT_MOVED),
     ("Auf Samstag verschoben? Noch nicht.", "de", "", EVERYWHERE),
     ("Noch nicht, ich brauche erst Ihr Okay.", "de", "Haben Sie meinen Termin schon umgelegt?",
      NOT_MOVED),
     ("Not yet, sorry.", "en", "Did you shift my appointment?", NOT_MOVED),
     ("Verlegt? Ja, auf Donnerstag, 15 Uhr.", "de", "", frozenset({"moved"})),
     ("Möchten Sie, dass ich ihn umlege?", "de", "", EVERYWHERE)],
)  # fmt: skip
def test_a_move_denied_in_a_question_answered_is_false_only_after_a_move(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich hab mir alles aufgeschrieben, Mehmet ruft Sie morgen zurück.", "de", CALLBACK),
     ("Ist vermerkt, das Team meldet sich bei Ihnen.", "de", CALLBACK),
     ("I've jotted everything down and Lena will ring you back.", "en", CALLBACK),
     ("Ich habe vermerkt, dass Sie einen Rückruf möchten.", "de", frozenset({"message"}))],
)  # fmt: skip
def test_a_note_beside_a_callback_promise_is_the_callback(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "caller", "expected"),
    [("Ja, hab ich, danke.", "", EVERYWHERE),
     ("Hab ich, ja.", "", EVERYWHERE),
     ("Ja, habe ich.", "Haben Sie mich eingetragen?", BOOKED_ANY),
     ("Hab ich.", "Haben Sie den Samstag storniert?", frozenset()),
     ("Hab ich.", "Haben Sie meine E-Mail-Adresse?", EVERYWHERE)],
)  # fmt: skip
def test_a_bare_hab_ich_claims_nothing_alone_and_answers_the_callers_question(
    sentence, caller, expected
):
    assert passes_in(sentence, "de", caller) == expected


@pytest.mark.parametrize(
    ("sentence", "caller", "expected"),
    [("Ihr Termin am Freitag geht klar.", "", BOOKED_FRIDAY),
     ("Die Buchung für Samstag um elf ist klargegangen.", "", frozenset({"two"})),
     ("Geht klar.", "Ja, tragen Sie mich bitte ein.", SUCCESS),
     ("Geht klar.", "", EVERYWHERE),
     ("Geht klar, ich frage mal nach.", "", EVERYWHERE),
     ("Das geht klar.", "", EVERYWHERE)],
)  # fmt: skip
def test_klargehen_said_of_the_appointment_is_its_booking(sentence, caller, expected):
    assert passes_in(sentence, "de", caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Nein.", "de", "Haben Sie meinen Termin gestrichen?", NOT_CANCELLED),
     ("Nein, ist er nicht.", "de", "Ist der Freitag abgesagt?", NOT_CANCELLED),
     ("No, it wasn't.", "en", "Was my booking cancelled?", NOT_CANCELLED),
     ("Nein.", "de", "Kostet die Absage etwas?", EVERYWHERE),
     ("Ja.", "de", "Haben Sie meinen Termin gestrichen?", frozenset({"cancelled"}))],
)  # fmt: skip
def test_a_bare_no_to_a_cancellation_question_says_it_is_not_cancelled(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, die kommt automatisch.", "de", "Schicken Sie mir eine SMS?", TEXTED),
     ("Die Textnachricht kommt gleich.", "de", "", TEXTED),
     ("Yes, it'll arrive shortly.", "en", "Do I get a text?", TEXTED),
     ("Ja, die kommt automatisch.", "de", "Bekomme ich eine Bestätigungsmail?", frozenset()),
     ("The email will come shortly.", "en", "", frozenset())],
)  # fmt: skip
def test_a_text_said_to_come_is_a_text_and_an_email_an_email(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja.", "de", "Bleibt mein Termin so, wie er ist?", STANDS),
     ("Ja, unverändert.", "de", "Bleibt der Termin unverändert?", STANDS),
     ("Yes.", "en", "Is my booking staying the same?", STANDS),
     ("Your booking is staying exactly as it was.", "en", "", STANDS)],
)  # fmt: skip
def test_an_appointment_said_to_stay_as_it_was_is_false_after_a_move(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected
