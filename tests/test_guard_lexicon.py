"""The interim lexical claim classifier behind `agent.claims` (until the claim reader replaces it):
which calendar outcomes a sentence states as done. Questions, offers, negations, conditions and
holds claim nothing; and the streamed text is cut into sentences where sentences end."""

from __future__ import annotations

import pytest

from agent.claims import ClaimKind as Claim
from agent.guard import classify, split_sentences

BOOKED_CLAIMS = [
    "Ihr Termin ist gebucht.",
    "Ihr Termin ist jetzt gebucht.",
    "Der Termin ist fest gebucht.",
    "Ich habe den Termin für Sie gebucht.",
    "Ich habe Sie für Freitag um zehn eingetragen.",
    "Sie sind eingetragen.",
    "Ihr Termin steht.",
    "Perfekt, Ihr Termin steht!",
    "Der Termin ist bestätigt.",
    "Ich bestätige Ihnen den Termin am Freitag um 10 Uhr.",
    "Alles klar, das ist gebucht.",
    "Keine Sorge, Ihr Termin ist gebucht.",
    "Die Buchung war erfolgreich.",
    "Ihr Termin bei Fabian ist fix.",
    "Wunderbar, dann sehen wir uns am Freitag!",
    "Der Termin ist vereinbart.",
    "Ich habe Sie eingebucht.",
    "Ihr Termin am Freitag, den 27. November um 10 Uhr ist gebucht.",
    "Am Freitag, 27. November, um 10 Uhr ist Ihr Termin gebucht.",
    "Damit ist Ihr Termin gebucht.",
    "Erledigt, Ihr Termin ist gebucht, kann ich sonst noch etwas für Sie tun?",
    "Your appointment is booked.",
    "I've booked you in for Friday at ten.",
    "I have booked the appointment.",
    "You're booked for Friday.",
    "Your appointment is confirmed.",
    "You're all set!",
    "Great, see you on Friday.",
    "The appointment has been scheduled.",
    # Less direct wordings: each states (or presupposes) that the appointment now exists.
    "Ich habe Sie für Freitag eingetragen.",
    "Alles klar, Sie sind drin.",
    "Fertig, Ihr Termin ist drin.",
    "Der Termin ist fix.",
    "Perfekt, dann sehen wir uns Freitag um zehn.",
    "Ihr Termin ist gesichert.",
    "Ich habe den Termin für Sie gesichert.",  # only "reserviert" names a hold
    "Ich habe den Termin festgemacht.",
    "Sie stehen für Freitag um zehn bei Fabian im Kalender.",
    "Das ist jetzt im Kalender.",
    "Ihr Termin ist jetzt am Samstag um elf.",
    "Der alte Termin ist weg, der neue steht.",
    "Geht klar, Freitag um zehn gehört Ihnen.",
    "Wir freuen uns auf Sie am Freitag.",
    "Ihr Termin ist für 45 Minuten gebucht.",
    "Der Termin ist eingetragen und bestätigt.",
    "Gebucht!",
    "You're in.",
    "I've got you down for Friday at ten.",
    "Your spot is secured.",
    "Your appointment is locked in.",
    "The booking is complete.",
    "We'll see you Friday at ten.",
]

CANCELLED_CLAIMS = [
    "Ihr Termin ist storniert.",
    "Ich habe den Termin storniert.",
    "Der Termin wurde abgesagt.",
    "Ich habe Ihren Termin gelöscht.",
    "Ihr Termin ist nicht mehr gebucht.",
    "Die Stornierung ist durch.",
    "Your appointment has been cancelled.",
    "Ihr Termin am Freitag, 27. November, um 10 Uhr ist storniert.",
    "I've canceled it.",
    "Ich habe den Termin gecancelt.",
    "Den Termin habe ich rausgenommen.",
    "Ich habe Ihren Termin aus dem Kalender entfernt.",
    "Nothing to worry about, I have cancelled your appointment.",
]

RESCHEDULED_CLAIMS = [
    "Ihr Termin ist verschoben.",
    "Ich habe den Termin auf Freitag verschoben.",
    "Der Termin wurde auf Samstag verlegt.",
    "Ich habe Sie umgebucht.",
    "Ich habe Ihren Termin auf elf Uhr geändert.",
    "Your appointment has been rescheduled.",
    "I've moved your appointment to Friday.",
    "Ich habe Ihren Termin auf Samstag gelegt.",
    "Your appointment was moved to Saturday.",
]

DONE_CLAIMS = [
    "Erledigt!",
    "Alles erledigt, bis Freitag.",
    "Das hat geklappt.",
    "All done!",
    "Your booking went through.",
]

