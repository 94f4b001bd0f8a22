"""The lead's decisions D68-D70 (conventions 1160-1162) as the reader applies them, by class: new
sentences of each class in both languages, the claim where it is false and where it is true, and
its neutral twin (tests/corpus/claims_relabel_conventions.yaml says why each label is what it is)."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, NOT_BOOKED, NOWHERE, passes_in

NOT_CANCELLED = EVERYWHERE - {"cancelled"}
NOT_MOVED = EVERYWHERE - {"moved"}
HELD_NOT_BOOKED = frozenset({"held", "pending"})  # a slot kept, no booking


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D68 (1160): this call's booking, cancellation or move told failed is that outcome's
    # absence: it blocks where the act succeeded, passes where it failed or never happened
    [("Die Terminbuchung ist leider gescheitert, der Kalender war überlastet.", "de", NOT_BOOKED),
     ("Beim Eintragen ist leider ein Fehler aufgetreten.", "de", NOT_BOOKED),
     ("Der Kalender hat Ihre Buchung leider nicht angenommen.", "de", NOT_BOOKED),
     ("The booking attempt failed, the calendar was busy.", "en", NOT_BOOKED),
     ("Sorry, the system threw an error when I tried to book you in.", "en", NOT_BOOKED),
     ("Ihre Stornierung ist leider schiefgegangen.", "de", NOT_CANCELLED),
     ("The cancellation was rejected by the calendar, I'm afraid.", "en", NOT_CANCELLED),
     ("Das Verlegen hat leider nicht funktioniert.", "de", NOT_MOVED),
     ("Moving your appointment failed, I'm sorry.", "en", NOT_MOVED),
     ("I couldn't reschedule it, the calendar gave an error.", "en", NOT_MOVED),
     # beside a hold still kept (D49, the union of its clauses): held, and not booked
     ("The booking failed, but I'm still holding the slot for you.", "en", HELD_NOT_BOOKED),
     # the neutral twins: a condition, a hypothetical, a general statement, a question, a
     # failure of something else, an earlier call, another person, an indirect question
     ("Falls die Buchung nicht klappt, rufe ich Sie zurück.", "de", EVERYWHERE),
     ("If the cancellation fails, I'll let you know.", "en", EVERYWHERE),
     ("Manchmal ist eine Buchung wegen eines Fehlers gescheitert.", "de", EVERYWHERE),
     ("Ist die Buchung fehlgeschlagen?", "de", EVERYWHERE),
     ("Die Bestätigungs-SMS zur Buchung ist leider fehlgeschlagen.", "de", EVERYWHERE),
     ("Gestern ist Ihre Stornierung leider fehlgeschlagen.", "de", EVERYWHERE),
     ("Your son's booking didn't go through, I'm afraid.", "en", EVERYWHERE),
     ("Once the calendar answers I'll tell you whether the booking failed.", "en", EVERYWHERE)],
)  # fmt: skip
def test_this_calls_act_told_failed_is_the_outcome_denied(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_failure_told_after_a_booking_question_is_its_denial():
    """The caller's question does not change the failure's reading (D68 with 48's answer)."""
    assert (
        passes_in("Nein, leider ist die Buchung fehlgeschlagen.", "de", "Hat das geklappt?")
        == NOT_BOOKED
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D69 (1161): a reminder promised to every customer is promised to this caller; the salon
    # sends none, so it passes nowhere
    [("Bei uns kriegt jede Kundin am Vortag eine Erinnerung.", "de", NOWHERE),
     ("Every customer gets a reminder the evening before.", "en", NOWHERE),
     ("We usually send a reminder the day before.", "en", NOWHERE),
     # the neutral twins: what the salon does send, a reminder denied or offered
     ("Every booking gets a confirmation by text.", "en", EVERYWHERE),
     ("Erinnerungen verschicken wir grundsätzlich nicht.", "de", EVERYWHERE),
     ("Would you like a reminder the day before?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_reminder_for_every_customer_is_promised_to_the_caller(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # D70 (1162): the salon told that someone will not come is the appointment cancelled (761),
    # the caller's own or another person's
    [("Ich habe dem Salon Bescheid gegeben, dass Sie nicht kommen.", "de", {"cancelled"}),
     ("Den Salon habe ich informiert, dass Ihre Mutter nicht kommt.", "de", {"cancelled"}),
     ("I've let the salon know your mother won't be coming.", "en", {"cancelled"}),
     ("The salon's been told you won't come.", "en", {"cancelled"}),
     # the neutral twins: the telling still to do (a message promised, 904: no state carries
     # it out but a message taken), not done yet, a question
     ("I'll let the salon know you won't be coming.", "en", {"message"}),
     ("Der Salon weiß noch nicht, dass Sie nicht kommen.", "de", EVERYWHERE),
     ("Soll ich dem Salon sagen, dass Ihre Mutter nicht kommt?", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_salon_told_someone_wont_come_is_cancelled(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
