"""What the caller can now do on a named day (blind 16, claims25): "Sie können jetzt einfach am
Freitag vorbeikommen", "Am Freitag müssen Sie sich nur noch am Empfang melden", "Dann kommen Sie
am Freitag einfach vorbei", "You can just come by on Friday now", "Feel free to just walk in on
Friday", "All you have to do on Friday is check in at the desk", "Just turn up Friday".

Such a sentence presupposes the visit: a booking with the day it names (the lead's decision for
round 16), checked like one. It needs a day, a verb of coming in and a word that makes it the
consequence of something done ("jetzt", "dann", "einfach", "nur noch", "now", "just", "all you
have to do", "feel free"); a question, a condition or a negation ("Ohne Termin können Sie nicht
einfach vorbeikommen", "You can come by on Friday once it's confirmed") is no claim.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

_DAY_DE = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|"
    r"am\s+\d{1,2}\.)"
)
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
_MARK_DE = r"(?:jetzt|dann|einfach|nur\s+noch|nur|direkt|entspannt|ab\s+jetzt|nun)"
_MARK_EN = (
    r"(?:now|just|simply|all\s+you\s+(?:have|need)\s+to\s+do|all\s+that's\s+left|feel\s+free|"
    r"only\s+need)"
)
_VISIT_DE = lazy(
    rf"^(?=.*\b{_DAY_DE})(?=.*\b{_MARK_DE}\b).*?(?:"
    r"\b(?:können|kannst|könnt|dürfen|darfst|brauchen|brauchst|müssen|musst)\b.*?"
    r"\b(?:vorbeikommen|vorbeischauen|reinkommen|hereinkommen|reinspazieren|hereinspazieren|"
    r"reinschneien|erscheinen|kommen|melden|anmelden)\b|"
    r"\b(?:kommen|schauen|spazieren)\s+(?:sie|du)\b.*?\b(?:vorbei|rein|herein)\b|"
    r"\bkomm\b.*?\b(?:vorbei|rein)\b)"
)
_VISIT_EN = lazy(
    rf"^(?=.*\b{_DAY_EN}\b)(?=.*\b{_MARK_EN}\b).*?"
    r"\b(?:come\s+(?:by|in|over|along|round)|pop\s+(?:in|by|over)|walk\s+in|drop\s+(?:in|by)|"
    r"show\s+up|turn\s+up|check\s+in|stop\s+by|swing\s+by|head\s+(?:in|over))\b"
)
_NOT_DE = lazy(
    r"\b(?:nicht|kein\w*|nie|ohne|wenn|falls|ob|sofern|sobald|erst|nachdem|möchten|möchtest|"
    r"wollen|willst|würde|würden|könnten|freitags|samstags|leider|statt|anstatt)\b"
)
_NOT_EN = lazy(
    r"\b(?:not|no|never|without|if|whether|unless|once|when|after|would|could|might|may|"
    r"like|want|walk-ins?|fridays|saturdays|instead)\b|n't\b|\bas\s+soon\s+as\b"
)

RULES = (
    Rule("de", K.BOOKED, lazy(_DAY_DE), _VISIT_DE, unless=_NOT_DE),
    Rule("en", K.BOOKED, lazy(_DAY_EN), _VISIT_EN, unless=_NOT_EN),
)
