package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;

class EventExtractorTest {
    private final EventExtractor extractor = new EventExtractor(EventTestDocument.emptyGazetteer());

    private List<Event> extract(EventTestDocument d) {
        return extractor.extract(d.document(), d.mentions(), List.of());
    }

    @Test
    void phoneCallHasBothActorsAndTheDate() {
        // Mara Holt held a phone call with Ivo Brandt on Monday .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON held_VBD_hold a_DT phone_NN call_NN with_IN")
                .tokens("Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON on_IN Monday_NNP_Monday_DATE_2025-06-09 ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("person/ivo-brandt", EntityType.PERSON, 7, 9, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        Event call = events.get(0);
        assertEquals("041", call.cameo());
        assertEquals("DiscussByTelephone", call.eventClass());
        assertEquals(List.of("person/mara-holt", "person/ivo-brandt"), call.actorKeys());
        assertEquals("person/mara-holt", call.initiator());
        assertEquals("2025-06-09", call.date());
        assertEquals(EventStatus.OCCURRED, call.status());
        assertEquals("Mara Holt–Ivo Brandt phone call", call.label());
    }

    @Test
    void meetingInAPlaceKeepsThePlaceOutOfTheActors() {
        // Norwegian and Chilean ministers met in Lisbon .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Norwegian_JJ_Norwegian_MISC and_CC Chilean_JJ_Chilean_MISC ministers_NNS_minister")
                .tokens("met_VBD_meet in_IN Lisbon_NNP_Lisbon_LOCATION ._.")
                .mention("Q20", EntityType.COUNTRY, 0, 1, true)
                .mention("Q298", EntityType.COUNTRY, 2, 3, true)
                .mention("Q597", EntityType.PLACE, 6, 7, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        Event meeting = events.get(0);
        assertEquals("04", meeting.cameo().substring(0, 2));
        assertEquals(List.of("Q20", "Q298"), meeting.actorKeys());
        assertEquals("Q597", meeting.placeKey());
        assertNull(meeting.date());
    }

    @Test
    void threatenedSanctionsAreOneThreatEvent() {
        // Ivo Brandt threatened new sanctions on Moldavia .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON threatened_VBD_threaten new_JJ_new")
                .tokens("sanctions_NNS_sanction on_IN Moldavia_NNP_Moldavia_LOCATION ._.")
                .mention("person/ivo-brandt", EntityType.PERSON, 0, 2, false)
                .mention("country/moldavia", EntityType.COUNTRY, 6, 7, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        Event threat = events.get(0);
        assertEquals("1312", threat.cameo());
        assertEquals("ThreatenWithSanctions", threat.eventClass());
        assertEquals(EventStatus.THREATENED, threat.status());
        assertEquals("person/ivo-brandt", threat.initiator());
        assertEquals("country/moldavia", threat.target());
    }

    @Test
    void twoMentionsOfOneMeetingAreOneEvent() {
        // Mara Holt met Ivo Brandt in Lisbon on Tuesday . The meeting lasted three hours .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON")
                .tokens("Brandt_NNP_Brandt_PERSON in_IN Lisbon_NNP_Lisbon_LOCATION on_IN")
                .tokens("Tuesday_NNP_Tuesday_DATE_2025-06-10 ._.")
                .tokens("The_DT_the meeting_NN_meeting lasted_VBD_last three_CD_three hours_NNS_hour ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("person/ivo-brandt", EntityType.PERSON, 3, 5, false)
                .mention("Q597", EntityType.PLACE, 6, 7, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        Event meeting = events.get(0);
        assertEquals(2, meeting.evidence().size());
        assertEquals(List.of("person/mara-holt", "person/ivo-brandt"), meeting.actorKeys());
        assertEquals("2025-06-10", meeting.date());
    }

    @Test
    void aNegatedVisitIsNoEvent() {
        // Ivo Brandt did not travel to Moldavia .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON did_VBD_do not_RB_not travel_VB_travel")
                .tokens("to_TO_to Moldavia_NNP_Moldavia_LOCATION ._.")
                .mention("person/ivo-brandt", EntityType.PERSON, 0, 2, false)
                .mention("country/moldavia", EntityType.COUNTRY, 6, 7, false);
        assertTrue(extract(d).isEmpty());
    }

    @Test
    void aProposedMeetingIsAnIntentToMeet() {
        // Ivo Brandt proposed a summit with Mara Holt .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON proposed_VBD_propose a_DT summit_NN_summit")
                .tokens("with_IN Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON ._.")
                .mention("person/ivo-brandt", EntityType.PERSON, 0, 2, false)
                .mention("person/mara-holt", EntityType.PERSON, 6, 8, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        assertEquals("036", events.get(0).cameo());
        assertEquals(EventStatus.PROPOSED, events.get(0).status());
    }

    @Test
    void callingAPersonIsAPhoneCallButCallingForACeaseFireIsAnAppeal() {
        // Ivo Brandt called Mara Holt . Mara Holt called for a ceasefire with Moldavia .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON called_VBD_call Mara_NNP_Mara_PERSON")
                .tokens("Holt_NNP_Holt_PERSON ._.")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON called_VBD_call for_IN a_DT ceasefire_NN_ceasefire")
                .tokens("with_IN Moldavia_NNP_Moldavia_LOCATION ._.")
                .mention("person/ivo-brandt", EntityType.PERSON, 0, 2, false)
                .mention("person/mara-holt", EntityType.PERSON, 3, 5, false)
                .mention("person/mara-holt", EntityType.PERSON, 6, 8, false)
                .mention("country/moldavia", EntityType.COUNTRY, 13, 14, false);
        List<Event> events = extract(d);
        assertEquals(2, events.size(), events.toString());
        assertEquals("041", events.get(0).cameo());
        assertEquals("025", events.get(1).cameo());
        assertEquals("AppealToYield", events.get(1).eventClass());
        assertEquals(List.of("person/mara-holt", "country/moldavia"), events.get(1).actorKeys());
    }

    @Test
    void aReportingSourceIsNotAParticipant() {
        // The Kremlin said Norway and Chile would swap prisoners .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("The_DT_the Kremlin_NNP_Kremlin_ORGANIZATION said_VBD_say Norway_NNP_Norway_LOCATION and_CC")
                .tokens("Chile_NNP_Chile_LOCATION would_MD_would swap_VB_swap prisoners_NNS_prisoner ._.")
                .mention("org/kremlin", EntityType.ORGANIZATION, 1, 2, false)
                .mention("Q20", EntityType.COUNTRY, 3, 4, false)
                .mention("Q298", EntityType.COUNTRY, 5, 6, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("Q20", "Q298"), events.get(0).actorKeys());
        assertEquals(EventStatus.PLANNED, events.get(0).status());
    }

    @Test
    void pronounSubjectsStandForTheNearestFittingName() {
        // Mara Holt arrived . She met Ivo Brandt . Moldavia said it rejected the meeting .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON arrived_VBD_arrive ._.")
                .tokens("She_PRP_she met_VBD_meet Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON ._.")
                .tokens("Moldavia_NNP_Moldavia_LOCATION said_VBD_say it_PRP_it rejected_VBD_reject")
                .tokens("the_DT_the proposal_NN_proposal ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("person/ivo-brandt", EntityType.PERSON, 6, 8, false)
                .mention("country/moldavia", EntityType.COUNTRY, 9, 10, false);
        List<Event> events = extract(d);
        assertEquals(2, events.size(), events.toString());
        assertEquals(List.of("person/ivo-brandt", "person/mara-holt"), events.get(0).actorKeys());
        assertEquals("person/mara-holt", events.get(0).initiator());
        assertEquals("120", events.get(1).cameo());
        assertEquals(List.of("country/moldavia"), events.get(1).actorKeys());
        assertEquals(EventStatus.DECLINED, events.get(1).status());
    }
    @Test
    void aPlaceIsNeverAnActor() {
        // Mara Holt met Ivo Brandt and Kestrel Lodge .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON met_VBD_meet Ivo_NNP_Ivo_PERSON"
                        + " Brandt_NNP_Brandt_PERSON and_CC_and Kestrel_NNP_Kestrel_LOCATION Lodge_NNP_Lodge_LOCATION ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("person/ivo-brandt", EntityType.PERSON, 3, 5, false)
                .mention("place/kestrel-lodge", EntityType.PLACE, 6, 8, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("person/mara-holt", "person/ivo-brandt"), events.get(0).actorKeys());
    }

    @Test
    void agreeingToResumeSomethingIsAnIntentNotASignedAgreement() {
        // Moldavia and Arvenia agreed to resume ferry services .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Moldavia_NNP_Moldavia_LOCATION and_CC Arvenia_NNP_Arvenia_LOCATION agreed_VBD_agree")
                .tokens("to_TO resume_VB_resume ferry_NN_ferry services_NNS_service ._.")
                .mention("Q901", EntityType.COUNTRY, 0, 1, false)
                .mention("Q902", EntityType.COUNTRY, 2, 3, false);
        List<Event> events = extract(d);
        assertEquals(1, events.size(), events.toString());
        assertEquals("030", events.get(0).cameo());
        assertEquals(EventStatus.PLANNED, events.get(0).status());
        assertEquals(List.of("Q901", "Q902"), events.get(0).actorKeys());
    }

    @Test
    void theTwoLeadersAreThePairOfThePreviousEventEvenBesideOtherNames() {
        // Mara Holt phoned Ivo Brandt . The two leaders met Cora Lind and Dan Roe .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON phoned_VBD_phone Ivo_NNP_Ivo_PERSON")
                .tokens("Brandt_NNP_Brandt_PERSON ._. The_DT two_CD leaders_NNS_leader met_VBD_meet")
                .tokens("Cora_NNP_Cora_PERSON Lind_NNP_Lind_PERSON and_CC Dan_NNP_Dan_PERSON Roe_NNP_Roe_PERSON ._.")
                .mention("person/mara-holt", EntityType.PERSON, 0, 2, false)
                .mention("person/ivo-brandt", EntityType.PERSON, 3, 5, false)
                .mention("person/cora-lind", EntityType.PERSON, 10, 12, false)
                .mention("person/dan-roe", EntityType.PERSON, 13, 15, false);
        Event meeting = extract(d).stream().filter(e -> e.cameo().startsWith("04") && !e.cameo().equals("041"))
                .findFirst().orElseThrow();
        assertTrue(meeting.actorKeys().containsAll(List.of("person/mara-holt", "person/ivo-brandt",
                "person/cora-lind", "person/dan-roe")), meeting.actorKeys().toString());
    }
}
