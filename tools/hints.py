"""What the tools tell the model besides `say`: the `hint` of a result (what to ask next, why
something failed, what not to claim) and the date checker's `message` (what about the day or
time asked is wrong or open, `tools.when`), in German and English side by side, one entry each.

The call's language picks the text here and nowhere else (`hint`), as `tools.speech` does for
the sentences code speaks: an English call's model reads English hints only, so it has no German
to paraphrase or to mix into its reply. A tool names its hint by key; an argument error carries
its key until the one entry point renders it (`tools.booking_tools`).
"""

from __future__ import annotations

# key -> (German, English), filled with the named fields. Tool and argument names (hold_slot,
# slot_id, still_held, 'say') stay as they are in both languages: the model calls them so.
_HINTS: dict[str, tuple[str, str]] = {
    # -- check_availability / hold_slot / release_hold ----------------------------------------
    "several_people": (
        "Mehrere Personen: jede bekommt einen eigenen Termin. Nachfragen, welche Leistung jede "
        "Person möchte, und für jede einzeln prüfen (für andere als den Anrufer mit for_person).",
        "Several people: each gets an appointment of their own. Ask which service each person "
        "wants, and check each one separately (for anyone but the caller with for_person).",
    ),
    "ambiguous_service": (
        "Nicht raten: nachfragen, welche dieser Leistungen gemeint ist.",
        "Do not guess: ask which of these services is meant.",
    ),
    "unknown_service": (
        "Diese Leistung gibt es nicht; die angebotenen Leistungen nennen.",
        "The salon has no such service; name the services it offers.",
    ),
    "service_not_offered": (
        "{service} bietet der Salon nicht an; das so sagen und die angebotenen Leistungen nennen.",
        "The salon does not offer {service}; say so and name the services it offers.",
    ),
    "ambiguous_stylist": (
        "Nachfragen, wer gemeint ist (vollen Namen nennen lassen).",
        "Ask who is meant (have the caller say the full name).",
    ),
    "no_stylist_so_addressed": (
        "Niemand, der so angesprochen wird, bietet die Leistung an; sagen, wer sie "
        "anbietet, und fragen, ob das passt.",
        "Nobody addressed that way offers the service; say who offers it and ask whether "
        "that suits the caller.",
    ),
    "unknown_stylist": (
        "Diesen Namen gibt es nicht; sagen, wer die Leistung anbietet.",
        "Nobody of that name works here; say who offers the service.",
    ),
    "stylist_does_not_offer": (
        "Diese Person bietet die Leistung nicht an; Alternativen nennen.",
        "This person does not offer the service; name who does instead.",
    ),
    "refusal_weekday_mismatch": (
        "Nicht raten: dem Anrufer 'message' sagen und nachfragen, welches Datum gemeint ist.",
        "Do not guess: tell the caller what 'message' says and ask which date is meant.",
    ),
    "refusal_ambiguous_date": (
        "Nicht raten: die Tage aus 'options' anbieten (höchstens zwei nennen) und fragen, welcher "
        "gemeint ist; dann mit diesem Datum erneut prüfen.",
        "Do not guess: offer the days in 'options' (name two at most) and ask which one is "
        "meant; then check again with that date.",
    ),
    "refusal_ambiguous_time": (
        "Nicht raten: die Uhrzeiten aus 'options' nennen und fragen, welche gemeint ist.",
        "Do not guess: name the times in 'options' and ask which one is meant.",
    ),
    "refusal_past_date": (
        "Der Termin liegt in der Vergangenheit; nach einem anderen Tag fragen.",
        "That time is in the past; ask for another day.",
    ),
    "refusal_closed": (
        "Der Salon ist an diesem Tag geschlossen (bei 'holiday' den Feiertag nennen); einen der "
        "offenen Tage anbieten.",
        "The salon is closed that day (with 'holiday', name the holiday); offer one of the open "
        "days.",
    ),
    "refusal_outside_hours": (
        "Die Uhrzeit liegt außerhalb der Öffnungszeiten für diese Leistung.",
        "That time is outside the opening hours for this service.",
    ),
    "refusal_invalid_time": ("Die Uhrzeit nachfragen.", "Ask for the time again."),
    "refusal_invalid_date": ("Das Datum nachfragen.", "Ask for the date again."),
    "refusal_other": (
        "Nachfragen, welcher Tag gemeint ist.",
        "Ask which day is meant.",
    ),
    "free_to_choose": (
        "Nichts ist reserviert; der Anrufer wählt, dann hold_slot.",
        "Nothing is reserved; the caller chooses, then hold_slot.",
    ),
    "unavailable_alternatives": (
        "Die gewünschte Zeit ist nicht frei; die Alternativen anbieten (nicht reserviert).",
        "The time asked for is not free; offer the alternatives (not reserved).",
    ),
    "unavailable_nothing_soon": (
        "In den nächsten Tagen ist nichts frei; nach einem späteren Tag fragen.",
        "Nothing is free in the next days; ask for a later day.",
    ),
    "earlier_hold_lost": (
        "Die gewünschte Zeit ist nicht frei, und der vorher reservierte Termin "
        "(earlier_hold_lost) ist inzwischen vergeben: das sagen und die Alternativen anbieten.",
        "The time asked for is not free, and the slot reserved before (earlier_hold_lost) has "
        "been taken meanwhile: say so and offer the alternatives.",
    ),
    "hold_taken": (
        "Der Termin ist inzwischen vergeben; Alternativen anbieten.",
        "That slot has been taken meanwhile; offer alternatives.",
    ),
    "reservation_answer_lost": (
        "Der Kalender hat auf die Reservierung nicht geantwortet: der Termin ist NICHT für den "
        "Anrufer reserviert und vielleicht für kurze Zeit blockiert. Das sagen und anbieten, es "
        "in ein, zwei Minuten noch einmal zu versuchen.",
        "The calendar did not answer the reservation: the slot is NOT reserved for the caller "
        "and may be blocked for a short while. Say so and offer to try again in a minute or two.",
    ),
    "nothing_held": (
        "Dieser Termin ist nicht (mehr) reserviert.",
        "This slot is not (or no longer) reserved.",
    ),
    "several_held": (
        "Es sind mehrere Termine reserviert; mit slot_id sagen, welcher frei wird.",
        "Several slots are reserved; say with slot_id which one to release.",
    ),
    # -- check_availability: the date checker's 'message' (tools/when) ------------------------
    "date_excluded": (
        "Der Anrufer hat etwas ausgeschlossen ('{said}'), aber nicht gesagt, welcher Tag "
        "stattdessen passt; nachfragen, welcher Tag und welche Uhrzeit gewünscht sind.",
        "The caller ruled something out ('{said}') without saying which day suits instead; "
        "ask which day and which time they want.",
    ),
    "date_recurring": (
        "Der Anrufer wünscht einen wiederkehrenden Termin; jeder wird einzeln gebucht: "
        "nachfragen, an welchem Tag der erste sein soll.",
        "The caller wants a recurring appointment; each is booked on its own: ask which day "
        "the first one should be.",
    ),
    "date_unsure": (
        "Nicht sicher verstanden: {words}; nachfragen, was der Anrufer damit meint.",
        "Not understood for sure: {words}; ask what the caller means by that.",
    ),
    "date_time_by_event": (
        "{day} ist möglich, aber die Uhrzeit hängt an etwas, das nur der Anrufer weiß "
        "('{said}'); nachfragen, um wie viel Uhr das wäre.",
        "{day} is possible, but the time depends on something only the caller knows "
        "('{said}'); ask what time that would be.",
    ),
    "date_day_or_month": (
        "Der {day}. {second}. (der {day}. des {second}. Monats) oder, verbessert, der {second}.? "
        "Nachfragen, welcher Tag gemeint ist.",
        "Day {day} of month {second}, or day {second} (a correction)? Ask which day is meant.",
    ),
    "date_time_last_visit": (
        "{day} ist möglich; die Uhrzeit des letzten Besuchs ('{said}') ist hier nicht bekannt: "
        "nachfragen, um wie viel Uhr.",
        "{day} is possible; the last visit's time ('{said}') is not known here: ask what time.",
    ),
    "date_time_unclear": (
        "'{said}' ist keine verständliche Uhrzeit.",
        "'{said}' is no time that can be understood.",
    ),
    "date_last_visit": (
        "'{said}' sagt etwas über den letzten Besuch, nicht welcher Tag diesmal gewünscht ist; "
        "das nachfragen.",
        "'{said}' is about the last visit, not the day wanted this time; ask for that.",
    ),
    "date_question_not_holding": (
        "Der Anrufer meint, der Tag liege {believed} {anchor}, aber {day} ist {place} {anchor}; "
        "nachfragen, welcher Tag gemeint ist: {days}?",
        "The caller thinks the day is {believed} {anchor}, but {day} is {place} {anchor}; ask "
        "which day is meant: {days}?",
    ),
    "date_foreign_weekday": (
        "'{said}' ist ein Wochentag in einer anderen Sprache; nachfragen, ob der Anrufer "
        "{weekday} meint und welchen.",
        "'{said}' is a weekday in another language; ask whether the caller means {weekday}, and "
        "which one.",
    ),
    "date_day_unclear": (
        "'{said}' ist kein verständliches Datum.",
        "'{said}' is no date that can be understood.",
    ),
    "date_no_such_day": ("'{said}' gibt es nicht.", "'{said}' does not exist."),
    "date_no_leap_day": (
        "Den 29. Februar gibt es {year} nicht ({year} ist kein Schaltjahr); nachfragen, welcher "
        "Tag gemeint ist: der 28. Februar oder der 1. März?",
        "There is no 29 February in {year} ({year} is no leap year); ask which day is meant: "
        "28 February or 1 March?",
    ),
    "date_no_such_day_in_month": (
        "Einen {day}. gibt es im {month} nicht; nachfragen, welcher Tag gemeint ist.",
        "{month} has no day {day}; ask which day is meant.",
    ),
    "date_next_bridge_day": (
        "Welcher Brückentag? Der nächste ist der {day}; nachfragen, welcher Tag gemeint ist.",
        "Which bridge day? The next one is {day}; ask which day is meant.",
    ),
    "date_days_disagree": (
        "{said} passen nicht zusammen; welcher Tag ist gemeint?",
        "{said} do not fit together; which day is meant?",
    ),
    "date_weekday_mismatch": (
        "{weekday} ist der {nearest}; der {day} ist ein {actual}.",
        "{weekday} is {nearest}; {day} is a {actual}.",
    ),
    "date_year_unclear": (
        "{day} war dieses Jahr schon; nachfragen, ob {days} gemeint ist.",
        "{day} has gone by this year; ask whether {days} is meant.",
    ),
    "date_just_gone": (
        "Der {day} war schon; nachfragen, ob {days} gemeint ist.",
        "{day} has gone by; ask whether {days} is meant.",
    ),
    "date_over_a_year_ahead": (
        "Das Datum liegt mehr als ein Jahr voraus.",
        "That date is more than a year ahead.",
    ),
    "date_past": (
        "{day} liegt in der Vergangenheit; heute ist {today}.",
        "{day} is in the past; today is {today}.",
    ),
    "date_days_past": (
        "Diese Tage liegen in der Vergangenheit.",
        "These days are in the past.",
    ),
    "date_closed": ("{at} ist der Salon geschlossen.", "{at}, the salon is closed."),
    "date_days_closed": (
        "{said}: der Salon ist an diesen Tagen geschlossen.",
        "{said}: the salon is closed on these days.",
    ),
    "date_closed_near_open": (
        "{at} ist der Salon geschlossen. Welcher Tag passt stattdessen: {days}?",
        "{at}, the salon is closed. Which day suits instead: {days}?",
    ),
    "date_which_day": ("Welcher Tag ist gemeint: {days}?", "Which day is meant: {days}?"),
    "date_closed_among": ("Geschlossen: {names}.", "Closed: {names}."),
    "date_gone_among": ("Schon vorbei: {names}.", "Already gone by: {names}."),
    "date_after_closed_stretch": (
        "Geschlossen: {closed}. Welcher Tag danach passt: {days}?",
        "Closed: {closed}. Which day after that suits: {days}?",
    ),
    "date_which_time": ("Welche Uhrzeit ist gemeint: {times}?", "Which time is meant: {times}?"),
    "date_from_when": (
        "Ab wann hat der Anrufer Zeit? Möglich wären: {times}?",
        "From when on is the caller free? Possible times: {times}?",
    ),
    "date_last_starts": (
        "Am {date} ist nur bis {close} geöffnet, abends nicht. Passt einer der letzten "
        "Termine: {times}?",
        "On {date} the salon is open only until {close}, not in the evening. Does one of the "
        "last start times suit: {times}?",
    ),
    "date_last_starts_at_closing": (
        "Am {date} ist nur bis {close} geöffnet; um diese Zeit schließt der Salon. Passt einer "
        "der letzten Termine: {times}?",
        "On {date} the salon is open only until {close}; it closes at that time. Does one of "
        "the last start times suit: {times}?",
    ),
    "date_today_until": (
        "Heute ist der Salon nur bis {close} geöffnet.",
        "Today the salon is open only until {close}.",
    ),
    "date_today_last_gone": (
        "Heute ist der Salon nur bis {close} geöffnet; der letzte Termin ist schon vorbei.",
        "Today the salon is open only until {close}; the last start time has gone by.",
    ),
    "date_time_gone_today": (
        "{time} ist heute schon vorbei.",
        "{time} has already gone by today.",
    ),
    "date_open_from_to": (
        "Am {date} ist von {open} bis {close} geöffnet.",
        "On {date} the salon is open from {open} to {close}.",
    ),
    "date_open_last_start": (
        "Am {date} ist von {open} bis {close} geöffnet; der letzte Beginn für diese Leistung "
        "ist {last}.",
        "On {date} the salon is open from {open} to {close}; the last start for this service "
        "is {last}.",
    ),
    "time_two_appointments": (
        "Zwei Termine in einem Satz: {first} für den ersten, {second} für den zweiten. Jede "
        "Person einzeln prüfen und reservieren (`for_person` für die andere Person), jede mit "
        "ihrer Zeit{after}; nie beide mit einer Zeit.",
        "Two appointments in one phrase: {first} for the first, {second} for the second. Check "
        "and hold each person on their own (`for_person` for the other person), each at their "
        "time{after}; never both at one time.",
    ),
    "time_order_unsaid": (
        " Die Reihenfolge ist nicht gesagt: nachfragen, ob nacheinander oder gleichzeitig (dann "
        "eine Zeit für alle, bei verschiedenen Kollegen).",
        " The order was not said: ask whether one after the other or at the same time (then one "
        "time for all, with different stylists).",
    ),
    "time_two_appointments_after": (
        " (der zweite, wenn der erste fertig ist: nach der Dauer seiner Leistung)",
        " (the second when the first is done: after the length of its service)",
    ),
    "time_split_teen": (
        "'{said}': {first} oder {second}? Nachfragen, welche Uhrzeit gemeint ist.",
        "'{said}': {first} or {second}? Ask which time is meant.",
    ),
    "time_zone_unknown": (
        "'{said}': welche Uhrzeit ist das hier im Salon? Nachfragen (die Zeitzone ist nicht "
        "bekannt); nie die Uhrzeit so nehmen, als wäre sie die des Salons.",
        "'{said}': what time is that here at the salon? Ask (the zone is not known); never take "
        "the clock as if it were the salon's.",
    ),
    "time_zone_half_unclear": (
        "'{said}': morgens oder nachmittags/abends dort? Nachfragen, dann in die Uhrzeit des "
        "Salons umrechnen; nie die Uhrzeit so nehmen, als wäre sie die des Salons.",
        "'{said}': morning or afternoon/evening there? Ask, then convert to the salon's clock; "
        "never take the clock as if it were the salon's.",
    ),
    "time_no_such_time": ("Diese Uhrzeit gibt es nicht.", "There is no such time."),
    "time_invalid": (
        "'{said}' ist keine gültige Uhrzeit.",
        "'{said}' is no valid time.",
    ),
    "time_morning_or_evening": (
        "'{said}': morgens oder abends?",
        "'{said}': in the morning or in the evening?",
    ),
    "time_not_that_day": (
        "'{said}' passt nicht zum genannten Tag.",
        "'{said}' does not fit the day given.",
    ),
    "time_part_disagrees": (
        "Uhrzeit und Tageszeit passen nicht zusammen.",
        "The time and the part of the day do not fit together.",
    ),
    "time_invalid_span": (
        "'{said}' ist keine gültige Zeitspanne.",
        "'{said}' is no valid span of time.",
    ),
    "time_start_ends_late": (
        "Um {start} beginnt die Behandlung, wäre aber erst um {end} fertig; der Anrufer muss um "
        "{by} fertig sein. Nachfragen: früher beginnen oder später fertig?",
        "Starting at {start}, the service would end at {end}, but the caller must be done by "
        "{by}. Ask: start earlier, or finish later?",
    ),
    "time_times_disagree": (
        "Die genannten Zeiten passen nicht zusammen.",
        "The times given do not fit together.",
    ),
    # -- book_appointment ---------------------------------------------------------------------
    "not_held": (
        "Dieser Termin ist nicht reserviert; zuerst hold_slot aufrufen.",
        "This slot is not reserved; call hold_slot first.",
    ),
    "already_booked": (
        "Dieser Termin ist in diesem Anruf schon gebucht (und gesagt); es wurde nichts "
        "zusätzlich gebucht. Nicht noch einmal buchen.",
        "This appointment was already booked in this call (and said); nothing more was booked. "
        "Do not book it again.",
    ),
    "lapsed_and_taken": (
        "Nicht gebucht: die Reservierung ist abgelaufen und der Termin inzwischen vergeben. "
        "Alternativen anbieten.",
        "Not booked: the reservation ran out and the slot has been taken meanwhile. Offer "
        "alternatives.",
    ),
    "hold_unconfirmed": (
        "Der Termin wurde NICHT gebucht: der Kalender hat die Reservierung nicht bestätigt, und "
        "ohne sie wird nicht gebucht. Das ehrlich sagen; anbieten, es in ein paar Minuten noch "
        "einmal zu versuchen, oder eine Alternative.",
        "The appointment was NOT booked: the calendar did not confirm the reservation, and "
        "nothing is booked without it. Say so honestly; offer to try again in a few minutes, or "
        "an alternative.",
    ),
    "hold_unconfirmed_said": (
        "Der Termin wurde NICHT gebucht; der Anrufer hat 'say' gehört (bis wann der Termin im "
        "Kalender blockiert ist). Will er ihn danach noch, book_appointment mit derselben "
        "slot_id noch einmal aufrufen; sonst eine Alternative anbieten.",
        "The appointment was NOT booked; the caller heard 'say' (until when the slot is blocked "
        "in the calendar). If they still want it after that, call book_appointment with the "
        "same slot_id again; otherwise offer an alternative.",
    ),
    "phone_needed": (
        "Eine Telefonnummer wird gebraucht; bitte erfragen.",
        "A phone number is needed; please ask for it.",
    ),
    "phone_invalid": (
        "Die Telefonnummer ist ungültig; bitte nachfragen.",
        "The phone number is not valid; please ask again.",
    ),
    "booking_landed_late": (
        "Die frühere Buchung ist doch angekommen; es wurde nichts zusätzlich gebucht.",
        "The earlier booking reached the calendar after all; nothing more was booked.",
    ),
    "booking_landed_late_elsewhere": (
        "Die frühere Buchung ist doch angekommen; es wurde nichts zusätzlich gebucht. Soll es "
        "der neue Termin sein, die Buchung verschieben.",
        "The earlier booking reached the calendar after all; nothing more was booked. If the "
        "caller wants the new time instead, move the booking.",
    ),
    "booking_not_sent": (
        "Der Termin wurde NICHT gebucht: der Kalender war nicht erreichbar, die Buchung ging "
        "nicht hinaus. Er bleibt für den Anrufer reserviert (still_held); anbieten, es gleich "
        "noch einmal zu versuchen.",
        "The appointment was NOT booked: the calendar could not be reached and the booking "
        "never left. The slot stays reserved for the caller (still_held); offer to try again "
        "right away.",
    ),
    "booking_open_held": (
        "Weder 'gebucht' noch 'nicht gebucht' sagen: genau 'say' sagen. Der Termin ist weiter "
        "für den Anrufer reserviert (still_held); anbieten, es noch einmal zu versuchen "
        "(book_appointment mit der slot_id aus still_held).",
        "Say neither 'booked' nor 'not booked': say exactly 'say'. The slot stays reserved for "
        "the caller (still_held); offer to try again (book_appointment with the slot_id from "
        "still_held).",
    ),
    "booking_open_not_held": (
        "Weder 'gebucht' noch 'nicht gebucht' sagen: genau 'say' sagen. Der Termin ist nicht "
        "mehr reserviert; wer nicht warten will, kann eine Alternative wählen.",
        "Say neither 'booked' nor 'not booked': say exactly 'say'. The slot is no longer "
        "reserved; a caller who does not want to wait can choose an alternative.",
    ),
    "not_booked": (
        "Der Termin wurde NICHT gebucht. Das ehrlich sagen und die Alternativen anbieten.",
        "The appointment was NOT booked. Say so honestly and offer the alternatives.",
    ),
    "also_landed": (
        "Eine frühere Buchung ist doch angekommen (also_landed): der Anrufer hat es in 'say' "
        "gehört. Nicht noch einmal sagen.",
        "An earlier booking reached the calendar after all (also_landed): the caller heard it "
        "in 'say'. Do not say it again.",
    ),
    "also_moved": (
        "Die frühere Verschiebung ist doch durchgegangen (also_moved): der Anrufer hat es in "
        "'say' gehört; der alte Termin besteht nicht mehr. Nicht noch einmal sagen.",
        "The earlier move went through after all (also_moved): the caller heard it in 'say'; "
        "the old appointment no longer exists. Do not say it again.",
    ),
    "also_not_moved": (
        "Die frühere Verschiebung ist nicht durchgegangen (also_not_moved): der alte Termin "
        "bleibt bestehen; der Anrufer hat es in 'say' gehört. Nicht noch einmal sagen.",
        "The earlier move did not go through (also_not_moved): the old appointment stands; the "
        "caller heard it in 'say'. Do not say it again.",
    ),
    # -- find_my_appointments / cancel_appointment / reschedule_appointment -------------------
    "no_appointments": (
        "Unter dieser Nummer ist kein Termin gebucht.",
        "No appointment is booked under this number.",
    ),
    "already_cancelled": (
        "Dieser Termin ist in diesem Anruf schon storniert (und gesagt); nichts weiter "
        "geändert. Nicht noch einmal stornieren.",
        "This appointment was already cancelled in this call (and said); nothing else changed. "
        "Do not cancel it again.",
    ),
    "name_mismatch": (
        "Der Name passt nicht zu dieser Buchung; nichts wurde geändert. Fragen, auf welchen "
        "Namen der Termin gebucht ist (keinen Namen vorsagen).",
        "The name does not match this booking; nothing was changed. Ask under which name the "
        "appointment is booked (do not suggest a name).",
    ),
    "cancel_open": (
        "Nicht 'storniert' sagen: ob die Stornierung durchging, ist unbekannt.",
        "Do not say 'cancelled': whether the cancellation went through is unknown.",
    ),
    "cancel_failed": (
        "Die Stornierung ist nicht durchgegangen; der Termin besteht weiter. Später noch "
        "einmal versuchen.",
        "The cancellation did not go through; the appointment still stands. Try again later.",
    ),
    "move_other_service": (
        "Verschieben geht nur bei gleicher Leistung und gleicher Person; mit check_availability "
        "für diese Leistung und Person suchen.",
        "A move keeps the same service and the same person; search with check_availability for "
        "this service and person.",
    ),
    "move_slot_taken": (
        "Der neue Termin ist nicht frei; der alte bleibt bestehen.",
        "The new time is not free; the old appointment stands.",
    ),
    "move_hold_unconfirmed": (
        "Nicht verschoben (nichts wurde gesendet; der alte Termin bleibt bestehen): der "
        "Kalender hat die Reservierung des neuen Termins nicht bestätigt. Anbieten, es in ein "
        "paar Minuten noch einmal zu versuchen, oder eine Alternative.",
        "Not moved (nothing was sent; the old appointment stands): the calendar did not confirm "
        "the reservation of the new time. Offer to try again in a few minutes, or an "
        "alternative.",
    ),
    "move_hold_unconfirmed_said": (
        "Nicht verschoben; der Anrufer hat 'say' gehört (bis wann der neue Termin im Kalender "
        "blockiert ist). Will er ihn danach noch, reschedule_appointment mit derselben slot_id "
        "noch einmal aufrufen; sonst eine Alternative anbieten.",
        "Not moved; the caller heard 'say' (until when the new time is blocked in the "
        "calendar). If they still want it after that, call reschedule_appointment with the same "
        "slot_id again; otherwise offer an alternative.",
    ),
    "move_failed": (
        "Das Verschieben ist nicht durchgegangen; der alte Termin bleibt bestehen.",
        "The move did not go through; the old appointment stands.",
    ),
    "move_not_confirmed": (
        "Das Verschieben wurde nicht bestätigt.",
        "The move was not confirmed.",
    ),
    "already_moved": (
        "Dieser Termin ist in diesem Anruf schon dorthin verschoben (und gesagt); nichts weiter "
        "geändert. Nicht noch einmal verschieben.",
        "This appointment was already moved there in this call (and said); nothing else "
        "changed. Do not move it again.",
    ),
    "moved_then_ended": (
        "Weder 'verschoben' noch 'bleibt bestehen' sagen: der Anrufer hat 'say' gehört und hat "
        "jetzt keinen der beiden Termine. Anbieten, einen neuen Termin zu buchen.",
        "Say neither 'moved' nor 'stays as it is': the caller heard 'say' and now has neither "
        "appointment. Offer to book a new one.",
    ),
    "move_open": (
        "Nicht 'verschoben', nicht 'nicht verschoben' und nicht 'der alte Termin steht' sagen: "
        "genau 'say' sagen; ob der alte Termin bleibt, ist offen.",
        "Say neither 'moved', nor 'not moved', nor 'the old appointment stands': say exactly "
        "'say'; whether the old appointment stays is open.",
    ),
    "move_taken_while_lost": (
        "Nicht verschoben; der Anrufer hat 'say' gehört: der neue Termin ist anderweitig "
        "vergeben, der alte bleibt bestehen. Alternativen anbieten.",
        "Not moved; the caller heard 'say': the new time has been taken by someone else, and "
        "the old appointment stands. Offer alternatives.",
    ),
    # -- transfer_call ------------------------------------------------------------------------
    "transfer_closed": (
        "Der Salon ist gerade geschlossen; niemand kann übernehmen. Anbieten, eine Nachricht "
        "aufzunehmen (take_message).",
        "The salon is closed right now; nobody can take the call. Offer to take a message "
        "(take_message).",
    ),
    "transfer_no_number": (
        "Für die Weiterleitung ist keine Nummer hinterlegt. Anbieten, eine Nachricht "
        "aufzunehmen (take_message).",
        "There is no number to put the call through to. Offer to take a message (take_message).",
    ),
    "transfer_line_cannot": (
        "Dieser Anruf kann nicht weitergeleitet werden. Anbieten, eine Nachricht aufzunehmen "
        "(take_message).",
        "This call cannot be put through. Offer to take a message (take_message).",
    ),
    "transfer_not_answered": (
        "Im Salon hat niemand abgenommen. Eine Rückrufbitte mit der Nummer des Anrufers ist "
        "schon gespeichert: sag ihm ehrlich, dass niemand erreichbar war und der Salon ihn "
        "zurückruft. Dafür kein take_message mehr.",
        "Nobody at the salon answered. A call-back request with the caller's number is already "
        "stored: tell them honestly that nobody could be reached and that the salon will call "
        "them back. No take_message for it.",
    ),
    "transfer_failed": (
        "Die Weiterleitung hat nicht geklappt. Sag das ehrlich und biete an, eine Nachricht "
        "aufzunehmen (take_message).",
        "Putting the call through did not work. Say so honestly and offer to take a message "
        "(take_message).",
    ),
    "transferring": (
        "Der Anrufer wird jetzt verbunden und hat die Ankündigung gehört. Sag nichts mehr.",
        "The caller is being put through now and heard the announcement. Say nothing more.",
    ),
    # -- take_message -------------------------------------------------------------------------
    "message_kind": (
        "'kind' ist eine von: {kinds}.",
        "'kind' is one of: {kinds}.",
    ),
    "callback_not_a_number": (
        "Das ist keine Telefonnummer; bitte die Rückrufnummer noch einmal erfragen.",
        "That is not a phone number; please ask for the call-back number again.",
    ),
    "callback_number_unknown": (
        "Die Nummer des Anrufers ist unbekannt; bitte nach der Rückrufnummer fragen.",
        "The caller's number is unknown; please ask for a call-back number.",
    ),
    # -- every tool ---------------------------------------------------------------------------
    "invalid_slot": (
        "Diese slot_id stammt nicht aus diesem Anruf; nur angebotene Termine verwenden.",
        "This slot_id is not from this call; use only slots that were offered.",
    ),
    "not_found": (
        "Unter der Nummer des Anrufers gibt es diesen Termin nicht.",
        "There is no such appointment under the caller's number.",
    ),
    "no_caller_number": (
        "Die Anrufernummer ist unbekannt; Termine können so nicht gefunden werden.",
        "The caller's number is unknown; appointments cannot be found without it.",
    ),
    "calendar_unreachable": (
        "Der Kalender ist gerade nicht erreichbar. Nichts wurde gebucht oder geändert; bitte "
        "später noch einmal versuchen oder den Salon anrufen lassen.",
        "The calendar cannot be reached right now. Nothing was booked or changed; please try "
        "again later or have the caller phone the salon.",
    ),
    "unknown_tool": ("Unbekanntes Werkzeug {name}.", "Unknown tool {name}."),
    "arguments_not_object": (
        "Argumente müssen ein JSON-Objekt sein.",
        "Arguments must be a JSON object.",
    ),
    "call_not_active": ("Der Anruf ist nicht aktiv.", "The call is not active."),
    "internal_error": ("Interner Fehler ({error}).", "Internal error ({error})."),
    "argument_missing": ("'{name}' fehlt.", "'{name}' is missing."),
    "argument_not_text": (
        "'{name}' muss ein nicht leerer Text sein.",
        "'{name}' must be a non-empty text.",
    ),
    "argument_too_long": ("'{name}' ist zu lang.", "'{name}' is too long."),
    "argument_no_name": (
        "'{name}' enthält keinen Namen ({text}); bitte nachfragen, wer gemeint ist.",
        "'{name}' contains no name ({text}); please ask who is meant.",
    ),
}

KEYS: tuple[str, ...] = tuple(_HINTS)


def hint(key: str, language: str, **fields: object) -> str:
    """The hint `key` in the call's language ("en": English; anything else German), filled
    with `fields`."""
    german, english = _HINTS[key]
    return (english if language == "en" else german).format(**fields)
