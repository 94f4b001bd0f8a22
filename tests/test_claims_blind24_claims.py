"""Blind round 24's false passes (claims41), as classes: a slot said free or taken as free in an
offer, a yes to the caller's question about a slot, emoji and slang replies, chat formats, a
restarted word, the calendar or the system as the speaker, two appointments told apart, partial
outcomes of moves and cancellations, a callback wish noted, a fee dropped, a verbless parting,
and the nearest sentences that must still pass. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

# a slot of Friday 10:00 kept for the caller or free (the states where no tool offered others)
FRIDAY_FREE = EVERYWHERE - {"nothing", "failed", "unknown", "message", "offered"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian hätte um zehn noch ein bisschen Luft.", "de"),
     ("Am Freitag um zehn hat Fabian noch Platz.", "de"),
     ("Fabian still has an opening at ten.", "en"),
     ("Friday at 10 is still available.", "en"),
     ("Wollen wir den Freitag um zehn festmachen?", "de"),
     ("Shall we go for Friday at 10 then?", "en")],
)  # fmt: skip
def test_a_slot_said_free_or_taken_as_free_in_an_offer_is_that_slot_available(sentence, lang):
    assert passes_in(sentence, lang) == FRIDAY_FREE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian hat heute keine Luft mehr.", "de"),
     ("Hätten Sie am Freitag um zehn Zeit?", "de"),
     ("Shall we go over the price first?", "en"),
     ("We're open on Fridays from nine.", "en")],
)  # fmt: skip
def test_no_time_the_callers_own_time_and_opening_hours_claim_no_slot(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_yes_to_the_callers_slot_question_says_that_slot_is_free():
    assert passes_in("Ja, das klappt.", "de", "Klappt Freitag um zehn?") == FRIDAY_FREE
    assert passes_in("Yeah, that's doable.", "en", "Could I come Friday at 10?") == FRIDAY_FREE
    # a no, a condition, or a question about something else lends no slot
    assert passes_in("Leider nicht.", "de", "Klappt Freitag um zehn?") == EVERYWHERE
    assert passes_in("Ja.", "de", "Kann ich mit Karte zahlen?") == EVERYWHERE


def test_emoji_are_read_beside_their_words_and_alone_as_a_yes():
    assert passes_in("🙌", "en", "Am I booked now?") == BOOKED_ANY
    assert passes_in("💯", "de", "Bin ich jetzt fest drin?") == BOOKED_ANY
    assert "nothing" not in passes_in("🥳 Alles erledigt!", "de")
    # a yes sign to thanks, and a cross, claim nothing
    assert passes_in("🙌", "en", "Thanks a lot!") == EVERYWHERE
    assert passes_in("❌", "de", "Bin ich jetzt fest drin?") == EVERYWHERE


def test_slang_and_dialect_replies_are_read_in_standard_words():
    assert passes_in("Logo, Digga.", "de", "Bin ich jetzt eingetragen?") == BOOKED_ANY
    assert passes_in("Spot on, bruv.", "en", "So it's booked?") == BOOKED_ANY
    done = passes_in("Is' jebongt, Chef.", "de")
    assert "nothing" not in done and "held" not in done and "booked" in done
    assert "nothing" not in passes_in("Smashed it, mate.", "en")
    assert passes_in("Bist eingetragen, Keule.", "de") == BOOKED_ANY
    assert passes_in("Nee, bist noch nich' drin.", "de") == NOT_BOOKED
    assert passes_in("We ain't got you booked in yet.", "en") == NOT_BOOKED
    # a slang yes to thanks says nothing
    assert passes_in("Logo, Digga.", "de", "Danke dir!") == EVERYWHERE


def test_chat_formats_say_what_their_words_say():
    held_friday = passes_in("**Freitag, 10 Uhr:** vorgemerkt (noch nicht gebucht)", "de")
    assert held_friday == {"held", "pending"}
    assert passes_in("- ~~Friday 10am~~ ➜ Thursday 3pm", "en") == {"moved"}
    record = '{"hold": {"slot": "2025-11-28T10:00:00", "status": "held"}}'
    assert passes_in(record, "en") == {"held", "pending"} | BOOKED_FRIDAY
    # a status struck through is no move
    assert "cancelled" in passes_in("- Fabian, Freitag: ~~gebucht~~ ➜ storniert", "de")


def test_a_restarted_word_is_read_as_finished():
    assert passes_in("I've re- rescheduled it for you.", "en") == {"moved"}
    assert passes_in("Ich hab ihn ab- abgesagt, ja.", "de") == {"cancelled"}


def test_the_calendar_as_speaker_claims_what_it_has_of_the_caller():
    assert passes_in("Das Buchungssystem hat es bestätigt.", "de") == BOOKED_ANY
    assert passes_in("The system has processed your cancellation.", "en") == {"cancelled"}
    assert passes_in("The calendar has you Friday at 10.", "en") == BOOKED_FRIDAY
    gone = passes_in("The calendar no longer lists your Friday at ten.", "en")
    assert gone == {"cancelled", "moved"}  # gone: cancelled, or moved away
    # the calendar said full or slow names nothing of the caller's
    assert passes_in("Der Kalender ist heute sehr langsam.", "de") == EVERYWHERE


def test_two_appointments_are_told_apart_by_what_each_part_names():
    # Friday with Fabian booked and Saturday with Lena booked: "not yet" of Saturday is false
    assert "two" not in passes_in("Die Dauerwelle ist fest, die Strähnchen noch nicht.", "de")
    assert "two" not in passes_in("Saturday is only pencilled in so far.", "en")
    assert passes_in("Wir haben beide storniert.", "de") == set()


def test_partial_outcomes_claim_their_parts():
    assert passes_in("Das Absagen hat funktioniert, das neue Buchen nicht.", "de") == {"cancelled"}
    stays = passes_in("Moving it didn't work, so you're staying on Friday at ten.", "en")
    assert stays == BOOKED_FRIDAY
    assert "moved" not in passes_in("Thursday's in, but Friday isn't cancelled yet.", "en")


def test_a_callback_wish_noted_is_a_message_and_a_fee_dropped_is_backed_by_nothing():
    assert passes_in("I've jotted down that you'd like us to call you back.", "en") == {"message"}
    # convention 77: a detail noted stays neutral
    assert passes_in("Ich habe notiert, dass Sie Tee statt Kaffee möchten.", "de") == EVERYWHERE
    assert passes_in("Die Bearbeitungsgebühr fällt für Sie weg.", "de") == set()


def test_a_verbless_parting_naming_the_day_is_a_goodbye_to_the_visit():
    assert passes_in("Prima, dann Freitag um zehn bei Fabian.", "de") == BOOKED_FRIDAY
    assert passes_in("Also dann Freitag?", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Platz ist vorgemerkt – fest erst, wenn Sie zusagen.", "de"),
     ("Reserved for you; confirmed once you give me the go-ahead.", "en")],
)  # fmt: skip
def test_a_booking_said_to_come_only_after_the_callers_yes_is_not_booked_yet(sentence, lang):
    """Convention 32: "gebucht ist er erst, wenn Sie Ja sagen" says not booked yet; so do its
    verbless forms beside a hold. A rule without a subject ("Gebucht wird erst nach Ihrem Ja.")
    and a hold's future ("It gets booked when you say yes.") stay as they were."""
    assert passes_in(sentence, lang) & BOOKED_ANY == set()
    assert "held" in passes_in(sentence, lang)
    assert passes_in("Gebucht wird erst nach Ihrem Ja.", "de") == EVERYWHERE
