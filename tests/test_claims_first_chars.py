"""Spec: a pattern compiled by `first_chars` finds exactly what `re.compile`'s finds; it only
skips start positions whose character no match can start with."""

from __future__ import annotations

import gc
import re

import pytest

from agent.claims import first_chars

# every code point, each followed by a mark: a search must find every place where one starts
# a match, so a start character missing from the set would show as a missing match
_EVERY = "".join(chr(c) + "\x00" for c in range(0x110000))

STARTS = [
    (r"s\x00", re.IGNORECASE),  # ſ and the long-s pairs
    (r"k\x00", re.IGNORECASE),  # the Kelvin sign
    (r"i\x00", re.IGNORECASE),  # İ, ı
    (r"ß\x00", re.IGNORECASE),  # ẞ
    (r"µ\x00", re.IGNORECASE),  # μ, Μ
    (r"[a-zß-ÿ]\x00", re.IGNORECASE),
    (r"[\w'’]\x00", re.IGNORECASE),
    (r"\d\x00", 0),
    (r"\b(?:ihr|your|οἶκος)\x00", re.IGNORECASE),
    (r"(?<=x)?(?:(?i:ǅ)|[ſK])\x00", 0),
    (r"(?a:[a-z])\x00", re.IGNORECASE),
    (r"\s*\w\x00", re.IGNORECASE | re.ASCII),
]


@pytest.mark.parametrize(("pattern", "flags"), STARTS)
def test_every_character_that_starts_a_match_is_tried(pattern: str, flags: int) -> None:
    fast = first_chars.compile(pattern, flags)
    assert fast is not re.compile(pattern, flags)  # it does skip positions
    assert fast.findall(_EVERY) == re.compile(pattern, flags).findall(_EVERY)


@pytest.mark.parametrize(
    "pattern",
    [
        r"x*",  # matches empty: every position
        r"^abc",  # anchored: re tries one position
        r"\Aabc",
        r"[^a]bc",  # may start with nearly anything
        r".bc",
        r"(a)\1",
        r"(?:a|)b?",
    ],
)
def test_a_pattern_that_may_start_anywhere_is_compiled_as_re_does(pattern: str) -> None:
    fast = first_chars.compile(pattern, re.IGNORECASE)
    plain = re.compile(pattern, re.IGNORECASE)
    for text in ("", "abc", "xxbcabcaab", "ABC a bb"):
        assert fast.findall(text) == plain.findall(text)
        assert fast.sub("-", text) == plain.sub("-", text)


def test_optional_and_zero_width_items_before_the_first_character() -> None:
    fast = first_chars.compile(r"(?<!\w)(?:sehr\s+)?(?=g)\b(?:gut|great)?!", re.IGNORECASE)
    plain = re.compile(fast.pattern, re.IGNORECASE)
    for text in ("sehr gut! GREAT! !", "SEHR  Gut!", "ſehr gut!", "x!"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_compiled_pattern_is_the_pattern_it_stands_for() -> None:
    pattern = r"\b(?P<word>termin|appointment)s?\b"
    fast = first_chars.compile(pattern, re.IGNORECASE)
    plain = re.compile(pattern, re.IGNORECASE)
    assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    assert fast.match("Termins.").group("word") == "Termin"


# sentences of both languages, and the same with the case and the letters `re` pairs changed
_SENTENCES = [
    "Ich habe Ihren Termin am Dienstag, 14. März um 15:30 Uhr bei Anna gebucht.",
    "Your appointment on Friday at 3 pm with Lena is confirmed – see you then!",
    "Leider ist der Termin nicht mehr frei; soll ich Ihnen einen anderen vorschlagen?",
    "I've cancelled the haircut and moved the colour to next week, is that okay?",
    "Die Stornierung wurde übermittelt, Sie erhalten gleich eine E-Mail.",
    "Straße 5, 1. Stock… „Schnitt & Föhnen“ für 45 € – passt das?",
]
_TEXTS = [
    *_SENTENCES,
    *(s.upper() for s in _SENTENCES[::2]),
    *(s.replace("s", "ſ").replace("k", "K").replace("i", "ı") for s in _SENTENCES[1::2]),
]


def test_the_readers_patterns_find_what_re_finds() -> None:
    from agent.claims.read import warm_up

    warm_up()  # every pattern of the reader compiled (by `first_chars`)
    # A worker of the suite may have moved its heap out of the collector's sight
    # (tests/settled_heap.py), where `gc.get_objects` does not look: bring it back for the count.
    frozen = gc.get_freeze_count()
    if frozen:
        gc.unfreeze()
    try:
        patterns = {
            (p.pattern, p.flags): p
            for p in gc.get_objects()
            if isinstance(p, re.Pattern) and isinstance(p.pattern, str)
        }
    finally:
        if frozen:
            gc.freeze()
    assert len(patterns) > 1000
    for (pattern, flags), fast in patterns.items():
        plain = re.compile(pattern, flags)
        for text in _TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], pattern