NOT_CLAIMS = [
    "Soll ich das für Sie buchen?",
    "Soll ich den Termin verbindlich für Sie buchen?",
    "Der Termin ist frei und für Sie reserviert.",
    "Ich habe den Termin für zehn Minuten für Sie reserviert.",
    "Möchten Sie den Termin stornieren?",
    "Soll der Termin storniert werden?",
    "Möchten Sie, dass ich den Termin verschiebe?",
    "Der Termin ist noch nicht gebucht.",
    "Der Termin ist leider nicht gebucht.",
    "Ich konnte den Termin nicht buchen.",
    "Das kann ich Ihnen noch nicht bestätigen.",
    "Die Buchung ist noch nicht bestätigt.",
    "Ich buche den Termin jetzt für Sie.",
    "Einen Moment, ich trage Sie ein.",
    "Ich prüfe, ob der Termin gebucht ist.",
    "Sobald der Termin gebucht ist, bekommen Sie eine Bestätigung.",
    "Ich kann den Termin gerne verschieben.",
    "Der Termin kann storniert werden.",
    "Der Termin am Freitag um zehn steht Ihnen zur Verfügung.",
    "Freitag um zehn ist frei.",
    "Wie ist Ihr Name?",
    "Könnten Sie mir Ihren Namen buchstabieren?",
    "Guten Tag, Salon Spitzer, was kann ich für Sie tun?",
    "Einen Moment, ich schaue nach.",
    "Should I book that for you?",
    "Would you like me to cancel the appointment?",
    "The appointment is not booked yet.",
    "I couldn't confirm the booking.",
    "The slot is free and held for you.",
    "Do you want to reschedule?",
    "Hat das Wetter geklappt?",
    "Sobald das erledigt ist, melde ich mich.",
    "Das ist noch nicht erledigt.",
    # Holds are "reserviert": said freely, and the prompt asks for exactly this word.
    "Ich habe den Termin für Sie reserviert, soll ich ihn buchen?",
    "Ich habe ihn für zehn Minuten reserviert.",
    "Der Termin ist reserviert, aber noch nicht gebucht.",
    "Der Termin gehört Ihnen für zehn Minuten.",
    "The slot is held for ten minutes.",
    # Offers, questions, intentions, conditions, negations
    "Soll ich Sie für Freitag eintragen?",
    "Darf ich Sie eintragen?",
    "Ist der Termin fix für Sie?",
    "Passt Ihnen Freitag um zehn?",
    "Der Termin ist noch nicht fest.",
    "Noch ist nichts gebucht.",
    "Ich habe noch nichts gebucht.",
    "Wenn Sie möchten, trage ich Sie ein.",
    "Ich kann Sie gern für Freitag eintragen.",
    "Gebucht ist der Termin erst, wenn Sie ja sagen.",
    "Möchten Sie, dass ich den Termin verbindlich buche?",
    "Einen Moment, ich buche das für Sie.",
    "Leider konnte ich den Termin nicht buchen.",
    "Ich habe den Termin nicht storniert.",
    "Ich habe nichts verschoben.",
    "Shall I book it?",
    "I'm booking it now.",
    "I haven't booked anything yet.",
    "Nothing has been cancelled.",
    "Would you like to cancel?",
    # Plain information
    "Der Termin ist leider schon vergeben.",
    "Ich schaue im Kalender nach.",
    "Im Kalender ist Freitag um zehn frei.",
    "Bis Freitag habe ich leider nichts frei.",  # "bis Freitag" is a preposition, not a goodbye
    "Die Dauerwelle dauert etwa zwei Stunden.",
    "Fabian ist am Freitag im Kalender komplett ausgebucht.",
    "Der Termin ist im Kalender noch frei.",
    "Der Salon ist fünf Minuten vom Bahnhof entfernt.",
    "You are in luck, Friday is free.",
]


@pytest.mark.parametrize("sentence", BOOKED_CLAIMS)
def test_booking_claims_are_recognised(sentence: str):
    assert Claim.BOOKED in classify(sentence).claims


@pytest.mark.parametrize("sentence", CANCELLED_CLAIMS)
def test_cancellation_claims_are_recognised(sentence: str):
    assert classify(sentence).claims == {Claim.CANCELLED}


@pytest.mark.parametrize("sentence", RESCHEDULED_CLAIMS)
def test_reschedule_claims_are_recognised(sentence: str):
    assert Claim.RESCHEDULED in classify(sentence).claims


@pytest.mark.parametrize("sentence", DONE_CLAIMS)
def test_vague_success_claims_are_recognised(sentence: str):
    assert Claim.DONE in classify(sentence).claims


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_questions_offers_negations_and_holds_claim_nothing(sentence: str):
    assert classify(sentence).claims == frozenset()


def test_streamed_text_is_cut_at_sentence_ends_but_not_at_dates_or_abbreviations():
    sentences, rest = split_sentences("Am Freitag, 27. November um 10 Uhr. Das ist z.B. gut! Und")
    assert sentences == ["Am Freitag, 27. November um 10 Uhr.", "Das ist z.B. gut!"]
    assert rest == " Und"
