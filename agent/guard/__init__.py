"""What the caller hears is true: the confirmation guard and the code that speaks for the calendar.

- `ConfirmationGuard` (processor): holds every sentence of the model against the call's facts.
- `Ahead` (ahead): a sentence decided while the guard waits for the word that releases it.
- `CallFactsSource` (facts): the call's appointments from the ledger, cached per call.
- `truth` (truth): the sentence that replaces a blocked claim.
- `CodeVoice` (voice): speaks tool outcomes and the summary verbatim, exactly once.
- `OutcomeHearing`, `OutcomeEar` (heard): whether the caller heard each outcome (the one place).
- `CallSummary` (summary) and `is_farewell` (farewell): the last word is the calendar's.
- `classify` (lexicon): the interim lexical claim classifier behind `agent.claims`.
"""

from agent.guard.facts import CallFactsSource, KnownAppointment
from agent.guard.farewell import is_farewell
from agent.guard.lexicon import Verdict, classify
from agent.guard.processor import ConfirmationGuard
from agent.guard.sentences import split_sentences
from agent.guard.summary import CallSummary
from agent.guard.truth import truth
from agent.guard.voice import REPLY_COMPLETE, CodeVoice

__all__ = [
    "REPLY_COMPLETE",
    "CallFactsSource",
    "CallSummary",
    "CodeVoice",
    "ConfirmationGuard",
    "KnownAppointment",
    "Verdict",
    "classify",
    "is_farewell",
    "split_sentences",
    "truth",
]
