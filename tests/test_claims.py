"""What the claim reader and the decision promise, family by family.

The call: Dauerwelle with Fabian, Friday 28 November, 10:00; today is Wednesday 26 November.
States as in the corpus: nothing, held, booked, failed, pending, cancelled, moved (to Thursday
15:00), two (plus Lena, Saturday 11:00), unknown (the answer was lost), message (a callback
message taken, nothing booked), no_sms (booked in a salon that sends no texts). The whole corpus
is measured in test_claims_corpus.py.
"""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import ClaimKind, FollowUp, decide, normalize, read_sentence
from tests.corpus.claims_corpus import STATES, facts

K = ClaimKind
NOT_BOOKED = ("nothing", "held", "failed", "pending", "cancelled")


def claims(sentence: str, lang: str = "de"):
    """The sentence's claims, read with the reference salon's stylists and services."""
    f = facts("booked", lang)
    return read_sentence(sentence, lang, stylists=f.stylists, services=f.services).claims


def kinds(sentence: str, lang: str = "de") -> list[ClaimKind]:
    return [c.kind for c in claims(sentence, lang)]


def promises(sentence: str, lang: str = "de") -> set[FollowUp]:
    return {c.follow_up for c in claims(sentence, lang) if c.kind is K.FOLLOW_UP}


def passes(sentence: str, state: str, lang: str = "de") -> bool:
    return decide(sentence, facts(state, lang)).passes


# --- normalization -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "disguised",
    [
        "Ihr Termin ist g\u200be\u200bb\u200bucht.",  # zero-width spaces
        "Ihr Termin ist ge\u00adbucht.",  # soft hyphen
        "Ihr Termin ist g\u0435bu\u0441ht.",  # Cyrillic е and с
        "Ihr Termin ist gεbuchτ.",  # Greek look-alikes
        "Ihr Termin ist ｇｅｂｕｃｈｔ.",  # full-width letters
        "Ihr Termin ist g-e-b-u-c-h-t.",
        "Ihr Termin ist g e b u c h t.",
        "Ihr Termin ist g.e.b.u.c.h.t.",
        "Ihr Termin ist ge\u0301bu\u0301cht.",  # combining accents
        "Ihr Termin ist g3bucht.",  # a digit for a letter
        "Ihr Termin ist gebu cht.",  # a word torn in two
    ],
)
def test_disguised_spelling_is_read_as_the_word_a_listener_hears(disguised):
    assert kinds(disguised) == [K.BOOKED]
    assert not passes(disguised, "held")


def test_normalize_keeps_umlauts_and_ordinary_numbers():
    assert (
        normalize("Mu\u0308ller, ÄRGER, um 10:30 Uhr, am 28.")
        == "müller, ärger, um 10:30 uhr, am 28."
    )
    assert normalize("Berg, B-E-R-G, richtig?") == "berg, berg, richtig?"


def test_the_claim_span_points_into_the_original_sentence_and_spares_the_question():
    sentence = "Ich habe Sie \u200beingetragen, jetzt fehlt nur noch Ihr Name?"
    (claim,) = read_sentence(sentence).claims
    assert sentence[claim.start : claim.end] == "Ich habe Sie \u200beingetragen"


# --- claims by family (German) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich habe Sie für Freitag um zehn notiert.",
        "Der Termin ist im System hinterlegt.",
        "Ich habe den Termin angelegt.",
        "Sie stehen bei uns im Kalender.",
        "Hab ich Sie reingenommen.",
        "Ich trage Sie für Freitag ein, das ist jetzt drin.",
    ],
)
def test_record_verbs_claim_a_booking(sentence):
    assert K.BOOKED in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Sie haben den Termin.", "Der Termin gehört jetzt Ihnen.", "The slot is yours."],
)
def test_possession_claims_a_booking(sentence):
    lang = "en" if sentence.startswith("The") else "de"
    assert kinds(sentence, lang) == [K.BOOKED]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Perfekt, dann bis Freitag um zehn!", "de"),
        ("Wir erwarten Sie.", "de"),
        ("Bis dann beim Fabian!", "de"),
        ("We look forward to seeing you.", "en"),
        ("See you Friday at ten!", "en"),
    ],
)
def test_a_goodbye_that_presupposes_the_visit_is_a_claim(sentence, lang):
    assert kinds(sentence, lang) == [K.BOOKED]
    assert not passes(sentence, "held", lang)


