"""A claim noun that only names a kind of tool, rule or message (blind 26, claims46): in "The
cancellation policy is on our website.", "The booking tool only shows mornings right now.", "We
send confirmation texts, not e-mails.", "The booking form asks for your surname." the words
"cancellation", "booking", "confirmation" modify another noun (policy, tool, form, page, system,
calendar, link, button, fee, rules, texts, messages …): the sentence describes the salon's tools
and rules, no outcome of the caller's (German writes these as one word, "Stornobedingungen",
"Buchungstool", which its reader already leaves alone).

Only English, only where the claim word stands before such a noun, not after "in" / "into" / "on"
(something put into the tool: "I've entered it into our booking system"), no other claim word,
day or time is left once the compound is taken out ("The booking system shows your name at ten
on Friday"), the caller's own booking is not named ("your booking", "you're
booked", "has you"), the predicate says no outcome ("went through", "is confirmed", "sent",
"done", "on its way") and the messages are a kind (plural, no "the"/"your": "We send confirmation
texts", not "The confirmation text is on its way"). Drops outcome claims; nothing else."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS})
_CLAIM_NOUN = r"(?:booking|cancellation|confirmation|rebooking|reservation|appointment)"
_TOOL = (
    r"(?:policy|policies|tool|tools|system|form|page|site|website|portal|app|calendar|link|"
    r"button|line|hotline|desk|software|rules?|terms|conditions|fees?|charges?|assistant|widget|"
    r"process(?:es)?)"
)
_KIND = r"(?:texts|messages|e-?mails|sms|letters|reminders)"
_COMPOUND = lazy(rf"\b{_CLAIM_NOUN}\s+(?:{_TOOL}\b|(?<!the\s)(?<!your\s)(?<!a\s){_KIND}\b)")
_LEFT = lazy(
    r"book|cancel|confirm|reserv|schedul|moved|\bheld\b|\bhold\b|\byou'?re\b|\byou\s+are\b|"
    r"\byour\s+(?:booking|appointment|slot|visit|spot)\b|\bhas\s+you\b|\bhave\s+you\b|\bin\b"
)
# something put into the tool ("I've entered it into our booking system")
_PLACED = lazy(rf"\b(?:in|into|onto|on|to|under)\s+(?:\w+\s+)?{_CLAIM_NOUN}\s+{_TOOL}\b")
# the tool showing a day or time ("The booking system shows your name at ten on Friday")
_DAY_OR_TIME = lazy(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"o'clock|noon|a\.?m\.?|p\.?m\.?)\b|\d|\bat\s+(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|half)\b"
)
_OUTCOME_SAID = lazy(
    r"\b(?:went|gone|through|complete[d]?|done|finished|sent|out|way|worked|successful|ready|"
    r"made|created|processed|arrived|arrive|received|got|set|ok|okay|fine)\b"
)


# a day of the tool's own state ("The booking page is slow today"), the caller's only with "you"
_TODAY = lazy(r"\b(?:today|tomorrow)\b")
_CALLER = lazy(r"\byou\b|\byour\b")
# the confirmation messages the salon sends as a kind ("We only send confirmation messages by
# text"): a rule of the salon's, no text promised to the caller (claims54, tune probe 26b)
_KIND_SENT = lazy(
    rf"\b(?:we|the\s+salon)\s+(?:only\s+|always\s+|just\s+)?send\s+{_CLAIM_NOUN}\s+{_KIND}\b"
)


def without_tool_nouns(sentence: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without outcomes read in a claim noun naming a tool, rule or message (above)."""
    dropped = _OUTCOMES | {K.FOLLOW_UP}
    if lang != "en" or not any(c.kind in dropped for c in claims):
        return claims
    text = fold(sentence).text
    if not _COMPOUND.search(text):
        return claims
    rest = _COMPOUND.sub(" ", text)
    if _LEFT.search(rest) or _OUTCOME_SAID.search(rest) or _PLACED.search(text):
        return claims
    if _DAY_OR_TIME.search(rest) or (_TODAY.search(rest) and _CALLER.search(rest)):
        return claims
    if not (_KIND_SENT.search(text) and not _CALLER.search(text)):
        dropped = _OUTCOMES
    return tuple(c for c in claims if c.kind not in dropped)
