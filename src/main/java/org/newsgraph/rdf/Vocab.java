package org.newsgraph.rdf;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.XSD;

/**
 * The namespaces and terms of shared/design/VOCABULARY.md. Every {@code ng:} constant here must be
 * declared in ontology/newsgraph.ttl; {@code VocabTest} checks that, so a typo cannot reach the graph.
 */
public final class Vocab {
    static {
        // Jena first: when org.apache.jena.vocabulary.RDF is the first Jena class a JVM touches (a test
        // run alone), Jena's own start-up meets it half-initialised and fails.
        JenaSystem.init();
    }

    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    public static final String NGR = "https://w3id.org/newsgraph/id/";
    /**
     * Slash-free prefixes for the minted IRIs: {@code ngr:} cannot abbreviate them in Turtle, since a
     * local name may not hold the {@code /} of {@code entity/Q7747}; {@code nge:Q7747} can.
     */
    public static final String NGA = NGR + "article/";
    public static final String NGE = NGR + "entity/";
    /** Entities the gazetteer does not know have a type in their key: {@code ngperson:ola-berg}. */
    public static final String NGPERSON = NGE + "person/";
    public static final String NGORG = NGE + "organization/";
    public static final String NGPLACE = NGE + "place/";
    public static final String NGCOUNTRY = NGE + "country/";
    public static final String NGEV = NGR + "event/";
    public static final String NGQ = NGR + "quote/";
    /** Where a known place lies: {@code nggeo:Q406}, its {@code schema:GeoCoordinates}. */
    public static final String NGGEO = NGR + "geo/";
    public static final String NGROLE = NGR + "role/";
    public static final String NGLEG = NGR + "legislation/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SKOS_NS = SKOS.uri;
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    /** Classpath location of the ontology and the shapes. */
    public static final String ONTOLOGY_RESOURCE = "org/newsgraph/ontology/newsgraph.ttl";
    public static final String SHAPES_RESOURCE = "org/newsgraph/ontology/shapes.ttl";

    // rdf, rdfs, owl, skos
    public static final Node TYPE = RDF.type.asNode();
    public static final Node LABEL = RDFS.label.asNode();
    public static final Node SAME_AS = OWL.sameAs.asNode();
    public static final Node ALT_LABEL = SKOS.altLabel.asNode();

    // ng:
    public static final Node NG_CAMEO_CODE = ng("cameoCode");
    public static final Node NG_STATUS = ng("status");
    public static final Node NG_INITIATOR = ng("initiator");
    public static final Node NG_TARGET = ng("target");
    public static final Node NG_ROLE = ng("Role");
    public static final Node NG_GROUP = ng("Group");
    public static final Node NG_AGENT_CODE = ng("agentCode");
    public static final Node NG_OF_COUNTRY = ng("ofCountry");
    public static final Node NG_HOLDER = ng("holder");
    public static final Node NG_ROLE_NAME = ng("roleName");
    public static final Node NG_ROLE_OF = ng("roleOf");
    public static final Node NG_IS_CURRENT = ng("isCurrent");
    public static final Node NG_LEGISLATION = ng("legislation");
    public static final Node NG_COSPONSOR = ng("cosponsor");
    public static final Node NG_SPEAKER_MENTION = ng("speakerMention");
    public static final Node NG_CUE = ng("cue");
    public static final Node NG_ANONYMOUS_SOURCE = ng("anonymousSource");
    public static final Node NG_EVENT_STATUS = ng("EventStatus");

