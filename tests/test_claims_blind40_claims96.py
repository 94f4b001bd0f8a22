"""Blind round 40's false blocks (claims96), as classes: a stylist's working time or the week's
free times in general; the caller's words asked back with "sagen Sie?" / "you say?"; a hortative
plan; an act under way; the caller's yes first, then the speaker's act to come; an act only
prepared beside its "not yet"; whom the appointment is for; substitution with "statt" / "instead of"
(an option or act set aside, convention 663); and the nearest sentences that must still claim. Sentences in words of
neither corpus file (blind 40, probe 40)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in

NOT_CANCELLED = EVERYWHERE - {"cancelled"}
# convention 620: available (held, pending, or set free again) and not booked on Friday
OFFER_ON_YES = frozenset({"cancelled", "held", "moved", "pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sophie fängt samstags schon um acht an.", "de", EVERYWHERE),
     ("Mehmet leaves at four on Fridays.", "en", EVERYWHERE),
     ("Weil Lena um 16 Uhr Feierabend hat, geht bei ihr danach nichts mehr.", "de", EVERYWHERE),
     ("Unter der Woche ist nachmittags oft weniger los als samstags.", "de", EVERYWHERE),
     ("There's plenty of time before Thursday, something will turn up.", "en", EVERYWHERE),
     ("Fabian fängt am Freitag um zehn mit Ihrer Dauerwelle an.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_stylists_working_time_claims_nothing_the_callers_visit_in_it_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Strähnchen sind schon gebucht, sagen Sie?", "de", EVERYWHERE),
     ("Der Freitag ist schon storniert, meinten Sie?", "de", EVERYWHERE),
     ("You're booked in already, you say?", "en", EVERYWHERE),
     ("Sie sind für Freitag eingetragen?", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_words_given_to_the_caller_claim_nothing_the_same_words_asked_back_do(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # the plan names its slot: offered, not booked yet (convention 670, claims100)
    [("Tragen wir Sie doch für Freitag ein, eine Sekunde.", "de", OFFER_ON_YES),
     ("Let's get you down for Friday, bear with me.", "en", OFFER_ON_YES),
     ("Ihre Buchung wird gerade ins System eingetragen.", "de", EVERYWHERE),
     ("It's being moved over in the calendar right now.", "en", EVERYWHERE),
     ("Gut, dann haben wir Sie für Freitag eingetragen.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_plan_or_an_act_under_way_claims_nothing_said_done_it_is_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sobald Sie zugesagt haben, trage ich Sie für Freitag ein.", "de", OFFER_ON_YES),
     ("Once you agree, I'll book Friday for you.", "en", OFFER_ON_YES),
     ("Nachdem Sie zugestimmt hatten, habe ich Sie für Freitag eingetragen.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_callers_yes_then_the_speakers_act_to_come_offers_the_slot_not_yet_booked(
    sentence, lang, expected
):
    """Convention 620 (the lead's decision, claims92): an act promised on the caller's yes that
    names its slot offers that slot and says it is not booked yet; a past act after the yes is
    the booking."""
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Absage habe ich schon vorbereitet, storniert ist aber noch nichts.", "de",
      NOT_CANCELLED),
     ("I've got the cancellation ready, but nothing's cancelled yet.", "en", NOT_CANCELLED)],
)  # fmt: skip
def test_an_act_only_prepared_is_its_denial_not_its_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Auf wen darf ich den Termin schreiben – auf Sie oder Ihren Mann?", "de", EVERYWHERE),
     ("Who's the booking for, yourself or your husband?", "en", EVERYWHERE),
     ("Gebucht, Samstag um elf.", "de", frozenset({"two"}))],
)  # fmt: skip
def test_a_question_of_whose_claims_nothing_a_booking_said_does(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Statt Samstag, wie anfangs überlegt, ist jetzt der Freitag um zehn gebucht.", "de",
      BOOKED_FRIDAY),
     ("Instead of just holding it, I've booked Friday at ten for you.", "en", BOOKED_FRIDAY),
     ("Rather than Saturday, I could check another day for you if you'd like.", "en", EVERYWHERE),
     ("Statt am Freitag sind Sie jetzt auf Donnerstag verschoben.", "de", frozenset({"moved"})),
     ("Anstelle von Fabian sind Sie jetzt am Freitag bei Lena eingetragen.", "de", frozenset())],
)  # fmt: skip
def test_an_option_or_act_set_aside_by_statt_is_no_move_a_stylist_set_aside_is(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
