"""A sentence said in words the clause reader does not take, put in the standard words it stands
for and read as a whole (blind 21, claims35). Each step is one class of wording, in its own
module; the steps run in turn until the text no longer changes, and `decide` reads the result
in place of the sentence (every claim spanning the whole sentence, as `cut_words.completed`
does for a word cut by streaming):

- `upper_german`: Upper German and Swabian words ("Isch no ned gbucht", "Hab'n auf'n Donnerstag
  gschobe", "Is gebongt");
- `learner_english`: a learner's verb forms ("is confirm", "I have cancel", "You are not
  booking yet", "The cancel is make");
- `tool_answer`: a tool's answer read out with its label ("Antwort: success: true", "Die Antwort
  lautet: Termin erstellt", "Result: 0 free slots", "Parameter gesetzt"), a screen showing a free
  slot, what the speaker is about to look up;
- `typeset`: records set with emoji, arrows, brackets and time ranges ("📅 Fri 10:00 · Fabian →
  booked ✔️", "[gebucht] Freitag, 10:00–12:15 Uhr", "Fri 10:00 → Thu 15:00 ✔", "Frei: **Do 15
  Uhr**");
- `short_answer`: a proposition put up and answered in short (the caller's question echoed, a
  denial denied: "Sie fragen, ob der Termin gebucht ist – ja, ist er", "There's no way it isn't
  booked – it is", "Can't get more booked than that"), and the caller's preference reported
  with no answer ("You said Friday works for you");
- `condition_consequent`: a booking said as the consequent of a condition not met yet ("Wenn
  Fabian frei ist, sind Sie drin", "Mit Ihrem Ja ist die Sache fix", "If Fabian's free, you're
  in");
- `everyday_moves`: moves said by what the day became or how it travelled ("Donnerstag ist es
  geworden, nicht mehr Freitag", "hopped over to Thursday", "Thursday now rather than Friday,
  all done");
- `plain_replies`: very short replies and goodbyes ("Noch nicht drin", "Not in yet", "All set –
  yes", "Hamma, fertig", "Bis dann", "nothing's changed about your booking", "Eine Reservierung
  ist noch keine Buchung"), slots offered in other shapes ("Lena hätte aber Samstag um elf",
  "I've got Saturday 11 a.m. with Lena available", "Saturday I could also offer");
- `household_pair`: two appointments of a household said together ("Sie sind beide drin",
  "Ihren und den Termin Ihrer Tochter abgesagt");
- `named_success`: a bare success said of the visit it names ("Freitag um zehn bei Fabian, ist
  gemacht": the booking, convention 28);
- `telling_frame`: a claim in a modal frame of telling ("Leider muss ich Ihnen mitteilen, dass
  …"); `correction_end`: a correction read from what follows the dash; `gone_through`: "'s
  gone through" as "has gone through";
- blind 27 (claims47): `time_since` ("Seit ein paar Sekunden steht der Termin", "It went into
  the calendar a moment ago"), `said_back` (a reference back read as what it points to: "Das mit
  Freitag von vorhin ist storniert"), `known_to_caller` ("Wussten Sie, dass Ihr Termin
  unverändert bleibt?"), `all_but_one` ("Fabian ist am Freitag ausgebucht, bis auf zehn Uhr"),
  `we_confirm` ("Hiermit bestätigen wir Ihre beiden Termine", "We hereby confirm both of your
  appointments").
- blind 45 (claims111): `english_frame` (an English reply's German salon words, days and hours
  in English words: "You're gebucht with Herr Yilmaz am Freitag", "Nothing's storniert yet").
- blind 36 (claims83): `visit_metonymy` ("Ihre Zeit bei Fabian ist eingetragen", "Ihr Name ist
  aus dem Freitag raus", "Friday at ten has your name on it"), `contrast_positive` ("not only
  reserved but fully booked", "nicht nur verschoben, sondern storniert", "no longer Friday but
  Thursday at three"), `gapped_pair` ("Friday's off, and so is Saturday", "Fabian on Friday, Lena
  on Saturday – both in").
- blind 28 (claims51, taken over by claims53): `held_loans` (a hold in loan or spoken words: "ist
  on hold für Sie", "is blockt", "not booked yet" in German), `litotes_en` (an English double
  negation as what it affirms: "It's not like it isn't booked"), `day_repaired` (a day taken back
  for another: "Samstag – Verzeihung, Freitag"), `reported_by` (an English claim passed on from a
  named person: "Lena says to tell you …"); claims53: `berlin_words` ("noch nich jebucht",
  "Dit hamwa.", "Done deal."), `day_void` ("Freitag is für Sie passé", convention 42).
- blind 29 (claims55): `exclaimed_frame` ("Isn't it nice that it's all booked
  now?", "Wer hätte gedacht, dass die Absage so schnell geht?"), `dative_offer` ("Ich könnte Ihnen
  Freitag um zehn eintragen").
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.all_but_one import one_slot_left
from agent.claims.answer_pronoun import answer_pronoun
from agent.claims.approximated import not_reached_in_words
from agent.claims.attempt_outcome import retry_said
from agent.claims.berlin_words import berlin_read
from agent.claims.calendar_entry import entry_in_words
from agent.claims.cancel_under_way import cancel_under_way_in_words
from agent.claims.coming_state import said_now
from agent.claims.completion_idioms import completion_in_words
from agent.claims.condition_consequent import consequent_not_yet
from agent.claims.contrast_positive import positive_member
from agent.claims.countdown_end import countdown_said
from agent.claims.counted_visits import counted_in_words
from agent.claims.dative_offer import offered_with_dative
from agent.claims.day_abbreviated import days_in_full
from agent.claims.day_void import day_void
from agent.claims.elided_noun import elided_noun
from agent.claims.emphatic_did import plain_past
from agent.claims.english_frame import in_english_words
from agent.claims.events_in_order import events_in_order
from agent.claims.everyday_moves import moves_in_standard_words
from agent.claims.exclaimed_frame import exclaimed
from agent.claims.finished_act import finished_act
from agent.claims.gapped_pair import pair_in_full
from agent.claims.go_ahead import without_go_ahead
from agent.claims.gone_through import has_gone_through
from agent.claims.held_loans import standard_holds
from agent.claims.held_not_yet import (
    booking_running_in_words,
    denial_then_hold_in_words,
    hold_only_in_words,
)
from agent.claims.household_pair import both_of_household
from agent.claims.known_to_caller import known_to_caller
from agent.claims.learner_english import standard_english
from agent.claims.learner_german import all_sorted, message_taken, particle_rejoined
from agent.claims.litotes_en import litotes_read
from agent.claims.loan_words_de import german_loans
from agent.claims.message_says import message_said
from agent.claims.mistake_undone import mistake_undone
from agent.claims.modal_passive import modal_rule_plain
from agent.claims.named_success import named_success
from agent.claims.namely_named import namely_named
from agent.claims.noun_apposition import apposition_last
from agent.claims.noun_contracted import noun_is
from agent.claims.other_day_corrected import other_day_in_words
from agent.claims.past_then_now import moved_from_had
from agent.claims.plain_replies import plain_replies
from agent.claims.present_said import present_said
from agent.claims.reason_aside import reason_set_aside
from agent.claims.reference_back import without_reference_back, without_usual
from agent.claims.relative_genitive import relative_named_plainly
from agent.claims.repair import correction_end, day_repaired
from agent.claims.reported_by import reported_by
from agent.claims.rule_applied import rule_applied_in_words
from agent.claims.said_back import said_of_what_was_agreed
from agent.claims.self_asked import self_answered_in_words
from agent.claims.short_answer import short_answers
from agent.claims.spoken_markup import without_markup
from agent.claims.status_predicate import status_said
from agent.claims.status_words import status_in_words
from agent.claims.stays_as_is import stays_in_words
from agent.claims.telling_frame import plain_telling
from agent.claims.terse_fragments import copula_said
from agent.claims.time_since import without_time_since
from agent.claims.tool_answer import tool_answers
from agent.claims.tool_talk import tool_talk
from agent.claims.topic_resumed import topic_resumed
from agent.claims.torn_word import untorn
from agent.claims.typeset import typeset_records
from agent.claims.unmarked_condition import as_wenn
from agent.claims.unreal_aside import unreal_set_aside
from agent.claims.until_now import until_now
from agent.claims.upper_german import standard_german
from agent.claims.visit_metonymy import visit_named_plainly
from agent.claims.vocative import without_vocative
from agent.claims.we_confirm import confirmed_by_us

_STEPS: tuple[Callable[[str, str], str], ...] = (
    without_markup,  # blind 27 (claims49): SSML tags a TTS engine receives
    untorn,  # blind 41 (claims104): "I'm ho lding …", "wenn der Salon zusa gt"
    days_in_full,  # "bis Fr. um 10 Uhr": a weekday shortened before plain words
    apposition_last,  # blind 49 (claims131): "Ihr zweiter Termin, Strähnchen bei …, ist am …"
    in_english_words,  # blind 45 (claims111): "You're gebucht with Herr Yilmaz am Freitag"
    standard_german,
    particle_rejoined,  # blind 55 (claims140): "ist gegangen durch", a small model's word order
    message_taken,  # blind 55 (claims142): "eine Nachricht genommen für Lena" (take a message)
    all_sorted,  # blind 55 (claims166): "Das ist alles sortiert für Sie" (all sorted)
    copula_said,  # blind 55 (claims142): "Nicht gebucht.", "Not booked.", "Text's coming."
    standard_english,
    without_go_ahead,  # blind 55 (claims152): "I'll go ahead and book Thursday at three"
    plain_past,  # blind 42 (claims103): "I did book it", "I really did cancel it"
    said_now,  # blind 42 (claims103): "Gleich ist Ihr Termin storniert", "it'll be called off in a sec"
    tool_talk,  # blind 46 (claims114): status lines, "the system says", narrated tool steps
    status_said,  # blind 55 (claims141): "Sie sind quasi „pending“, bis der Salon zustimmt"
    tool_answers,
    typeset_records,
    short_answers,
    as_wenn,  # blind 27 (claims49): "Vorausgesetzt, …", "Geht alles glatt, …"
    consequent_not_yet,
    events_in_order,  # blind 40 (claims115): "Kaum war die Bestätigung da, stand Ihr Freitag …"
    moves_in_standard_words,
    moved_from_had,  # blind 42 (claims103): "Sie hatten Freitag um zehn, jetzt ist es Donnerstag"
    without_vocative,  # blind 54 (claims163): "Bis dann, Sophie!" addresses Sophie
    plain_replies,
    both_of_household,
    counted_in_words,  # claims132: "You're down twice now, …", "Two appointments are in"
    named_success,
    plain_telling,  # blind 23 (claims40): "Leider muss ich Ihnen mitteilen, dass …"
    correction_end,  # blind 23 (claims40): "I said it was booked — it's only on hold"
    has_gone_through,  # blind 23 (claims40): "the booking's gone through"
    noun_is,  # claims132: "your appointment's still there"
    present_said,  # blind 48 (claims136): "the booking's there", "Sie sind versorgt"
    retry_said,  # probe 50 (claims136): "Nochmal versucht, diesmal ging es durch"
    without_reference_back,  # blind 27 (claims49): "Wie abgemacht: …"
    without_usual,  # blind 33 (claims71): "Wie immer bei Fabian eingetragen"
    message_said,  # blind 27 (claims49): "In der SMS steht dann: …"
    countdown_said,  # blind 27 (claims49): "Two more questions and we're done"
    mistake_undone,  # blind 27 (claims49): "versehentlich storniert – wieder eingebucht"
    without_time_since,  # blind 27 (claims47): "Seit ein paar Sekunden steht der Termin"
    said_of_what_was_agreed,  # blind 27 (claims47): "Das mit Freitag von vorhin ist storniert"
    known_to_caller,  # blind 27 (claims47): "Wussten Sie, dass Ihr Termin unverändert bleibt?"
    one_slot_left,  # blind 27 (claims47): "Fabian ist am Freitag ausgebucht, bis auf zehn Uhr"
    confirmed_by_us,  # blind 27 (claims47): "Hiermit bestätigen wir Ihre beiden Termine."
    german_loans,  # blind 45 (claims110): "eingebookt", "gecancelt", "Die Cancellation ist done"
    standard_holds,  # blind 28 (claims51): "ist on hold für Sie", "noch nicht confirmed"
    litotes_read,  # blind 28 (claims51): "It's not like it isn't booked"
    day_repaired,  # blind 28 (claims51): "am Samstag – Verzeihung, am Freitag"
    reported_by,  # blind 28 (claims51): "Lena says to tell you …"
    berlin_read,  # blind 28 (claims53): "vorjemerkt, noch nich jebucht", "Dit hamwa."
    day_void,  # blind 28 (claims53): "Freitag is für Sie hinfällig", "… passé" (42)
    exclaimed,  # blind 29 (claims55): "Isn't it nice that it's all booked now?"
    offered_with_dative,  # blind 29 (claims55): "Ich könnte Ihnen Freitag um zehn eintragen"
    completion_in_words,  # blind 30 (claims61): "noch nicht in trockenen Tüchern", "a done deal"
    status_in_words,  # blind 30 (claims61): "steht auf bestätigt", "shows as accepted"
    entry_in_words,  # claims132: "Der Kalender-Eintrag existiert jetzt", "It's in on my end now"
    reason_set_aside,  # blind 30 (claims61): "Da Fabian krank ist, habe ich Sie … gelegt"
    elided_noun,  # blind 33 (claims73): "…, der verschobene steht"
    answer_pronoun,  # blind 35 (claims80): "Nein, der findet nicht mehr statt"
    not_reached_in_words,  # blind 36 (claims81): "so gut wie gebucht", "all but confirmed"
    rule_applied_in_words,  # blind 36 (claims81): "Wie alle Termine ist auch Ihrer gebucht"
    cancel_under_way_in_words,  # blind 36 (claims81): "Ihr Termin am Freitag wird gerade storniert"
    visit_named_plainly,  # blind 36 (claims83): "Ihre Zeit bei Fabian ist eingetragen"
    positive_member,  # blind 36 (claims83): "not only reserved but booked", "no longer … but …"
    pair_in_full,  # blind 36 (claims83): "Friday's off, and so is Saturday", "… – both in"
    self_answered_in_words,  # blind 36 (claims84): "Moved? Yes, to Thursday.", "Abgesagt? Nein."
    booking_running_in_words,  # blind 36 (claims84): "reserviert, die Buchung läuft aber noch"
    hold_only_in_words,  # blinds 35-36 (claims106): "Reserviert habe ich ihn, mehr noch nicht"
    denial_then_hold_in_words,  # claims132: "Nichts gebucht, nur Freitag um zehn ist reserviert"
    stays_in_words,  # blind 35 (claims106): "Es bleibt bei Ihrem Termin", "It stays as booked"
    modal_rule_plain,  # blind 35 (claims106): "Ihr Termin ist ab sofort nur noch … zu verschieben"
    other_day_in_words,  # blind 38 (claims106): "Samstag habe ich Sie nicht gebucht, Ihr Termin …"
    unreal_set_aside,  # blind 37 (claims106): "Sonst hätten Sie … kommen müssen – so ist alles …"
    topic_resumed,  # blind 37 (claims106): "Was Ihren Rückrufwunsch angeht: Der ist notiert"
    relative_named_plainly,  # blind 40 (claims98): "Die Bartpflege Ihres Mannes …"
    namely_named,  # blind 40 (claims98): "Frei wäre Folgendes, nämlich Donnerstag …"
    until_now,  # blind 40 (claims98): "Bis Sie Ja sagen, ist nichts gebucht"
    finished_act,  # blind 40 (claims98): "I've finished cancelling Friday", "fertig storniert"
)


def reworded(sentence: str, lang: str) -> str | None:
    """`sentence` in standard words, or None when no step changes it."""
    text = sentence
    for _ in range(3):  # a step's output may open another's pattern
        before = text
        for step in _STEPS:
            text = step(text, lang)
        if text == before:
            break
    return None if text == sentence else text
