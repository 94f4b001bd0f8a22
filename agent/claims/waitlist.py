"""A place on a waiting list said given (blind 20): "Ich habe Sie auf die Warteliste gesetzt",
"Sie stehen auf unserer Nachrückerliste", "Sie sind auf Platz zwei der Warteliste", "I've put
you on the waiting list for Friday", "You're number two on the waitlist", "Your name is down on
our cancellation list". No waiting list exists in the system: the sentence is a follow-up
promise (`FollowUp.WAITLIST`) that nothing backs, false in every state, like a reminder.

Not: an offer or a question ("Soll ich Sie auf die Warteliste setzen?", "Would you like me to
put you on a waiting list?"), a waiting list said not to exist ("Eine Warteliste führen wir
nicht", "We don't keep a waitlist"), a condition on it ("Wenn Sie möchten, …"); a condition on
its use ("…, falls jemand absagt") leaves the place said given.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp

# the list itself, however compounded: Warteliste, Nachrückerliste, Nachrückliste, waiting list,
# waitlist, wait list, cancellation list, standby list
_LIST = lazy(
    r"\b(?:warte|nachrück(?:er)?|reserve)-?liste\b|\b(?:waiting|wait|cancellation|standby)[\s-]?list\b",
    re.IGNORECASE,
)
# the caller placed on it: put, added, written, standing, being on it, a rank on it
_PLACED = lazy(
    r"\b(?:gesetzt|genommen|geschrieben|eingetragen|aufgenommen|notiert|vermerkt|hinzugefügt|"
    r"stehen|stehst|steht|sind|bist|platz|stelle|put|added|placed|down|on|number|first|second|"
    r"next|in\s+line)\b",
    re.IGNORECASE,
)
# an offer, a question, a condition, a denial: nothing said done
_NOT_DONE = lazy(
    r"\?|^\W*(?:wenn|falls|if|sollte)\b|\b(?:soll|sollen|möchten|möchte|wollen|würde|würden|"
    r"könnte|könnten|kann|können|kein|keine|keinen|nicht|leider\s+nicht|would|could|can|shall|should|want|"
    r"don't|do\s+not|doesn't|no|not|never)\b|n't\b",
    re.IGNORECASE,
)


# the caller is the one placed (not "people on the waiting list move up", "der Platz geht an die
# Warteliste")
_CALLER = lazy(r"\b(?:sie|ihnen|ihren|ihr|dich|du|you|you're|your)\b", re.IGNORECASE)


def waitlist_promises(sentence: str) -> tuple[Claim, ...]:
    """The waiting-list place `sentence` says given, if any (see above)."""
    m = _LIST.search(sentence)
    if m is None or _NOT_DONE.search(sentence) or not _PLACED.search(sentence):
        return ()
    if not _CALLER.search(sentence):
        return ()
    return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.WAITLIST),)
