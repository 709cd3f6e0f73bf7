package org.newsgraph.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.rdf.NameKeys;
import org.newsgraph.rdf.Vocab;

/**
 * The entity graph: one named graph beside the article graphs holding one description per entity
 * (names, aliases, types, Wikidata link, how many mentions and articles, first and last article date)
 * and one {@code ng:CoMention} node per pair of entities some article mentions together, with its
 * article and sentence counts. Queries read these instead of folding every article's copy of a
 * description, or pairing every article's mentions, at query time.
 *
 * <p>It is kept in step by SPARQL Update text, so a remote store can run the same updates: call
 * {@link #beforeRemoving} while an article graph's old content is still stored, write the graph, then
 * {@link #afterAdding}; after a removal with nothing added, {@link #refresh}. Counts are moved by the
 * article's own share (an article that mentions Ola Berg three times takes 3 from his mention count
 * when it goes), so a write costs the size of the article, not of the store; names, types and dates,
 * which cannot be subtracted, are dropped for the entities a removed article described and read again
 * from the article graphs that describe them; an added article only adds its own, so a build of new
 * articles reads nothing but the articles it writes (and, for an entity new to the store, that one).
 *
 * <p>An entity here is every IRI an article graph gives a {@code schema:name} (people, places,
 * organisations, legislation); its article count is the number of article graphs describing it, and it
 * leaves this graph with the last of them.
 */
public final class EntityGraph {
    /** Graphs of the store's own bookkeeping (the ledger, derived graphs) are named under here; articles never are. */
    public static final String STORE_GRAPHS = Vocab.NGR + "graph/";
    public static final String IRI = STORE_GRAPHS + "entities";
    public static final Node NODE = NodeFactory.createURI(IRI);
    /** Where co-mention pair nodes are minted: the SHA-1 of the two entity IRIs in string order. */
    public static final String PAIR_NAMESPACE = Vocab.NGR + "comention/";

