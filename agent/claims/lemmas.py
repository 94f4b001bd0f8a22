"""simplemma's lemmas and known words, from its dictionaries as they are stored, not as dicts.

simplemma's default backend decodes each language's dictionary into a dict of bytes (German
1.1 million entries, English 180,000): about 130 MB in every server process, loaded while the
first call of the process waits. Its `low_memory` backend keeps the compressed stream (about
17 MB for both) and decodes the few entries around a word when asked: the same entries, so the
same lemmas, at tens of microseconds for a word not seen before (the reader's word caches,
`morph.lemma` and `morph.is_known`, keep what it found). Every lookup of the claims reader goes
through here; `tests/test_claims_lemmas.py` checks that the dict backend is never loaded.
"""

from __future__ import annotations

import simplemma

LOW_MEMORY = True


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of `word` in `lang` (its casing as simplemma gives it)."""
    return simplemma.lemmatize(word, lang=lang, low_memory=LOW_MEMORY)


def is_known(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of `lang` holds `word`."""
    return simplemma.is_known(word, lang=lang, low_memory=LOW_MEMORY)