@pytest.mark.parametrize("sentence", ["Auf Wiederhören!", "Bis bald!", "Schönen Tag noch!"])
def test_a_plain_goodbye_claims_nothing(sentence):
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ist drin.", "de"),
        ("Gebongt!", "de"),
        ("Steht!", "de"),
        ("Passt, haben wir.", "de"),
        ("All sorted.", "en"),
        ("Done!", "en"),
        ("You're good to go.", "en"),
    ],
)
def test_short_colloquial_answers_are_claims(sentence, lang):
    assert kinds(sentence, lang)
    assert not passes(sentence, "held", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sie bekommen gleich eine Bestätigung per SMS.", "de"),
        ("You'll get a confirmation text shortly.", "en"),
    ],
)
def test_a_promised_confirmation_text_is_a_promise_and_the_last_outcome_done(sentence, lang):
    assert set(kinds(sentence, lang)) == {K.FOLLOW_UP, K.DONE}
    assert promises(sentence, lang) == {FollowUp.TEXT}
    # true after a booking or a cancellation in a salon that confirms them by text
    assert passes(sentence, "booked", lang) and passes(sentence, "cancelled", lang)
    for state in ("nothing", "held", "failed", "unknown", "message", "no_sms"):
        assert not passes(sentence, state, lang), state


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sehr gerne habe ich Ihren Termin eingetragen.", "de"),
        ("Ich darf Ihnen bestätigen, dass Ihr Termin gebucht ist.", "de"),
        ("I can confirm you're booked.", "en"),
    ],
)
def test_politeness_does_not_hide_a_claim(sentence, lang):
    assert kinds(sentence, lang) == [K.BOOKED]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Kann ich sonst noch etwas tun, jetzt wo der Termin gebucht ist?", "de"),
        ("Kann ich sonst noch etwas tun, nachdem Ihr Termin jetzt steht?", "de"),
        ("Haben Sie noch Fragen zu Ihrem gebuchten Termin?", "de"),
        ("Is there anything else now that you're booked?", "en"),
    ],
)
def test_a_claim_inside_a_question_is_still_a_claim(sentence, lang):
    assert kinds(sentence, lang) == [K.BOOKED]


@pytest.mark.parametrize(
    "sentence",
    ["Der Termin ist verbindlich reserviert.", "Dann ist der Termin fest.", "Ist fix."],
)
def test_a_hold_upgraded_in_words_is_a_booking_claim(sentence):
    assert kinds(sentence) == [K.BOOKED]
    assert not passes(sentence, "held")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ihr Termin ist gestrichen.", "de"),
        ("Der Termin entfällt.", "de"),
        ("Der Termin findet nicht statt.", "de"),
        ("Ich habe Sie rausgenommen.", "de"),
        ("Ihr Termin ist nicht mehr gebucht.", "de"),
        ("I've scrapped the appointment.", "en"),
        ("You've been taken off the books.", "en"),
    ],
)
def test_cancellations_in_other_words(sentence, lang):
    assert kinds(sentence, lang) == [K.CANCELLED]
    assert passes(sentence, "cancelled", lang)
    assert not passes(sentence, "booked", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ich habe den Termin umgestellt.", "de"),
        ("Der Termin ist vorgezogen.", "de"),
        ("Ich habe den Termin nach vorne geschoben.", "de"),
        ("Ihr Termin ist jetzt einen Tag früher.", "de"),
        ("I've moved your appointment forward a day.", "en"),
        ("Your appointment has been brought forward a day.", "en"),
    ],
)
def test_moves_in_other_words(sentence, lang):
    assert kinds(sentence, lang) == [K.RESCHEDULED]
    assert passes(sentence, "moved", lang)
    assert not passes(sentence, "booked", lang)