    private static final String PREFIXES = """
            PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;

    /**
     * The timeline key of each event the article lists on the timeline (one with a CAMEO code and an actor
     * that has a name): "0 DATE EVENT-IRI" for a dated event, "1 EVENT-IRI" for an undated one, so that
     * string order is the timeline's order (dated first, by date as written, then by IRI; the space sorts
     * "2025 ..." before "2025-05 ..." as the date strings do). The timeline sorts these keys, one per event
     * in this one graph, and looks up the details of one page of events only, instead of looking up code,
     * date and actors of every event in every article graph. EVENTS says where the events are listed
     * ({@link #inArticle}, {@link #flagged}).
     */
    private static final String TIMELINE_KEYS = """
            INSERT { GRAPH $entities { ?event ng:timelineKey ?key } }
            WHERE {
              { SELECT DISTINCT ?event ?date WHERE { EVENTS } }
              BIND(IF(BOUND(?date), CONCAT("0 ", STR(?date), " ", STR(?event)), CONCAT("1 ", STR(?event))) AS ?key)
            }
            """;

    /** What puts an event on the timeline, as queries/timeline.rq lists events, read in one article graph. */
    private static final String TIMELINE_EVENT = """
            ?event a sem:Event ; ng:cameoCode ?code ; sem:hasActor ?actor . ?actor schema:name ?actorName .
            OPTIONAL { ?event sem:hasTimeStamp ?date }
            """;

    /**
     * The CAMEO key of each event the article lists by code (queries/events-by-cameo-root.rq: a
     * {@code sem:Event} with a CAMEO code and a class of ours): "CODE 0 EVENT-IRI" for an undated event,
     * "CODE 1 DATE EVENT-IRI" for a dated one, so that string order is that listing's order
     * ({@code ?code STR(?date) ?event}: codes as written, "04 ..." before "042 ..." since the space sorts
     * before every digit; within a code undated events first, as an unbound STR(?date) sorts first; then
     * by date as written and IRI). The listing filters and sorts these keys, one graph's, and looks up the
     * details of one page of events only. An event with two codes (or dates) has a key for each, as the
     * listing has a row for each. EVENTS says where the events are listed.
     */
    private static final String CAMEO_KEYS = """
            INSERT { GRAPH $entities { ?event ng:cameoKey ?key } }
            WHERE {
              { SELECT DISTINCT ?event ?code ?date WHERE { EVENTS } }
              BIND(CONCAT(STR(?code), IF(BOUND(?date), CONCAT(" 1 ", STR(?date), " "), " 0 "), STR(?event)) AS ?key)
            }
            """;

    /** What lists an event by CAMEO code, as queries/events-by-cameo-root.rq does, read in one article graph. */
    private static final String CAMEO_EVENT = """
            ?event a sem:Event ; ng:cameoCode ?code ; a ?class .
            FILTER(STRSTARTS(STR(?class), STR(ng:)))
            OPTIONAL { ?event sem:hasTimeStamp ?date }
            """;

    /**
     * The meeting keys of the events who-met-whom lists (queries/who-met-whom.rq: a {@code sem:Event}
     * with a CAMEO code under 04, consult, and two named actors), one per event, code, date and pair of
     * actors in IRI order: "0" when undated or "1 DATE", then the two actors' names, the event's IRI, the
     * code and the two actors' IRIs, each after a tab, so that string order is that listing's order
     * ({@code STR(?date) ?aName ?bName ?event}: undated first, as an unbound STR(?date) sorts first; the tab
     * sorts before every character of a name or date, so "Ann" before "Ann Lee" and "2025" before
     * "2025-05" as the values do). The pairs are read from every article graph listing the event (one
     * article may name Ann and Bo as its actors, another Ann and Cy), EVENTS saying which events. The
     * code, each actor with its name and the date are each read (DISTINCT) on their own, then joined: read
     * in one pattern, an event that N article graphs list gave N x N x N x N rows before the DISTINCT, so
     * the write of one more article on a much-reported meeting grew with the archive.
     */
    private static final String MEETING_KEYS = """
            INSERT { GRAPH $entities { ?event ng:meetingKey ?key } }
            WHERE {
              {
                SELECT DISTINCT ?event ?code ?date ?a ?aName ?b ?bName
                WHERE {
                  { SELECT DISTINCT ?event ?code WHERE { EVENTS GRAPH ?gc { ?event ng:cameoCode ?code } FILTER(STRSTARTS(?code, "04")) } }
                  { SELECT DISTINCT ?event ?a ?aName WHERE { EVENTS GRAPH ?ga { ?event sem:hasActor ?a . ?a schema:name ?aName } } }
                  { SELECT DISTINCT ?event ?b ?bName WHERE { EVENTS GRAPH ?gb { ?event sem:hasActor ?b . ?b schema:name ?bName } } }
                  FILTER(STR(?a) < STR(?b))
                  OPTIONAL { SELECT DISTINCT ?event ?date WHERE { EVENTS GRAPH ?gd { ?event sem:hasTimeStamp ?date } } }
                }
              }
              BIND(CONCAT(IF(BOUND(?date), CONCAT("1 ", STR(?date)), "0"), "\t", STR(?aName), "\t", STR(?bName), "\t",
                          STR(?event), "\t", STR(?code), "\t", STR(?a), "\t", STR(?b)) AS ?key)
            }
            """;

    /**
     * The place keys of the events events-at-place lists (queries/events-at-place.rq: a {@code sem:Event}
     * with a code and a place that has a name), one per event, place and date: the place's name, then
     * "0" when undated or "1 DATE", the event's IRI and the place's IRI, each after a tab, so that string
     * order is that listing's order ({@code ?whereName STR(?date) ?event}; the tab sorts before every
     * character of a name or date, so "Oslo" before "Oslo Airport" as the names do). The place's name is
     * read in the graph that states the place, from every article graph listing the event, EVENTS saying
     * which events; place and date are read on their own, then joined (see the meeting keys).
     */
    private static final String PLACE_KEYS = """
            INSERT { GRAPH $entities { ?event ng:placeKey ?key } }
            WHERE {
              {
                SELECT DISTINCT ?event ?where ?whereName ?date
                WHERE {
                  { SELECT DISTINCT ?event ?where ?whereName WHERE { EVENTS GRAPH ?gp { ?event sem:hasPlace ?where . ?where schema:name ?whereName } } }
                  OPTIONAL { SELECT DISTINCT ?event ?date WHERE { EVENTS GRAPH ?gd { ?event sem:hasTimeStamp ?date } } }
                }
              }
              BIND(CONCAT(STR(?whereName), "\t", IF(BOUND(?date), CONCAT("1 ", STR(?date)), "0"), "\t", STR(?event),
                          "\t", STR(?where)) AS ?key)
            }
            """;

    /** The events with a code and a place an article lists, whose place keys it adds. */
    private static final String ARTICLE_PLACED_EVENTS = """
            GRAPH $article { ?event a sem:Event ; ng:cameoCode ?articleCode ; sem:hasPlace ?articlePlace }
            """;

    /** The consult events an article lists, whose meeting keys it adds. */
    private static final String ARTICLE_MEETINGS = """
            GRAPH $article { ?event a sem:Event ; ng:cameoCode ?articleCode . FILTER(STRSTARTS(?articleCode, "04")) }
            """;

    /** The flagged events, whose meeting keys the refresh reads again. */
    private static final String FLAGGED_EVENTS = """
            GRAPH $entities { ?event ng:pendingEventRefresh true }
            """;

    /**
     * The quote keys of the article's quotations (queries/quotes-by-person.rq lists them): "0" when the
     * quote has no named speaker or "1 NAME", then the article's IRI, the text and the quote's IRI, each
     * after a tab, so that string order is that listing's order ({@code ?speakerName ?article ?text}:
     * quotes without a named speaker first, as an unbound name sorts first; the tab sorts before every
     * character of a name or a text, so "Ann" before "Ann Lee"). A quotation belongs to its article alone
     * (its IRI is minted from the article's), so its key comes and goes with that article graph, with no
     * refresh.
     */
    private static final String QUOTE_KEYS = """
            INSERT { GRAPH $entities { ?quote ng:quoteKey ?key } }
            WHERE {
              # ?document, not ?article: $article is the parameter, and a parameter replaces ?article too
              {
                SELECT DISTINCT ?quote ?document ?text ?speakerName
                WHERE {
                  GRAPH $article {
                    ?quote a schema:Quotation ; schema:text ?text ; schema:isPartOf ?document .
                    OPTIONAL { ?quote schema:creator ?speaker . ?speaker schema:name ?speakerName }
                  }
                }
              }
              BIND(CONCAT(IF(BOUND(?speakerName), CONCAT("1 ", STR(?speakerName)), "0"), "\t", STR(?document), "\t",
                          STR(?text), "\t", STR(?quote)) AS ?key)
            }
            """;

    /** Drops the keys of the article's quotations, which go with it. */
    private static final String FORGET_QUOTE_KEYS = """
            DELETE { GRAPH $entities { ?quote ng:quoteKey ?key } }
            WHERE {
              GRAPH $article { ?quote a schema:Quotation }
              GRAPH $entities { ?quote ng:quoteKey ?key }
            }
            """;

    /**
     * Drops one kind of key (KEY_PROPERTY: ng:timelineKey, ng:cameoKey, ng:meetingKey or ng:placeKey) of the
     * article's events and flags the events: another article may list the same event (an event is its class, actors
     * and date, not one article's words), so the refresh reads the keys of the flagged events again from
     * the article graphs that remain. An event without a named actor has only a CAMEO key.
     */
    private static final String FORGET_EVENT_KEYS = """
            DELETE { GRAPH $entities { ?event KEY_PROPERTY ?key } }
            INSERT { GRAPH $entities { ?event ng:pendingEventRefresh true } }
            WHERE {
              GRAPH $article { ?event a sem:Event }
              GRAPH $entities { ?event KEY_PROPERTY ?key }
            }
            """;

    /**
     * Moves the counts of every entity the article graph describes by {@code $sign} times its share, and
     * flags each for {@link #refresh}: the flag is how a removed article's entities are still known once
     * its graph is gone.
     */
    private static final String ENTITY_COUNTS = """
            DELETE { GRAPH $entities { ?e ng:articleCount ?articles ; ng:mentionCount ?mentions } }
            INSERT { GRAPH $entities {
                ?e ng:articleCount ?newArticles ; ng:mentionCount ?newMentions ; ng:pendingRefresh true } }
            WHERE {
              {
                SELECT ?e (COUNT(DISTINCT ?mention) AS ?here)
                WHERE {
                  GRAPH $article {
                    ?e schema:name ?anyName .
                    FILTER(isIRI(?e))
                    OPTIONAL { ?mention itsrdf:taIdentRef ?e }
                  }
                }
                GROUP BY ?e
              }
              OPTIONAL { GRAPH $entities { ?e ng:articleCount ?articles ; ng:mentionCount ?mentions } }
              BIND(COALESCE(?articles, 0) + $sign AS ?newArticles)
              BIND(COALESCE(?mentions, 0) + $sign * ?here AS ?newMentions)
            }
            """;

    /**
     * Drops what cannot be subtracted (names, aliases, types, links, dates) for the entities the article
     * describes; {@link #refresh} reads them again. A missing name is the mark of an entity to refresh.
     */
    private static final String FORGET_DESCRIPTIONS = """
            DELETE { GRAPH $entities { ?e ?p ?o } }
            WHERE {
              GRAPH $article { ?e schema:name ?anyName . FILTER(isIRI(?e)) }
              GRAPH $entities { ?e ?p ?o }
              FILTER(?p NOT IN (ng:articleCount, ng:mentionCount, ng:pendingRefresh))
            }
            """;

    /** Moves the counts of every pair the article mentions together by {@code $sign} times its share, flagging each. */
    private static final String PAIR_COUNTS = """
            DELETE { GRAPH $entities { ?pair ng:articleCount ?articles ; ng:sentenceCount ?sentences } }
            INSERT { GRAPH $entities {
                ?pair a ng:CoMention ; ng:pairMember ?a , ?b ;
                      ng:articleCount ?newArticles ; ng:sentenceCount ?newSentences ; ng:pendingRefresh true } }
            WHERE {
              {
                SELECT ?a ?b (COUNT(DISTINCT ?doc) AS ?articlesHere)
                WHERE { GRAPH $article { ?doc schema:mentions ?a , ?b . FILTER(STR(?a) < STR(?b)) } }
                GROUP BY ?a ?b
              }
              # Sentences are paired on their own, sentence by sentence, rather than looked up pair by pair.
              OPTIONAL {
                SELECT ?a ?b (COUNT(DISTINCT ?sentence) AS ?together)
                WHERE {
                  GRAPH $article {
                    ?mentionA nif:sentence ?sentence ; itsrdf:taIdentRef ?a .
                    ?mentionB nif:sentence ?sentence ; itsrdf:taIdentRef ?b .
                  }
                  FILTER(STR(?a) < STR(?b))
                }
                GROUP BY ?a ?b
              }
              BIND(COALESCE(?together, 0) AS ?sentencesHere)
              BIND(IRI(CONCAT($pairNamespace, SHA1(CONCAT(STR(?a), " ", STR(?b))))) AS ?pair)
              OPTIONAL { GRAPH $entities { ?pair ng:articleCount ?articles ; ng:sentenceCount ?sentences } }
              BIND(COALESCE(?articles, 0) + $sign * ?articlesHere AS ?newArticles)
              BIND(COALESCE(?sentences, 0) + $sign * ?sentencesHere AS ?newSentences)
            }
            """;

    /**
     * Adds the article's names, aliases, types and links to the entities already described: adding only
     * grows the union, so nothing needs reading again. Entities without a description yet are left to
     * {@link #refresh}, which reads them from every article graph.
     */
    private static final String ADD_DESCRIPTIONS = """
            INSERT { GRAPH $entities { ?e ?p ?o ; ng:nameKey ?key } }
            WHERE {
              GRAPH $article {
                ?e ?p ?o .
                FILTER(isIRI(?e) && ?p IN (schema:name, skos:altLabel, rdf:type, owl:sameAs))
              }
              FILTER EXISTS { GRAPH $article { ?e schema:name ?anyName } }
              FILTER EXISTS { GRAPH $entities { ?e schema:name ?known } }
              BIND(IF(?p IN (schema:name, skos:altLabel), KEY_OF_O, ?noKey) AS ?key)
            }
            """;

    /** Moves the first and last dates of the entities already described to take in the article's date. */
    private static final String ADD_DATES = """
            DELETE { GRAPH $entities { ?e ng:firstSeen ?first ; ng:lastSeen ?last } }
            INSERT { GRAPH $entities { ?e ng:firstSeen ?newFirst ; ng:lastSeen ?newLast } }
            WHERE {
              {
                SELECT ?e (MIN(?date) AS ?earliest) (MAX(?date) AS ?latest)
                WHERE {
                  GRAPH $article { ?e schema:name ?anyName . FILTER(isIRI(?e)) ?doc schema:datePublished ?date }
                  FILTER EXISTS { GRAPH $entities { ?e schema:name ?known } }
                }
                GROUP BY ?e
              }
              OPTIONAL { GRAPH $entities { ?e ng:firstSeen ?first } }
              OPTIONAL { GRAPH $entities { ?e ng:lastSeen ?last } }
              BIND(IF(BOUND(?first) && ?first < ?earliest, ?first, ?earliest) AS ?newFirst)
              BIND(IF(BOUND(?last) && ?last > ?latest, ?last, ?latest) AS ?newLast)
            }
            """;

    /** Flagged entities and pairs no article counts any more leave the graph. */
    private static final String DROP_UNCOUNTED = """
            DELETE { GRAPH $entities { ?node ?p ?o } }
            WHERE {
              GRAPH $entities {
                ?node ng:pendingRefresh true ; ng:articleCount ?articles .
                FILTER(?articles <= 0)
                ?node ?p ?o
              }
            }
            """;

    /** The first and last date of the articles describing each entity to refresh (flagged, without a name). */
    private static final String REFRESH_DATES = """
            INSERT { GRAPH $entities { ?e ng:firstSeen ?first ; ng:lastSeen ?last } }
            WHERE {
              SELECT ?e (MIN(?date) AS ?first) (MAX(?date) AS ?last)
              WHERE {
                GRAPH $entities {
                  ?e ng:pendingRefresh true .
                  FILTER NOT EXISTS { ?e schema:name ?known }
                  FILTER NOT EXISTS { ?e a ng:CoMention }
                }
                GRAPH ?g { ?e schema:name ?anyName . ?doc schema:datePublished ?date }
                FILTER(?g != $entities)
              }
              GROUP BY ?e
            }
            """;

    /**
     * Names, aliases, types and Wikidata links of each entity to refresh, from every article graph
     * describing it, with a lookup key for each name and alias.
     */
    private static final String REFRESH_DESCRIPTIONS = """
            INSERT { GRAPH $entities { ?e ?p ?o ; ng:nameKey ?key } }
            WHERE {
              {
                SELECT DISTINCT ?e
                WHERE {
                  GRAPH $entities {
                    ?e ng:pendingRefresh true .
                    FILTER NOT EXISTS { ?e schema:name ?known }
                    FILTER NOT EXISTS { ?e a ng:CoMention }
                  }
                }
              }
              GRAPH ?g { ?e ?p ?o }
              FILTER(?g != $entities)
              FILTER(?p IN (schema:name, skos:altLabel, rdf:type, owl:sameAs))
              # only names and aliases get a key: the unbound ?noKey leaves ?key unbound for the rest
              BIND(IF(?p IN (schema:name, skos:altLabel), KEY_OF_O, ?noKey) AS ?key)
            }
            """;

    /** The flags go once the flagged entities are refreshed, so the next write starts from none. */
    private static final String CLEAR_FLAGS = """
            DELETE WHERE { GRAPH $entities { ?node ng:pendingRefresh ?flag } } ;
            DELETE WHERE { GRAPH $entities { ?event ng:pendingEventRefresh ?flag } }
            """;

    private EntityGraph() {
    }

    /**
     * Whether a named graph holds an article: every named graph but the store's own (this graph and
     * the remote ledger, named under {@link #STORE_GRAPHS}) does.
     */
    public static boolean isArticleGraph(Node graphName) {
        return !graphName.isURI() || isArticleGraph(graphName.getURI());
    }

    /** Whether a named graph, by IRI, holds an article. */
    public static boolean isArticleGraph(String graphIri) {
        return !graphIri.startsWith(STORE_GRAPHS);
    }

    /** Updates to run while the article graph's old content is still stored, before it is removed or replaced. */
    public static List<String> beforeRemoving(String articleGraphIri) {
        return List.of(
                counts(ENTITY_COUNTS, articleGraphIri, -1),
                counts(PAIR_COUNTS, articleGraphIri, -1),
                forArticle(FORGET_DESCRIPTIONS, articleGraphIri).toString(),
                forgetEventKeys("ng:timelineKey", articleGraphIri),
                forgetEventKeys("ng:cameoKey", articleGraphIri),
                forgetEventKeys("ng:meetingKey", articleGraphIri),
                forgetEventKeys("ng:placeKey", articleGraphIri),
                forArticle(FORGET_QUOTE_KEYS, articleGraphIri).toString());
    }

    /** Updates to run once the article graph's new content is stored; they end with {@link #refresh}. */
    public static List<String> afterAdding(String articleGraphIri) {
        return concat(concat(countsAfterAdding(articleGraphIri), List.of(
                // the article may bring a new alias, type or date for an entity already described
                forArticle(ADD_DESCRIPTIONS, articleGraphIri).toString(),
                forArticle(ADD_DATES, articleGraphIri).toString())), refresh());
    }

    /**
     * Updates to run after the removal of an article graph with nothing added in its place. They touch
     * only the entities and pairs flagged by the writes since the last refresh (the articles' own), so
     * a write costs the size of the article, not of the store.
     */
    public static List<String> refresh() {
        return List.of(
                forEntities(DROP_UNCOUNTED).toString(),
                forEntities(REFRESH_DATES).toString(),
                forEntities(REFRESH_DESCRIPTIONS).toString(),
                forEntities(flagged(TIMELINE_KEYS, TIMELINE_EVENT)).toString(),
                forEntities(flagged(CAMEO_KEYS, CAMEO_EVENT)).toString(),
                forEntities(MEETING_KEYS.replace("EVENTS", FLAGGED_EVENTS)).toString(),
                forEntities(PLACE_KEYS.replace("EVENTS", FLAGGED_EVENTS)).toString(),
                forEntities(CLEAR_FLAGS).toString());
    }

    /** Updates that replace the entity graph with one computed from every article graph in {@code articleGraphIris}. */
    public static List<String> rebuild(List<String> articleGraphIris) {
        List<String> updates = new java.util.ArrayList<>();
        updates.add("DROP SILENT GRAPH <" + IRI + ">");
        for (String iri : articleGraphIris) {
            if (isArticleGraph(iri)) {
                updates.addAll(countsAfterAdding(iri));
            }
        }
        updates.addAll(refresh());
        return updates;
    }

    /**
     * Whether the store's entity graph was written before the sort keys (timeline, events by CAMEO root,
     * who-met-whom, events at a place, quotes by person read them): the article graphs hold an event or a
     * quotation that would have a key of some kind, the entity graph no key of that kind (a store written
     * before that kind was added). ASKs on indexed patterns; {@code build} then rebuilds the entity graph
     * once, readers say to.
     */
    public static boolean lacksEventKeys(KnowledgeStore store) {
        Map<String, String> keyedEvents = Map.of(
                "ng:cameoKey", "?event ng:cameoCode ?code",
                "ng:meetingKey", "?event ng:cameoCode ?code . FILTER(STRSTARTS(?code, \"04\"))"
                        + " ?event sem:hasActor ?a , ?b . FILTER(STR(?a) < STR(?b))"
                        + " ?a schema:name ?aName . ?b schema:name ?bName",
                "ng:placeKey", "?event ng:cameoCode ?code ; sem:hasPlace ?where . ?where schema:name ?whereName",
                "ng:quoteKey", "?quote a schema:Quotation");
        return keyedEvents.entrySet().stream().anyMatch(kind ->
                !ask(store, PREFIXES + "ASK { GRAPH <" + IRI + "> { ?event " + kind.getKey() + " ?key } }")
                && ask(store, PREFIXES + "ASK { GRAPH ?g { " + kind.getValue() + " } FILTER(?g != <" + IRI + ">) }"));
    }

    private static boolean ask(KnowledgeStore store, String query) {
        return store.query(QueryFactory.create(query), qe -> qe.execAsk());
    }

    /** Runs the updates on a dataset, inside the caller's write transaction. */
    public static void apply(DatasetGraph dataset, List<String> updates) {
        UpdateRequest request = new UpdateRequest();
        updates.forEach(update -> UpdateFactory.parse(request, update));
        UpdateAction.execute(request, dataset);
    }

    private static List<String> countsAfterAdding(String articleGraphIri) {
        return concat(List.of(counts(ENTITY_COUNTS, articleGraphIri, 1), counts(PAIR_COUNTS, articleGraphIri, 1)),
                eventKeys(articleGraphIri));
    }

    /**
     * The updates adding the sort keys (timeline, CAMEO, meeting, place) of the events the article graph
     * lists, and those of its quotations (part of {@link #afterAdding}).
     */
    public static List<String> eventKeys(String articleGraphIri) {
        return List.of(forArticle(inArticle(TIMELINE_KEYS, TIMELINE_EVENT), articleGraphIri).toString(),
                forArticle(inArticle(CAMEO_KEYS, CAMEO_EVENT), articleGraphIri).toString(),
                forArticle(MEETING_KEYS.replace("EVENTS", ARTICLE_MEETINGS), articleGraphIri).toString(),
                forArticle(PLACE_KEYS.replace("EVENTS", ARTICLE_PLACED_EVENTS), articleGraphIri).toString(),
                forArticle(QUOTE_KEYS, articleGraphIri).toString());
    }

    private static String forgetEventKeys(String keyProperty, String articleGraphIri) {
        return forArticle(FORGET_EVENT_KEYS.replace("KEY_PROPERTY", keyProperty), articleGraphIri).toString();
    }

    private static String counts(String template, String articleGraphIri, int sign) {
        ParameterizedSparqlString update = forArticle(template, articleGraphIri);
        update.setLiteral("sign", sign);
        update.setLiteral("pairNamespace", PAIR_NAMESPACE);
        return update.toString();
    }

    private static ParameterizedSparqlString forArticle(String template, String articleGraphIri) {
        ParameterizedSparqlString update = forEntities(template);
        update.setIri("article", articleGraphIri);
        return update;
    }

    private static ParameterizedSparqlString forEntities(String template) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(PREFIXES
                + template.replace("KEY_OF_O", NameKeys.sparqlKey("?o")));
        update.setIri("entities", IRI);
        return update;
    }

    /** A keys template for the events {@code listed} (a pattern over one graph) in the article graph. */
    private static String inArticle(String keys, String listed) {
        return keys.replace("EVENTS", "GRAPH $article { " + listed + " }");
    }

    /** A keys template for the flagged events, as {@code listed} in every article graph that lists them. */
    private static String flagged(String keys, String listed) {
        return keys.replace("EVENTS", FLAGGED_EVENTS + " GRAPH ?g { " + listed + " } FILTER(?g != $entities)");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
