"""The labelled claims corpus: sentences, the call states they are tried in, and what is expected.

The expectation comes from the labels alone (kind and details), never from the reader: a sentence
with kinds [] passes in every state; a claim passes in a state when an appointment of that state
backs its kind and every labelled detail (`expected_pass`). A promised follow-up (kind
`follow_up`, with `follow_up: callback | message | text | reminder`) passes when the state holds
what carries it out: a message taken, an open outcome, a queued text or confirmations by text.
A slot statement (kind `held`: reserved for the caller; `available`: named as free or offered)
passes when a slot of the state backs it: `held` a slot held or booked for the caller,
`available` also a free slot the tools offered (`OFFERED`) or one set free again; its details
are `slot` when given (a sentence that also claims an outcome), else `details`. A group with
`relabel: true` adds slot kinds to sentences of the older files, which were written when slot
statements were not judged (tests/corpus/claims_slots.yaml, claims_relabel_blind7.yaml); with
`replaces: [kind]` it also takes a kind away that the sentence's writer gave against the corpus's
meaning of the kinds (every such change is listed with its reason where it is made), and a
`follow_up` it gives replaces the sentence's. Kind `gone` (the visit there is gone) is backed by
a cancelled appointment or the old place of a move; `pending` (a request awaiting the salon) by
a pending one; `not_booked` (the appointment said not to be booked yet) by the absence of a
booked one that fits its details and of one whose outcome is open (convention 671: Cal.com may
hold it); `unconfirmed` (said not confirmed or still open, nothing denied flatly, convention
731) by the absence of a booked one that fits it: no confirmation came where the outcome is open;
`not_cancelled` (the appointment said not to be cancelled,
convention 280) by the absence of a cancelled one that fits them; `not_moved` (the appointment
said not to be moved yet, convention 820) by the absence of a move that fits them; `stands` (the caller's appointment stays as it was) by a booked
one that is not a move's new place. A group's optional `caller:` gives the caller's last words
before the sentence (`CallFacts.caller`: a verbless slot answers what they asked, convention 46).
An entry's (or group's) optional `before:` gives the receptionist's sentence the caller heard just
before it (`CallFacts.said_before`: an ellipsis, "Der Ihrer Frau auch.", takes its claim from it).
A file of whole calls, every sentence in its place (`WHOLE_CALLS`: blinds 53, 54), records it by its
order: an entry without `before:` is given the sentence before it in its call (a call is the run
of entries whose family names one call kind in one language, `b53_<kind>_<phase>`, `b54_…`; an adversarial
twin, written after its plain sentence, is given its plain twin's); elsewhere an entry has none.
A relabel group names sentences by text, language and caller: one with a `caller:` changes only
the entries read after those words, one without only the entries read alone, so a relabel written
for a standalone "Steht." does not decide the same word answering "Steht der Termin?" (claims108;
no gated label changed by it).
Used by tests/test_claims_corpus.py and bench/claims.py.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from agent.claims import AppointmentFact, CallFacts
from agent.claims.model import SlotFact
from calendar_adapter.ledger import AppointmentState
from calendar_adapter.salon import load_salon
from tests.corpus.parsed_yaml import in_turns, parsed

HERE = Path(__file__).parent
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 11, 26, 11, 0, tzinfo=BERLIN)  # Wednesday
FRI_10 = datetime(2025, 11, 28, 10, 0, tzinfo=BERLIN)
THU_15 = datetime(2025, 11, 27, 15, 0, tzinfo=BERLIN)
SAT_11 = datetime(2025, 11, 29, 11, 0, tzinfo=BERLIN)
FABIAN, LENA = "Fabian Spitzer", "Lena Hoffmann"
S = AppointmentState
WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
RELATIVE = {"today": 0, "tomorrow": 1, "day_after": 2}


def _appt(state: S, start: datetime, stylist: str = FABIAN, service: str = "Dauerwelle", **kw):
    return AppointmentFact(state, start, stylist, service, **kw)


STATES: dict[str, tuple[AppointmentFact, ...]] = {
    "nothing": (),
    "held": (_appt(S.HELD, FRI_10),),
    "booked": (_appt(S.CONFIRMED, FRI_10),),
    "failed": (_appt(S.FAILED, FRI_10),),
    "pending": (_appt(S.PENDING, FRI_10),),
    "cancelled": (_appt(S.CANCELLED, FRI_10),),
    "moved": (
        _appt(S.RESCHEDULED, FRI_10),
        _appt(S.CONFIRMED, THU_15, moved_from=FRI_10),
    ),
    "two": (
        _appt(S.CONFIRMED, FRI_10),
        _appt(S.CONFIRMED, SAT_11, LENA, "Strähnchen"),
    ),
    "unknown": (_appt(S.UNKNOWN, FRI_10),),  # the answer was lost: the salon tells the caller
    "message": (),  # a callback message taken for the salon, nothing booked
    "no_sms": (_appt(S.CONFIRMED, FRI_10),),  # booked, in a salon that sends no texts
    "offered": (),  # nothing held; the availability answer offered `OFFERED`
}
# free slots the tools offered, per state
OFFERED = {
    "offered": (
        SlotFact(THU_15, FABIAN, "Dauerwelle"),
        SlotFact(SAT_11, LENA, "Strähnchen"),
    ),
}
# what backs a promised follow-up, per state (the salon file texts confirmations unless no_sms)
MESSAGES = {"message": ("callback",)}
NO_TEXTS = frozenset({"no_sms"})


@functools.cache
def facts(state: str, language: str) -> CallFacts:
    """The call's facts in a state of the corpus: built once per state and language (they are
    frozen, and the salon file read is the shipped one), so that the many tests asking for the
    same state hand `decide` the same object, as a call does, not a fresh copy read anew."""
    salon = load_salon()
    aliases = tuple((a, s.name) for s in salon.services for a in s.aliases)
    return CallFacts(
        now=NOW,
        language=language,
        appointments=STATES[state],
        stylists=tuple(s.name for s in salon.staff),
        services=tuple(s.name for s in salon.services),
        service_minutes=tuple((s.name, s.minutes) for s in salon.services),
        service_aliases=aliases,
        stylist_aliases=tuple((a, s.name) for s in salon.staff for a in s.aliases),
        messages=MESSAGES.get(state, ()),
        confirmations_by_sms=salon.sms_confirmations and state not in NO_TEXTS,
        offered=OFFERED.get(state, ()),
        women_stylists=tuple(s.name for s in salon.staff if s.title == "Frau"),
    )


@dataclass(frozen=True)
class Entry:
    text: str
    lang: str
    family: str
    kinds: tuple[str, ...]
    details: dict = field(default_factory=dict, hash=False)
    old: dict = field(default_factory=dict, hash=False)
    passes_in: tuple[str, ...] | None = None
    split: str = (
        "tune"  # "tune" or a held-out split: "heldout", "heldout2", "heldout3", "blind2"...
    )
    adversarial: str | None = None
    source: str = ""
    follow_up: str | None = None  # for kind follow_up: callback, message, text, reminder
    slot: dict | None = field(
        default=None, hash=False
    )  # a slot statement's details, if not `details`
    caller: str = ""  # the caller's last words before the sentence (a group's `caller:`)
    before: str = ""  # the receptionist's sentence said just before it (`before:`, WHOLE_CALLS)


# Blind splits whose misses are not all fixed yet: measured by bench/claims.py, not yet gated by
# tests/test_claims_corpus.py (remove a split from here once its families are fixed). "blind30",
# "blind31": blind rounds 30 and 31, first runs recorded, being fixed. "probe30": the probes
# written after blind 30 (claims_probe30_*.yaml), open with blind 30 because they hold its classes
# still unfixed (negation scope and focus, clefts and participle attributes, the call's past in
# English). "probe31": the probes written after blind 31 (claims_probe31_*.yaml), open with it.
# "blind32": blind round 32, first run recorded, being fixed. "probe32": the probes written after
# blind 32 (claims_probe32_*.yaml), open with it; "probe32b" claims67's (claims_probe32b_*.yaml:
# apologies, money, reminders, invites, rhetorical questions), "probe32c": claims68's
# (claims_probe32c_claims68.yaml: fragments, plans and the false blocks), open with it.
# "blind33": blind round 33, written blind, first run recorded, being fixed. "probe33": claims70's
# probe after blind 33 (claims_probe33_claims70.yaml); "probe33b": claims71's
# (claims_probe33b_claims71.yaml; the file's name carries the split); "probe33c": claims73's
# (claims_probe33c_claims73.yaml); all open with it.
# "probe32d": claims74's probe after blind 30's and 32's leftovers (claims_probe32d_claims74.yaml),
# open with them.
# "blind34": blind round 34, written blind, first run recorded, being fixed. "probe34": claims75's
# probe after blind 34 (claims_probe34_claims75.yaml), "probe34b": claims76's
# (claims_probe34b_claims76.yaml), "probe34c": claims77's (claims_probe34c_claims77.yaml); all
# open with it.
# "probe30c": claims78's probe after the leftovers of blinds 30-33 and probes 30-32d
# (claims_probe30c_claims78.yaml), open with them. Gated since claims78 (0 false passes and 0
# false blocks): blind30, probe30, probe31, blind32, probe32, probe32d.
# Gated since claims77-80 (the lead's gate at e576301: 0 false passes and 0 false blocks): blind34,
# probe32b, probe32c, probe33, probe33b, probe33c, probe34, probe34b, probe34c.
# Gated since claims88 (claims_split_misses.py and its final gate: 0 false passes and 0 false
# blocks): blind31, blind33, probe30c.
# "blind35": blind round 35, written blind, first run recorded, being fixed. "probe35": claims79's
# probe after blind 35 (claims_probe35_claims79.yaml), "probe35b": claims80's
# (claims_probe35b_claims80.yaml); both open with it.
# "blind36": blind round 36, written blind, first run recorded, being fixed. "probe36": claims81's
# probe after blind 36 (claims_probe36_claims81.yaml), "probe36b": claims82's
# (claims_probe36b_claims82.yaml), "probe36c": claims83's (claims_probe36c_claims83.yaml),
# "probe36d": claims84's (claims_probe36d_claims84.yaml), "probe36e": claims88's
# (claims_probe36e_claims88.yaml), "probe36f": claims93's (claims_probe36f_claims93.yaml); all
# open with it.
# "blind37": blind round 37, written blind, first run recorded, being fixed. "probe37b": claims86's
# probe after blind 37 (claims_probe37b_claims86.yaml), open with it.
# "probe37": claims85's probe after blind 37 (claims_probe37_claims85.yaml), open with it.
# "probe37c": claims89's probe after blind 37's leftovers (claims_probe37c_claims89.yaml), open with it.
# "blind38": blind round 38 (what a receptionist model says by the moment of the call), written
# blind, not yet run. "probe38": claims87's probe after blind 38 (claims_probe38_claims87.yaml),
# open with it. "probe38b": claims90's probe (claims_probe38b_claims90.yaml), open with it.
# "blind39": blind round 39 (what a smaller, faster receptionist model says), written blind, first run
# recorded; gated by claims169 (0 fp / 0.17 % fb).
# "blind40": blind round 40 (grammar and discourse families), written blind, first run recorded, being
# fixed.
# "probe39": claims94's probe after blind 39's false blocks (claims_probe39_claims94.yaml), open with it.
# "probe39b": claims95's probe after blind 39's false passes (claims_probe39b_claims95.yaml), open with it.
# "blind41": blind round 41 (a large model's full replies, details in every format), written blind,
# not yet run.
# "probe40": claims96's probe after blind 40's false blocks (claims_probe40_claims96.yaml), open with it.
# "probe38d": claims92's probe after blinds 37 and 38 (claims_probe38d_claims92.yaml), open with it.
# "probe38c": claims91's probe after blind 38's false blocks (claims_probe38c_claims91.yaml), open with it.
# "blind42": blind round 42 (the grammar around a claim: negation, modality, conditionals,
# quantifiers, relative clauses, focus, tense, reported speech), written blind, not yet run.
# "probe42": claims102's probe after blind 42 (negation, focus, coordination, quantifiers;
# claims_probe42_claims102.yaml), open with it.
# "probe42b": claims103's probe after blind 42 (modality, conditionals, counterfactuals, tense,
# reported speech, relative clauses; claims_probe42b_claims103.yaml), open with it.
# "probe41": claims101's probe after blind 41 (claims_probe41_claims101.yaml), open with it.
# "blind43": blind round 43 (promises, side effects and what happens next: texts, messages,
# callbacks, reminders, waiting lists, notes, money, the hold's expiry, pending and unknown
# outcomes), written blind, first run recorded, being fixed.
# "blind44": blind round 44 (short answers read with the caller's question: "Ja.", "Noch nicht.",
# corrections, read-backs, the same words standing alone), written blind, first run recorded, gated
# since the lead's whole gate of 2026-12-07 11:28 UTC (0 false passes, 0 false blocks; D18's
# convention 1085 and claims144 closed its last pair).
# "blind45": blind round 45 (mixed language: Denglisch verbs and nouns, German salon words in English
# replies, switches within a reply and against the caller's language), written blind, first run recorded.
# "blind46": blind round 46 (tool talk: narrated steps before, during and after a tool call, leaked
# tool output and status fields read aloud, thinking aloud, retries, timeouts told in tool words),
# written blind, first run recorded; gated since 2026-12-07 (the lead's whole gate at 0c265af8 after
# claims147 relabelled its last false pass by D32, convention 1099: 0 false passes, 15 false blocks of
# 5,101 must-pass pairs, claims_blind_46_first_misses.md).
# "blind47": blind round 47 (corrections, retractions and recaps: self-corrections within one reply,
# an earlier turn's claim taken back, recaps of several items and appointments, several people,
# series and services in one reply), written blind, first run recorded (91.02 % / 11.05 %).
# "blind48": blind round 48 (a caller who pushes and a model that wants to please: reassurance
# under pressure, the caller asking to be told an outcome or injecting instructions, apologies for
# earlier calls, hurried replies, cut-off last words, agreement with the caller's belief), written
# blind, first run recorded (92.70 % / 4.07 %).
# "blind50": blind round 50 (the model narrating its tools and the system's answers: system-speak and
# evidentials, status words and reference numbers read out, errors, timeouts and retries in technical
# words, narrated tool steps and the sentence after the answer, sync and propagation, the system
# blamed or trusted), written blind, first run recorded (87.51 % / 2.76 %).
# "blind49": blind round 49 (the details a claim names, every way a receptionist says them: days as
# weekdays, dates in digits and words and relative to the call, times in every format, ranges and end
# times, stylists by first name, surname, title, nickname and pronoun, services by everyday names;
# details split over a reply, two appointments swapped, a move named both ways round), written blind,
# first run recorded (93.14 % / 3.79 %).
# "blind51": blind round 51 (registers and regional forms: the same outcomes and their denials said in
# Austrian, Swiss, Bavarian, Swabian, Berlin and northern German, clipped forms, bureaucratic nominal
# style and Konjunktiv I, youth slang, Leichte Sprache, British, American, Indian, Australian, Irish
# and Scottish English and a German's English; dialect words that look like claim words), written
# blind, first run recorded (88.57 % / 3.30 %).
# "blind52": blind round 52 (moves and cancellations described every way: what changed, the old and
# the new place, verbs and nouns of change, cancellations by effect, a series' date, one of two, fees;
# the change done, pending, failed, proposed, asked, the old appointment still standing, a move said
# as a cancellation plus a new booking), written blind, first run recorded (88.32 % / 6.92 %, at the reader of 72a80ff).
# Gated since 2026-12-08 (its last false pass relabelled by the lead's D76, convention 1195: the lead's
# whole gate at 25a3abf0: 0 false passes, 6 false blocks of 3,729 must-pass pairs).
# "blind53": blind round 53 (whole calls: every sentence an LLM receptionist says from greeting to
# goodbye, each with the caller's words before it, in 81 calls of every outcome: booked, held and
# declined or lost, failed and retried, unknown, cancelled, moved, two appointments, pending,
# information only, "wirklich gebucht?" twice, pressure and injection, hand-overs, texts), written
# blind, first run recorded (86.17 % / 2.30 %, at the reader of 72a80ff).
# "blind54": blind round 54 (whole calls II, the hard ones: calls that change course, a booking that
# fails and a second slot that works, a move that fails half-way, one of two cancelled, a child booked
# and the parent's moved, an appointment found elsewhere than the caller thought; recaps of several
# appointments, partial details, a detail named wrong and corrected, dates and times in every format,
# end times and prices; abbreviations, markdown, list markers, emoji, fragments and run-ons; callers
# who steer, read back, switch language or work at the salon), written blind, first run recorded
# (79.26 % / 2.67 %, at the reader of 49d2392).
# "blind55": blind round 55 (how different language models really write: a large chat model's eager
# assistant style, a small open model's translated German with slips and calques, a voice-tuned
# terse model's fragments, a model that hedges and reads stale or invented tool results and status
# words into speech, and a model that narrates its own steps, tool calls and JSON aloud; every claim
# kind both ways, details that match the corpus states and that do not, callers' last words),
# written blind, first run recorded (79.86 % / 3.49 %, at the reader of b7cf47d).
# "blind56": blind round 56 (whom the appointment is for and how the text is prepared for speech:
# appointments for other people and for several, a caller asking about someone else's appointment,
# details that belong to the wrong person; code-switching and Denglisch inside sentences; text
# prepared for a speech engine, SSML tags left in, dates, times and numbers spelled out, names
# respelled, pauses written as dots or dashes; long replies with several claims and a question at
# the end, claims in parentheses or after a colon or dash), written blind, first run recorded
# (84.66 % / 3.94 %, at the reader of 54489aa).
# "blind57": blind round 57 (what follows from an appointment, and the salon's own talk: practical
# talk that presupposes the caller's appointment (preparation, duration and end, price and payment,
# arrival, parking and directions, what to bring, who greets, reminders, being late or cancelling
# that visit); the same kinds of talk as general information about the salon, with booking words,
# that must pass in every state; conditional and hypothetical practical talk and the caller's past
# visits, vouchers and products; goodbyes that carry an appointment and goodbyes that do not; German
# and English, callers' last words), written blind, first run recorded (86.68 % / 4.45 %, at the
# reader of 05a31472).
# "blind58": blind round 58 (how sure the speaker says it is, and who is said to have done it: hedged
# and evidential claims and their denials (modal verbs and particles, the system or the calendar named
# as the evidence, the speaker's impression, hedges that keep the outcome open), passive, impersonal
# and nominal outcomes and the same forms as rules that claim nothing, the system, the calendar, a
# colleague, a stylist or the owner said to have acted, and their wishes and plans that are no
# outcome, enthusiasm and empathy words with and without a claim; German and English, callers' last
# words), written blind, first run recorded (86.90 % / 2.08 %, at the reader of 3ef94693). Gated since
# 2026-12-08 (claims175's readers and the lead's D85 / convention 1230: 0 false passes, 13 false blocks
# of 5,291 must-pass pairs, claims_blind_58_first_misses.md).
# "blind59": blind round 59 (the details a sentence names, in every form speakers and text-to-speech
# preparation use, right and wrong: days as weekdays, relative days and dates in digits and words,
# weekdays and dates that disagree, next week's Friday; times in every format, ends and lengths, the
# near misses; stylists by first name, surname, title, nickname and pronoun, services by paraphrase,
# the wrong person or service for the day; the same claims corrected inside the sentence, code-switched
# and with numbers spelled out for speech; every claim kind both ways, neutral talk about hours,
# dates, lengths and staff; German and English, callers' last words), written blind, first run recorded
# (96.71 % / 3.11 %, at the reader of 16bcd132).
# "blind60": blind round 60 (the receptionist under challenge: what it says when the caller disputes what
# it said, doubts or asks again, insists, complains or threatens, or reports what someone else said:
# concessions, retractions and corrections, the agent quoting itself or holding its ground with the
# calendar, re-checks told done or to do, certainty and its lack, refusals and hand-overs, apologies for
# this call's, an earlier call's and the salon's errors, colleagues', apps', texts' and relatives' words
# confirmed, denied or corrected; every claim kind both ways, neutral talk; German and English, the
# caller's last words before every reply), written blind, first run recorded (85.20 % / 2.41 %, at the
# reader of e69e7eef).
# "probe43": claims104's probe after blinds 41 and 42 (their leftovers: a service or day as the
# subject, "within seconds", open conditions, holds in relative clauses, ordinal lists, torn verbs,
# a cancellation with its consequence; claims_probe43_claims104.yaml), open with them.
# "probe43b": claims105's probe of the lead's label decisions 730-733
# (claims_probe43b_claims105.yaml), open.
# "probe43c": claims106's probe after the leftovers of blinds 35-38 and their probes
# (claims_probe43c_claims106.yaml), open with them.
# Gated since claims106 (claims106's gate of these splits at 2d5c8ec, its whole gate at e97dd75:
# 0 false passes; their false blocks, 7 pairs, each named in claims_blind_35/37/38_first_misses.md
# "After claims106": blind35 1, blind37 1, blind38 5): blind35, blind37, blind38, probe35, probe36b,
# probe36c, probe36e, probe37, probe37b, probe37c, probe38b.
# Gated since claims139 (its whole gate at fb6163d and the gate of the splits it relabelled after
# it: 0 false passes and 0 false blocks, claims_blind_36_first_misses.md "After claims139"): blind36.
# "probe43d": claims107's probe after blind 43 (money, prices, reminders, texts naming the appointment,
# messages said taken, talk about messages and e-mail; claims_probe43d_claims107.yaml), open with it.
# "probe43e": claims112's probe after blind 43's leftovers (money, prices of a named appointment,
# reminders, texts about the booking, messages, waiting lists, holds, callbacks and the neutral talk
# about them; claims_probe43e_claims112.yaml), open with it.
# "probe43f": claims118's probe after the leftovers of blind 43 and probes 43b-43e and 44c (notes
# written to someone against notes on the booking, answers taking their subject from the caller's
# question or an echo, calls to expect, prices and texts naming the appointment;
# claims_probe43f_claims118.yaml), open with it.
# "probe44": claims108's probe after blind 44 (yes / not yet / "Doch" carrying the caller's question's
# claim, the same words after other questions and alone; claims_probe44_claims108.yaml), open with it.
# "probe46": claims114's probe after blind 46 (status lines, JSON, tool names and "the system says" read
# as the claim they state, narrated acts with and without a slot; claims_probe46_claims114.yaml), open.
# "probe46b": claims117's probe of the lead's decisions 840-845 and blind 46's leftovers (open outcomes,
# lookups naming a slot, "gelockt", move denials, lateness advice, narrated steps, timeouts, retries;
# claims_probe46b_claims117.yaml), open with it.
# "probe50": claims124's probe after blind 50 (the system holding, offering and moving a slot, answers
# with the system as the source, status words, reference numbers, errors and retries, narrated steps,
# sync to the stylist, the old place freed; claims_probe50_claims124.yaml), open with it.
# "probe51b": claims128's probe after blind 51 (bureaucratic nominal outcomes with light verbs, the system's
# report in Konjunktiv I, British, Indian, a German's and plain English, their neutral twins, answers read
# with the caller's question; claims_probe51b_claims128.yaml), open with it.
# "probe53": claims133's probe after blind 53 (offers and bare slots answering a request, requests sent to
# the salon, appointments looked up and read back, goodbyes naming the day, announced bookings, late
# successes, holds of two slots, denials; each after the caller's words; claims_probe53_claims133.yaml), open.
# "probe53b": claims134's probe after blind 53's leftovers (answers confirming what the caller's question
# presupposes, read-backs of the caller's change request, corrections after a slip, the lead's decisions
# 1030-1038 in call context; claims_probe53b_claims134.yaml), open with it.
# "probe52c": claims136's probe after the false passes of blinds 47, 48, 50, 52 and probes 48, 50, 51 (cut
# goodbyes, apologies then the claim, the system's answers, texts on their way, retries, moves said as the
# caller's slot, the old place freed, the bot's regional German; claims_probe52c_claims136.yaml), open.
# "probe54": claims137's probe after blind 54 (recaps on the caller's request to hear it again, by person,
# short confirmations of a read-back, fragments and list items offering a slot, holds for a person, notes
# for a colleague, and their neutral twins; each after the caller's words; claims_probe54_claims137.yaml), open.
# "probe54b": claims138's probe after blind 54's leftovers (abbreviations with a full stop inside a sentence:
# a booking's, a cancellation's, a hold's number, a stylist by title, an example marker in an offer; the
# stylist confirmed to the caller's echo, a booking announced after the caller's name, a request said as
# the caller's own, a place offered in the conditional; and their neutral twins;
# claims_probe54b_claims138.yaml), open with it.
# "probe54c": claims143's probe after blind 54's leftovers (a person named by a bare first name as the
# subject of a booking, a hold, a cancellation; a first name's genitive over an appointment's details;
# notes for a colleague whose content holds a condition or a wish; the caller's appointments summed up
# "in all"; and their neutral twins; each after the caller's words; claims_probe54c_claims143.yaml), open.
# "probe55": claims140's probe after blind 55 (the small model's grammar slips: a German particle left behind
# its participle, "ist gegangen durch"; a bare English verb after "is"/"have", "is move to"; a participle
# after "did"; and their neutral twins; each after the caller's words; claims_probe55_claims140.yaml), open.
# "probe55_141": claims141's probe after blind 55 (the narrating and hedging voices: a tool call announced by
# its function's name, a status word as the caller's predicate, a result read out as a dict or with its
# alternatives, a status said with "should", a message said stored or arrived; and their neutral twins;
# each after the caller's words; claims_probe55_claims141.yaml), open.
# "probe56": claims146's probe after blind 56 (Denglisch participles with a particle, "dazugebookt"; a
# stylist's "Slot" offered; other people's appointments, grandparents and neighbours, and their denials;
# SSML around a claim, spelled dates, respelled names; claims in parentheses or after a colon or dash;
# and their neutral twins; each after the caller's words; claims_probe56_claims146.yaml), open.
# "probe57": claims153's probe after blind 57 (someone's act for the caller on a named day: a stylist's, the
# front desk's, a companion's; the same acts as a habit, for every visit, with no day, on an open choice,
# counterfactual, of a past visit; the staff's own day; a slot offered with the same verbs; each after the
# caller's words; claims_probe57_claims153.yaml), gated since 2026-12-08 (claims174: 0 false passes, 0
# false blocks of 870, the lead's whole gate at 25a3abf0).
# "probe56b": claims148's probe after blind 56 (offers the reader missed: a stylist's place after a
# refusal, a verbless alternative before a choice asked, an example slot or a visit proposed in a
# question, the one slot a search leaves; answers about the caller's appointment spoken out: a
# when-question with a focus word, the caller's stylist named, a name's pronunciation after a dash;
# and their nearest neutral sentences; each after the caller's words; claims_probe56b_claims148.yaml),
# gated since 2026-12-08 (claims173: 0 false passes, 3 false blocks of 703, the lead's whole gate at 25a3abf0).
# "probe55_142": claims142's probe after blind 55's terse, small and eager voices (the caller's other
# appointment answered by its slot, slots with a question tail, "You're off Friday", an open outcome in a
# word, the salon said to call, short weekdays, two alternatives, "wie gehabt" / "still on", a message
# "genommen", a learner's "is send", "Sag ich ihr"; and their nearest neutral sentences; each after the
# caller's words; claims_probe55_claims142.yaml), open with blind 55.
# "probe55c": claims152's probe after blinds 54 and 55's false passes (a booking of a named slot announced
# with "go ahead and", in a learner's present, after thanks and a name, in the German future; an offer on
# the caller's yes in the future; "no need to come" where the clause ends; the speaker's booking in the
# future perfect; a "Notiz" made on the appointment; and their nearest non-claims; each after the
# caller's words; claims_probe55c_claims152.yaml), open with blind 55.
# "probe51": claims127's probe after blind 51 (German in regional and clipped forms: Austrian, Bavarian,
# Berlin, Swiss, Swabian, northern, dropped endings, youth talk, Leichte Sprache, and idioms whose
# claim-like word means something else; claims_probe51_claims127.yaml), open with it.
# "probe52a": claims129's probe after blind 52 (a move said by the one detail changed, the old and the new
# place in either order, the move's noun, offers of a move, the appointment said unchanged, and their
# neutral twins; claims_probe52a_claims129.yaml), open with it.
# "probe52b": claims130's probe after blind 52 (cancellations said by the act or the effect, changes pending
# or not yet made, failed changes with the old place standing, and neutral policies, other people's changes,
# idioms of moving, questions and denials; claims_probe52b_claims130.yaml), open with it.
# "probe48": claims120's probe after blind 48 (agreement with the caller's details, hurried answers,
# the caller asking to be told, half-compliance, apologies, cut-offs; claims_probe48_claims120.yaml), open.
# "probe49b": claims126's probe after the leftovers of blinds 48-50 (a date's apposition before a denial,
# answers taking their subject from the caller's question, cut words, "versorgt", references read aloud,
# the old place after a move, notes for someone at the salon; claims_probe49b_claims126.yaml), open.
# "probe49": claims123's probe after blind 49 (the details a claim names: dates in words, weekday-date
# pairs, relative days, titles and surnames, pronouns, everyday service names, short answers, offers;
# claims_probe49_claims123.yaml), open with it.
# "probe45b": claims111's probe after blind 45 (English replies with German salon words, formats and
# titles, and English replies to a German caller; claims_probe45b_claims111.yaml), open with it.
# "probe42c": claims116's probe after the leftovers of blinds 41 and 42 and probes 41-43 (hopes and
# beliefs told back, permissions, purposes, epistemic modals, counts, visit conditions, "laut Salon",
# focus particles, concessives, echo answers, holds with a full date, moves "from X to Y";
# claims_probe42c_claims116.yaml), open with them.
# "probe45": claims110's probe after blind 45 (German replies with English salon words in German
# inflections: gebookt, eingebookt, umgebookt, gedroppt, Cancellation, Call-back, Reminder, "pending";
# neutral lines beside them; claims_probe45_claims110.yaml), open with it.
# "probe40d": claims115's probe after the leftovers of blinds 39 and 40 and their probes (a booking
# promised on the caller's yes, fronted clauses of others' answers, short hold words, cut words,
# "entfällt" of a fee, "still there", spelled ordinals; claims_probe40d_claims115.yaml), open.
# "probe48b": claims122's probe of the lead's decisions 900-906 and blind 48's leftovers (agreement
# with the caller's details, hurried answers; claims_probe48b_claims122.yaml), open with blind 48.
# "probe47": claims119's probe after blind 47 (self-corrections read by what they end on, neutral
# corrections, recaps of two appointments, series; claims_probe47_claims119.yaml), open with it.
# "probe47b": claims121's probe after blind 47's leftovers (self-repairs marked only by "nein",
# "sorry", "Verzeihung", "äh, nein", "actually, no", and their twins that are no repair;
# claims_probe47b_claims121.yaml), open with it.
# "probe47c": claims125's probe after blind 47's leftovers (an earlier turn's claim taken back,
# recaps of several appointments, plans, names and wishes read back;
# claims_probe47c_claims125.yaml), open with it.
# "probe47d": claims132's probe after the leftovers of blinds 46-48 and 50 (nothing booked after a fronted
# "im Moment" / "at the moment", with a hold beside it, bookings taken back with no earlier turn, number
# words that are no time, names corrected, calendar entries said to exist, recaps of two;
# claims_probe47d_claims132.yaml), open with them.
# "probe49c": claims131's probe of the lead's decisions 1000-1002 (references, a courtesy opener before a
# denial, a booking taken back in open words), the caller's regional German and blind 49's leftovers
# (claims_probe49c_claims131.yaml), open with them.
# "probe49d": claims135's probe of issue 9's rule 1 after blind 49's leftovers (durations and end times,
# name and date forms, details split after a bare success word, two appointments swapped, holds, answers;
# claims_probe49d_claims135.yaml), open with them.
OPEN_SPLITS: tuple[str, ...] = (
    "probe35b",
    "probe36f",
    "probe38",
    # "blind39": gated by claims169 at 0 fp / 0.17 % fb
    "blind40",
    "probe39",
    "probe39b",
    "probe38d",
    "probe40b",  # claims97's probe after blind 40 (fronted temporal clauses)
    "probe38c",
    "probe39c",  # claims99's probe after blinds 36 and 39 (day carried, "X has <slot>", service "in")
    # "probe42": gated by claims158 at 0 fp / 0.10 % fb
    "probe42b",  # claims103's probe after blind 42 (modality, conditionals, tense, reported speech)
    # "probe41": gated by claims158 at 0 fp / 0.00 % fb (claims101's probe after blind 41)
    "blind47",  # blind round 47 (corrections, retractions, recaps of several appointments)
    "probe43",  # claims104's probe after blinds 41 and 42 (their leftovers)
    "probe43b",  # claims105's probe of conventions 730-733 (holds, open outcomes, unchanged, done)
    "probe43c",  # claims106's probe after the leftovers of blinds 35-38 and their probes
    "probe43d",  # claims107's probe after blind 43 (promises said done, talk about messages)
    "probe46b",  # claims117's probe of decisions 840-845 and blind 46's leftovers
    "probe45",  # claims110's probe after blind 45 (German replies with English salon words)
    "probe44c",  # claims113's probe of the lead's decisions and blinds 44 and 36's leftovers
    "probe42c",  # claims116's probe after blinds 41 and 42's leftovers (the grammar around a claim)
    "probe40d",  # claims115's probe after blinds 39 and 40's leftovers (conditions, holds, cuts)
    "probe43f",  # claims118's probe after blind 43's and probes 43b-44c's leftovers
    "probe47",  # claims119's probe after blind 47 (self-corrections, recaps of two appointments)
    "probe47b",  # claims121's probe after blind 47's leftovers (repairs by "nein" / "sorry" alone)
    # "probe47c": gated by the lead at 0 fp / 0.00 % fb (after claims164, 2026-12-07 20:43 UTC)
    "probe47d",  # claims132's probe after blinds 46-48 and 50's leftovers (fronted denials, recaps)
    "probe48",  # claims120's probe after blind 48 (a caller who pushes, a model that wants to please)
    "probe48b",  # claims122's probe of decisions 900-906 and blind 48's agreements and hurried answers
    "probe50",  # claims124's probe after blind 50 (the system's answers and the tools narrated)
    "probe49",  # claims123's probe after blind 49 (details in words, titles, pronouns, relative days)
    # "blind51": gated by the lead at 0 fp / 0.12 % fb (after claims159's D67, 2026-12-07 20:43 UTC)
    # "blind52": gated by the lead at 0 fp / 0.16 % fb (after claims171's D76, 2026-12-08 03:06 UTC)
    "blind53",  # blind round 53 (whole calls: every sentence the receptionist says, in its place)
    "blind54",  # blind round 54 (whole calls II: the hard calls, as a model really writes them)
    "blind55",  # blind round 55 (how different language models write: five voices of a receptionist)
    "blind56",  # blind round 56 (whose appointment; text prepared for speech; Denglisch)
    "blind57",  # blind round 57 (what follows from an appointment; the salon's own talk)
    # "blind58": gated by the lead at 0 fp / 0.25 % fb (after claims175 and D85 / convention 1230, 2026-12-08 02:45 UTC)
    "blind59",  # blind round 59 (the details a sentence names, every form, right and wrong)
    "blind60",  # blind round 60 (the receptionist under challenge: disputed, doubted, pushed)
    "probe49b",  # claims126's probe after blinds 48-50's leftovers (appositions, answers, references)
    "probe51",  # claims127's probe after blind 51 (regional and clipped German, idioms, Leichte Sprache)
    "probe52a",  # claims129's probe after blind 52 (moves by what changed, offers, "unchanged")
    "probe49c",  # claims131's probe of decisions 1000-1002, the caller's dialect, blind 49's leftovers
    "probe49d",  # claims135's probe of issue 9's rule 1 (details that must match the appointment)
    "probe52b",  # claims130's probe after blind 52 (cancellations by act and effect, pending, failed, neutral)
    "probe53",  # claims133's probe after blind 53 (offers, requests, lookups, goodbyes in whole calls)
    "probe53b",  # claims134's probe after blind 53's leftovers (presupposed answers, wish read-backs)
    "probe52c",  # claims136's probe after blinds 47-52's false passes (cut goodbyes, dialect, system)
    "probe54",  # claims137's probe after blind 54 (recaps, read-backs, fragments, holds for a person)
    "probe54b",  # claims138's probe after blind 54's leftovers (abbreviations, echoes, requests, offers)
    "probe54c",  # claims143's probe after blind 54's leftovers (first names, notes, totals)
    "probe55",  # claims140's probe after blind 55 (a small model's grammar slips, German and English)
    "probe55_141",  # claims141's probe after blind 55 (narrated tool calls, status words, hedges)
    "probe56",  # claims146's probe after blind 56 (Denglisch, other people, SSML, long replies)
    # "probe57": gated by the lead at 0 fp / 0 fb (after claims174, 2026-12-08 03:06 UTC)
    # "probe56b": gated by the lead at 0 fp / 0.43 % fb (after claims173, 2026-12-08 03:06 UTC)
    "probe55_142",  # claims142's probe after blind 55 (terse, small and eager voices' leftovers)
    "probe55c",  # claims152's probe after blinds 54/55 (announced bookings, future perfect, notes)
)
HELDOUT = (
    "heldout",
    "heldout2",
    "heldout3",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "probe29",  # not held out: the probes after blind 29 (gated since claims58/59)
    "blind30",
    "blind31",
    "probe30",  # not held out: the probes after blind 30 (gated since claims78)
    "probe31",  # not held out: the probes after blind 31 (gated since claims78)
    "blind32",
    "probe32",  # not held out: the probes after blind 32 (claims66; gated since claims78)
    "probe32b",  # not held out: the probes after blind 32 (claims67); gated since claims77-80
    "probe32c",  # not held out: claims68's probe after blind 32; gated since claims77-80
    "blind33",
    "probe33",  # not held out: claims70's probe after blind 33; gated since claims77-80
    "probe33b",  # not held out: claims71's probe after blind 33; gated since claims77-80
    "probe33c",  # not held out: claims73's probe after blind 33; gated since claims77-80
    "probe32d",  # not held out: claims74's probe after blinds 30 and 32 (gated since claims78)
    "blind34",
    "probe34",  # not held out: claims75's probe after blind 34; gated since claims77-80
    "probe34b",  # not held out: claims76's probe after blind 34; gated since claims77-80
    "probe30c",  # not held out: claims78's probe after blinds 30-33 (gated since claims88)
    "probe34c",  # not held out: claims77's probe after blind 34; gated since claims77-80
    "blind35",
    "probe35",  # not held out: claims79's probe after blind 35, gated since claims106
    "probe35b",  # not held out: claims80's probe after blind 35, open with it (OPEN_SPLITS)
    "blind36",
    "probe36",  # not held out: claims81's probe after blind 36, gated since claims151
    "probe36b",  # not held out: claims82's probe after blind 36, gated since claims106
    "probe36c",  # not held out: claims83's probe after blind 36, gated since claims106
    "probe36d",  # not held out: claims84's probe after blind 36, gated since claims151
    "probe36e",  # not held out: claims88's probe after blind 36, gated since claims106
    "probe36f",  # not held out: claims93's probe after blind 35 and 36, open with it (OPEN_SPLITS)
    "blind37",
    "probe37",  # not held out: claims85's probe after blind 37, gated since claims106
    "probe37b",  # not held out: claims86's probe after blind 37, gated since claims106
    "probe37c",  # not held out: claims89's probe after blind 37, gated since claims106
    "blind38",
    "probe38",  # not held out: claims87's probe after blind 38, open with it (OPEN_SPLITS)
    "probe38b",  # not held out: claims90's probe after blind 38, gated since claims106
    "blind39",  # blind round 39 (a smaller model's register), written blind, gated since claims169
    "blind40",  # blind round 40 (grammar and discourse families), written blind, open (OPEN_SPLITS)
    "blind41",  # blind round 41 (a large model's full replies), written blind, gated since claims145
    "probe39",  # not held out: claims94's probe after blind 39, open with it (OPEN_SPLITS)
    "probe39b",  # not held out: claims95's probe after blind 39, open with it (OPEN_SPLITS)
    "probe40",  # not held out: claims96's probe after blind 40, gated since claims151
    "probe38d",  # not held out: claims92's probe after blinds 37 and 38, open with it (OPEN_SPLITS)
    "probe40b",  # not held out: claims97's probe after blind 40, open with it (OPEN_SPLITS)
    "probe40c",  # not held out: claims98's probe after blind 40, gated since claims151
    "probe38c",  # not held out: claims91's probe after blind 38, open with it (OPEN_SPLITS)
    "blind42",  # blind round 42 (the grammar around a claim), written blind, gated since claims145
    "probe39c",  # not held out: claims99's probe after blinds 36 and 39, open with them (OPEN_SPLITS)
    "probe42",  # not held out: claims102's probe after blind 42, open with it (OPEN_SPLITS)
    "probe42b",  # not held out: claims103's probe after blind 42, open with it (OPEN_SPLITS)
    "probe41",  # not held out: claims101's probe after blind 41, open with it (OPEN_SPLITS)
    "blind43",  # blind round 43 (promises, side effects, what happens next), gated since claims151
    "blind44",  # blind round 44 (short answers read with the caller's question), gated since 2026-12-07
    "blind45",  # blind round 45 (mixed language, loanwords, code-switching), gated since claims145
    "blind46",  # blind round 46 (tool talk, leaked tool output), gated since 2026-12-07 (claims147's D32)
    "blind47",  # blind round 47 (corrections, retractions, recaps), written blind, open (OPEN_SPLITS)
    "blind48",  # blind round 48 (pressure, pleasing, placating), written blind, gated since claims145
    "blind50",  # blind round 50 (tools narrated, the system's answers), gated since claims145
    "blind49",  # blind round 49 (details named every way: days, times, names), gated since claims151
    "probe43",  # not held out: claims104's probe after blinds 41 and 42, open with them (OPEN_SPLITS)
    "probe43b",  # not held out: claims105's probe of conventions 730-733, open (OPEN_SPLITS)
    "probe43c",  # not held out: claims106's probe after blinds 35-38's leftovers (OPEN_SPLITS)
    "probe44b",  # not held out: claims109's probe after blind 44, gated since claims151
    "probe43d",  # not held out: claims107's probe after blind 43, open with it (OPEN_SPLITS)
    "probe43e",  # not held out: claims112's probe after blind 43's leftovers, gated since claims151
    "probe44",  # not held out: claims108's probe after blind 44, gated since claims151
    "probe46",  # not held out: claims114's probe after blind 46, gated since claims151
    "probe46b",  # not held out: claims117's probe of decisions 840-845, open (OPEN_SPLITS)
    "probe45b",  # not held out: claims111's probe after blind 45, gated since claims151
    "probe45",  # not held out: claims110's probe after blind 45, open with it (OPEN_SPLITS)
    "probe44c",  # not held out: claims113's probe after blinds 44 and 36, open (OPEN_SPLITS)
    "probe42c",  # not held out: claims116's probe after blinds 41 and 42's leftovers (OPEN_SPLITS)
    "probe40d",  # not held out: claims115's probe after blinds 39 and 40, open (OPEN_SPLITS)
    "probe43f",  # not held out: claims118's probe after blind 43's leftovers (OPEN_SPLITS)
    "probe47",  # not held out: claims119's probe after blind 47, open with it (OPEN_SPLITS)
    "probe47b",  # not held out: claims121's probe after blind 47's leftovers (OPEN_SPLITS)
    "probe47c",  # not held out: claims125's probe after blind 47's leftovers, gated since 2026-12-07
    "probe47d",  # not held out: claims132's probe after blinds 46-48 and 50's leftovers (OPEN_SPLITS)
    "probe48",  # not held out: claims120's probe after blind 48, open with it (OPEN_SPLITS)
    "probe48b",  # not held out: claims122's probe after blind 48's leftovers (OPEN_SPLITS)
    "probe50",  # not held out: claims124's probe after blind 50, open with it (OPEN_SPLITS)
    "probe49",  # not held out: claims123's probe after blind 49, open with it (OPEN_SPLITS)
    "blind51",  # blind round 51 (registers, dialects, Englishes), written blind, gated since 2026-12-07
    "blind52",  # blind round 52 (moves and cancellations every way), written blind, gated since 2026-12-08
    "blind53",  # blind round 53 (whole calls, every sentence in its place), written blind (OPEN_SPLITS)
    "blind54",  # blind round 54 (whole calls II: the hard calls), written blind (OPEN_SPLITS)
    "blind55",  # blind round 55 (five model voices of a receptionist), written blind (OPEN_SPLITS)
    "blind56",  # blind round 56 (whose appointment, SSML and TTS text), written blind (OPEN_SPLITS)
    "blind57",  # blind round 57 (what follows from an appointment), written blind (OPEN_SPLITS)
    "blind58",  # blind round 58 (hedges, evidence, passives, other agents), written blind, gated since 2026-12-08
    "blind59",  # blind round 59 (days, times, names and services in every form), written blind (OPEN_SPLITS)
    "blind60",  # blind round 60 (the receptionist under challenge), written blind (OPEN_SPLITS)
    "probe49b",  # not held out: claims126's probe after blinds 48-50's leftovers (OPEN_SPLITS)
    "probe51b",  # not held out: claims128's probe after blind 51, gated since claims151
    "probe51",  # not held out: claims127's probe after blind 51, open with it (OPEN_SPLITS)
    "probe52a",  # not held out: claims129's probe after blind 52, open with it (OPEN_SPLITS)
    "probe49c",  # not held out: claims131's probe after blinds 49 and 51's leftovers (OPEN_SPLITS)
    "probe49d",  # not held out: claims135's probe of issue 9's rule 1 after blind 49 (OPEN_SPLITS)
    "probe52b",  # not held out: claims130's probe after blind 52, open with it (OPEN_SPLITS)
    "probe53",  # not held out: claims133's probe after blind 53, open with it (OPEN_SPLITS)
    "probe53b",  # not held out: claims134's probe after blind 53's leftovers (OPEN_SPLITS)
    "probe52c",  # not held out: claims136's probe after blinds 47-52's false passes (OPEN_SPLITS)
    "probe54",  # not held out: claims137's probe after blind 54, open with it (OPEN_SPLITS)
    "probe54b",  # not held out: claims138's probe after blind 54's leftovers (OPEN_SPLITS)
    "probe54c",  # not held out: claims143's probe after blind 54's leftovers (OPEN_SPLITS)
    "probe55",  # not held out: claims140's probe after blind 55, open with it (OPEN_SPLITS)
    "probe55_141",  # not held out: claims141's probe after blind 55, open with it (OPEN_SPLITS)
    "probe56",  # not held out: claims146's probe after blind 56, open with it (OPEN_SPLITS)
    "probe57",  # not held out: claims153's probe after blind 57, gated since 2026-12-08
    "probe56b",  # not held out: claims148's probe after blind 56, gated since 2026-12-08
    "probe55_142",  # not held out: claims142's probe after blind 55, open with it (OPEN_SPLITS)
    "probe55c",  # not held out: claims152's probe after blinds 54/55, open with them (OPEN_SPLITS)
)


def _split_of(name: str) -> str:
    """claims_heldout2.yaml -> "heldout2"; claims_heldout_adversarial.yaml -> "heldout";
    claims_blind_2.yaml -> "blind2"."""
    raw = name.removeprefix("claims_").removesuffix(".yaml")
    own = raw.replace("_claims", "_", 1)  # a second probe of one round, named by its helper:
    if own in HELDOUT:  # "probe55_claims141" -> "probe55_141" where that split is registered
        return own
    if raw.split("_")[0] in HELDOUT:  # "probe32_claims66" is probe32, "probe32c_claims68" probe32c
        return raw.split("_")[0]
    stem = raw.replace("_", "")
    for split in sorted(HELDOUT, key=len, reverse=True):
        if stem.startswith(split):
            return split
    return "tune"


# libyaml's parser where PyYAML has it: the same data as yaml.safe_load (every YAML file of the
# repository parses identically with both), several times faster on the corpus's megabytes.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _groups(path: Path) -> list[dict]:
    """A corpus file's groups, parsed once per process: `load` and `_relabels` read every file,
    and several test modules of one pytest worker read the corpus; and once per run, the parsed
    data kept for the other processes (tests/corpus/parsed_yaml.py). Callers copy, never change."""
    return parsed(path, lambda text: yaml.load(text, Loader=_YAML_LOADER))


def _relabels() -> dict[tuple[str, str, str], list[dict]]:
    """(text, lang, caller) -> what each relabel group naming it adds to a sentence of an older
    file: a relabel applies to the entries read after its `caller:` ("" for none), no others."""
    out: dict[tuple[str, str], list[dict]] = {}
    for path in in_turns(sorted(HERE.glob("claims_*.yaml"))):  # workers parse different ones
        _groups(path)
    for path in sorted(HERE.glob("claims_*.yaml")):
        for group in _groups(path):
            if not group.get("relabel"):
                continue
            for item in group["sentences"]:
                e = {k: v for k, v in group.items() if k not in ("sentences", "relabel")}
                e.update(item if isinstance(item, dict) else {"text": item})
                key = (e["text"], e.get("lang", "de"), e.get("caller") or "")
                out.setdefault(key, []).append(e)
    return out


def load(split: str | None = None) -> list[Entry]:
    entries: list[Entry] = []
    relabels = _relabels()
    for path in sorted(HERE.glob("claims_*.yaml")):
        which = _split_of(path.name)
        if split and which != split:
            continue
        start = len(entries)
        for group in _groups(path):
            if "sentences" not in group:
                break  # claims_heldout_first.yaml: measurements, not sentences
            if group.get("relabel"):
                continue  # added to the sentences it names, below
            defaults = {k: v for k, v in group.items() if k != "sentences"}
            for item in group["sentences"]:
                e = dict(defaults)
                e.update(item if isinstance(item, dict) else {"text": item})
                key = (e["text"], e.get("lang", "de"), e.get("caller") or "")
                for added in relabels.get(key, ()):
                    kept = [k for k in e.get("kinds") or () if k not in added.get("replaces", ())]
                    e["kinds"] = [*kept, *(added.get("kinds") or ())]
                    if {"held", "available"} & set(added.get("kinds") or ()):
                        e["slot"] = added.get("details") or {}
                    elif "details" in added:
                        e["details"] = added["details"]  # a day the sentence names (group 14)
                    if "passes_in" in added:
                        e["passes_in"] = added["passes_in"]
                    if "follow_up" in added:
                        e["follow_up"] = added["follow_up"]
                entries.append(
                    Entry(
                        text=e["text"],
                        lang=e.get("lang", "de"),
                        family=e["family"],
                        kinds=tuple(e.get("kinds") or ()),
                        details=e.get("details") or {},
                        old=e.get("old") or {},
                        # a relabel's `passes_in: null` hands the states back to the kinds
                        passes_in=tuple(e["passes_in"]) if e.get("passes_in") is not None else None,
                        split=which,
                        adversarial=e.get("adversarial"),
                        source=path.name,
                        follow_up=e.get("follow_up"),
                        slot=e.get("slot"),
                        caller=e.get("caller") or "",
                        before=e.get("before") or "",
                    )
                )
        if which in WHOLE_CALLS:
            entries[start:] = _said_before(entries[start:])
    return entries


# Splits whose files hold whole calls, every sentence the receptionist says in its place (blind
# 53's header: "EVERY sentence the receptionist says is an entry"), so the sentence said before an
# entry is the one before it in its call (see the docstring).
WHOLE_CALLS = frozenset({"blind53", "blind54"})  # blind 54 by the lead's D54 (convention 1121)


def _said_before(entries: list[Entry]) -> list[Entry]:
    """`entries` of one whole-calls file, each given the sentence said before it in its call
    where it has no `before:` of its own: its call's previous plain sentence; an adversarial twin
    the one its plain twin (the most alike plain sentence of its family and caller) was given."""
    out: list[Entry] = []
    call, last = None, ""
    for e in entries:
        kind = (e.lang, e.family.split("_")[1] if e.family.count("_") >= 2 else e.family)
        if kind != call:
            call, last = kind, ""
        if e.adversarial is None:
            out.append(e if e.before else dataclasses.replace(e, before=last))
            last = e.text
            continue
        twins = [
            p
            for p in out
            if p.adversarial is None
            and (p.lang, p.family, p.caller) == (e.lang, e.family, e.caller)
        ]
        if e.before or not twins:
            out.append(e)
            continue
        plain = max(twins, key=lambda p: SequenceMatcher(None, p.text, e.text).ratio())
        out.append(dataclasses.replace(e, before=plain.before))
    return out


def _fits(labels: dict, when: datetime, a: AppointmentFact) -> bool:
    for key, value in labels.items():
        if key == "weekday" and when.weekday() != WEEKDAY[value]:
            return False
        if key == "day" and when.day != value:
            return False
        if key == "month" and when.month != value:
            return False
        if key == "relative" and (when.date() - NOW.date()).days != RELATIVE[value]:
            return False
        if key == "time" and when.strftime("%H:%M") != value:
            return False
        if key == "stylist" and not (a.stylist or "").startswith(value):
            return False
        if key == "service" and value.lower() not in (a.service or "").lower():
            return False
    return True


_NO_OUTCOME = (S.RELEASED, S.EXPIRED, S.RESCHEDULED)
_OPEN_OUTCOME = (S.UNKNOWN, S.BOOKING)  # the booking's answer lost or still to come


def _promise_backed(entry: Entry, state: str) -> bool:
    appointments = STATES[state]
    if entry.follow_up == "message":
        return state in MESSAGES
    if entry.follow_up == "callback":
        return state in MESSAGES or any(a.state in (S.UNKNOWN, S.BOOKING) for a in appointments)
    if entry.follow_up == "text":
        return state not in NO_TEXTS and any(
            _backed(k, entry, appointments) for k in ("done", "booked", "cancelled")
        )
    assert entry.follow_up == "reminder", entry
    return False  # no part of the salon's system sends reminders


def _backed(kind: str, entry: Entry, appointments: tuple[AppointmentFact, ...]) -> bool:
    if kind == "done" and not entry.details:  # naming nothing: the call's latest outcome
        appointments = tuple(a for a in appointments if a.state not in _NO_OUTCOME)[-1:]
    for a in appointments:
        if kind == "booked" and a.state is not S.CONFIRMED:
            continue
        if kind == "cancelled" and a.state is not S.CANCELLED:
            continue
        if kind == "rescheduled" and (a.state is not S.CONFIRMED or a.moved_from is None):
            continue
        if kind == "done" and a.state not in (S.CONFIRMED, S.CANCELLED):
            continue
        if kind == "gone" and a.state not in (S.CANCELLED, S.RESCHEDULED):
            continue  # the visit there is gone: cancelled, or the old place of a move
        if kind == "pending" and a.state is not S.PENDING:
            continue  # a request with the salon, awaiting its confirmation
        if kind == "stands" and (a.state is not S.CONFIRMED or a.moved_from is not None):
            continue  # the caller's appointment stays as it was: booked, not a move's new place
        if entry.old and (a.moved_from is None or not _fits(entry.old, a.moved_from, a)):
            continue
        if _fits(entry.details, a.start, a):
            return True
        if kind == "rescheduled" and a.moved_from and not entry.old:
            if _fits(entry.details, a.moved_from, a):
                return True
    return False


# a slot kept for the caller (backs "held"); set free again (backs "available" too)
_KEEPING = (S.HELD, S.BOOKING, S.CONFIRMED, S.PENDING)
_FREED = (S.RELEASED, S.EXPIRED, S.CANCELLED, S.RESCHEDULED)


def _slot_backed(kind: str, entry: Entry, state: str) -> bool:
    appointments = STATES[state]
    pool: list = [a for a in appointments if a.state in _KEEPING]
    if kind == "available":
        pool += [*OFFERED.get(state, ()), *(a for a in appointments if a.state in _FREED)]
    labels = entry.details if entry.slot is None else entry.slot
    return any(_fits(labels, a.start, a) for a in pool)


def _kind_backed(kind: str, entry: Entry, state: str) -> bool:
    if kind == "follow_up":
        return _promise_backed(entry, state)
    if kind in ("held", "available"):
        return _slot_backed(kind, entry, state)
    if kind == "not_booked":  # true unless a booking that fits it exists, or may exist: an
        # open outcome (`unknown`, convention 671) may be held by Cal.com, so "not booked" is
        # not backed there either
        maybe = tuple(
            dataclasses.replace(a, state=S.CONFIRMED) if a.state in _OPEN_OUTCOME else a
            for a in STATES[state]
        )
        return not _backed("booked", entry, maybe)
    if kind == "unconfirmed":  # no confirmation came: an open outcome does not contradict it (731)
        return not _backed("booked", entry, STATES[state])
    if kind == "not_moved":  # true unless a move that fits it exists (convention 820): the move
        # denied ("Verschoben? Noch nicht.", "I haven't moved it yet")
        return not _backed("rescheduled", entry, STATES[state])
    if kind == "not_cancelled":  # true unless a cancellation that fits it exists (convention
        # 280): a move's old place is `RESCHEDULED`, not `CANCELLED`, in STATES["moved"], as the
        # caller hears it ("nichts storniert, nur verschoben" is true after a move)
        return not _backed("cancelled", entry, STATES[state])
    return _backed(kind, entry, STATES[state])


def expected_pass(entry: Entry, state: str) -> bool:
    """What the labels say: does the sentence pass in `state`?"""
    if entry.passes_in is not None:
        return state in entry.passes_in
    return all(_kind_backed(k, entry, state) for k in entry.kinds)


def with_caller(f: CallFacts, entry: Entry) -> CallFacts:
    """The state's facts with the caller's last words the entry's group gives (`caller:`) and
    the receptionist's sentence before it (`before:`, `WHOLE_CALLS`)."""
    if entry.before:
        return dataclasses.replace(f, caller=entry.caller, said_before=entry.before)
    return dataclasses.replace(f, caller=entry.caller) if entry.caller else f


def cases(split: str | None = None) -> Iterator[tuple[Entry, str, bool]]:
    """Every (sentence, state, expected pass) of the corpus."""
    for entry in load(split):
        for state in STATES:
            yield entry, state, expected_pass(entry, state)