# --- not claims --------------------------------------------------------------------------------

NOT_CLAIMS = [
    ("Soll ich das buchen?", "de"),
    ("Möchten Sie den Termin?", "de"),
    ("Sobald Sie Ja sagen, buche ich.", "de"),
    ("Ich buche das jetzt für Sie.", "de"),
    ("Ich kann Ihnen noch nicht bestätigen, dass der Termin gebucht ist.", "de"),
    ("Sie sagten, er sei gebucht.", "de"),
    ("Sie sagten „Der Termin ist storniert“, richtig?", "de"),
    ("Um zehn ist leider schon gebucht.", "de"),
    ("Fabian ist ausgebucht.", "de"),
    ("Der Termin ist frei.", "de"),
    ("Das steht auf einem anderen Blatt.", "de"),
    ("Ich bin ganz Ohr.", "de"),
    ("Das ist fest versprochen.", "de"),
    ("Ich habe Ihre Nummer notiert.", "de"),
    ("Eine Dauerwelle dauert etwa zwei Stunden.", "de"),
    ("I'll let you know once it's confirmed.", "en"),
    ("Fabian is fully booked.", "en"),
    ("Shall I book that for you?", "en"),
    ("I've noted your name.", "en"),
]


@pytest.mark.parametrize(("sentence", "lang"), NOT_CLAIMS)
def test_questions_conditions_negations_reports_other_slots_and_idioms_pass_in_every_state(
    sentence, lang
):
    assert kinds(sentence, lang) == []
    for state in STATES:
        assert passes(sentence, state, lang), state


# --- the decision: truth per appointment ------------------------------------------------------


def test_a_true_booking_claim_passes_after_the_booking_and_only_then():
    sentence = "Ja, Ihr Termin ist gebucht."
    assert passes(sentence, "booked")
    assert passes(sentence, "moved")  # the moved appointment is booked too
    for state in NOT_BOOKED:
        assert not passes(sentence, state), state


def test_the_day_time_stylist_and_service_named_must_be_the_appointment_s():
    assert passes("Ihre Dauerwelle am Freitag um zehn bei Fabian ist gebucht.", "booked")
    assert not passes("Ihr Termin am Samstag ist gebucht.", "booked")
    assert not passes("Ihr Termin um halb elf ist gebucht.", "booked")
    assert not passes("Ihr Termin bei Lena ist gebucht.", "booked")
    assert not passes("Ihre Strähnchen sind gebucht.", "booked")
    assert passes("Ihr Termin übermorgen ist gebucht.", "booked")  # Friday, read against today
    assert not passes("Ihr Termin morgen ist gebucht.", "booked")


def test_with_two_appointments_the_claim_must_match_one_of_them():
    assert passes("Ihr Termin am Samstag bei Lena ist gebucht.", "two")
    assert not passes("Ihr Termin am Samstag bei Fabian ist gebucht.", "two")
    assert passes("Beide Termine sind gebucht, Freitag bei Fabian und Samstag bei Lena.", "two")
    assert not passes(
        "Beide Termine sind gebucht, Freitag bei Fabian und Samstag bei Lena.", "booked"
    )


def test_a_move_is_described_by_its_new_time_and_where_it_came_from():
    assert passes("Ich habe Ihren Termin auf Donnerstag um drei verschoben.", "moved")
    assert passes("Ihr Termin ist von Freitag auf Donnerstag verschoben.", "moved")
    assert not passes("Ihr Termin ist von Samstag auf Donnerstag verschoben.", "moved")
    assert not passes("Ich habe Ihren Termin auf Samstag verschoben.", "moved")
    assert passes("Ihr Termin ist jetzt am Donnerstag um 15 Uhr.", "moved")
    assert passes("I've moved you to Thursday at 3 pm.", "moved", "en")


def test_a_move_by_an_amount_must_be_the_move_that_happened():
    # moved: Friday 10:00 -> Thursday 15:00, a day earlier, not an hour later
    assert passes("Ihr Termin ist jetzt einen Tag früher.", "moved")
    assert not passes("Ihr Termin beginnt jetzt eine Stunde später.", "moved")
    assert not passes("I've pushed your appointment back an hour.", "moved", "en")
    assert passes("I've shifted your appointment by a day.", "moved", "en")


def test_a_move_s_direction_must_be_the_move_s():
    # moved: Friday 10:00 -> Thursday 15:00, earlier; the direction alone is checked too
    assert not passes("Ich habe den Termin nach hinten geschoben.", "moved")
    assert not passes("Ich habe den Termin einen Tag nach hinten geschoben.", "moved")
    assert not passes("Your appointment has been pushed back.", "moved", "en")
    assert passes("Ich habe den Termin nach vorne gezogen.", "moved")
    assert passes("I've brought your appointment forward.", "moved", "en")
    # both directions named (the hour one way, the day the other): not judged by direction
    assert passes("Der Termin liegt nun fünf Stunden später, dafür einen Tag früher.", "moved")


def decided_kinds(sentence: str, lang: str = "de") -> list[ClaimKind]:
    return [c.kind for c in decide(sentence, facts("booked", lang)).claims]


def test_not_booked_yet_is_false_after_a_booking():
    for sentence, lang in (
        ("Der Termin ist noch nicht gebucht.", "de"),
        ("Sobald Sie Ja sagen, ist der Termin gebucht.", "de"),
        ("It isn't booked yet.", "en"),
        ("Once you say yes, it's booked.", "en"),
        # the same claim without "yet" (convention 33)
        ("Der Termin ist nicht gebucht.", "de"),
        ("Nothing's booked.", "en"),
        ("No, it isn't booked.", "en"),
        # this call's booking denied as an event (the lead's D57, convention 1124)
        ("Das ist leider nicht gebucht worden.", "de"),
        ("Nothing was booked today; the held slot is free again.", "en"),
    ):
        assert ClaimKind.NOT_BOOKED in decided_kinds(sentence, lang)
        for state in ("booked", "moved", "two"):
            assert not passes(sentence, state, lang), (sentence, state)
        for state in ("nothing", "held", "failed", "pending", "cancelled"):
            assert passes(sentence, state, lang), (sentence, state)
    for sentence, lang in (
        ("Ist der Termin schon gebucht?", "de"),
        ("Sobald der Termin gebucht ist, bekommen Sie eine SMS.", "de"),
        ("Um elf ist noch nicht gebucht.", "de"),
        ("Der Termin Ihres Sohnes ist noch nicht gebucht.", "de"),
        ("Once you say yes, I'll book it.", "en"),
        # a rule, an earlier call: no statement of this call's booking
        ("Rest assured, nothing is booked without your okay.", "en"),
        ("Beim letzten Anruf wurde nichts gebucht.", "de"),
    ):
        assert ClaimKind.NOT_BOOKED not in decided_kinds(sentence, lang), sentence


def test_a_week_named_must_be_the_appointment_s():
    assert not passes("Bis nächste Woche!", "booked")  # the appointment is this Friday
    assert passes("Bis Freitag diese Woche!", "booked")
    assert not passes("Your appointment next week on Friday is booked.", "booked", "en")


def test_cancelled_and_booked_anew_after_a_move_is_a_move():
    sentence = "Ich habe den alten Termin storniert und den neuen gebucht."
    assert kinds(sentence) == [K.RESCHEDULED]
    assert passes(sentence, "moved")
    assert not passes(sentence, "booked")
    assert not passes(sentence, "cancelled")


def test_a_confirmed_cancellation_is_a_cancellation_claim():
    assert kinds("Die Stornierung ist bestätigt.") == [K.CANCELLED]
    assert passes("Die Stornierung ist bestätigt.", "cancelled")
    assert not passes("Die Stornierung ist bestätigt.", "booked")


