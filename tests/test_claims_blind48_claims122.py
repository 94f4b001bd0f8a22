"""Blind round 48's leftovers and the lead's decisions 900-906 (claims122): the caller's details
agreed with, hurried answers, and the shapes the lead decided. An agreement opening the answer
("Sie haben recht", "Wie Sie sagen", "You're right", "As you say") is the answer's yes: the outcome
the caller named is endorsed with the caller's details, also when the caller stated them; a
hurried yes ("Jaja", "Kurz gesagt: ja", "A hundred percent") says what was asked, a hurried
not-yet ("Fast, eine Sekunde noch", "Nearly, bear with me") that it is not done yet, also to an
either-or question ("… oder nicht?"). Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

BOOKED_Q_DE = "Ist mein Termin jetzt gebucht oder nicht?"
BOOKED_Q_EN = "Is my appointment booked now or not?"


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Jaja, ist er.", "de", BOOKED_Q_DE, BOOKED_ANY),
     ("Mit einem Wort: ja.", "de", BOOKED_Q_DE, BOOKED_ANY),
     ("Hundertprozentig.", "de", BOOKED_Q_DE, BOOKED_ANY),
     ("In a word, yes.", "en", BOOKED_Q_EN, BOOKED_ANY),
     ("Yes, yes, a hundred percent.", "en", BOOKED_Q_EN, BOOKED_ANY),
     ("Fast, eine Sekunde noch.", "de", BOOKED_Q_DE, NOT_BOOKED),
     ("Almost there, hold on.", "en", BOOKED_Q_EN, NOT_BOOKED),
     ("Not yet, bear with me.", "en", BOOKED_Q_EN, NOT_BOOKED)],
)  # fmt: skip
def test_a_hurried_answer_says_what_the_either_or_question_asked(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Nein, nein.", "de", BOOKED_Q_DE),
     ("No, no.", "en", BOOKED_Q_EN),
     ("Jaja, haben wir.", "de", "Haben Sie sonntags geöffnet oder nicht?"),
     ("Yes, yes, one moment.", "en", "Can you put me in or not?"),
     ("Jaja.", "de", ""),
     ("Short answer: yes.", "en", "")],
)  # fmt: skip
def test_a_hurried_no_or_a_yes_to_something_else_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Sie haben völlig recht, Freitag um zehn.", "de", "Ich habe doch Freitag um zehn!",
      BOOKED_FRIDAY),
     ("Da haben Sie recht, am Freitag.", "de", "Mein Termin ist doch am Freitag, oder?",
      BOOKED_FRIDAY),
     ("Wie Sie sagen, der Termin ist abgesagt.", "de", "Sie haben den Termin doch storniert, oder?",
      CANCELLED_FRIDAY),
     ("You're absolutely right, Friday at ten.", "en", "My appointment was Friday at ten!",
      BOOKED_FRIDAY),
     ("As you say, it's been cancelled.", "en", "You cancelled it, didn't you?", CANCELLED_FRIDAY),
     ("Right you are, Thursday at three.", "en", "You moved me to Thursday at three, right?",
      {"moved"}),
     ("Sie haben recht, halb zwölf.", "de", "Das war um halb zwölf, ganz sicher!", set()),
     ("Da haben Sie recht, Samstag um elf.", "de", "Nein, nicht Freitag – Samstag um elf!", {"two"}),
     ("Quite right, Thursday at three.", "en", "No, Thursday at three, not Friday!", {"moved"})],
)  # fmt: skip
def test_an_agreement_endorses_the_callers_details(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == set(expected)


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Sie haben recht, das ist wirklich ärgerlich.", "de", "Das ist doch alles ärgerlich!"),
     ("You're right, that's not how it should go.", "en", "This is ridiculous!"),
     ("You're right to ask.", "en", "Is it booked?")],
)  # fmt: skip
def test_an_agreement_with_no_outcome_or_detail_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


def test_the_record_named_against_the_callers_time_is_the_booking_at_the_records_time():
    said = passes_in("Im System steht Freitag um zehn, nicht um elf.", "de", "Das war doch um elf!")
    assert said == {"booked", "no_sms"}  # the second appointment is at eleven: "nicht um elf" false


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # 900: an offer on the yes naming a slot (available, not booked yet: 620)
     ("Nach Ihrer Zusage trage ich Sie für Donnerstag um drei ein.", "de", {"offered"}),
     ("When you say yes, I'll book Thursday at three for you.", "en", {"offered"}),
     # 901: the booking after the caller's okay
     ("Nach Ihrer Zustimmung wird der Termin gebucht.", "de", NOT_BOOKED),
     ("Following your okay, the appointment will be booked.", "en", NOT_BOOKED),
     # 904: a note promised to someone at the salon
     ("Ich sage Sophie Bescheid, dass Sie angerufen haben.", "de", {"message"}),
     ("I'll let the manager know you rang.", "en", {"message"}),
     ("Soll ich Sophie Bescheid sagen?", "de", EVERYWHERE),
     # 905: the old appointment said cancelled
     ("Ihr bisheriger Termin ist storniert.", "de", {"cancelled", "moved"}),
     ("Your old booking has been cancelled.", "en", {"cancelled", "moved"}),
     # 906: the text said beside the booking
     ("Eingetragen und per SMS bestätigt.", "de", BOOKED_ANY - {"no_sms"}),
     # 903: the outcome not yet tellable (840), the speaker's knowledge (neutral)
     ("Ob der Termin durch ist, kann ich noch nicht sagen.", "de", NOT_BOOKED | {"unknown"}),
     ("Ich kann nicht sagen, ob der Termin durch ist.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_leads_decisions_900_to_906(sentence, lang, expected):
    assert passes_in(sentence, lang) == set(expected)


def test_no_agreeing_with_a_negated_question_denies_the_booking():
    assert passes_in("No, you aren't.", "en", "Aren't I booked in yet?") == NOT_BOOKED
