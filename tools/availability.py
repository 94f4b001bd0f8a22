"""Asking for a time and holding it: `check_availability`, `hold_slot`, `release_hold`.

The promise: when the caller hears a time is free, it is already held in Cal.com for them. A
call holds one slot per person it books for; a new choice for the same person replaces that
person's hold, a different person's adds one.
"""

from __future__ import annotations

import contextlib
from datetime import timedelta

from calendar_adapter.backend import (
    AnswerLostError,
    CalendarError,
    Offering,
    ServerError,
    SlotHeldByOtherError,
    SlotUnavailableError,
)
from tools import speech, views
from tools.arguments import ArgumentError, Name, Text
from tools.asked import Request, understand
from tools.free_slots import (
    FreeSlot,
    fetch_free,
    fetch_fresh,
    fresh_alternatives,
    in_window,
    offer,
    offerings_for,
    register,
)
from tools.hints import hint
from tools.registry import Result
from tools.session import CallSession, Hold, HoldLostError
from tools.status import ToolStatus

_SLOT_TAKEN = (SlotUnavailableError, SlotHeldByOtherError)
_ANSWER_LOST = (AnswerLostError, ServerError)  # the reservation may have been made


async def check_availability(
    session: CallSession,
    service: Text,
    date: Text,
    stylist: Name | None = None,
    time: Text | None = None,
    weekday: Text | None = None,
    for_person: Name | None = None,
) -> Result:
    """Prüft, ob eine Leistung zu einem Tag (und optional einer Uhrzeit, bei einer
    Friseurin/einem Friseur) frei ist. Ist die genannte genaue Uhrzeit frei, wird der Termin
    sofort für diesen Anruf reserviert (status 'held'). Eine Tageszeit oder ungefähre Zeit wird
    durchsucht, nichts reserviert ('available'). Sonst kommen bis zu drei Alternativen mit
    slot_id zurück, oder eine Rückfrage (ambiguous_*). Tage, Wochentage und Uhrzeiten NIE selbst
    ausrechnen: alles in den Worten des Anrufers übergeben.

    Args:
        service: Leistung in den Worten des Anrufers, z.B. 'Dauerwelle', 'Haare färben',
            'Färbung', 'Bart schneiden' (auch verhört 'Barth schneiden'), 'Bart mit dem Trimmer in Form bringen', 'Herrenschnitt', 'beard trim', 'Haare dunkler', 'rote Haare', 'meine Haare sind so glatt, ich will Locken', 'die Haare dauerhaft glatt' (Glätten: nicht im Angebot), 'die Haare sollen wellig werden', 'mehr Volumen' (Rückfrage: Dauerwelle oder Schnitt), 'Herren, kurz an den
            Seiten'; korrigiert ('Strähnchen, nee, doch nur Farbe'); auch was ausgeschlossen
            wird ('nur föhnen, nicht schneiden', 'Färben statt Strähnchen'); Trendnamen ('French Crop', 'Skin Fade', 'Balayage',
            'Sombré'); mit einem Zusatz, den der Salon nicht anbietet ('Herrenhaarschnitt
            inklusive Augenbrauen': Rückfrage mit der angebotenen Leistung); 'Blondieren', 'Haare bleichen' (Rückfrage:
            Färben oder Strähnchen); und was der Salon nicht anbietet ('Beine
            waxen', 'Rastas', 'was mit den Nägeln': wird so benannt); für mehrere Personen wörtlich ('für mich und meinen
            Mann'): kommt als Rückfrage (several_people) zurück, je Person ein eigener Termin;
            'für meine Tochter, Spitzen schneiden' (ohne Alter: Rückfrage, Kinder- oder
            Damenhaarschnitt).
        date: Der Tag in den Worten des Anrufers, auch mit Tageszeit, auch in Dialekt oder
            verhört ('Freitach', 'übermorgn'): 'heute', 'morgen', 'übermorgen', 'Freitag',
            'nächsten Freitag', 'Freitag nächste Woche', 'Dienstag in acht Tagen', 'in zwei
            Wochen', 'den 27.', '27.11.', '27. November', 'vom 8. bis 10.', 'vom 13.4. bis 15.4.', '9 punkt 12'
            (der 9.12.), 'So 10.5.', 'in den Schulferien, am 4.4.', 'am Wochenende',
            'übernächstes Wochenende', 'in drei Wochen am Dienstag', 'Freitag, vormittags oder
            nachmittags, egal', 'Buchungscode 4 4 1, Freitag um 11' (die Ziffern sind keine Zeit),
            'Heiligabend', 'zwischen den Jahren', 'Brückentag', 'Ende des Monats', 'zweite Junihälfte', 'morgen
            früh', 'Freitagnachmittag', 'so bald wie möglich', 'jetzt gleich', 'in einer
            Stunde', 'heute etwas später', 'later today' (ab dem nächsten Beginn bis Ladenschluss),
            'am siebten Fünften', 'the seventh of the fifth' (der 7.5.), 'am Tag nach dem Feiertag', 'gleich nach dem Feiertag', 'gleich nach Neujahr', 'Dienstag, nee, eine Woche später', 'Samstag vor Ostern', 'am letzten Samstag vor
            Weihnachten', 'Johannistag', 'next Friday', 'Tuesday week', 'Friday fortnight', 'the 27th', Schweizer/bairisch
            ('Zischtig', 'am Fritig', 'morga', 'in ocht Tog'), 'überübermorgen', 'Stephanitag',
            'Pfingstdienstag', 'Heiligabend nächstes Jahr', 'am ersten Feiertag', 'nächstes
            Jahr am Dienstag', 'über nächste Woche Mittwoch', 'Shrove Tuesday', 'Saint
            Patricks Day', 'Muttertag', 'Donnerstag, weil da hab ich frei, und dann so halb drei',
            'Freitag. Vier. Nachmittags.', 'am Monatsletzten', 'am Monatsersten',
            'am vorletzten Tag im Monat', 'the second-to-last day of next month', 'am letzten Tag,
            an dem Sie diesen Monat aufhaben' (the last open day),
            'Dienstag zur Kaffeezeit', 'Mittwoch, je später desto besser', 'Freitag als letzte
            Kundin', 'Mittwoch, bloß nicht nachmittags', 'Freitag, wenn mein Mann zu
            Hause ist' (the day, the time asked),
            'Mittwoch, zeitgleich mit meinem Mann', 'Friday, at the same time as my wife' (the day,
            the time asked), 'Freitag, ach, streichen Sie das', 'Thursday, no wait, scratch that'
            (taken back: asked), 'Farbe und Bart am Donnerstag um vier' (services before the day),
            'Dienstag spätvormittags', 'Mittwoch mitten am Nachmittag', 'Freitag kurz nach Mittag',
            'Tuesday mid-morning', 'Wednesday mid-afternoon', 'Dienstag späterer Vormittag',
            'Mittwoch am mittleren Nachmittag', 'Tuesday later in the morning', 'Mittwoch gleich
            nach zwölf', 'Wednesday right after twelve' (the half hour after), 'Donnerstag ganz
            zum Schluss', 'Thursday, the last one of the day' (the last start), 'nächste Woche
            Dienstag, nein, Mittwoch' (the week kept), 'nicht diese Woche, den Mittwoch drauf'
            (the week after the one named),
            'am Letzten', 'the second of January twenty twenty-nine', '4/12' (Tag
            zuerst; englisch 'on 4/8', im englischen Gespräch jedes '4/8', in beiden Lesarten: Rückfrage), 'am 3 12'
            (Tag und Monat ohne Punkte), 'den zwanzigsten April', 'Dezember, am 31.', 'am
            14. April, Quatsch, Mai', 'eine Woche nach Pfingsten' (asked), regional
            ('ehestmöglich', 'Christtag', 'Altjahrstag', 'am Dienschdag'), 'noch vor
            Weihnachten, so bald wie möglich', 'gleich um neun', 'KW 10 Donnerstag',
            'Kalenderwoche 11, Freitag', 'morgen um 14.30', 'end of day Friday', 'Freitag in
            meiner Mittagspause' (die eigene Pause: Rückfrage nach der Uhrzeit), 'Saturday of week
            15', 'the day after the Day of German Unity', 'am Wochenende der Zeitumstellung', 'two weeks from Tuesday', 'am letzten
            Samstag im Monat', 'in zweieinhalb Stunden', 'morgen früh als Erstes', 'nach dem
            Zahnarzt um drei, also so um vier, morgen', 'Mittwoch. Nee, warte, Donnerstag. Ja,
            Donnerstag um sieben.', sächsisch/plattdeutsch ('Sonnahmd frieh', 'Sünnabend Klock
            tein', 'Dingsdag tokum Week'), 'am Wochenende, aber nicht sonntags', 'so bald wie möglich, aber nicht
            morgen', 'Freitag um Zähne', 'morgen um zwölf ein halb', 'Donnerstag um acht Uhr
            zehn abends', 'im neuen Jahr am
            ersten Tag, wo Sie aufhaben', 'Dienstag, wie letztes Mal', 'Freitag, ich muss vorher
            die Kleine zur Kita bringen, also danach', 'den 6. Ap ril', 'den 15. Maii', 'am
            dritten Donnerstag im nächsten Monat', 'übernächsten Monat am ersten Samstag', 'in der
            Woche nach Ostern am Mittwoch', 'frühestens Donnerstag' (geschlossen: der nächste offene
            Tag danach), 'eine Woche nach Himmelfahrt', 'Samstag um
            zehn oder elf, am liebsten elf', 'ich bin 45 und hätte gern Donnerstag um drei,
            kostet das 30 Euro?', 'am Tag, bevor die Schwiegereltern kommen, die kommen am
            Freitag', 'alle vier Wochen, das erste Mal am Dienstag um drei', 'den 13. Jan., das
            ist ein Mittwoch, oder?', 'Donnerstag halp drei', 'el viernes', 'le vendredi' (Wochentage anderer Sprachen: Rückfrage), 'Freitag um 1500', 'Mittwoch 0930', 'Donnerstag dreizehn dreißig', 'Dienstag 16
            hundert', 'Mittwoch, kurz bevor Sie zumachen', 'Dienstag nach Ladenschluss', 'Tuesday arvo',
            'Friday just before you close', 'am ersten Werktag im neuen Jahr', 'am ersten
            Arbeitstag im neuen Jahr' (Montag bis Freitag), 'der dritte Mittwoch', 'the second
            Friday' (dieses Monats; 'Mittwoch, der Dritte' ist das Datum), 'nach
            der Zeitumstellung am Dienstag', 'am Brückentag nach Fronleichnam', 'Dienstag gleich
            nach der Mittagspause', 'Freitag, bevor ich die Kinder
            abhole um vier', 'Dienstag, ich muss um zwölf wieder weg', 'Mittwoch, bis elf wieder raus', 'Freitag, fertig
            bis halb zwölf', 'Friday, done by 11 at the latest' (bis dahin fertig), 'sobald Sie am
            Freitag aufmachen' (die Öffnungszeit), 'as late as you go on Friday' (der letzte Beginn), 'Und Freitag Vormittag?', 'a week Friday', 'nächster Werktag', 'in drei
            Arbeitstagen', 'in zwei Öffnungstagen', 'nächste Woche am zweiten Tag, wo Sie
            aufhaben', 'the second day you are open next week', 'zwei Öffnungstage nach Montag',
            'einen Tag später als Freitag', 'nicht Freitag, sondern den Tag danach', 'am Freitag
            zMorge', 'first available', 'ich bin bis Mittwoch in Madrid, also Donnerstag',
            'nach meinem Urlaub, also ab dem 12.', 'in vier Wochen, am selben Wochentag wie
            heute', 'in sechs Wochen, zur gleichen Uhrzeit wie letztes Mal' (der Tag steht,
            nach der Uhrzeit fragen), 'am zweiten, äh, Fünften' (2.5. oder der 5.: Rückfrage),
            'Sonntag um 2 meiner Zeit' (in jeder Zeitzone geschlossen: geschlossen),
            'Freitag um 10 Londoner Zeit', 'Donnerstag um zehn bei mir, ich bin gerade in
            London' (in die Zeit des Salons umgerechnet), 'Dienstag um neun, zu dritt, alle
            nacheinander' (jeder Beginn als Rückfrage), 'zu zweit gleichzeitig, Freitag um drei'
            (die eine Zeit), 'für mich, meinen Mann und meine Tochter, Freitag um zehn,
            nacheinander' (jeder Beginn als Rückfrage), 'Freitag um sechs bei mir in New York'
            (Stunde ohne Tageshälfte auf einer anderen Uhr: der Nachmittag dort nur, wo er hier
            offen ist, sonst Rückfrage), 'gleich nach der Zeitumstellung so schnell wie möglich'
            (der früheste Beginn dieses Tages), 'first thing Tuesday after the clocks go forward', '6/12,
            American style' (die genannte Lesart), 'ich lande Donnerstag, also am Tag danach'
            (der Tag danach), 'Mittwoch, Punkt eins muss ich weg', 'Mittwoch, so dass ich vor
            fünf raus bin', 'Saturday, I have got to leave by half four at the latest' (bis dahin
            fertig: die Dauer der Leistung zählt, nie ein Beginn um diese Uhrzeit), 'Freitag um
            elf, aber ich muss um zwölf fertig sein' (passt die Leistung nicht davor: Rückfrage),
            'in der Woche vom 5. am Donnerstag', 'the week of the 5th, on the Thursday' (der
            Wochentag in der Woche dieses Tages), 'on the 5th, a Wednesday, yeah?' (der
            Wochentag prüft das Datum), 'am langen Wochenende' (Rückfrage), wie getippt
            ('Fr 10h', 'Di 14:30h', 'Sa 11.00', 'Sa. vorm.', 'Mi nachm.', 'tmrw 3ish', '2moro',
            'mrgn', 'Thu 4pm', 'Do abends', 'Sa vormittag', 'Thu at 4', 'Weds'), 'morgen um die
            gleiche Zeit', 'same time tomorrow', 'heute in einer Woche um dieselbe Uhrzeit' (die
            Uhrzeit von jetzt), 'the week after next, Wednesday', mit Smalltalk ('Ach, das Wetter ist furchtbar heute,
            naja, jedenfalls bräuchte ich was am Dienstag um 15 Uhr'); 'jeden zweiten Samstag'
            und 'eine Serie, jeweils Donnerstag' kommen als Rückfrage, mit dem ersten genannt
            ('immer donnerstags, starten würden wir übernächste Woche', 'jeden dritten Freitag im
            Monat, beginnend im Mai') ist es dieser Tag; zwei Termine in einem Satz ('Dienstag
            um elf für mich, mein Sohn gleich hinterher') kommen als ambiguous_time mit beiden
            Uhrzeiten zurück: jede Person einzeln prüfen (for_person); oder
            YYYY-MM-DD. Eine Korrektur oder ein Ausschluss wörtlich ('Freitag,
            nein, Samstag', 'morgen, oder nein, Samstag', 'Freitag oder ne warte lieber
            Samstag', 'Freitag, nein, doch nicht, Samstag', 'Freitag, doch lieber Samstag',
            'nee, nicht Freitag, Samstag', 'nicht am Freitag, lieber
            Samstag', 'Samstag statt Freitag', 'lieber nicht am Dienstag, da hab ich Yoga,
            Mittwoch ginge', 'Donnerstag, oh nee, da kann ich nicht, Freitag', 'Freitag um zehn, zehn geht nicht, lieber um zwei', 'Friday at ten, ten will not work, make it two' (zurückgenommen und ersetzt: 14 Uhr), 'Mittwoch, ich
            mein Dienstag'), auch nach dem Zurücklesen ('Donnerstag, ich sagte drei, nicht zwei',
            'no, Friday, not Wednesday', 'I did not say Monday, I said Wednesday', 'Freitag, nicht
            vormittags, nachmittags', 'Montag um zwei, dann doch lieber eine Stunde später'), auch
            mit dem, was nicht gemeint ist ('Samstag um viertel nach zehn, nicht viertel vor zehn',
            'no, the 16th, not the 6th', 'Thursday at three fifteen, not three fifty', 'nein,
            Samstag früher, also um neun', 'not this Thursday, the one after', 'the Friday after
            this one'): das Gewählte gilt; 'any day but Tuesday', 'any day apart from Saturday', 'Friday is out for
            me', 'I am busy on Friday', 'Freitag fällt bei mir aus', 'Samstag ist bei mir raus' kommen als Rückfrage.
            Von einem Tag an gezählt: '10 Tage ab heute', 'zwei Wochen ab Mittwoch', 'a fortnight
            from Thursday'. 'Freitag, wenn mein Mann um fünf heimkommt', 'Friday, when my husband
            gets home at three' (ab dann bis Ladenschluss); 'Dienstag nach der Schule, so um vier' (die Zeit gilt).
            Tage eines Monats: 'nächsten Monat am Zehnten', 'am Fünfzehnten übernächsten Monats', 'next month on
            the 3rd', 'Sunday week'. Ein Zeitraum ('von Mittwoch
            bis Freitag', 'spätestens Freitag', 'in zwei Wochen irgendwann', 'Anfang nächster Woche') kommt als
            Rückfrage mit den Tagen zurück; 'diese Woche noch' am letzten offenen Tag der Woche ist
            dieser Tag ab jetzt. Ein Jahr kurz mit Apostroph nach dem Datum: 'am 20. Mai ’27';
            ein zweistelliges Jahr ('5.1.00') ist das nächstgelegene mit dieser Endung. Ein
            ungefähres Ende ('Freitag ab Mittag bis etwa drei', 'Friday until about three') ist das Ende des Fensters.
            Eine abgebrochene und neu gesagte Uhrzeit ('Samstag um elf, elf Uhr dreißig') ist die
            ganze; ein englisches Halb nach einem deutschen Um ('am Tuesday um half four'): Rückfrage
            mit 15:30 und 16:30; die freie Zeit mit Anfang und Ende ('Freitag hab ich von zwei bis
            vier Zeit', 'Friday I am free from two until four') muss die Leistung fassen; 'sonst um
            zehn, diesmal eine Stunde später, am Samstag' ist 11 Uhr; 'so früh wie möglich diese
            Woche' ist ihr erster offener Tag; 'am Weißen Sonntag'. Die Antwort auf einen
            genannten Termin mit ihm ('Samstag um eins, ginge auch der Tag danach?', 'the Tuesday
            at nine you offered, could it be an hour earlier?', auch abgelehnt: 'Dienstag um zehn
            passt nicht, geht auch ne Woche später?', 'Tuesday at ten does not work, could we do a
            week later?') ist der verschobene Termin; 'immer dienstags um zehn, fangen wir diesen
            Dienstag an' ist dieser Dienstag um zehn; 'der
            zweite Werktag nächste Woche' zählt Montag bis Samstag; 'the Thursday after next', 'der
            Dienstag nach dem nächsten' wie 'übernächsten Dienstag'; 'Freitag so früh wie möglich, aber nicht
            vor zehn' ist 10 Uhr; 'Dienstag, muss aber vor Ladenschluss fertig sein' ist der Tag;
            'am Zahltag, also am Fünfzehnten' ist der 15.
        stylist: Name, wie genannt: Vorname, Nachname oder beides, z.B. 'Fabian', 'beim
            Mehmet', 'Herr Yilmaz', 'Frau Brandt', 'Herr Y.' (Anrede und Anfangsbuchstabe), 'könnte ich zum Fabian kommen', 'bei da
            Sophie', 'die Lena, nicht die Lea', 'nicht Sophie, Fabian', 'Hier ist Lena Müller, ich hätte gern bei Fabian' (der eigene Name des Anrufers zählt nicht), 'Fabianschnitt', 'Fabians Kundin', 'bei Sophies', 'Spitzers Termin', 'Herrn Spitzers nächster freier Termin', 'Mehmets Stuhl', 'Herrenschnitt beim Memo', 'Soph', 'So fee' (englisch verhört, in Silben), 'die Kollegin von Fabian' (jemand anderes: Rückfrage), 'Mehmetyilmaz', 'lieber Fabian als Sophie', 'Fabian, egal wann', 'nehmen Sie den Fabian, der kennt sich aus', 'meine Tochter will zu Lena, mir ist es egal'
            (der Wunsch einer anderen Person, der eigene offen: Rückfrage), auch im ganzen Satz ('die Sophie soll mir die
            Farbe machen'), buchstabiert ('L wie Ludwig, E wie Emil, A wie Anton', 'Ludwig Emil Nordpol Anton', 'Hoffmann mit zwei f', 'Lena mit zwei F', 'Lea, ohne n',
            'Frau Hofmann mit einem f', 'L-E-A', 'M-E-M-E-T' (ohne das stumme h), 'Sophie mit ph, nicht mit f', 'Lena wie Helene
            ohne He'), als Kosename ('Sophiechen', 'die Leni') oder korrigiert ('Sophie, nee, doch lieber Fabian', 'Lena,
            ach ne, Sophie', 'nicht Fabian, Mehmet', 'Lena, sorry, ich meinte Lea Hofmann'). Weglassen, wenn es egal ist ('egal wer', 'Sie
            entscheiden', 'wer am frühesten kann', 'wie es passt', 'wie es Ihnen passt', 'die erste freie Person',
            'is ma wuascht', 'suchen Sie einfach wen aus', 'wen Sie mir geben', 'Sie kennen sich
            da besser aus'); eine Frau oder ein Mann ohne Namen
            ('egal welche von den Damen', 'einer der Herren', 'any of the guys', 'ein Herr wäre
            mir lieber', 'a female stylist', 'eine Dame, wer gerade frei ist'): gesucht wird
            unter denen, die die Leistung anbieten; zwei Namen, beide recht ('Fabian oder Sophie,
            egal', 'Lena or Sophie, whoever', 'Fabi oder Memo, egal wer'): gesucht wird unter diesen beiden, nur unter denen, die die Leistung anbieten (nie 'egal wer'); eine Bedingung ('egal, nur kein Mann',
            'eine junge Frau', 'jemand, der sich mit Locken auskennt', 'jemand, der Locken kann', 'die, die letztes
            Mal da war', 'die von letztem Mal', 'der mit dem Bart', 'die Jüngere von den beiden', 'die Neue', 'bei ihm', 'beim Herrn', 'die, die mir die
            Strähnchen gemacht hat', 'die, die so lustig war', 'dieselbe wie meine Schwester'), eine
            Frage nach einer Empfehlung ('keine Ahnung, wer ist denn gut?', 'who would you
            recommend?') und eine Anrede
            ('Frau Spitzer') wörtlich übergeben: passt sie nicht eindeutig, kommt eine Rückfrage
            mit den Friseurinnen/Friseuren.
        time: Uhrzeit oder Zeitraum in den Worten des Anrufers, nicht umgerechnet: 'um 3',
            'um viere', 'um zwoa', 'um zwee', 'um neine', '15 Uhr', '15hr', 'fünfzehnuhr', 'halb drei', 'Viertel nach elf',
            'viertel fünf', 'um 1/2 3', '1/4 nach 11', '3/4 10' (Brüche vom Spracherkenner), 'neunzehn Doppelpunkt dreißig', 'fünfzehn Strich dreißig', 'zehn Bindestrich zwölf Uhr', 'five colon fifteen p m' (diktierte Satzzeichen), 'eins null Uhr drei null', 'one four one five' (Ziffer für Ziffer), '14:30', '10 - 12', '10 bis 12' (der Bereich), '3pm your time', 'nicht um drei, sondern um vier', 'um 3, nein, halb 4', 'um zehn äh dreißig',
            'so um 6' (schließt der Salon um 18 Uhr: Rückfrage mit den letzten Terminen),
            'gegen drei', 'so 5, 6', 'so halb drei, drei', 'Viertel nach drei, halb vier',
            'quarter past three, half three' (zwei Zeiten nebeneinander ohne 'oder': der
            Bereich dazwischen), 'um zwei. Zwei Uhr nachmittags.', 'halbi achti', 'Viertel ab
            sieben' (schweizerisch), 'um hoibe sechse' (bairisch), 'um 1 9 Uhr' (getrennte Ziffern:
            19 Uhr), 'um halber drei' (süddeutsch: 14:30), 'um halber elfe', 'Klock tein',
            'gegen Mittag', 'kurz nach zwei', 'knapp vor zwölf', 'ein bisschen nach elf',
            'a bit after two', 'ab 15 Uhr', 'ab vier', 'ab 16 Uhr, früher geht
            nicht', 'zwischen zwei und vier', 'zwischen elf und eins, lieber früher' (der
            Bereich), 'nicht vor zehn und nicht nach zwölf', 'frühestens neun und spätestens elf', 'nachmittags', 'nach dem Mittagessen', 'in der Mittagspause', 'nach der Arbeit', 'nach der Arbeit,
            ich hab um 16 Uhr Schluss' (ab 16 Uhr), 'vor der Arbeit, ich fange um zehn an'
            (vorher fertig), 'in der Mittagspause, ich hab ab eins eine Stunde', 'um neun – nee,
            das schaff ich nicht, um zehn', 'um zwäi', 'um elfa', 'viertel über zehn', 'kurz vor
            knapp zehn', '10h', '10a', 'irgendwann' oder
            'wann es Ihnen passt' (der ganze Tag), 'als Erstes' oder 'sobald Sie aufmachen'
            (die Öffnungszeit), 'eine Stunde vor Ladenschluss', 'eine halbe Stunde nach
            Öffnung', 'two hours before you close' (von den Öffnungszeiten des Tages gezählt), 'in
            der letzten Stunde vor Ladenschluss', 'ich hab zwischen zwei Terminen eine Stunde, so ab
            elf', 'I have an hour from three' (die Zeitspanne des Anrufers: die Leistung muss
            hineinpassen), 'so spät wie möglich', 'so spät wie Sie aufhaben', 'den spätesten Termin' (der letzte Beginn), 'um 9 Uhr 45 Uhr',
            'um 11 Uhr 30 Uhr' (das Uhr-Wort nach den Minuten noch einmal), 'um elf Uhr vormittags, also nachmittags' (Rückfrage), 'morgen fünf nach
            neun', '14 hundert' (14 Uhr), '2 pm', 'no later than 1 pm', 'half past two', 'a quarter after eleven', 'quarter of ten' (US: 9:45),
            'seven thirty pm', 'half three'
            (britisch: 15:30).
            Optional.
        weekday: Der Wochentag, den der Anrufer zu einem Datum genannt hat, z.B. 'Freitag'
            bei 'Freitag, den 28.'.
        for_person: Für wen der Termin ist, wenn nicht für den Anrufer selbst (z.B. 'Sohn
            Max'). Weglassen für den Anrufer. Jede Person hat ihre eigene Reservierung.
    """
    request = understand(
        session, service=service, date_text=date, stylist=stylist, time_text=time, weekday=weekday
    )
    if isinstance(request, dict):
        return request
    kept = await _already_held(session, request, for_person)
    if kept is not None:
        return kept
    deps = session.deps
    offerings = offerings_for(session, request.service.slug, request.wanted_stylist, request.among)
    free = await fetch_free(deps.backend, deps.salon, offerings, request.day, deps.clock.now())
    await session.log(
        "availability_checked",
        service=request.service.slug,
        stylist=request.wanted_stylist,
        **({"among": sorted(request.among)} if request.among else {}),
        day=request.day.isoformat(),
        time=request.target.isoformat() if request.target else None,
        free=len(free),
        **({"for_person": for_person} if for_person else {}),
    )
    if request.target is not None:
        held = await _hold_asked(session, free, request, for_person)
        if held is not None:
            return held
        own = _own_hold_in_the_way(session, offerings, request, for_person)
        if own is not None:
            swapped = await _swap_own_hold(session, offerings, request, for_person, own)
            if not isinstance(swapped, list):
                return swapped
            free = swapped
        elif any(f.start == request.target for f in free):  # shown free, refused: asked fresh
            with contextlib.suppress(CalendarError):
                free = await fetch_fresh(
                    deps.backend, deps.salon, offerings, request.day, deps.clock.now()
                )
    return _not_held(session, free, request, for_person)