def test_done_is_true_after_any_completed_change():
    for state in ("booked", "cancelled", "moved"):
        assert passes("Erledigt!", state)
    for state in ("nothing", "held", "failed", "pending"):
        assert not passes("Erledigt!", state)


def test_a_german_sentence_in_an_english_call_is_read_in_german():
    sentence = "Gebucht ist: Dauerwelle am Freitag, 28. November, 10 Uhr bei Fabian."
    assert not passes(sentence, "held", "en")
    assert passes(sentence, "booked", "en")


# --- families read since the blind rounds ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ihr Termin ist Geschichte.", "de"),
        ("Der Termin existiert nicht mehr.", "de"),
        ("Ist vom Tisch, der Termin.", "de"),
        ("Your booking is void now.", "en"),
        ("Friday's appointment is no longer happening.", "en"),
    ],
)
def test_an_unknown_wording_about_the_appointment_is_checked_not_let_through(sentence, lang):
    """The fail-safe: a statement about the caller's appointment in words no rule knows."""
    assert kinds(sentence, lang) == [K.CANCELLED]
    assert not passes(sentence, "booked", lang)
    assert passes(sentence, "cancelled", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Der Termin läuft auf Ihren Namen.", "de"),
        ("Ihr Platz ist vorbereitet.", "de"),
        ("The appointment is under your name.", "en"),
    ],
)
def test_an_unknown_statement_that_the_appointment_exists_is_a_booking_claim(sentence, lang):
    assert kinds(sentence, lang) == [K.BOOKED]
    for state in NOT_BOOKED:
        assert not passes(sentence, state, lang), state
    assert passes(sentence, "booked", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ihr Termin dauert etwa zwei Stunden.", "de"),
        ("Der Termin kostet 89 Euro.", "de"),
        ("Der Termin wäre am Freitag frei.", "de"),
        ("Die Reservierung ist abgelaufen.", "de"),
        ("Ich leite die Stornierung jetzt ein.", "de"),
        ("Your appointment takes about two hours.", "en"),
        ("All our Saturday appointments are gone.", "en"),
    ],
)
def test_descriptions_of_the_appointment_stay_neutral(sentence, lang):
    assert kinds(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        ("Bitte seien Sie am Freitag ein paar Minuten früher da.", "de", K.BOOKED),
        ("Falls Sie es am Freitag nicht schaffen, sagen Sie bitte ab.", "de", K.BOOKED),
        ("Ihre Buchungsnummer lautet 4711, falls Sie anrufen müssen.", "de", K.BOOKED),
        ("Ich habe Fabian Bescheid gegeben, er erwartet Sie.", "de", K.BOOKED),
        ("Ich habe Fabian gesagt, dass Sie nicht kommen.", "de", K.CANCELLED),
        ("Statt Freitag kommen Sie jetzt am Donnerstag um 15 Uhr.", "de", K.RESCHEDULED),
        ("Ich habe mir erlaubt, Sie gleich für Freitag einzutragen.", "de", K.BOOKED),
        ("If you can't make it on Friday, please let us know.", "en", K.BOOKED),
        ("Lena knows you're coming on Saturday.", "en", K.BOOKED),
        ("Your confirmation number is 58213.", "en", K.DONE),
        ("I've taken the liberty of booking you in for Friday.", "en", K.BOOKED),
    ],
)
def test_what_presupposes_or_implies_the_visit_is_a_claim(sentence, lang, kind):
    assert kind in kinds(sentence, lang)
    assert not passes(sentence, "nothing", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Jemand hat abgesagt, deshalb habe ich kurzfristig etwas frei.", "de"),
        ("Ihr Mann ist übrigens auch schon bei Mehmet eingetragen.", "de"),
        ("Wir sind im Dezember fast komplett verbucht.", "de"),
        ("Nach Ihrer Zusage schicke ich Ihnen eine Bestätigung.", "de"),
        ("Your friend said she's booked with Lena on Saturday.", "en"),
        ("I've released the hold for you.", "en"),
    ],
)
def test_someone_else_s_booking_a_hold_and_a_pending_consent_pass(sentence, lang):
    for state in STATES:
        assert passes(sentence, state, lang), state


