"""claims156's classes (issue 9, blind 57: what follows from an appointment), in words of neither
corpus file. Advice for the visit, the caller's appointment named as theirs with its start, the
visit's end said, a stylist's call on a named day, a call wished and noted, money the salon will
pay back, a stylist looking forward to the day or counting on the caller: each is a claim checked
against the calendar like any other, true where the call holds it and false elsewhere. The same
words said of every visit, of a recurring day or under a condition claim nothing."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOWHERE, passes_in

TWO = frozenset({"two"})  # Saturday 29 November, 11:00, Lena, Strähnchen: the second appointment
CALLBACK = frozenset({"message", "unknown"})  # a message taken, or an open outcome to report
MESSAGE = frozenset({"message"})


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [# advice tied to a day ("am besten", "sollten Sie" after a fronted phrase)
     ("Für Ihren Termin am Freitag ziehen Sie am besten ein altes T-Shirt an.", "de",
      "Was soll ich anziehen?", BOOKED_FRIDAY),
     ("Wegen der Baustelle sollten Sie am Freitag etwas früher losfahren.", "de",
      "Wie komme ich hin?", BOOKED_FRIDAY),
     ("Am Mittwoch kommen Sie am besten mit trockenem Haar.", "de", "Und sonst?", NOWHERE),
     # no day: the visit named by its service and its stylist
     ("Für die Dauerwelle bei Fabian kommen Sie am besten mit ungewaschenem Haar.", "de",
      "Muss ich was beachten?", BOOKED_ANY),
     ("For the perm with Fabian, bring a hair tie.", "en", "Anything I should bring?",
      BOOKED_ANY),
     ("For the beard trim with Mehmet, come unshaved.", "en", "Anything I should know?",
      NOWHERE),
     # both of the caller's days
     ("An beiden Tagen kommen Sie am besten mit dem Bus.", "de", "Wie komme ich hin?", TWO)],
)  # fmt: skip
def test_advice_for_the_visit_claims_it(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Für eine Dauerwelle kommen Sie am besten mit ungewaschenem Haar.", "de",
      "Muss ich was beachten?"),
     ("For a perm, bring a hair tie.", "en", "Anything I should bring?"),
     ("Sollten Sie sich für Freitag entscheiden, kommen Sie am besten mit ungewaschenem Haar.",
      "de", "Ich überlege noch."),
     ("Freitags kommen Sie am besten mit dem Bus.", "de", "Wie komme ich hin?")],
)  # fmt: skip
def test_the_same_advice_for_any_visit_a_recurring_day_or_a_choice_claims_nothing(
    sentence, lang, caller
):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Your perm starts at ten and should take about two hours.", "en", "When does it start?",
      BOOKED_FRIDAY),
     ("Your perm starts at two.", "en", "When does it start?", NOWHERE),
     # "dann" / "then": the time said before it
     ("Um zehn passt, Ihre Dauerwelle fängt genau dann an.", "de", "Ist zehn okay?",
      BOOKED_FRIDAY),
     ("Um elf passt, Ihre Dauerwelle fängt genau dann an.", "de", "Ist elf okay?", NOWHERE),
     # the caller's first visit is theirs
     ("Bei Ihrem ersten Termin am Freitag nimmt sich Fabian etwas mehr Zeit.", "de",
      "Ich war noch nie bei Ihnen.", BOOKED_FRIDAY),
     ("Bei Ihrem ersten Termin am Mittwoch nimmt sich Fabian etwas mehr Zeit.", "de",
      "Ich war noch nie bei Ihnen.", NOWHERE),
     # the end said with the verb before "Sie": held to the appointment's start and minutes
     ("Mit der Dauerwelle sind Sie dann gegen Viertel nach zwölf fertig.", "de",
      "Wann bin ich durch?", BOOKED_FRIDAY),
     ("Mit der Dauerwelle sind Sie dann gegen drei fertig.", "de", "Wann bin ich durch?",
      NOWHERE),
     # a stylist looking forward to the day, said with adverbs; counting on the caller beside
     # a denial of something else
     ("Lena freut sich bestimmt schon auf Samstag.", "de", "Sagen Sie Lena Bescheid?", TWO),
     ("Lena freut sich bestimmt schon auf Mittwoch.", "de", "Sagen Sie Lena Bescheid?",
      NOWHERE),
     ("Saturday hasn't been moved, Lena is counting on you.", "en", "Is Saturday still on?",
      TWO)],
)  # fmt: skip
def test_the_visit_named_as_the_callers_with_its_start_or_end_claims_it(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("A perm starts with a short consultation.", "en", "How does it go?"),
     ("Mit einer Dauerwelle wären Sie gegen Viertel nach zwölf fertig.", "de",
      "Wann wäre ich durch?"),
     ("If you keep Saturday, Lena is counting on you.", "en", "I'm not sure.")],
)  # fmt: skip
def test_a_service_in_general_a_subjunctive_or_a_condition_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [# a call on a named day is no moment of this call, "kurz" or not
     ("Lena ruft Sie am Freitag kurz an, um die Farbe abzustimmen.", "de",
      "Kann mich jemand anrufen?", CALLBACK),
     ("Lena will give you a short call on Friday about the colour.", "en", "Can someone call me?",
      CALLBACK),
     # someone back at the front desk times the call, it is no product waiting there
     ("The salon will ring you back once someone is at reception again.", "en",
      "When will they call?", CALLBACK),
     ("Der Salon ruft Sie zurück, sobald wieder jemand am Empfang ist.", "de",
      "Wann ruft man mich an?", CALLBACK),
     # the call wished, taken down: a message for the salon
     ("Ich habe notiert, dass Sie am Vortag einen kurzen Anruf wünschen.", "de",
      "Rufen Sie mich vorher an?", MESSAGE),
     ("I've made a note that you'd like a quick call the day before.", "en",
      "Will you call me before?", MESSAGE),
     # money the salon will pay back: no tool does (convention 29)
     ("Die Anzahlung zahlen wir Ihnen natürlich zurück.", "de", "Stornieren Sie bitte.",
      NOWHERE),
     ("Wir erstatten Ihnen die Anzahlung.", "de", "Stornieren Sie bitte.", NOWHERE),
     ("We'll pay back your deposit this week.", "en", "Please cancel.", NOWHERE)],
)  # fmt: skip
def test_calls_notes_and_money_promised_are_held_to_what_backs_them(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Your shampoo is waiting at the front desk.", "en", "Is my shampoo there?"),
     ("Ich habe notiert, dass Sie lieber vormittags kommen.", "de", "Ich komme lieber vormittags."),
     ("If you cancel a day ahead, we'll refund the deposit.", "en", "What if I cancel?"),
     ("Wenn Sie einen Tag vorher absagen, zahlen wir die Anzahlung zurück.", "de",
      "Und wenn ich absage?"),
     ("Die Anzahlung bekommen Sie bei rechtzeitiger Absage zurück.", "de",
      "Und wenn ich absage?")],
)  # fmt: skip
def test_a_wish_noted_or_the_house_rule_on_money_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE
