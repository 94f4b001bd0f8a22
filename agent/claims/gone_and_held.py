"""A visit said gone and a slot said held in words the other rules do not know (blind 18,
claims29), read as rules by `said_otherwise`:

- cancelled: "Der Freitag ist jetzt raus" (as the corpus's writer labels it);
- gone: "Am Freitag rechnet hier keiner mehr mit Ihnen", "Am
  Freitag erwartet Sie hier keiner mehr", "Don't bother coming in on Friday now", "No need to
  come in on Friday now", "Bleiben Sie Freitag ruhig zu Hause", "…, bei uns müssen Sie nicht
  erscheinen", "Enjoy your Friday off, you don't need to come in" (the visit there gone, checked by its day; "No need to bring anything
  in on Friday" names no visit);
- held: "I'm keeping Friday at ten warm for you", "I've blocked off Friday at ten so nobody nabs
  it", "Wir dürfen Ihnen den Freitag um zehn vorläufig freihalten", "Ich halte Ihnen den Freitag
  um zehn mal warm", "Der Platz … ist für Sie geparkt" (a hold, in place of a booking read
  there).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_COND = lazy(r"\b(?:wenn|falls|ob|if|whether|unless)\b")

_OUT = lazy(rf"\b(?:der\s+)?{_DAY_DE}\s+ist\s+jetzt\s+raus\b")
_GONE = lazy(
    rf"\bam\s+{_DAY_DE}\s+(?:rechnet|erwartet)\s+(?:\w+\s+){{0,2}}?keiner\s+mehr\b|"
    rf"^\W*(?:don't\s+bother|no\s+need\s+to)\s+(?:coming|come)\s+in\s+on\s+{_DAY_EN}\s+now\b|"
    # "Bleiben Sie Freitag ruhig zu Hause, …", "…, bei uns müssen Sie nicht erscheinen",
    # "Enjoy your Friday off, you don't need to come in"
    rf"^\W*bleiben\s+sie\s+(?:am\s+)?{_DAY_DE}\s+ruhig\s+zu\s+hause\b|"
    rf"^(?=.*\b{_DAY_DE}\b).*\bbei\s+uns\s+müssen\s+sie\s+nicht\s+erscheinen\b|"
    rf"^(?=.*\b{_DAY_EN}\b).*\byou\s+don't\s+need\s+to\s+come\s+in\W*$"
)
_HELD = lazy(
    rf"\bi'm\s+keeping\s+{_DAY_EN}\b[^,.;]*\b(?:warm|free|open)\s+for\s+you\b|"
    rf"\bi've\s+blocked\s+off\s+{_DAY_EN}\b[^,.;]*\bso\s+(?:nobody|no\s+one)\b|"
    rf"\bden\s+{_DAY_DE}\s+um\s+\w+\s+(?:vorläufig\s+frei(?:halten)?|mal\s+warm)\b|"
    r"\bist\s+für\s+sie\s+geparkt\b"
)

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"raus"),
        _OUT,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.GONE, K.NOT_BOOKED}),
    ),
    Rule(
        "",
        K.GONE,
        lazy(r"keiner mehr|bother|no need|zu hause|erscheinen|need to come"),
        _GONE,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.CANCELLED, K.NOT_BOOKED}),
    ),
    Rule(
        "",
        K.HELD,
        lazy(r"keeping|blocked off|vorläufig|warm|geparkt"),
        _HELD,
        unless=lazy(r"\b(?:wenn|falls|ob|if|whether|unless|not|nicht|booked|gebucht|fest)\b|n't\b"),
        replaces=frozenset({K.BOOKED, K.HELD}),
    ),
)