def _own_hold_in_the_way(
    session: CallSession, offerings: list[Offering], request: Request, person: str | None
) -> Hold | None:
    """The person's own hold, when it overlaps the asked time at a stylist who could serve it.

    Cal.com hides a held time from everybody, the holder included, in all of that stylist's
    event types: a caller who changes the service (a shorter or longer one) or moves their
    choice by less than its length would otherwise hear "nicht frei" because of their own hold."""
    current = session.hold_of(person)
    target = request.target
    if current is None or target is None or current.guards is not None:
        return None
    for o in offerings:
        end = target + timedelta(minutes=o.minutes)
        if (
            o.stylist_user_id == current.slot.stylist_user_id
            and target < current.slot.end
            and current.slot.start < end
        ):
            return current
    return None


async def _swap_own_hold(
    session: CallSession,
    offerings: list[Offering],
    request: Request,
    person: str | None,
    own: Hold,
) -> Result | list[FreeSlot]:
    """Let the person's own hold go, look again and hold the asked time. When that time is not
    free either, the earlier choice is held again (`still_held` then says so) and the fresh
    free slots are returned for the alternatives."""
    deps = session.deps
    await session.let_go(own, reason="caller asks for a time their own hold overlaps")
    try:
        free = await fetch_fresh(deps.backend, deps.salon, offerings, request.day, deps.clock.now())
    except CalendarError:
        free = []
    held = await _hold_asked(session, free, request, person)
    if held is not None:
        return held
    try:
        await session.hold(own.slot_id, person)
    except (*_SLOT_TAKEN, HoldLostError) as e:
        await session.log("hold_refused", slot_id=own.slot_id, error=str(e))
        result = _not_held(session, free, request, person)
        result["earlier_hold_lost"] = views.slot_view(session, own.slot_id, own.slot)
        result["hint"] = hint("earlier_hold_lost", session.language)
        return result
    except _ANSWER_LOST:
        return _reservation_answer_lost(session.language)
    # Cal.com showed the earlier choice free while it was let go; it is held again now.
    return [f for f in free if not _overlaps(f, own)]