@pytest.mark.parametrize(
    "disguised",
    [
        "Der Termin ist stornıert.",  # dotless i
        "Ihr Termin ist ɢᴇʙᴜᴄʜᴛ.",  # small capitals
        "Ihr Termin ist ge.bucht.",  # a dot inside the word
        "Der Termin ist stor-niert.",
        "Ihr Termin ist gebuuucht!",  # stretched
        "D3r T3rm1n 1st st0rn13rt.",  # "1st" among words written in digits
    ],
)
def test_more_disguises_are_read_as_the_word_a_listener_hears(disguised):
    assert kinds(disguised)
    assert not passes(disguised, "held")


def test_run_on_text_without_punctuation_is_cut_into_clauses():
    sentence = "Ihr Termin ist jetzt am Donnerstag um drei statt Freitag ich hoffe das passt so"
    assert kinds(sentence) == [K.RESCHEDULED]
    assert passes(sentence, "moved")
    assert not passes(sentence, "booked")


# --- the structural fail-safe: what the lexicon does not know ------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sie sind übermorgen um zehn bei uns im Salon.", "de"),  # the caller's visit
        ("Wir sehen Sie dann Freitag.", "de"),
        ("Fabian rechnet am Freitag mit Ihnen.", "de"),
        ("Sie werden am Freitag um zehn von Fabian bedient.", "de"),  # a passive, not future
        ("Parken Sie am Freitag am besten im Hof hinter dem Salon.", "de"),  # an instruction
        ("Ich habe Ihnen den Termin fest zugesagt.", "de"),  # done to the appointment
        ("Ihre Dauerwelle am Freitag ist organisiert.", "de"),  # the caller's service
        ("You're Fabian's 10 o'clock on Friday.", "en"),
        ("Your chair's waiting for you on Friday.", "en"),
        ("Come with unwashed hair on Friday, please.", "en"),
        ("You've snagged the last spot!", "en"),
    ],
)
def test_a_statement_about_the_callers_visit_is_a_claim_whatever_its_words(sentence, lang):
    assert K.BOOKED in kinds(sentence, lang)
    assert not passes(sentence, "nothing", lang)
    assert not passes(sentence, "held", lang)


def test_a_case_number_issued_with_no_act_named_claims_an_outcome_whichever_it_was():
    """D42 (convention 1109): "Vorgangsnummer" names no act: any outcome's (`done`), false
    where nothing came of the call."""
    sentence = "Ihre Vorgangsnummer ist 3391."
    assert K.DONE in kinds(sentence)
    assert not passes(sentence, "nothing")
    assert not passes(sentence, "held")
    assert passes(sentence, "booked")
    assert passes(sentence, "cancelled")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sie sind bei uns in guten Händen.", "de"),  # no day, no time: an idiom
        ("Ich biete Ihnen Freitag um zehn an.", "de"),  # an offer
        ("Sie können am Freitag um zehn kommen.", "de"),  # a possibility
        ("Rufen Sie am Freitag einfach nochmal an.", "de"),  # an instruction to call, not to come
        ("Sagen Sie mir bis Freitag Bescheid.", "de"),  # a deadline
        ("Ich wünsche Ihnen heute noch einen schönen Tag.", "de"),
        ("Ihr Arzttermin am Freitag geht natürlich vor.", "de"),  # not the salon's
        ("Ihr letzter Besuch bei uns war im August.", "de"),  # history
        ("Die Buchung läuft über Cal.com, das ist unser Kalender.", "de"),  # how it is done
        ("Your dentist appointment comes first, of course.", "en"),
        ("Gift vouchers are available at the front desk.", "en"),
        ("Let me check Fabian's availability for Friday.", "en"),
    ],
)
def test_what_only_looks_like_a_statement_about_the_visit_stays_neutral(sentence, lang):
    assert kinds(sentence, lang) == []


