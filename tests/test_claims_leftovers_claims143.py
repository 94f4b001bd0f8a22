"""Blind round 54's leftovers (claims143), as classes. A person the call books for, named by a
first name, is a person and not a thing: the subject of a booking's state ("Emma ist gebucht")
keeps its claim, and a first name's genitive heads an appointment's details as "Ihr Termin:" does
("Claras Strähnchen: Samstag, …"). A note left for a colleague keeps its message when a condition
or a wish is inside what the note says ("… to call you if …", "…, dass Sie ihn sprechen
möchten"). The caller's appointments summed up "in all" or "insgesamt sind es" count as "in
total" does. Each beside its neutral twin. Sentences in words of neither corpus file (blind 54,
probe 54c)."""

from __future__ import annotations

import pytest

from agent.claims.morph import is_proper_name
from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOWHERE, passes_in

TWO = frozenset({"two"})  # Friday 10:00 with Fabian and Saturday 11:00 with Lena, both confirmed
SATURDAY_LENA = TWO  # Saturday 11:00 with Lena is confirmed in `two` alone
MESSAGE = frozenset({"message"})  # a message taken for the salon in this call


@pytest.mark.parametrize(
    ("word", "name"),
    [("emma", True), ("clara", True), ("anna", True), ("jordan", True), ("oliver", True),
     # common nouns, German or English, are no names, whatever case a sentence writes them in
     ("kompliment", False), ("laune", False), ("termin", False), ("summer", False),
     ("rose", False), ("hope", False), ("em", False)],
)  # fmt: skip
def test_a_first_name_is_told_from_a_noun_by_the_english_dictionary(word, name):
    assert is_proper_name(word) is name


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Anna ist gebucht.", "de", "Ja, für meine Tochter bitte.", BOOKED_ANY),
     ("Paul ist für Samstag um elf bei Lena gebucht.", "de", "Ja, bitte.", SATURDAY_LENA),
     ("Anna ist für Sonntag um acht gebucht.", "de", "Ja, bitte.", NOWHERE),
     # a thing as the subject claims nothing (said of no appointment), nor a name said of else
     ("Gute Laune ist gebucht.", "de", "Ja, bitte.", EVERYWHERE),
     ("Anna ist schon ganz gespannt.", "de", "Ja, bitte.", EVERYWHERE)],
)  # fmt: skip
def test_a_first_name_as_the_subject_keeps_the_booking_said_of_it(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Annas Strähnchen: Samstag, 11 Uhr, bei Lena.", SATURDAY_LENA),
     ("Pauls Termin: Sonntag, 8 Uhr, bei Lena.", NOWHERE),
     ("Oskars Termin: Samstag um elf, Lena.", SATURDAY_LENA),
     # a first name's wish, favourite or number is no appointment
     ("Annas Wunsch: Strähnchen bei Lena.", EVERYWHERE),
     ("Pauls Lieblingsfarbe: Kupfer.", EVERYWHERE),
     ("Oskars Nummer: 0171 998877.", EVERYWHERE)],
)  # fmt: skip
def test_a_first_names_genitive_heads_an_appointments_details(sentence, expected):
    assert passes_in(sentence, "de", "Ja, bitte, alle beide.") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("I've left Mehmet a note to ring you if the boxes don't come.", "en",
      "Could you pass something on to Mehmet?", MESSAGE),
     ("Okay, I'll leave Lena a note to phone you if the dye turns up.", "en",
      "Could you pass something on to Lena?", MESSAGE),
     ("Klar, ich hinterlasse Mehmet eine Notiz, dass du ihn wegen der Kasse sprechen möchtest.",
      "de", "Kannst du Mehmet was ausrichten?", MESSAGE),
     # the note offered under a condition, asked about or denied is none
     ("I'll pass a message to the manager if you like.", "en",
      "Could you pass something on?", EVERYWHERE),
     ("Shall I leave Mehmet a note to ring you?", "en", "Could you pass something on?",
      EVERYWHERE),
     ("I haven't left Lena a note to phone you.", "en", "Could you pass something on?",
      EVERYWHERE),
     ("Wenn du magst, hinterlasse ich Mehmet eine Notiz, dass du ihn sprechen möchtest.", "de",
      "Kannst du Mehmet was ausrichten?", EVERYWHERE)],
)  # fmt: skip
def test_a_condition_inside_a_notes_content_leaves_the_note_said(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("So that's four appointments in all.", "en", NOWHERE),
     ("That's two bookings in all.", "en", TWO),
     ("Insgesamt sind es also vier Termine.", "de", NOWHERE),
     ("Zusammen sind es zwei Termine.", "de", TWO),
     # counts of other things
     ("In all, we're six stylists.", "en", EVERYWHERE),
     ("Insgesamt sind es sechs Stylisten.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_appointments_summed_up_in_all_are_counted(sentence, lang, expected):
    assert passes_in(sentence, lang, "Noch einmal alles, bitte.") == expected


CANCELLED_OR_MOVED = frozenset({"cancelled", "moved"})  # Friday's appointment no longer there
STANDS_FRIDAY = frozenset({"booked", "two", "no_sms"})  # Friday's appointment, confirmed, not moved


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Nothing on Friday any more, it's gone.", "en", "What about Friday?", CANCELLED_OR_MOVED),
     ("Am Freitag ist nichts mehr, der ist weg.", "de", "Und der Freitag?", CANCELLED_OR_MOVED),
     # a day said empty with nothing that stands for the appointment claims no loss of it
     ("Nothing on Friday, I'm afraid, Lena's off.", "en", "What about Friday?", EVERYWHERE)],
)  # fmt: skip
def test_a_day_said_empty_then_gone_by_a_pronoun_is_that_days_loss(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Anna ist dann so gegen 13 Uhr fertig.", TWO),
     # a subjunctive, a question: no visit told
     ("Anna wäre dann gegen 13 Uhr fertig.", EVERYWHERE),
     ("Ist Anna gegen 13 Uhr fertig?", EVERYWHERE)],
)  # fmt: skip
def test_a_named_persons_end_told_presupposes_the_visit(sentence, expected):
    caller = "Wann ist meine Tochter mit den Strähnchen fertig?"
    assert passes_in(sentence, "de", caller) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Aktueller Stand: Freitag, zehn Uhr, Fabian.", STANDS_FRIDAY | {"two"}),
     ("Stand jetzt: Samstag, 11 Uhr, bei Lena.", TWO),
     # a status heading over anything but details is not this rule's
     ("Stand jetzt: Lena hat heute Urlaub.", EVERYWHERE)],
)  # fmt: skip
def test_a_status_heading_over_details_states_the_appointment(sentence, expected):
    assert passes_in(sentence, "de", "Und wie ist jetzt der Stand?") == expected
