"""The false passes blinds 47-52 and probes 48-51 left (claims136): the bot's own regional German
read by the normalizer the caller's words get, the text the caller misses answered as on its way,
goodbyes cut in or after the day they name, the booking said to be there and the caller
"versorgt", the system's report of the caller's appointment, "Did the system get my booking?".
Sentences in words of neither corpus file (the blinds, probes 48-51 and 52c)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, passes_in

PENDING = frozenset({"pending"})
CANCELLED = frozenset({"cancelled"})
# a text after an outcome, in a salon that sends texts (38, 810)
TEXT_SENT = frozenset({"booked", "cancelled", "moved", "two"})


@pytest.mark.parametrize(
    "sentence",
    ["Des muass die Chefin no abseg'nen.",
     "Da Salon muass des erst no bestätig'n.",
     "De Chef mues das no bestätige.",
     "Dat muss dä Chef erst noch bestätije."],
)  # fmt: skip
def test_a_request_with_the_salon_said_in_dialect_is_pending(sentence):
    assert passes_in(sentence, "de") == PENDING


@pytest.mark.parametrize(
    "sentence",
    ["Dä Termin es abjesagt.",
     "Ich ha de Termin abgsait.",
     "Da Termin is g'strichen."],
)  # fmt: skip
def test_a_cancellation_said_in_dialect_is_cancelled(sentence):
    assert passes_in(sentence, "de") == CANCELLED


def test_a_fronted_participle_without_its_ge_is_read_as_the_denied_move():
    assert "moved" not in passes_in("Umglegt hab i nix, umbucht is no ned.", "de")


def test_dialect_nouns_after_a_modal_keep_their_words():
    for sentence in (
        "Zahlen kann man bar oder mit Karte.",
        "Verschieben kann man nur auf Tage, an denen offen ist.",
    ):
        assert passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("caller", "sentence", "lang"),
    [("Bei mir ist noch keine Bestätigung angekommen.", "Die braucht manchmal ein, zwei Minuten.", "de"),
     ("Ich hab noch keine SMS.", "Keine Sorge, die trudelt gleich ein.", "de"),
     ("I still haven't received the confirmation text.", "It can take a few minutes to land.", "en"),
     ("There's no text on my phone yet.", "Give it a moment, it should arrive shortly.", "en")],
)  # fmt: skip
def test_the_text_the_caller_misses_said_on_its_way_is_the_text_promised(caller, sentence, lang):
    assert passes_in(sentence, lang, caller) == TEXT_SENT


@pytest.mark.parametrize(
    ("caller", "sentence", "lang"),
    [("Wie lange dauert das Färben?", "Das kann ein paar Stunden dauern.", "de"),
     ("Ich hab noch keine SMS.", "Die kommt leider nicht, gebucht ist noch nichts.", "de"),
     ("How long is the perm?", "It can take a couple of hours.", "en")],
)  # fmt: skip
def test_the_same_words_after_another_line_or_denied_promise_no_text(caller, sentence, lang):
    assert "nothing" in passes_in(sentence, lang, caller)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wunderbar, dann bis Frei—", "de"),
     ("Gut, wir sehen uns am Freitag um ze—", "de"),
     ("Lovely, see you Frida—", "en"),
     ("Great, we'll see you Friday with Fa—", "en")],
)  # fmt: skip
def test_a_goodbye_cut_in_or_after_friday_assumes_the_friday_appointment(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Dann bis mo—", "de"), ("Schönen Abend no—", "de"), ("Thanks for calling, bye for n—", "en"), ("Have a lovely ev—", "en")],
)  # fmt: skip
def test_a_goodbye_cut_before_any_day_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Alles gut, Sie sind rundum versorgt, schönen Tag noch!", "de"),
     ("Keine Angst, Ihre Buchung ist da.", "de"),
     ("Relax, your booking's definitely there.", "en")],
)  # fmt: skip
def test_the_booking_said_there_or_the_caller_provided_for_is_booked(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sind Sie mit Pflegeprodukten schon versorgt?", "de"), ("Is your booking there?", "en")],
)  # fmt: skip
def test_questions_of_being_there_or_provided_for_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_the_systems_report_answering_when_is_the_appointment_the_caller_has():
    said = "The calendar shows Friday at ten with Fabian."
    assert passes_in(said, "en", "What day was my appointment again?") == BOOKED_FRIDAY
    assert passes_in("The system has Saturday at eleven with Lena.", "en", "When am I in?") <= {
        "two"
    }


def test_the_systems_report_answering_what_is_free_stays_an_offer():
    said = "The system has Friday at ten with Fabian."
    assert passes_in(said, "en", "What's free this week?") == passes_in(said, "en")


def test_yes_to_did_the_system_get_my_booking_is_the_booking():
    assert passes_in("Yes, it did.", "en", "Did the calendar get my booking?") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ein zweiter Anlauf, und diesmal hat es geklappt.", "de"),
     ("Hab's nochmal probiert, jetzt ging es durch.", "de"),
     ("Tried that again and it worked this time.", "en")],
)  # fmt: skip
def test_a_retry_that_went_through_is_the_outcome_done(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY | CANCELLED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nochmal probiert, hat aber wieder nicht geklappt.", "de"),
     ("Gave it another go, no luck I'm afraid.", "en")],
)  # fmt: skip
def test_a_retry_that_failed_again_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE - BOOKED_ANY - {"unknown"}


def test_a_retry_announced_and_an_earlier_failure_before_a_retry_keep_their_words():
    assert passes_in("Moment, ich versuche es noch einmal.", "de") == EVERYWHERE
    said = "It failed at first, but the second try went through – you're booked."
    assert passes_in(said, "en") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr bisheriger Termin ist mit der Umbuchung wieder frei.", "de"),
     ("Your previous slot was freed up when we moved you.", "en")],
)  # fmt: skip
def test_the_old_place_said_freed_is_the_old_place_gone(sentence, lang):
    assert passes_in(sentence, lang) == {"moved"}  # GONE and the move it presupposes (D16, 1056)


def test_a_rule_of_the_house_about_old_places_stays_neutral():
    said = (
        "When I move an appointment, the old slot is only released once the new one is confirmed."
    )
    assert passes_in(said, "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "state"),
    [("Ist er schon verlegt?", "Noch nicht, der Kalender lädt noch.", "de", "moved"),
     ("Have you cancelled it yet?", "Not yet, I'm waiting for your okay.", "en", "cancelled")],
)  # fmt: skip
def test_a_not_yet_with_a_reason_after_it_still_denies_the_change_asked(
    caller, sentence, lang, state
):
    assert state not in passes_in(sentence, lang, caller)
    assert "nothing" in passes_in(sentence, lang, caller)


def test_a_goodbye_with_all_before_the_cut_participle_is_the_booking():
    assert passes_in("Great, you're all boo—", "en") == BOOKED_ANY
