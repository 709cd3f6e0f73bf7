package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityMentions;
import org.newsgraph.extract.ParsedTestDocument;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Group;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;

/** The parse-based coder on invented one-sentence documents with hand-written parses. */
class EventCoderTest {

    @Test
    void subjectAndObjectAreSourceAndTargetAndTheDictionaryGivesTheCode() {
        // Arvenia accused Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "accused VBD accuse", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2)));
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertTrue(e.cameo().startsWith("112"), e.cameo());
        assertEquals("country/arvenia", e.initiator());
        assertEquals("country/borelia", e.target());
        assertEquals(EventStatus.OCCURRED, e.status());
    }

    @Test
    void aThreatenedAttackIsAThreatNotAnAttack() {
        // Arvenia threatened to attack Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "threatened VBD threaten", "to TO to",
                        "attack VB attack", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "xcomp", 3), new Dependency(3, "nsubj:xsubj", 0), new Dependency(3, "mark", 2),
                        new Dependency(3, "obj", 4)));
        assertEquals(1, events.size());
        assertTrue(events.get(0).cameo().startsWith("13"), events.get(0).cameo());
        assertEquals(EventStatus.THREATENED, events.get(0).status());
    }

    @Test
    void aNegatedEventIsNotCoded() {
        // Arvenia did not attack Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "did VBD do", "not RB not", "attack VB attack",
                        "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 3), new Dependency(3, "nsubj", 0),
                        new Dependency(3, "aux", 1), new Dependency(3, "advmod", 2), new Dependency(3, "obj", 4)));
        assertEquals(List.of(), events);
    }

    @Test
    void aPronounSubjectStandsForTheCountryNamedBefore() {
        // Arvenia said it accused Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "said VBD say", "it PRP it", "accused VBD accuse",
                        "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "ccomp", 3), new Dependency(3, "nsubj", 2), new Dependency(3, "obj", 4)));
        assertEquals(1, events.size(), events.toString());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void aLightVerbCodesNoEventWithoutASpecificPattern() {
        // Arvenia took Borelia to the summit .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "took VBD take", "Borelia NNP borelia",
                        "to IN to", "the DT the", "summit NN summit", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2), new Dependency(5, "case", 3), new Dependency(5, "det", 4),
                        new Dependency(1, "obl:to", 5)));
        assertTrue(events.stream().noneMatch(e -> e.label().endsWith("take")), events.toString());
    }

    @Test
    void aDoerModifyingTheObjectIsTheTarget() {
        // Arvenia condemned the actions by Borelian troops .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "condemned VBD condemn", "the DT the",
                        "actions NNS action", "by IN by", "Borelia NNP borelia", "troops NNS troop", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "det", 2), new Dependency(3, "nmod:by", 6),
                        new Dependency(6, "case", 4), new Dependency(6, "amod", 5)));
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).cameo().startsWith("11"), events.get(0).cameo());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void aClauseWithoutSubjectTakesTheSubjectOfTheVerbItHangsOn() {
        // Arvenia responded by accusing Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "responded VBD respond", "by IN by",
                        "accusing VBG accuse", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "advcl:by", 3), new Dependency(3, "mark", 2), new Dependency(3, "obj", 4)));
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).cameo().startsWith("112"), events.get(0).cameo());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void aLawsuitIsALegalComplaintNotAnArrest() {
        // Arvenia sued Borelia .   (CAMEO 2.0: 115 bring lawsuit against; PETRARCH's dictionary says 173)
        List<Event> events = code(List.of("Arvenia NNP arvenia", "sued VBD sue", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2)));
        assertEquals(1, events.size(), events.toString());
        assertEquals("115", events.get(0).cameo());
    }

    @Test
    void suingToBlockIsALawsuitAgainstTheOwnerOfWhatIsBlocked() {
        // Arvenia sued to block Borelia 's merger .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "sued VBD sue", "to TO to", "block VB block",
                        "Borelia NNP borelia", "'s POS 's", "merger NN merger", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "xcomp", 3), new Dependency(3, "mark", 2), new Dependency(3, "nsubj:xsubj", 0),
                        new Dependency(3, "obj", 6), new Dependency(6, "nmod:poss", 4), new Dependency(4, "case", 5)));
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).cameo().startsWith("11"), events.get(0).cameo());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void theCountryIsTheCountryNamedLastBeforeIt() {
        // Arvenia , angry at Borelia , accused the country .
        List<Event> events = code(List.of("Arvenia NNP arvenia", ", , ,", "angry JJ angry", "at IN at",
                        "Borelia NNP borelia", ", , ,", "accused VBD accuse", "the DT the", "country NN country", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 6), new Dependency(6, "nsubj", 0),
                        new Dependency(0, "amod", 2), new Dependency(2, "obl:at", 4), new Dependency(4, "case", 3),
                        new Dependency(6, "obj", 8), new Dependency(8, "det", 7)));
        assertEquals(1, events.size(), events.toString());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void aClauseHungOnItsSubordinatorTakesTheSubjectOfTheVerbAbove() {
        // Arvenia recalled its envoy after accusing Borelia .   (parsed: after --dep--> accusing)
        List<Event> events = code(List.of("Arvenia NNP arvenia", "recalled VBD recall", "its PRP$ its",
                        "envoy NN envoy", "after IN after", "accusing VBG accuse", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "nmod:poss", 2), new Dependency(1, "advmod", 4),
                        new Dependency(4, "dep", 5), new Dependency(5, "obj", 6)));
        assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("112") && "country/arvenia".equals(e.initiator())
                && "country/borelia".equals(e.target())), events.toString());
    }

    @Test
    void aSentenceThatCanOnlyReportAStatementIsNotParsed() {
        // Arvenia said it was late .   ("say" codes statements, 010, which are not events)
        AnnotatedDocument said = document(List.of("Arvenia NNP arvenia", "said VBD say", "it PRP it", "was VBD be",
                "late JJ late", ". . ."), List.of());
        new EventCoder().extract(said, mentionsOf(said), key -> key);
        assertEquals(0, said.parses().parsedSentences());

        // Arvenia said it would visit Borelia .   ("visit" codes 042)
        AnnotatedDocument visit = document(List.of("Arvenia NNP arvenia", "said VBD say", "it PRP it",
                "would MD would", "visit VB visit", "Borelia NNP borelia", ". . ."), List.of());
        new EventCoder().extract(visit, mentionsOf(visit), key -> key);
        assertEquals(1, visit.parses().parsedSentences());
    }

    @Test
    void aMultiWordPatternNeedsAllItsWordsSoTheGenericPatternCodesAPlainAgreement() {
        // Arvenia signed an agreement with Borelia . ("sign * {trade &treaty}" must not match: no "trade")
        List<Event> plain = code(List.of("Arvenia NNP arvenia", "signed VBD sign", "an DT a", "agreement NN agreement",
                        "with IN with", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "det", 2), new Dependency(1, "obl:with", 5),
                        new Dependency(5, "case", 4)));
        assertEquals(1, plain.size(), plain.toString());
        assertEquals("057", plain.get(0).cameo());
    }

    @Test
    void aMultiWordPatternMatchesItsWordsInOrderAmongTheModifiersOfItsHead() {
        // Arvenia signed a military agreement with Borelia . ("sign * {&military &treaty}": 0312)
        List<Event> military = code(List.of("Arvenia NNP arvenia", "signed VBD sign", "a DT a",
                        "military JJ military", "agreement NN agreement", "with IN with", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 4), new Dependency(4, "det", 2), new Dependency(4, "amod", 3),
                        new Dependency(1, "obl:with", 6), new Dependency(6, "case", 5)));
        assertEquals(1, military.size(), military.toString());
        assertEquals("0312", military.get(0).cameo());
        // Arvenia signed an agreement on military matters with Borelia . ("military" does not modify "agreement")
        List<Event> elsewhere = code(List.of("Arvenia NNP arvenia", "signed VBD sign", "an DT a",
                        "agreement NN agreement", "on IN on", "military JJ military", "matters NNS matter",
                        "with IN with", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "det", 2), new Dependency(3, "nmod:on", 6),
                        new Dependency(6, "case", 4), new Dependency(6, "amod", 5),
                        new Dependency(1, "obl:with", 8), new Dependency(8, "case", 7)));
        assertEquals(1, elsewhere.size(), elsewhere.toString());
        assertEquals("057", elsewhere.get(0).cameo());
    }

    @Test
    void theTargetMayBeAPrepositionalModifierOfTheObject() {
        // Arvenia recalled its ambassador to Borelia .
        List<Event> events = code(List.of("Arvenia NNP arvenia", "recalled VBD recall", "its PRP$ its",
                        "ambassador NN ambassador", "to IN to", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "nmod:poss", 2), new Dependency(3, "nmod:to", 5),
                        new Dependency(5, "case", 4)));
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).cameo().startsWith("16"), events.get(0).cameo());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void aLightVerbLeavesTheCodeToItsEventNounAndLendsItsTargetSlot() {
        // Arvenia imposed tariffs on Borelia . (tariffs, 163, not impose, 170)
        List<Event> events = code(List.of("Arvenia NNP arvenia", "imposed VBD impose", "tariffs NNS tariff",
                        "on IN on", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2), new Dependency(1, "obl:on", 4), new Dependency(4, "case", 3)));
        assertEquals(1, events.size(), events.toString());
        assertEquals("163", events.get(0).cameo());
        assertEquals("country/arvenia", events.get(0).initiator());
        assertEquals("country/borelia", events.get(0).target());
    }

    @Test
    void ourOwnPatternFileAddsASenseTheCompiledDictionaryLacks() {
        // Arvenia broke off diplomatic ties with Borelia . (event-patterns.tsv "* off ties": 161, not "* off": 130)
        List<Event> events = code(List.of("Arvenia NNP arvenia", "broke VBD break", "off RP off",
                        "diplomatic JJ diplomatic", "ties NNS tie", "with IN with", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "compound:prt", 2), new Dependency(1, "obj", 4), new Dependency(4, "amod", 3),
                        new Dependency(1, "obl:with", 6), new Dependency(6, "case", 5)));
        assertEquals(1, events.size(), events.toString());
        assertEquals("161", events.get(0).cameo());
    }

    @Test
    void aGenericVerbCodedOnlyAtItsRootIsNoEventButASpecificOneIs() {
        // Arvenia benefited Borelia .   (PETRARCH: "benefit" 060, material cooperation not specified)
        List<Event> vague = code(List.of("Arvenia NNP arvenia", "benefited VBD benefit", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2)));
        assertEquals(List.of(), vague);
        // Arvenia warned Borelia .   (130: the root-level verb of a threat names the act and stays)
        List<Event> specific = code(List.of("Arvenia NNP arvenia", "warned VBD warn", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2)));
        assertEquals(1, specific.size(), specific.toString());
    }

    @Test
    void weInsideAQuotationIsItsSpeaker() {
        // “ We will visit Borelia , ” said Arvenia .
        AnnotatedDocument doc = document(List.of("“ `` “", "We PRP we", "will MD will", "visit VB visit",
                        "Borelia NNP borelia", ", , ,", "” '' ”", "said VBD say", "Arvenia NNP arvenia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 7), new Dependency(7, "ccomp", 3),
                        new Dependency(3, "nsubj", 1), new Dependency(3, "aux", 2), new Dependency(3, "obj", 4),
                        new Dependency(7, "nsubj", 8)));
        Span quoted = new Span(doc.tokens().get(1).begin(), doc.tokens().get(5).end());
        Quote quote = new Quote(quoted.of(doc.article().text()), quoted, "country/arvenia", doc.sentences().get(0).span());

        List<Event> withSpeaker = new EventCoder().extract(doc, mentionsOf(doc), List.of(quote), new GroupActors(doc.article().id()), key -> key);
        assertTrue(withSpeaker.stream().anyMatch(e -> e.cameo().startsWith("042") && "country/arvenia".equals(e.initiator())
                && "country/borelia".equals(e.target())), withSpeaker.toString());
        // Outside a quotation (or with no speaker) "we" stands for nobody: a visit needs two sides.
        assertEquals(List.of(), new EventCoder().extract(doc, mentionsOf(doc), key -> key));
    }

    @Test
    void aGroupOfACountryActsBesideItsCountry() {
        // Arvenia 's coast guard detained Borelia 's fishermen .
        AnnotatedDocument doc = document(List.of("Arvenia NNP arvenia", "'s POS 's", "coast NN coast", "guard NN guard",
                        "detained VBD detain", "Borelia NNP borelia", "'s POS 's", "fishermen NNS fisherman", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 4), new Dependency(4, "nsubj", 3),
                        new Dependency(3, "compound", 2), new Dependency(3, "nmod:poss", 0), new Dependency(0, "case", 1),
                        new Dependency(4, "obj", 7), new Dependency(7, "nmod:poss", 5), new Dependency(5, "case", 6)));
        GroupActors groups = new GroupActors(doc.article().id());

        List<Event> events = new EventCoder().extract(doc, mentionsOf(doc), List.of(), groups, key -> key);

        assertEquals(1, events.size(), events.toString());
        List<String> actors = events.get(0).actorKeys();
        assertTrue(actors.containsAll(List.of("country/arvenia", "group/coast-guard-country-arvenia", "country/borelia",
                "group/fisherman-country-borelia")), actors.toString());
        Group guard = groups.among(actors).get(0);
        assertEquals("Arvenia 's coast guard", guard.name()); // the test document spaces every token
        assertEquals("MIL", guard.agentCode());
        assertEquals("country/arvenia", guard.countryKey());
    }

    @Test
    void groupsOfNoCountryNameNoSideOfAnEvent() {
        // Protesters attacked Arvenia .  (one named side: a verb needs two)
        List<Event> attack = code(List.of("Protesters NNS protester", "attacked VBD attack", "Arvenia NNP arvenia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2)));
        assertEquals(List.of(), attack);
        // The minister accused Arvenia .  ("minister" is one person, never a group)
        AnnotatedDocument doc = document(List.of("The DT the", "minister NN minister", "accused VBD accuse",
                        "Arvenia NNP arvenia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 2), new Dependency(2, "nsubj", 1),
                        new Dependency(1, "det", 0), new Dependency(2, "obj", 3)));
        GroupActors groups = new GroupActors(doc.article().id());
        assertEquals(List.of(), new EventCoder().extract(doc, mentionsOf(doc), List.of(), groups, key -> key));
        assertEquals(Map.of(), groups.names());
    }

    private static List<Event> code(List<String> specs, List<Dependency> edges) {
        AnnotatedDocument doc = document(specs, edges);
        return new EventCoder().extract(doc, mentionsOf(doc), key -> key);
    }

    private static EntityMentions mentionsOf(AnnotatedDocument doc) {
        return ParsedTestDocument.countryMentions(doc);
    }

    private static AnnotatedDocument document(List<String> specs, List<Dependency> edges) {
        return ParsedTestDocument.document(specs, edges);
    }
}
