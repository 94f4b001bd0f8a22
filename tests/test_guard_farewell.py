"""Is the call ending? Goodbyes of caller and bot in German and English, told apart from
sentences that only contain a goodbye's words, and from goodbyes followed by a question."""

from __future__ import annotations

import pytest

from agent.guard import is_farewell

GOODBYES = [
    # the caller
    "Tschüss!",
    "Danke, tschüss!",
    "Okay, ciao!",
    "Tschö",
    "Auf Wiederhören!",
    "Wiederhören.",
    "Danke, bis morgen.",
    "Alles klar, bis dann!",
    "Nein danke, das war's.",
    "Das wär's, danke.",
    "Nein, das ist alles. Tschüss.",
    "Mehr brauche ich nicht, danke.",
    "Einen schönen Tag noch!",
    "Machen Sie's gut!",
    "Ich lege jetzt auf.",
    "Bye!",
    "Thanks, bye!",
    "Goodbye.",
    "No, that's it. Bye.",
    "That's all, thanks.",
    "Take care!",
    "Okay, see you then.",
    # the bot
    "Vielen Dank für Ihren Anruf, auf Wiederhören!",
    "Gern geschehen. Auf Wiederhören!",
    "Bis morgen, Herr Brandt!",
    "Perfekt, dann bis Freitag um zehn!",
    "Dann sehen wir uns am Freitag.",
    "Wir freuen uns auf Sie.",
    "Rufen Sie gern wieder an!",
    "Thank you for calling, goodbye!",
    "See you on Friday!",
    "Have a nice day!",
    "We look forward to seeing you.",
    "Feel free to call back anytime.",
    # written to slip past a word list
    "Tschü\u00adss!",
    "Auf Wieder\u200bhören!",
    "ＴＳＣＨÜＳＳ!",
]

NOT_GOODBYES = [
    "Hallo, guten Tag!",
    "Servus, ich hätte gern einen Termin.",
    "Danke!",
    "Thank you!",
    "Danke, und was kostet das?",
    "Bis Freitag habe ich leider nichts frei.",
    "Bis wann haben Sie offen?",
    "Bis um zehn bin ich beim Arzt.",
    "Bis dahin ist der Termin reserviert.",
    "Das ist alles, was ich frei habe.",
    "Das war's?",
    "Is that all?",
    "Kann ich sonst noch etwas für Sie tun?",
    "Tschüss! Ach, eine Frage noch: wann haben Sie offen?",
    "Auf Wiedersehen sagen wir erst später.",
    "Have a look at Friday.",
    "Call Fabian.",
    "Ich hätte gern eine Dauerwelle.",
    "Wunderbar, Ihr Termin ist gebucht.",
]


@pytest.mark.parametrize("text", GOODBYES)
def test_goodbyes_are_recognised(text: str):
    assert is_farewell(text)


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_words_of_a_goodbye_in_another_sentence_are_not_one(text: str):
    assert not is_farewell(text)
