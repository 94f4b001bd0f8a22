"""Blind 56's answers about the caller's appointment in text prepared for speech (claims148): the
date said back after a "when was that?" with a focus word ("Und wann genau war das nochmal?"), the
stylist named as the caller's after a question about their stylist ("Ihre Friseurin ist …",
"Your stylist is …"), and a name's pronunciation written out after a dash ("Lena Hoffmann – Le-na
Hoff-mann"), which the speech engine says and the reader skips.

Each answer claims the appointment it names (`booked`, convention 46): true where the caller has
it, false elsewhere. Their neighbours: the same words with no question before them, a hyphenated
word that is no repeated name ("ist – um-ge-bucht" keeps its claim word)."""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from agent.claims.reworded import reworded
from tests.corpus.claims_corpus import facts


def _passes(sentence: str, lang: str, state: str, caller: str = "") -> bool:
    return decide(sentence, dataclasses.replace(facts(state, lang), caller=caller)).passes


@pytest.mark.parametrize(
    ("lang", "caller", "sentence"),
    [("de", "Und wann genau war das nochmal?", "Freitag, den 28. November, um zehn Uhr."),
     ("de", "Wann denn war das?", "Am Freitag um zehn Uhr bei Fabian."),
     ("en", "When exactly was that?", "Friday the twenty-eighth, ten a m."),
     ("de", "Wer ist denn mein Friseur?", "Ihr Friseur ist Fabian Spitzer."),
     ("en", "Who's my hairdresser again?", "Your hairdresser is Fabian Spitzer."),
     ("de", "Wie heißt mein Friseur?", "Ihr Friseur ist Fabian Spitzer – Fa-bi-an Schpit-zer."),
     ("en", "What's my stylist called?", "Your stylist is Fabian Spitzer – FAH-bee-ahn SPIT-ser.")],
)  # fmt: skip
def test_an_answer_about_the_callers_appointment_claims_it(lang, caller, sentence):
    assert _passes(sentence, lang, "booked", caller)
    assert not _passes(sentence, lang, "nothing", caller)
    assert not _passes(sentence, lang, "cancelled", caller)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("de", "Ihr Friseur ist Fabian Spitzer – Fa-bi-an Schpit-zer."),
     ("en", "Your stylist is Fabian Spitzer – FAH-bee-ahn SPIT-ser.")],
)  # fmt: skip
def test_the_stylist_named_without_a_question_claims_nothing(lang, sentence):
    assert _passes(sentence, lang, "nothing")


def test_a_pronunciation_guide_repeating_the_name_is_not_read():
    assert reworded("Ihr Friseur ist Fabian – Fa-bi-an.", "de") == "Ihr Friseur ist Fabian."


def test_a_claim_word_torn_by_hyphens_is_kept():
    heard = reworded("Ihr Termin ist – um-ge-bucht.", "de")
    assert heard is None or "um-ge-bucht" in heard
    claims = decide("Ihr Termin ist – um-ge-bucht.", facts("nothing", "de")).claims
    assert K.RESCHEDULED in {c.kind for c in claims}


def test_the_stylist_asked_by_name_without_a_question_mark_is_asked():
    caller = "Wie heißt meine Friseurin, ich vergesse das immer."
    assert _passes("Ihre Friseurin ist Lena Hoffmann.", "de", "two", caller)
    assert not _passes("Ihre Friseurin ist Lena Hoffmann.", "de", "booked", caller)
