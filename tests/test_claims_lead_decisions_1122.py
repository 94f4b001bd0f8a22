"""The lead's decisions D55-D67 (conventions 1122-1134) as the reader applies them, by class: new
sentences of each class in both languages, the claim where it is false and where it is true, and
its neutral twin (tests/corpus/claims_relabel_conventions.yaml says why each label is what it is)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in

NOT_CANCELLED = EVERYWHERE - {"cancelled"}
NOT_MOVED = EVERYWHERE - {"moved"}
STANDS = frozenset({"booked", "two", "no_sms"})  # booked, and not a move's new place
GONE_FRIDAY = frozenset({"cancelled", "moved"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D57 (1124): every denial that this call's booking happened, passive, modal, nominal, with a
    # reason: false once the call has a booking (and where its outcome is open, 671)
    [("Leider ist heute nichts eingetragen worden, der Kalender war gesperrt.", "de", NOT_BOOKED),
     ("Gebucht wurde heute leider nichts.", "de", NOT_BOOKED),
     ("Den Termin konnte ich leider nicht buchen, der Platz war weg.", "de", NOT_BOOKED),
     ("Ihr Termin wurde nicht gebucht, weil das System gestreikt hat.", "de", NOT_BOOKED),
     ("Die Buchung ist leider nicht zustande gekommen.", "de", NOT_BOOKED),
     ("Nothing has been booked, the calendar said no.", "en", NOT_BOOKED),
     ("I didn't book anything because you wanted to think it over.", "en", NOT_BOOKED),
     ("I wasn't able to put you down, the slot had gone.", "en", NOT_BOOKED),
     ("No booking was made today.", "en", NOT_BOOKED),
     # the day it names: false only where that day is booked
     ("Samstag konnte ich leider nicht für Sie eintragen.", "de", EVERYWHERE - {"two"}),
     # the neutral twins: a rule, a condition, another person, an earlier call, twice
     ("Ohne Ihr Ja wird bei uns nichts gebucht.", "de", EVERYWHERE),
     ("Falls nichts gebucht wurde, rufen Sie einfach noch mal an.", "de", EVERYWHERE),
     ("Für Ihren Sohn konnte ich leider nichts eintragen.", "de", EVERYWHERE),
     ("Last time you rang, nothing was booked.", "en", EVERYWHERE),
     ("Don't worry, nothing was booked twice.", "en", EVERYWHERE)],
)  # fmt: skip
def test_this_calls_booking_denied_is_not_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D62 (1129): "until you say yes, nothing is booked" is convention 5's not booked yet
    [("Solange Sie nicht zugestimmt haben, ist noch nichts gebucht.", "de", NOT_BOOKED),
     # its neutral twin: a rule for every booking
     ("Nothing gets booked before you say yes.", "en", EVERYWHERE)],
)  # fmt: skip
def test_nothing_booked_until_yes_is_not_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D58 (1125): the next step as a plan or an attempt is the act still to come; a move's new
    # place named is offered (available: a free slot offered, held or booked for the caller)
    [("Gut, dann storniere ich Ihnen den Termin am Freitag.", "de", NOT_CANCELLED),
     ("Ich versuche gerade, den Termin zu stornieren.", "de", NOT_CANCELLED),
     ("Then I'll cancel that for you.", "en", NOT_CANCELLED),
     ("I'll try to move it for you.", "en", NOT_MOVED),
     ("Dann verlegen wir das mal.", "de", NOT_MOVED),
     ("Then I'll move you from Friday to Saturday at eleven.", "en", {"two", "offered"}),
     # the neutral twins: an offer, a condition, a question
     ("Wenn Sie möchten, storniere ich das für Sie.", "de", EVERYWHERE),
     ("Ich könnte Sie dann auf Montag verschieben.", "de", EVERYWHERE),
     ("Shall I move it to Monday, then?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_change_planned_or_attempted_is_still_to_come(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D55 (1122): a move's or cancellation's outcome open is that act not done yet
    [("Ob die Stornierung durchgegangen ist, kann ich noch nicht sagen.", "de", NOT_CANCELLED),
     ("I can't tell you yet whether the move went through.", "en", NOT_MOVED),
     # D60 (1127): the booking's outcome told once someone else has answered is open
     ("Sobald das System antwortet, sag ich Ihnen, ob der Termin gebucht ist.", "de",
      NOT_BOOKED | {"unknown"}),
     ("As soon as the calendar gets back to me, I'll tell you whether you're in.", "en",
      NOT_BOOKED | {"unknown"}),
     # the neutral twins: what the speaker knows, the speaker's own step
     ("Ich weiß noch nicht, ob die Stornierung durch ist.", "de", EVERYWHERE),
     ("When I'm done, I'll tell you whether it worked.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_outcome_said_open_is_the_act_not_done(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D63 (1130): a consequence told as settled presupposes the outcome (the visit gone)
    [("Sie können an dem Tag dann ausschlafen.", "de", GONE_FRIDAY),
     ("So you can sleep in that day.", "en", GONE_FRIDAY),
     # the neutral twin: a consequence under a condition
     ("Wenn das klappt, können Sie an dem Tag ausschlafen.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_consequence_told_as_settled_presupposes_the_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D65 (1132): another person's appointment said unchanged stands (truth per appointment)
    [("Der Termin Ihrer Schwester ist davon nicht betroffen.", "de", STANDS),
     ("Your wife's appointment stays exactly as it was.", "en", STANDS),
     ("Your son's booking isn't affected.", "en", STANDS),
     # the neutral twins: a question, the business next door
     ("Ist der Termin Ihrer Mutter davon betroffen?", "de", EVERYWHERE),
     ("So your dentist has you booked for Monday?", "en", EVERYWHERE)],
)  # fmt: skip
def test_another_persons_appointment_said_unchanged_stands(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    # D61 (1128): a courtesy welcomed and passed on is thanks and greetings (950), no message
    [("Oh, wie lieb, das richte ich dem Team gern aus.", "de", "Ich bringe Plätzchen mit!",
      EVERYWHERE),
     ("How kind, I'll pass that on to the team.", "en", "I'll bring some biscuits!", EVERYWHERE),
     # its twin with a message to act on: a message taken (904), carried out only in `message`
     ("Ich richte dem Team aus, dass Sie später kommen.", "de", "", {"message"})],
)  # fmt: skip
def test_a_courtesy_passed_on_is_no_message(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


def test_where_the_appointment_is_now_is_booked_there():
    """D67 (1134): "Your appointment is now on Saturday at eleven" passes wherever the caller has
    a booked appointment there, a move's new place or not."""
    assert passes_in("Your appointment is now on Saturday at eleven.", "en") == {"two"}
    assert passes_in("Ihr Termin ist jetzt am Donnerstag um drei.", "de") == {"moved"}
    assert BOOKED_ANY >= passes_in("Ihr Termin ist jetzt am Freitag um zehn.", "de")