    // schema:
    public static final Node SCHEMA_NEWS_ARTICLE = schema("NewsArticle");
    public static final Node SCHEMA_ORGANIZATION = schema("Organization");
    public static final Node SCHEMA_NEWS_MEDIA_ORGANIZATION = schema("NewsMediaOrganization");
    public static final Node SCHEMA_PERSON = schema("Person");
    public static final Node SCHEMA_QUOTATION = schema("Quotation");
    public static final Node SCHEMA_HEADLINE = schema("headline");
    public static final Node SCHEMA_DATE_PUBLISHED = schema("datePublished");
    public static final Node SCHEMA_URL = schema("url");
    public static final Node SCHEMA_PUBLISHER = schema("publisher");
    public static final Node SCHEMA_AUTHOR = schema("author");
    public static final Node SCHEMA_MENTIONS = schema("mentions");
    public static final Node SCHEMA_NAME = schema("name");
    public static final Node SCHEMA_TEXT = schema("text");
    public static final Node SCHEMA_CREATOR = schema("creator");
    public static final Node SCHEMA_LEGISLATION = schema("Legislation");
    public static final Node SCHEMA_SPONSOR = schema("sponsor");
    public static final Node SCHEMA_ABOUT = schema("about");
    public static final Node SCHEMA_NAME_PROPERTY = schema("name");
    public static final Node SCHEMA_IS_PART_OF = schema("isPartOf");
    public static final Node SCHEMA_GEO = schema("geo");
    public static final Node SCHEMA_GEO_COORDINATES = schema("GeoCoordinates");
    public static final Node SCHEMA_LATITUDE = schema("latitude");
    public static final Node SCHEMA_LONGITUDE = schema("longitude");

    // sem:
    public static final Node SEM_EVENT = sem("Event");
    public static final Node SEM_HAS_ACTOR = sem("hasActor");
    public static final Node SEM_HAS_PLACE = sem("hasPlace");
    public static final Node SEM_HAS_TIME_STAMP = sem("hasTimeStamp");

    // prov:
    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    // nif:
    public static final Node NIF_CONTEXT = nif("Context");
    public static final Node NIF_PHRASE = nif("Phrase");
    public static final Node NIF_SENTENCE = nif("Sentence");
    public static final Node NIF_IS_STRING = nif("isString");
    public static final Node NIF_BEGIN_INDEX = nif("beginIndex");
    public static final Node NIF_END_INDEX = nif("endIndex");
    public static final Node NIF_ANCHOR_OF = nif("anchorOf");
    public static final Node NIF_REFERENCE_CONTEXT = nif("referenceContext");
    public static final Node NIF_SENTENCE_PROPERTY = nif("sentence");

    // itsrdf: the NIF convention for "this phrase denotes that entity"
    public static final Node ITSRDF_TA_IDENT_REF = NodeFactory.createURI(ITSRDF + "taIdentRef");

    public static final String XSD_NS = XSD.NS;

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("ng", NG),
            Map.entry("ngr", NGR),
            Map.entry("nga", NGA),
            Map.entry("nge", NGE),
            Map.entry("ngperson", NGPERSON),
            Map.entry("ngorg", NGORG),
            Map.entry("ngplace", NGPLACE),
            Map.entry("ngcountry", NGCOUNTRY),
            Map.entry("ngev", NGEV),
            Map.entry("ngq", NGQ),
            Map.entry("nggeo", NGGEO),
            Map.entry("ngrole", NGROLE),
            Map.entry("ngleg", NGLEG),
            Map.entry("schema", SCHEMA),
            Map.entry("sem", SEM),
            Map.entry("prov", PROV),
            Map.entry("nif", NIF),
            Map.entry("itsrdf", ITSRDF),
            Map.entry("wd", WD),
            Map.entry("skos", SKOS_NS),
            Map.entry("rdf", RDF.uri),
            Map.entry("rdfs", RDFS.uri),
            Map.entry("owl", OWL.NS),
            Map.entry("xsd", XSD.NS),
            Map.entry("dcterms", DCTERMS));

    private Vocab() {
    }

    /** Prefix to namespace, for writers and query output; a new copy each call. */
    public static Map<String, String> prefixes() {
        return new java.util.TreeMap<>(PREFIXES);
    }

    /** The same prefixes as a Jena {@link PrefixMapping}, locked against change. */
    public static PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
    }

    public static Node ng(String localName) {
        return NodeFactory.createURI(NG + localName);
    }

    public static Node schema(String localName) {
        return NodeFactory.createURI(SCHEMA + localName);
    }

    public static Node sem(String localName) {
        return NodeFactory.createURI(SEM + localName);
    }

    public static Node nif(String localName) {
        return NodeFactory.createURI(NIF + localName);
    }
}
