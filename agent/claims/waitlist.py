"""A place on a waiting list said given (blind 20): "Ich habe Sie auf die Warteliste gesetzt",
"Sie stehen auf unserer Nachrückerliste", "Sie sind auf Platz zwei der Warteliste", "I've put
you on the waiting list for Friday", "You're number two on the waitlist", "Your name is down on
our cancellation list". No waiting list exists in the system: the sentence is a follow-up
promise (`FollowUp.WAITLIST`) that nothing backs, false in every state, like a reminder.

Not: an offer or a question ("Soll ich Sie auf die Warteliste setzen?", "Would you like me to
put you on a waiting list?"), a waiting list said not to exist ("Eine Warteliste führen wir
nicht", "We don't keep a waitlist"), a condition on it ("Wenn Sie möchten, …"); a condition on
its use ("…, falls jemand absagt") leaves the place said given. The same list in other words
(blind 33, claims71): the caller made a standby ("als Nachrückerin vorgemerkt", "put you down as a
standby"), a bare list tied to a slot freeing up ("Sie sind auf der Liste, falls etwas frei
wird"), or moved up into a freed slot automatically ("Wenn jemand absagt, rücken Sie automatisch
nach", "If anything opens up, it's automatically yours"): the same promise nothing keeps.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp

# the list itself, however compounded: Warteliste, Nachrückerliste, Nachrückliste, waiting list,
# waitlist, wait list, cancellation list, standby list
_LIST = lazy(
    r"\b(?:warte|nachrück(?:er)?|reserve)-?liste\b|\b(?:waiting|wait|cancellation|standby)[\s-]?list\b|"
    # claims112 (blind 43): "the list for cancellations", "die Liste für kurzfristige Absagen"
    r"\blist\s+for\s+(?:\w+\s+)?cancell?ations\b|\bliste\s+für\s+(?:\w+\s+)?absagen\b",
    re.IGNORECASE,
)
# the caller as a standby, or on a bare list used when a slot frees up
_STANDBY = lazy(r"\b(?:als\s+nachrücker(?:in)?|as\s+(?:a\s+)?standby)\b", re.IGNORECASE)
# the caller noted down for a day in case someone cancels (claims112, blind 43: "Sie sind jetzt
# für Freitag vorgemerkt, falls jemand absagt", "I've put you down for Friday in case someone
# cancels"): a standby in other words
_NOTED_DOWN = lazy(
    r"\b(?:vorgemerkt|notiert|eingetragen|put\s+(?:you|your\s+name)\s+down|noted\s+you\s+down|"
    r"you're\s+down|you\s+are\s+down)\b[^.!?]*?,?\s*\b(?:falls|wenn|sobald|if|in\s+case|should)\s+"
    r"(?:jemand|einer|eine|wer|someone|somebody|anyone|anybody)\s+(?:\w+\s+)?(?:absagt|abspringt|"
    r"cancels|drops\s+out)\b",
    re.IGNORECASE,
)
_BARE_LIST = lazy(r"\b(?:auf\s+der\s+liste|on\s+the\s+list)\b", re.IGNORECASE)
_FREES_UP = lazy(
    r"\b(?:frei\s+wird|absagt|abspringt|opens\s+up|frees\s+up|free\s+up|cancels|drops\s+out)\b",
    re.IGNORECASE,
)
# moved up into a freed slot by itself: "rücken Sie automatisch nach", "the slot's automatically
# yours", "you'll be moved in automatically", "bekommen Sie automatisch den Platz"
_AUTOMATIC = lazy(r"\b(?:automatisch|automatically)\b", re.IGNORECASE)
_MOVED_UP = lazy(
    r"\b(?:rück\w*\s+(?:\w+\s+){0,3}?nach|nachrück\w*|rutsch\w*|bekommen\s+sie|kriegen\s+sie|"
    r"gehört\s+(?:er|der\s+platz|ihnen)|moved\s+(?:in|up)|yours|goes\s+to\s+you|you(?:'ll|\s+will)\s+"
    r"get)\b",
    re.IGNORECASE,
)
_MOVE_UP_NOT_SAID = lazy(
    r"\?|\b(?:kein|keine|keinen|nicht|nie|not|no|never|leider)\b|n't\b", re.IGNORECASE
)
# the caller placed on it: put, added, written, standing, being on it, a rank on it
_PLACED = lazy(
    r"\b(?:gesetzt|genommen|geschrieben|eingetragen|aufgenommen|notiert|vermerkt|hinzugefügt|"
    r"setze|setzen|trage|nehme|stehen|stehst|steht|sind|bist|platz|stelle|put|putting|added|adding|placed|"
    r"down|on|number|first|second|"
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
    if moved_up(sentence):
        return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.WAITLIST),)
    said = sentence
    if not _LIST.search(sentence) and not _STANDBY.search(sentence):
        if _NOTED_DOWN.search(sentence) and _CALLER.search(sentence):
            said = _condition_of_use_cut(sentence)
            if not _NOT_DONE.search(said):
                return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.WAITLIST),)
            return ()
        if not (_BARE_LIST.search(sentence) and _FREES_UP.search(sentence)):
            return ()
        said = _condition_of_use_cut(sentence)  # "…, falls etwas frei wird": the list's use
    if _NOT_DONE.search(said) or not (_PLACED.search(said) or _STANDBY.search(said)):
        return ()
    if not _CALLER.search(sentence):
        return ()
    return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.WAITLIST),)


def _condition_of_use_cut(sentence: str) -> str:
    """`sentence` without a trailing condition on the list's use ("…, falls bei Lena etwas frei
    wird"): it leaves the place said given."""
    return re.split(r",\s*(?:falls|wenn|sobald|if|in\s+case|should)\b", sentence, maxsplit=1)[0]


def moved_up(sentence: str) -> bool:
    """The caller said to move up into a freed slot by itself: a waiting list in other words."""
    return bool(
        _AUTOMATIC.search(sentence)
        and _MOVED_UP.search(sentence)
        and _FREES_UP.search(sentence)
        and (_CALLER.search(sentence) or re.search(r"\byours\b", sentence, re.IGNORECASE))
        and not _MOVE_UP_NOT_SAID.search(sentence)
    )