def _overlaps(free: FreeSlot, hold: Hold) -> bool:
    end = free.start + timedelta(minutes=free.offering.minutes)
    return (
        free.offering.stylist_user_id == hold.slot.stylist_user_id
        and free.start < hold.slot.end
        and hold.slot.start < end
    )


async def _already_held(
    session: CallSession, request: Request, person: str | None
) -> Result | None:
    """The person already holds exactly this time: the holder cannot see its own held slot as
    free, so it is answered from the hold (kept alive)."""
    current = session.hold_of(person)
    if request.target is None or current is None or current.slot.start != request.target:
        return None
    offered = offerings_for(session, request.service.slug, request.wanted_stylist, request.among)
    if not any(o.event_type_id == current.slot.event_type_id for o in offered):
        return None
    try:
        return views.held(session, await session.ensure_alive(current))
    except HoldLostError:
        return None


async def _hold_asked(
    session: CallSession, free: list[FreeSlot], request: Request, person: str | None
) -> Result | None:
    """Hold the asked time with the first stylist who has it free; None when nobody could."""
    for slot in (f for f in free if f.start == request.target):
        slot_id, _ = register(session, slot, request.wanted_stylist, person, request.among)
        try:
            hold = await session.hold(slot_id, person)
        except (*_SLOT_TAKEN, HoldLostError) as e:
            await session.log("hold_refused", slot_id=slot_id, error=str(e))
            continue
        except _ANSWER_LOST:
            return _reservation_answer_lost(session.language)
        held = views.held(session, hold)
        if request.other_year:
            held["understood"] = request.spoken  # said back with its year
        return held
    return None


