"""Blind round 58's short answers, other agents and wishes (claims161), as classes: a short answer
hedged, sourced or given by another doer is the answer it frames; another agent's act, done or
not done, is the outcome; a stylist's wish to take the caller on a day is the slot offered; the
owner's wish to approve first is a request pending; the appointment no one changed stands.
Sentences in words of neither corpus file, with their neutral twins (a weak hedge, a question, a
condition, the speaker's own wish, an answer to a question about something else)."""

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

MOVED = frozenset({"moved"})
NOT_CANCELLED = EVERYWHERE - {"cancelled"}  # convention 280
NOT_MOVED = EVERYWHERE - {"moved"}  # convention 820
PENDING = frozenset({"pending"})
SATURDAY_FREE = frozenset({"offered", "two"})  # Lena's Saturday at eleven offered or kept
NOWHERE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ich glaube schon.", "de", "Ist mein Termin storniert?", CANCELLED_FRIDAY),
     ("I think so, yes.", "en", "Has my appointment been cancelled?", CANCELLED_FRIDAY),
     ("Scheint so.", "de", "Bin ich jetzt eingetragen?", BOOKED_ANY),
     ("Looks that way.", "en", "Am I booked in now?", BOOKED_ANY),
     ("Sieht ganz danach aus.", "de", "Hat die Buchung geklappt?", BOOKED_ANY),
     ("Soweit ich sehe, ja.", "de", "Haben Sie mich verschoben?", MOVED),
     ("I don't think so.", "en", "Has it been cancelled?", NOT_CANCELLED),
     ("Ich glaube nicht.", "de", "Ist mein Termin verschoben?", NOT_MOVED),
     ("Our receptionist did, yes.", "en", "Did you move it?", MOVED),
     # a weak hedge, no question asked, a question about something else: no answer of an outcome
     ("Ich hoffe schon.", "de", "Bin ich jetzt eingetragen?", EVERYWHERE),
     ("Vielleicht.", "de", "Bin ich jetzt eingetragen?", EVERYWHERE),
     ("I hope so.", "en", "Am I booked in now?", EVERYWHERE),
     ("Sieht so aus.", "de", "", EVERYWHERE),
     ("Ich glaube schon.", "de", "Haben Sie samstags offen?", EVERYWHERE)],
)  # fmt: skip
def test_a_hedged_or_sourced_short_answer_is_the_answer_it_frames(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Meine Kollegin hat den Freitag um zehn storniert.", "de", CANCELLED_FRIDAY),
     ("Unser Azubi hat den Dienstag storniert.", "de", NOWHERE),
     ("Der Kollege am Empfang hat Ihren Termin auf Donnerstag verschoben.", "de", MOVED),
     ("The receptionist hasn't cancelled it yet.", "en", NOT_CANCELLED),
     ("The calendar hasn't booked you in yet.", "en", NOT_BOOKED),
     ("Das System hat an Ihrem Termin nichts geändert.", "de", BOOKED_FRIDAY),
     ("An Ihrem Termin wurde gar nichts geändert.", "de", BOOKED_FRIDAY),
     # questions claim nothing
     ("Hat Ihre Kollegin den Freitag storniert?", "de", EVERYWHERE),
     ("Has the calendar booked you in yet?", "en", EVERYWHERE),
     ("Hat das System an Ihrem Termin etwas geändert?", "de", EVERYWHERE)],
)  # fmt: skip
def test_another_agents_act_done_or_not_is_the_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Lena würde Sie gern am Samstag um elf nehmen.", "de", SATURDAY_FREE),
     ("Lena would be happy to see you on Saturday at eleven.", "en", SATURDAY_FREE),
     ("Fabian würde Sie gern am Sonntag nehmen.", "de", NOWHERE),
     ("Fabian would love to take you on Sunday.", "en", NOWHERE),
     ("Der Chef möchte die Buchung erst noch freigeben.", "de", PENDING),
     ("The manager would like to confirm it herself first.", "en", PENDING),
     # a condition, a question, the speaker's own wish: no claim
     ("Lena würde Sie gern nehmen, wenn Sie am Samstag um elf können.", "de", EVERYWHERE),
     ("Möchte die Chefin den Termin noch freigeben?", "de", EVERYWHERE),
     ("I'd like to confirm it first.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_stylists_wish_offers_the_slot_and_the_owners_wish_to_approve_is_pending(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


def test_the_request_with_the_owner_is_pending():
    assert passes_in("Ihre Anfrage liegt noch bei der Inhaberin.", "de") == PENDING
