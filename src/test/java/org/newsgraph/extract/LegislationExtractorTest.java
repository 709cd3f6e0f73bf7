package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Legislation;
import org.newsgraph.nlp.AnnotatedDocument;

class LegislationExtractorTest {
    private static final String HOLT = "person/mara-holt";
    private static final String VIK = "person/jon-vik";
    private static final String RURITANIA = "country/ruritania";

    // Mara Holt introduced a bill to impose sanctions on Ruritania . Jon Vik is a cosponsor .
    private final EventTestDocument d = new EventTestDocument("2025-06-12")
            .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON introduced_VBD_introduce a_DT bill_NN_bill to_TO")
            .tokens("impose_VB sanctions_NNS_sanction on_IN Ruritania_NNP_Ruritania_LOCATION ._.")
            .tokens("Jon_NNP_Jon_PERSON Vik_NNP_Vik_PERSON is_VBZ_be a_DT cosponsor_NN_cosponsor ._.")
            .mention(HOLT, EntityType.PERSON, 0, 2, false)
            .mention(RURITANIA, EntityType.COUNTRY, 9, 10, false)
            .mention(VIK, EntityType.PERSON, 11, 13, false);

    private final List<Entity> entities = List.of(
            new Entity(HOLT, EntityType.PERSON, null, "Mara Holt", java.util.Set.of(), null, List.of()),
            new Entity(VIK, EntityType.PERSON, null, "Jon Vik", java.util.Set.of(), null, List.of()),
            new Entity(RURITANIA, EntityType.COUNTRY, null, "Ruritania", java.util.Set.of(), null, List.of()));

    @Test
    void sanctionsBillHasSponsorCosponsorTargetAndTheProposingEvent() {
        AnnotatedDocument doc = d.document();
        Event sanctions = new Event("ImposeSanctions", "163", "Mara Holt–Ruritania sanctions",
                List.of(HOLT, RURITANIA), HOLT, RURITANIA, null, null, EventStatus.PROPOSED,
                List.of(doc.sentences().get(0).span()));
        List<Legislation> bills = new LegislationExtractor().extract(doc, entities, d.mentions(), List.of(sanctions));
        assertEquals(1, bills.size(), bills.toString());
        Legislation bill = bills.get(0);
        assertEquals(HOLT, bill.sponsorKey());
        assertEquals(List.of(VIK), bill.cosponsorKeys());
        assertEquals(RURITANIA, bill.targetKey());
        assertEquals(sanctions, bill.proposal());
        assertEquals("sanctions bill against Ruritania", bill.label());
        assertEquals(2, bill.evidence().size());
    }

    @Test
    void withoutSanctionsThereIsNoSanctionsBill() {
        // Mara Holt introduced a bill on school meals .
        EventTestDocument plain = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON introduced_VBD_introduce a_DT bill_NN_bill")
                .tokens("on_IN school_NN meals_NNS_meal ._.")
                .mention(HOLT, EntityType.PERSON, 0, 2, false);
        assertTrue(new LegislationExtractor().extract(plain.document(), entities, plain.mentions(), List.of()).isEmpty());
    }
}
