package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.SentenceTimes;

class EventDatesTest {
    private final EventDates dates = new EventDates("event-relative-dates.tsv");

    @Test
    void aMonthWithoutYearTakesThePublicationYearOrTheOneBefore() {
        assertEquals("2025-02", EventDates.normalize("XXXX-02", LocalDate.parse("2025-05-22")));
        assertEquals("2024-11", EventDates.normalize("XXXX-11", LocalDate.parse("2025-05-22")));
    }

    @Test
    void weeksBecomeMonthsAndVagueValuesNothing() {
        assertEquals("2025-05", EventDates.normalize("2025-W21", LocalDate.parse("2025-05-22")));
        assertEquals("2025-05-19", EventDates.normalize("2025-05-19T14:00", LocalDate.parse("2025-05-22")));
        assertNull(EventDates.normalize("2025", LocalDate.parse("2025-05-22")));
        assertNull(EventDates.normalize("PAST_REF", LocalDate.parse("2025-05-22")));
    }

    @Test
    void inFebruaryInASentence() {
        // Mara Holt met Ivo Brandt in February .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON")
                .tokens("Brandt_NNP_Brandt_PERSON in_IN February_NNP_February_DATE_XXXX-02 ._.");
        AnnotatedDocument doc = d.document();
        assertEquals("2025-02", dates.dateFor(doc, doc.sentences().get(0), 2, false));
    }

    @Test
    void aWeekdayOfAnEventStillToComeIsTheNextOne() {
        // Both sides would exchange prisoners on Wednesday . (published on a Tuesday; SUTime gave the Wednesday before)
        EventTestDocument d = new EventTestDocument("2025-06-10")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON said_VBD_say Norway_NNP_Norway_LOCATION and_CC")
                .tokens("Chile_NNP_Chile_LOCATION would_MD_would exchange_VB_exchange prisoners_NNS_prisoner on_IN")
                .tokens("Wednesday_NNP_Wednesday_DATE_2025-06-04 ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("Q20", EntityType.COUNTRY, 3, 4, false)
                .mention("Q298", EntityType.COUNTRY, 5, 6, false);
        List<Event> events = new EventExtractor(EventTestDocument.emptyGazetteer())
                .extract(d.document(), d.mentions(), List.of());
        assertEquals(1, events.size(), events.toString());
        Event swap = events.get(0);
        assertEquals("084", swap.cameo());
        assertEquals("2025-06-11", swap.date());
        assertEquals(List.of("Q20", "Q298"), swap.actorKeys());
    }

    @Test
    void aWeekdayOfAReportedEventAfterPublicationIsTheOneBefore() {
        // Mara Holt met Ivo Brandt in Lisbon on Friday . (published on a Thursday; SUTime gave the Friday after)
        EventTestDocument d = new EventTestDocument("2025-05-22")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON")
                .tokens("Brandt_NNP_Brandt_PERSON on_IN Friday_NNP_Friday_DATE_2025-05-23 ._.");
        AnnotatedDocument doc = d.document();
        assertEquals("2025-05-16", dates.dateFor(doc, doc.sentences().get(0), 2, false));
    }

    @Test
    void onlySentencesWithADigitOrADateWordAreHandedToSutime() {
        assertEquals(false, EventDates.mayHoldDate(new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON ._.")
                .document().tokens()));
        assertEquals(true, EventDates.mayHoldDate(new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON last_JJ_last week_NN_week ._.")
                .document().tokens()));
        assertEquals(true, EventDates.mayHoldDate(new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON in_IN Sept._NNP_Sept. ._.")
                .document().tokens()));
        assertEquals(true, EventDates.mayHoldDate(new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON on_IN 12/05_CD ._.")
                .document().tokens()));
    }

    @Test
    void aSentenceWithoutADateWordIsNotTaggedAtAll() {
        // Mara Holt met Ivo Brandt . (a tagger that would find a date is never asked)
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON")
                .tokens("Brandt_NNP_Brandt_PERSON ._.");
        AnnotatedDocument plain = d.document();
        AnnotatedDocument doc = new AnnotatedDocument(plain.article(), plain.tokens(), plain.sentences(),
                plain.nerMentions(), plain.parses(), new SentenceTimes((text, tokens, reference) -> {
                    throw new AssertionError("SUTime asked about a sentence without a date word");
                }));
        assertNull(dates.dateFor(doc, doc.sentences().get(0), 2, false));
        assertEquals(0, doc.times().taggedSentences());
    }

    @Test
    void aFewWeeksAgoIsReadFromThePublicationDate() {
        // A few weeks ago , Mara Holt met Ivo Brandt .
        EventTestDocument d = new EventTestDocument("2025-05-10")
                .tokens("A_DT_a few_JJ_few weeks_NNS_week ago_RB_ago ,_, Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON")
                .tokens("met_VBD_meet Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON ._.");
        AnnotatedDocument doc = d.document();
        assertEquals("2025-04", dates.dateFor(doc, doc.sentences().get(0), 7, false));
    }
}