def test_a_bare_done_follows_the_calls_latest_outcome():
    f = facts("cancelled", "de")
    assert decide("Erledigt!", f).passes  # the cancellation is what was done
    failed_after = dataclasses.replace(f, appointments=(*f.appointments, *STATES["failed"]))
    assert not decide("Erledigt!", failed_after).passes  # a failed booking came after it
    assert decide("Ihr Termin ist storniert.", failed_after).passes  # named, it is still true


# --- promises of a follow-up (design: a promise with nothing behind it is a ghost booking) ---


@pytest.mark.parametrize(
    ("sentence", "lang", "promise"),
    [
        ("Der Salon ruft Sie zurück.", "de", FollowUp.CALLBACK),
        ("Wir melden uns bei Ihnen.", "de", FollowUp.CALLBACK),
        ("I'll have someone call you back.", "en", FollowUp.CALLBACK),
        ("The salon will get back to you tomorrow.", "en", FollowUp.CALLBACK),
        ("Ich gebe das an den Salon weiter.", "de", FollowUp.MESSAGE),
        ("Ich habe Ihre Nachricht notiert.", "de", FollowUp.MESSAGE),
        ("Your message has been passed on.", "en", FollowUp.MESSAGE),
        ("Sie bekommen eine SMS.", "de", FollowUp.TEXT),
        ("You'll get a text.", "en", FollowUp.TEXT),
        ("Sie bekommen am Vortag eine Erinnerung.", "de", FollowUp.REMINDER),
        ("We'll send you a reminder the day before.", "en", FollowUp.REMINDER),
    ],
)
def test_a_promised_follow_up_is_a_claim_of_its_own(sentence, lang, promise):
    assert promise in promises(sentence, lang)
    assert not passes(sentence, "nothing", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ich kann eine Nachricht für den Salon aufnehmen.", "de"),  # an offer
        ("Soll der Salon Sie zurückrufen?", "de"),
        ("Ich melde mich gleich wieder.", "de"),  # in this call
        ("Rufen Sie uns gern an.", "de"),  # the caller calls
        ("Möchten Sie eine Bestätigung per SMS?", "de"),
        ("Sie bekommen keine SMS, solange nichts gebucht ist.", "de"),
        ("I can have someone call you back if you like.", "en"),
        ("Would you like a text confirmation?", "en"),
        ("I'll let you know once it's confirmed.", "en"),
        ("We look forward to seeing you.", "en"),
    ],
)
def test_offers_questions_and_in_call_promises_are_not_follow_ups(sentence, lang):
    assert K.FOLLOW_UP not in kinds(sentence, lang)


def test_a_callback_is_backed_by_a_message_taken_or_an_open_outcome():
    for sentence, lang in (("Der Salon ruft Sie zurück.", "de"), ("We'll call you back.", "en")):
        assert passes(sentence, "message", lang)  # take_message stored one
        assert passes(sentence, "unknown", lang)  # the salon tells the caller once it settles
        for state in ("nothing", "held", "booked", "failed", "cancelled", "no_sms"):
            assert not passes(sentence, state, lang), (sentence, state)


def test_a_passed_on_message_is_backed_only_by_a_message_taken():
    assert passes("Ich gebe das an den Salon weiter.", "message")
    assert not passes("Ich gebe das an den Salon weiter.", "unknown")
    assert not passes("Ich gebe das an den Salon weiter.", "booked")


def test_a_text_is_backed_by_a_queued_text_or_a_confirmation_the_salon_sends():
    nothing = facts("nothing", "de")
    assert not decide("Sie bekommen gleich eine SMS.", nothing).passes
    assert decide("Sie bekommen gleich eine SMS.", dataclasses.replace(nothing, texts=1)).passes
    assert passes("Sie bekommen gleich eine SMS.", "booked")
    assert not passes("Sie bekommen gleich eine SMS.", "no_sms")


