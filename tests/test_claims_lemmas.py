"""The claims reader's lemmas: simplemma's compressed dictionaries, never its 130 MB dict backend.

A server process reads sentences with the reader from its first call on; simplemma's default
backend would build its dictionaries as Python dicts there (about 130 MB a process, seen as the
lone call's growth in bench/concurrent_calls.py). The low-memory backend answers from the same
entries, so the lemmas must be the same.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import simplemma

from agent.claims import lemmas
from tests.corpus.claims_corpus import cases

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow  # a subprocess, and the whole claims corpus read


def test_reading_sentences_never_builds_simplemmas_in_ram_dictionaries() -> None:
    # A fresh process: another test of this worker may have loaded the dict backend already.
    script = textwrap.dedent(
        """
        from datetime import UTC, datetime

        from simplemma.strategies.dictionaries import dictionary_factory

        def refuse(lang):
            raise AssertionError(f"simplemma's dict backend loaded for {lang}")

        dictionary_factory._load_dictionary_from_disk = refuse

        from agent.claims import decide, read_sentence, warm_up
        from agent.claims.model import CallFacts
        from agent.claims.morph import is_known, lemma
        from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY

        warm_up()
        assert read_sentence("Ich habe Sie für Freitag eingetragen, umgebucht.", "de").claims
        assert read_sentence("Your appointment has been rescheduled.", "en").claims
        # a regional participle ("gmacht") is looked up too, in the decision's rewording
        now = datetime(2026, 12, 4, 9, tzinfo=UTC)
        assert decide("I hob Eana an Termin am Freitag gmacht.", CallFacts(now=now)).claims
        assert lemma("gebucht", "de") == "buchen"
        assert is_known("termin")
        loaded = LOW_MEMORY_DICTIONARY_FACTORY.get_dictionary
        print(sorted(type(loaded(lang)).__name__ for lang in ("de", "en")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "['StreamMap', 'StreamMap']"


def test_lemmas_and_known_words_are_the_dict_backends_for_every_word_of_the_claims_corpus() -> None:
    words = {
        (word, entry.lang)
        for entry, _, _ in cases()
        for word in re.findall(r"[^\W\d_]+", entry.text.lower())
    }
    assert len(words) > 3000
    differ = [
        (word, lang)
        for word, lang in sorted(words)
        if lemmas.lemmatize(word, lang) != simplemma.lemmatize(word, lang=lang)
        or lemmas.is_known(word, lang) != simplemma.is_known(word, lang=lang)
    ]
    assert differ == []
