package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.testdata.SampleExtractions;

class EntityGraphTest {
    private static final String CALL = ExtractionMapper.graphName(SampleExtractions.diplomaticCall());
    private static final String FOLLOW_UP = ExtractionMapper.graphName(SampleExtractions.followUp());
    private static final String NORWAY = Vocab.NGE + "Q20";
    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    /** The prefixes of the listings the key tests compare their keys with. */
    private static final String LISTING_PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String TALKS = Vocab.NGR + "event/invented-talks";
    private static final String FIRST_INVENTED = Vocab.NGR + "article/invented-1";
    private static final String SECOND_INVENTED = Vocab.NGR + "article/invented-2";

    @TempDir
    Path dir;

    private final ExtractionMapper mapper = new ExtractionMapper();

    @Test
    void buildingReplacingAndPruningKeepTheEntityGraphEqualToARebuild() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            EntityGraphCheck.assertEqualsRebuild(store);

            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            EntityGraphCheck.assertEqualsRebuild(store);

            assertTrue(store.removeArticle(FOLLOW_UP));
            EntityGraphCheck.assertEqualsRebuild(store);

            assertTrue(store.removeArticle(CALL));
            assertEquals(0, store.entityGraphSize());
        }
    }

    /**
     * The refresh after a write reads only the written article's entities: an entity only the other
     * article describes, stripped of its names by hand (the mark the refresh looks for), stays stripped
     * through a replace and a removal of the first; once its names are back, the graph equals a rebuild.
     */
    @Test
    void aWriteRefreshesOnlyItsOwnArticlesEntities() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            String other = store.query(QueryFactory.create("""
                    SELECT ?e { GRAPH <%s> { ?e <https://schema.org/name> ?n } FILTER(isIRI(?e))
                      FILTER NOT EXISTS { GRAPH <%s> { ?e <https://schema.org/name> ?m } } } ORDER BY ?e LIMIT 1"""
                    .formatted(FOLLOW_UP, CALL)), qe -> qe.execSelect().next().getResource("e").getURI());
            Node entity = NodeFactory.createURI(other);
            Node name = NodeFactory.createURI("https://schema.org/name");
            Dataset raw = TDB2Factory.connectDataset(dir.resolve("tdb").toString());
            List<Quad> names = Txn.calculateWrite(raw, () -> {
                List<Quad> found = Iter.toList(raw.asDatasetGraph().find(EntityGraph.NODE, entity, name, Node.ANY));
                found.forEach(raw.asDatasetGraph()::delete);
                return found;
            });
            assertFalse(names.isEmpty());
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));

            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            assertTrue(store.removeArticle(CALL));
            boolean renamed = store.calculateRead(dsg -> dsg.contains(EntityGraph.NODE, entity, name, Node.ANY));
            assertFalse(renamed, other + " was refreshed by another article's write");
            assertEquals(1, count(store, other, "articleCount"), other + " lost its count");

            Txn.executeWrite(raw, () -> names.forEach(raw.asDatasetGraph()::add));
            EntityGraphCheck.assertEqualsRebuild(store);
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(FOLLOW_UP));
            EntityGraphCheck.assertEqualsRebuild(store);
        }
    }

    /**
     * One timeline key per event with a code and a named actor, sorting as the timeline does (dated
     * events by date, then undated ones), and none left once the articles listing them are gone.
     */
    @Test
    void timelineKeysFollowTheArticlesThatListTheirEvents() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            String listed = """
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    PREFIX schema: <https://schema.org/>
                    PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                    SELECT DISTINCT ?event ?date {
                      ?event a sem:Event ; ng:cameoCode ?code .
                      GRAPH ?g { ?event sem:hasActor ?a . ?a schema:name ?n }
                      OPTIONAL { ?event sem:hasTimeStamp ?date } }
                    ORDER BY (!BOUND(?date)) STR(?date) ?event""";
            List<String> expected = store.query(QueryFactory.create(listed), qe -> {
                List<String> keys = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> keys.add(row.contains("date")
                        ? "0 " + row.getLiteral("date").getLexicalForm() + " " + row.getResource("event").getURI()
                        : "1 " + row.getResource("event").getURI()));
                return keys;
            });
            assertFalse(expected.isEmpty(), "the sample articles list no event");
            String keys = "SELECT ?key { GRAPH <%s> { ?e <https://w3id.org/newsgraph/ontology#timelineKey> ?key } } ORDER BY ?key"
                    .formatted(EntityGraph.IRI);
            List<String> stored = store.query(QueryFactory.create(keys), qe -> {
                List<String> found = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> found.add(row.getLiteral("key").getLexicalForm()));
                return found;
            });
            assertEquals(expected, stored, "keys in string order are the timeline's order");

            assertTrue(store.removeArticle(CALL));
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(FOLLOW_UP));
            assertEquals(0, store.entityGraphSize(), "a key or a flag outlived its articles");
        }
    }

    /**
     * One CAMEO key per event, code and date that events-by-cameo-root lists, sorting as that listing
     * does (code, then undated before dated, date, IRI), kept equal to a rebuild through a replace and a
     * removal, and none left once the articles listing the events are gone.
     */
    @Test
    void cameoKeysSortAsTheListingAndFollowTheArticles() {
        String listed = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                SELECT DISTINCT ?event ?code ?date {
                  ?event a sem:Event ; ng:cameoCode ?code ; a ?class .
                  FILTER(STRSTARTS(STR(?class), STR(ng:)))
                  OPTIONAL { ?event sem:hasTimeStamp ?date } }
                ORDER BY ?code STR(?date) ?event""";
        assertKeysSortAsTheListingAndFollowTheArticles("cameoKey", listed, row ->
                row.getLiteral("code").getLexicalForm() + (row.contains("date") ? " 1 " + row.getLiteral("date").getLexicalForm() + " " : " 0 ")
                + row.getResource("event").getURI());
    }

    /**
     * An invented event without a named actor (so no timeline key) that two articles list: its CAMEO
     * keys stay while either article does, and sort undated before dated within the code, and "04 ..."
     * before "042 ...".
     */
    @Test
    void anEventTwoArticlesListKeepsItsCameoKeyUntilBothAreGone() {
        String visit = Vocab.NGR + "event/invented-visit";
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(FIRST_INVENTED, eventGraph(NG, SEM, TALKS, "042", "2025-05"));
            Graph both = eventGraph(NG, SEM, TALKS, "042", "2025-05");
            eventGraph(NG, SEM, visit, "04", null).find().forEachRemaining(both::add);
            store.replaceArticle(SECOND_INVENTED, both);
            List<String> keys = List.of("04 0 " + visit, "042 1 2025-05 " + TALKS);
            assertEquals(keys, cameoKeys(store));

            assertTrue(store.removeArticle(FIRST_INVENTED));
            assertEquals(keys, cameoKeys(store), "the second article still lists both events");
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(SECOND_INVENTED));
            assertEquals(List.of(), cameoKeys(store));
        }
    }

    /**
     * One meeting key per consult event, code, date and pair of named actors that who-met-whom lists,
     * sorting as that listing does (date with undated first, the two names, IRI), kept equal to a
     * rebuild through a replace and a removal, and none left once the articles are gone.
     */
    @Test
    void meetingKeysSortAsTheListingAndFollowTheArticles() {
        String listed = LISTING_PREFIXES + """
                SELECT DISTINCT ?event ?code ?date ?a ?aName ?b ?bName {
                  ?event a sem:Event ; ng:cameoCode ?code . FILTER(STRSTARTS(?code, "04"))
                  GRAPH ?ga { ?event sem:hasActor ?a . ?a schema:name ?aName }
                  GRAPH ?gb { ?event sem:hasActor ?b . ?b schema:name ?bName }
                  FILTER(STR(?a) < STR(?b))
                  OPTIONAL { ?event sem:hasTimeStamp ?date } }
                ORDER BY STR(?date) ?aName ?bName ?event ?code ?a ?b""";
        assertKeysSortAsTheListingAndFollowTheArticles("meetingKey", listed, row -> String.join("\t", dated(row),
                row.getLiteral("aName").getLexicalForm(), row.getLiteral("bName").getLexicalForm(),
                row.getResource("event").getURI(), row.getLiteral("code").getLexicalForm(),
                row.getResource("a").getURI(), row.getResource("b").getURI()));
    }

    /**
     * One place key per event, place and date that events-at-place lists, sorting as that listing does
     * (place name, date with undated first, IRI), kept equal to a rebuild through a replace and a
     * removal, and none left once the articles are gone.
     */
    @Test
    void placeKeysSortAsTheListingAndFollowTheArticles() {
        String listed = LISTING_PREFIXES + """
                SELECT DISTINCT ?event ?where ?whereName ?date {
                  ?event a sem:Event ; ng:cameoCode ?code .
                  GRAPH ?g { ?event sem:hasPlace ?where . ?where schema:name ?whereName }
                  OPTIONAL { ?event sem:hasTimeStamp ?date } }
                ORDER BY ?whereName STR(?date) ?event ?where""";
        assertKeysSortAsTheListingAndFollowTheArticles("placeKey", listed, row -> String.join("\t",
                row.getLiteral("whereName").getLexicalForm(), dated(row), row.getResource("event").getURI(),
                row.getResource("where").getURI()));
    }

    /**
     * One quote key per quotation quotes-by-person lists, sorting as that listing does (speaker's name
     * with unnamed first, article, text), gone with its article.
     */
    @Test
    void quoteKeysSortAsTheListingAndFollowTheArticles() {
        String listed = """
                PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?quote ?article ?text ?speakerName {
                  ?quote a schema:Quotation ; schema:text ?text ; schema:isPartOf ?article .
                  OPTIONAL { GRAPH ?g { ?quote schema:creator ?speaker . ?speaker schema:name ?speakerName } } }
                ORDER BY ?speakerName ?article ?text ?quote""";
        assertKeysSortAsTheListingAndFollowTheArticles("quoteKey", listed, row -> String.join("\t",
                row.contains("speakerName") ? "1 " + row.getLiteral("speakerName").getLexicalForm() : "0",
                row.getResource("article").getURI(), row.getLiteral("text").getLexicalForm(),
                row.getResource("quote").getURI()));
    }

    /** "1 DATE" for a row with a date, "0" without, as the meeting and place keys begin their date. */
    private static String dated(QuerySolution row) {
        return row.contains("date") ? "1 " + row.getLiteral("date").getLexicalForm() : "0";
    }

    /**
     * The sample articles' keys of one kind are the listing's rows in its order, stay so through a
     * replace, equal a rebuild after a removal, and are gone with the articles.
     */
    private void assertKeysSortAsTheListingAndFollowTheArticles(String property, String listing,
                                                                Function<QuerySolution, String> keyOfRow) {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            List<String> expected = store.query(QueryFactory.create(listing), qe -> {
                List<String> keys = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> keys.add(keyOfRow.apply(row)));
                return keys;
            });
            assertFalse(expected.isEmpty(), "the sample articles list nothing with a " + property);
            assertEquals(expected, keys(store, property), "keys in string order are the listing's order");

            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            assertEquals(expected, keys(store, property), "a replaced article lost or duplicated its keys");
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(CALL));
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(FOLLOW_UP));
            assertEquals(0, store.entityGraphSize(), "a key or a flag outlived its articles");
        }
    }

    /**
     * An invented talk two articles list with different actors (Ann Lee and Bo Dahl in one, Ann Lee and
     * Ann in the other, as an event is named by its principal actors only): the pairs across the two
     * articles have keys too, as the listing pairs actors over every article; "Ann" sorts before "Ann Lee";
     * the pairs of the removed article's actors go with it.
     */
    @Test
    void meetingKeysPairActorsAcrossArticlesAndGoWithThem() {
        String annLee = Vocab.NGE + "invented-ann-lee";
        String bo = Vocab.NGE + "invented-bo";
        String ann = Vocab.NGE + "invented-ann";
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(FIRST_INVENTED, withActors(eventGraph(NG, SEM, TALKS, "042", "2025-05"), SEM, TALKS,
                    annLee, "Ann Lee", bo, "Bo Dahl"));
            store.replaceArticle(SECOND_INVENTED, withActors(eventGraph(NG, SEM, TALKS, "042", "2025-05"), SEM, TALKS,
                    annLee, "Ann Lee", ann, "Ann"));
            String tail = "\t" + TALKS + "\t042\t";
            assertEquals(List.of(
                    "1 2025-05\tAnn\tAnn Lee" + tail + ann + "\t" + annLee,
                    "1 2025-05\tAnn\tBo Dahl" + tail + ann + "\t" + bo,
                    "1 2025-05\tAnn Lee\tBo Dahl" + tail + annLee + "\t" + bo), meetingKeys(store));

            assertTrue(store.removeArticle(FIRST_INVENTED));
            assertEquals(List.of("1 2025-05\tAnn\tAnn Lee" + tail + ann + "\t" + annLee), meetingKeys(store),
                    "Bo Dahl's pairs outlived the article naming him");
            EntityGraphCheck.assertEqualsRebuild(store);
            assertTrue(store.removeArticle(SECOND_INVENTED));
            assertEquals(List.of(), meetingKeys(store));
        }
    }

    private static Graph withActors(Graph graph, String sem, String event,
                                    String a, String aName, String b, String bName) {
        Node node = NodeFactory.createURI(event);
        Node name = NodeFactory.createURI("https://schema.org/name");
        for (String[] actor : new String[][] {{a, aName}, {b, bName}}) {
            graph.add(node, NodeFactory.createURI(sem + "hasActor"), NodeFactory.createURI(actor[0]));
            graph.add(NodeFactory.createURI(actor[0]), name, NodeFactory.createLiteralString(actor[1]));
        }
        return graph;
    }

    private static List<String> meetingKeys(TdbKnowledgeStore store) {
        return keys(store, "meetingKey");
    }

    private static Graph eventGraph(String ng, String sem, String event, String code, String date) {
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node node = NodeFactory.createURI(event);
        Node type = org.apache.jena.vocabulary.RDF.Nodes.type;
        graph.add(node, type, NodeFactory.createURI(sem + "Event"));
        graph.add(node, type, NodeFactory.createURI(ng + "Consult"));
        graph.add(node, NodeFactory.createURI(ng + "cameoCode"), NodeFactory.createLiteralString(code));
        if (date != null) {
            graph.add(node, NodeFactory.createURI(sem + "hasTimeStamp"), NodeFactory.createLiteralString(date));
        }
        return graph;
    }

    private static List<String> cameoKeys(TdbKnowledgeStore store) {
        return keys(store, "cameoKey");
    }

    private static List<String> keys(TdbKnowledgeStore store, String property) {
        String keys = "SELECT ?key { GRAPH <%s> { ?e <https://w3id.org/newsgraph/ontology#%s> ?key } } ORDER BY ?key"
                .formatted(EntityGraph.IRI, property);
        return store.query(QueryFactory.create(keys), qe -> {
            List<String> found = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(row -> found.add(row.getLiteral("key").getLexicalForm()));
            return found;
        });
    }

    @Test
    void anEntityGraphWrittenBeforeTheEventKeysIsToldApartAndRebuilt() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            assertFalse(EntityGraph.lacksEventKeys(store), "an empty store needs no keys");
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            assertFalse(EntityGraph.lacksEventKeys(store), "a store written now has its keys");
        }
        // An older newsgraph wrote the same entity graph without the event sort keys.
        Dataset older = TDB2Factory.connectDataset(dir.resolve("tdb").toString());
        Txn.executeWrite(older, () -> org.apache.jena.update.UpdateAction.parseExecute("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                DELETE WHERE { GRAPH <%s> { ?event ng:cameoKey ?key } } ;
                DELETE WHERE { GRAPH <%s> { ?event ng:timelineKey ?key } }
                """.formatted(EntityGraph.IRI, EntityGraph.IRI), older));
        older.close();
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            assertTrue(EntityGraph.lacksEventKeys(store));
            store.rebuildEntityGraph();
            assertFalse(EntityGraph.lacksEventKeys(store));
            EntityGraphCheck.assertEqualsRebuild(store);
        }
    }

    @Test
    void countsMentionsAndArticlesAndIsNoArticle() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            Graph call = mapper.map(SampleExtractions.diplomaticCall());
            store.replaceArticle(CALL, call);
            long mentionsOfNorway = store.query(QueryFactory.create("""
                    SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> <%s> }"""
                    .formatted(NORWAY)), qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertTrue(mentionsOfNorway > 0);
            assertEquals(mentionsOfNorway, count(store, NORWAY, "mentionCount"));
            assertEquals(1, count(store, NORWAY, "articleCount"));
            assertEquals(List.of("norway", "norwegian"), values(store, NORWAY, "nameKey"));
            assertEquals(List.of("2025-05-22"), values(store, NORWAY, "firstSeen"));
            store.replaceArticle(FOLLOW_UP, mapper.map(SampleExtractions.followUp()));
            String pairs = """
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?articles ?sentences { GRAPH <%s> {
                      ?pair a ng:CoMention ; ng:pairMember <%s> , ?other ; ng:articleCount ?articles ; ng:sentenceCount ?sentences
                      FILTER(?other != <%s>) } }""".formatted(EntityGraph.IRI, NORWAY, NORWAY);
            long pairRows = store.query(QueryFactory.create(pairs), qe -> {
                long rows = 0;
                for (var results = qe.execSelect(); results.hasNext(); rows++) {
                    var row = results.next();
                    assertTrue(row.getLiteral("articles").getLong() >= 1);
                    assertTrue(row.getLiteral("sentences").getLong() >= 0);
                }
                return rows;
            });
            assertTrue(pairRows > 0);

            assertEquals(List.of(CALL, FOLLOW_UP).stream().sorted().toList(), store.articleIris());
            long articleQuads = call.size() + mapper.map(SampleExtractions.followUp()).size();
            assertEquals(articleQuads, store.countQuads());
            assertFalse(EntityGraph.isArticleGraph(EntityGraph.IRI));
            assertTrue(EntityGraph.isArticleGraph(CALL));
        }
    }

    @Test
    void everyTermOfTheEntityGraphIsInTheOntologyAndTheJsonLdContext() throws Exception {
        Graph ontology = org.apache.jena.riot.RDFDataMgr.loadGraph("ontology/newsgraph.ttl");
        String context = java.nio.file.Files.readString(Path.of("ontology/context.jsonld"));
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            java.util.Set<Node> terms = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            store.read(dsg -> dsg.find(EntityGraph.NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                terms.add(q.getPredicate());
                if (q.getPredicate().equals(Vocab.TYPE)) {
                    terms.add(q.getObject());
                }
            }));
            List<Node> ours = terms.stream().filter(t -> t.getURI().startsWith(Vocab.NG)).toList();
            assertTrue(ours.size() >= 7, "too few ng: terms: " + ours);
            for (Node term : ours) {
                assertTrue(ontology.contains(term, Vocab.TYPE, Node.ANY), term + " is not declared in ontology/newsgraph.ttl");
                String local = term.getURI().substring(Vocab.NG.length());
                assertTrue(context.contains("\"ng:" + local + "\""), term + " has no term in ontology/context.jsonld");
            }
        }
    }

    private static long count(TdbKnowledgeStore store, String entity, String property) {
        Node value = store.calculateRead(dsg -> dsg.find(EntityGraph.NODE, NodeFactory.createURI(entity),
                NodeFactory.createURI(Vocab.NG + property), Node.ANY).next().getObject());
        return ((Number) value.getLiteralValue()).longValue();
    }

    private static List<String> values(TdbKnowledgeStore store, String entity, String property) {
        return store.calculateRead(dsg -> Iter.toList(Iter.map(dsg.find(EntityGraph.NODE, NodeFactory.createURI(entity),
                NodeFactory.createURI(Vocab.NG + property), Node.ANY), q -> q.getObject().getLiteralLexicalForm()))
                .stream().sorted().toList());
    }
}