def _reservation_answer_lost(language: str) -> Result:
    """Cal.com may have made the reservation, but it is not the caller's: the ledger knows it
    (`reserving`), and it lapses by itself soon."""
    return views.error(hint("reservation_answer_lost", language))


def _not_held(
    session: CallSession, free: list[FreeSlot], request: Request, person: str | None
) -> Result:
    target, window = request.target, request.window
    # A window ("nachmittags", "gegen drei") is searched, never held: the caller picks.
    inside = in_window(free, window) if window else None
    near = target or request.prefer or (window[0] if window else None)
    alternatives = offer(
        session,
        inside or free,
        request.day,
        near,
        request.wanted_stylist,
        exclude=(target,) if target else (),
        person=person,
        among=request.among,
    )
    if target is None and alternatives and (inside or window is None):
        result: Result = {
            "status": ToolStatus.AVAILABLE,
            "alternatives": alternatives,
            "hint": hint("free_to_choose", session.language),
        }
    else:
        result = {"status": ToolStatus.UNAVAILABLE, "alternatives": alternatives}
        if target is not None:
            result["asked"] = speech.spoken_slot_in(target, session.deps.salon.tz, session.language)
        elif window:
            result["asked"] = request.spoken
        result["hint"] = hint(
            "unavailable_alternatives" if alternatives else "unavailable_nothing_soon",
            session.language,
        )
    if window or request.other_year:
        result["understood"] = request.spoken  # the window searched; the year when not this
    earlier = session.hold_of(person)
    if earlier is not None:  # this person's earlier choice still stands until replaced
        result["still_held"] = views.hold_view(session, earlier)
    return result


