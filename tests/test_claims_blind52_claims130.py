"""Blind round 52's cancellations, pending and failed changes, and its false blocks (claims130), as
classes: a cancellation said in everyday verbs or by its effect; "hat sich erledigt" as the visit
gone; a change waiting for the salon's or the caller's yes; a change request with the salon; a
failed change beside the appointment that stays; and the neutral sentences the reader took for
claims (the house's rules on changing, other customers' changes, things shifting in general, a
third person's own break moved, "Geht es um eine Absage?", the caller's own online change read
back). Sentences in words of neither corpus file (blind 52, probe 52b), with the nearest sentences
that must still claim."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, CANCELLED_FRIDAY, EVERYWHERE, passes_in

GONE_FRIDAY = frozenset({"cancelled", "moved"})  # the visit there gone (3): cancelled or moved away
NOT_MOVED = EVERYWHERE - {"moved"}  # convention 820
NOT_CANCELLED = EVERYWHERE - {"cancelled"}  # convention 280
NOWHERE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("So, den Freitagstermin hab ich Ihnen rausgenommen.", "de", CANCELLED_FRIDAY),
     ("Alles klar, den hab ich weggemacht.", "de", frozenset({"cancelled"})),
     ("Den gibt's leider nicht mehr.", "de", frozenset({"cancelled"})),
     ("Okay, I've scrapped the Friday booking for you.", "en", CANCELLED_FRIDAY),
     ("I've taken the Friday appointment off for you.", "en", CANCELLED_FRIDAY),
     ("Your Friday booking doesn't exist any longer.", "en", CANCELLED_FRIDAY),
     ("I've pulled your Monday booking.", "en", NOWHERE),
     ("Ich hab den Fleck auf dem Umhang weggemacht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_cancellation_said_in_everyday_verbs_is_the_cancellation(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie brauchen am Freitag also doch nicht zu Fabian.", "de", GONE_FRIDAY),
     ("You don't need to come in to see Fabian on Friday after all.", "en", GONE_FRIDAY),
     ("Friday's been handled, so you won't be coming in.", "en", GONE_FRIDAY),
     # "hat sich erledigt" is the cancellation unless a move is named beside it (the lead's
     # decision 1037, claims134)
     ("Ihr Termin am Freitag hat sich somit erledigt.", "de", CANCELLED_FRIDAY),
     ("Ihr Termin am Freitag hat sich erledigt, Sie kommen ja jetzt am Donnerstag.", "de", frozenset({"moved"})),
     ("Der Freitag hat sich erledigt, ich habe ihn storniert.", "de", CANCELLED_FRIDAY),
     ("You don't have to see Lena on Saturday after all.", "en", NOWHERE)],
)  # fmt: skip
def test_the_visit_gone_by_its_effect_is_gone_where_it_was_given_up(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag ist storniert – wenn Sie möchten, finden wir später einen neuen Termin.", "de",
      CANCELLED_FRIDAY),
     ("Friday's cancelled; when you're ready, we can find you another slot.", "en",
      CANCELLED_FRIDAY),
     ("Freitag ist storniert, wenn Sie das möchten.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_offer_after_a_cancellation_leaves_the_cancellation_said(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Umgelegt ist noch nichts, der Salon muss erst zustimmen.", "de", NOT_MOVED),
     ("It hasn't been rescheduled yet; the salon must approve it first.", "en", NOT_MOVED),
     ("Gleich ist das verlegt, ich brauche nur noch Ihr Ja.", "de", NOT_MOVED),
     ("Verlegt ist es, sobald Sie zustimmen.", "de", NOT_MOVED),
     ("Storniert ist es erst, wenn Sie zustimmen.", "de", NOT_CANCELLED),
     ("I'll get that moved in a moment, I just need your okay.", "en", EVERYWHERE),
     ("Ihr Termin ist auf Donnerstag um drei verlegt.", "de", frozenset({"moved"}))],
)  # fmt: skip
def test_a_change_waiting_for_a_yes_is_not_done(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Absage liegt jetzt beim Salon, die melden sich.", "de", NOWHERE),
     ("Die Stornierung ist angefragt, bestätigt wird sie vom Salon.", "de", NOWHERE),
     ("Your cancellation request is with the salon now.", "en", NOWHERE),
     ("Ihre Anfrage liegt jetzt beim Salon.", "de", frozenset({"pending"}))],
)  # fmt: skip
def test_a_change_request_with_the_salon_is_true_in_no_call_a_booking_request_while_pending(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Auf Donnerstag hat es nicht geklappt, Freitag um zehn bleibt unverändert.", "de",
      BOOKED_FRIDAY),
     ("Thursday wasn't possible, so Friday at ten stays unchanged.", "en", BOOKED_FRIDAY),
     ("Die Verschiebung ist gescheitert; Ihr Termin am Freitag um zehn bleibt bestehen.", "de",
      BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_failed_move_beside_the_old_place_standing_is_that_place_unchanged(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Freitag ist bisher noch nicht storniert.", "de", NOT_CANCELLED),
     ("Friday isn't cancelled yet, I'm afraid.", "en", NOT_CANCELLED),
     ("Thursday is booked, but the old Friday one isn't cancelled yet.", "en", NOWHERE)],
)  # fmt: skip
def test_a_cancellation_denied_is_the_denial_alone_unless_a_new_place_stands_beside_it(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Stornierungen nehmen wir gern auch per E-Mail entgegen.", "de", EVERYWHERE),
     ("Cancellations can also be made by phone.", "en", EVERYWHERE),
     ("Bei Strähnchen beträgt die Stornofrist 24 Stunden.", "de", EVERYWHERE),
     ("For highlights the cancellation period is 24 hours.", "en", EVERYWHERE),
     ("Absagen kann nur die Person, auf deren Namen gebucht wurde.", "de", EVERYWHERE),
     ("Only the person the appointment is under can move it.", "en", EVERYWHERE),
     ("Wer zweimal nicht erscheint, muss künftig eine Anzahlung leisten.", "de", EVERYWHERE),
     ("Verschieben kann ich Ihnen heute leider nur noch bis 17 Uhr anbieten.", "de", EVERYWHERE),
     ("Ihr Termin ist storniert, die Stornofrist beträgt 24 Stunden.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_houses_rules_on_changing_claim_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Heute Vormittag haben vier Kundinnen abgesagt, das ist bei Schnee so.", "de", EVERYWHERE),
     ("A few clients rescheduled this morning because of the ice.", "en", EVERYWHERE),
     ("Bei Regen sagen oft einige ab.", "de", EVERYWHERE),
     ("Lena hat ihre Mittagspause auf zwei verlegt, das betrifft Sie nicht.", "de", EVERYWHERE),
     ("Mehmet moved his lunch break to half past one.", "en", EVERYWHERE),
     ("Im Sommer verschiebt sich bei uns so einiges.", "de", EVERYWHERE),
     ("Things got moved around a bit this week.", "en", EVERYWHERE),
     ("Geht es um eine Stornierung?", "de", EVERYWHERE),
     ("Lena hat Ihren Termin auf Donnerstag um drei verlegt.", "de", frozenset({"moved"}))],
)  # fmt: skip
def test_others_changes_and_things_shifting_claim_nothing_of_the_callers(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Ich habe den Termin schon in der App verschoben.",
      "Ah, Sie haben ihn also schon selbst in der App verschoben, ich sehe kurz nach.", "de",
      EVERYWHERE),
     ("I cancelled it online already.", "Oh, so you've cancelled it yourself online, let me check.",
      "en", EVERYWHERE),
     ("I cancelled it online already.", "Oh, you've cancelled it yourself, and I've cancelled "
      "your Friday too.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_callers_own_change_read_back_claims_nothing(caller, sentence, lang, expected):
    assert passes_in(sentence, lang, caller) == expected