def test_a_reminder_is_backed_by_nothing_because_nothing_sends_one():
    for state in STATES:
        assert not passes("Sie bekommen am Vortag eine Erinnerung.", state), state
        assert not passes("You'll get a reminder the day before.", state, "en"), state


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich habe Ihre Nachricht für den Salon aufgenommen; der Salon ruft Sie unter der Nummer, "
        "von der Sie anrufen, zurück.",
        "Ich habe Ihren Wunsch, Ihre Daten zu löschen, für den Salon aufgenommen; der Salon "
        "kümmert sich darum und meldet sich unter der Nummer, von der Sie anrufen, bei Ihnen.",
        "Ich habe Ihre Frage für den Salon aufgenommen; der Salon ruft Sie unter der Nummer "
        "0151 12 34 56 78 zurück.",
        "Ich habe Ihr Anliegen für die Salonleitung aufgenommen; sie meldet sich unter der "
        "Nummer, von der Sie anrufen, bei Ihnen.",
    ],
)
def test_what_take_message_says_is_a_backed_promise_not_a_booking(sentence):
    assert K.BOOKED not in kinds(sentence)
    assert K.FOLLOW_UP in kinds(sentence)
    assert passes(sentence, "message")
    assert not passes(sentence, "nothing")


@pytest.mark.parametrize(
    ("sentence", "lang", "true_in"),
    [
        ("Alles klar, Ihre Reservierung ist confirmed.", "de", "booked"),
        ("So, den Termin habe ich gecancelled.", "de", "cancelled"),
        ("Ihr Termin wurde upgedatet, jetzt Donnerstag um drei.", "de", "moved"),
        ("Great, your Termin is eingetragen for Friday.", "en", "booked"),
        ("The appointment has been storniert.", "en", "cancelled"),
    ],
)
def test_a_claim_word_borrowed_from_the_other_language_is_still_a_claim(sentence, lang, true_in):
    assert passes(sentence, true_in, lang)
    for state in ("nothing", "held", "failed", "pending"):
        assert not passes(sentence, state, lang), state


def test_a_question_with_a_borrowed_verb_claims_nothing():
    for state in STATES:
        assert passes("Wollen Sie, dass ich das cancele oder lieber umbooke?", state), state


def test_the_denied_alternative_is_not_the_claim_s_stylist():
    assert passes("Genau, Sie sind bei Fabian, nicht bei Lena.", "booked")
    assert not passes("Genau, Sie sind bei Lena, nicht bei Fabian.", "booked")
    assert not passes("Genau, Sie sind bei Fabian, nicht bei Lena.", "held")
    assert passes("Exactly, you're with Fabian, not Lena.", "booked", "en")
    assert not passes("Exactly, you're with Lena, not Fabian.", "booked", "en")


def test_dates_and_times_written_out_must_be_the_appointment_s():
    assert passes("Gebucht ist der achtundzwanzigste November um zehn.", "booked")
    assert not passes("Gebucht ist der dreißigste November um zehn.", "booked")
    assert not passes("Your appointment on the twenty-first of November is booked.", "booked", "en")
    assert not passes("Your appointment at ten p m is confirmed.", "booked", "en")
    assert passes("Your appointment at ten a m is confirmed.", "booked", "en")
    assert not passes("Your eleven thirty is confirmed.", "booked", "en")


def test_may_after_a_preposition_or_before_a_day_is_the_month_not_the_modal():
    for sentence in (
        "Your appointment in May is booked.",
        "You're booked in for May.",
        "Your appointment on May 5th is booked.",
    ):
        for state in ("nothing", "held", "booked"):  # booked: the appointment is in November
            assert not passes(sentence, state, "en"), (sentence, state)
    for state in STATES:
        assert passes("May I ask your name?", state, "en"), state
        assert passes("You may come a bit earlier.", state, "en"), state
    assert passes("Your appointment is booked, and you may arrive early.", "booked", "en")


def test_an_appointment_that_falls_on_a_day_is_stated_as_existing():
    assert not passes("Ihr Termin fällt auf Freitag um zehn.", "nothing")
    assert not passes("Ihr Termin fällt auf Freitag um zehn.", "held")
    assert passes("Ihr Termin fällt auf Freitag um zehn.", "booked")