async def hold_slot(session: CallSession, slot_id: Text, for_person: Name | None = None) -> Result:
    """Reserviert eine der angebotenen Alternativen (slot_id) für diesen Anruf. Eine vorher
    für dieselbe Person gehaltene Reservierung wird dabei freigegeben; für eine andere Person
    kommt eine hinzu.

    Args:
        slot_id: slot_id aus einem Tool-Ergebnis.
        for_person: Für wen der Termin ist, wenn nicht für den Anrufer selbst. Weglassen: für
            die Person, für die der Termin angeboten wurde.
    """
    slot = session.slot(slot_id)
    if slot is None:
        return views.invalid_slot(session.language)
    person = for_person if for_person is not None else session.offered_for(slot_id)
    try:
        hold = await session.hold(slot_id, person)
    except (*_SLOT_TAKEN, HoldLostError):
        return {
            "status": ToolStatus.UNAVAILABLE,
            "alternatives": await fresh_alternatives(session, slot, person=person),
            "hint": hint("hold_taken", session.language),
        }
    except _ANSWER_LOST:
        return _reservation_answer_lost(session.language)
    return views.held(session, hold)


async def release_hold(session: CallSession, slot_id: Text | None = None) -> Result:
    """Gibt einen gehaltenen Termin frei, wenn der Anrufer ihn nicht möchte.

    Args:
        slot_id: slot_id des Termins, der frei werden soll; nötig, wenn mehrere Termine
            gehalten werden.
    """
    holds = session.holds
    if slot_id is not None:
        hold = session.hold_for(slot_id)
        if hold is None:
            return {
                "status": ToolStatus.NOTHING_HELD,
                "hint": hint("nothing_held", session.language),
            }
    elif len(holds) > 1:
        raise ArgumentError("slot_id", "several_held")
    elif holds:
        hold = holds[0]
    else:
        return {"status": ToolStatus.NOTHING_HELD}
    await session.let_go(hold, reason="caller declined")
    return {"status": ToolStatus.RELEASED, **views.hold_view(session, hold)}
