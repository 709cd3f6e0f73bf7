package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Group;
import org.newsgraph.model.Legislation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;

/**
 * Turns one article's {@link Extraction} into the triples of its named graph, exactly as
 * shared/design/VOCABULARY.md describes them. The graph is self-contained: every entity, event and
 * span it mentions is described in it, so each article graph can be validated and replaced alone.
 *
 * <p>Output is deterministic: IRIs come from {@link Iris}, and the only blank nodes (publisher,
 * author) are fresh per call, so two runs give isomorphic graphs.
 */
public final class ExtractionMapper {
    private static final Pattern CAMEO_CODE = Pattern.compile("[0-9]{2,4}");

    private final EventClasses eventClasses;

    public ExtractionMapper() {
        this(EventClasses.bundled());
    }

    public ExtractionMapper(EventClasses eventClasses) {
        this.eventClasses = eventClasses;
    }

    /** The graph to store under the name {@link #graphName(Extraction)}. */
    public Graph map(Extraction extraction) {
        return new Run(extraction).build();
    }

    /** The named graph of an article is the article's IRI. */
    public static String graphName(Extraction extraction) {
        return Iris.article(extraction.article().id());
    }

    /** One mapping; holds the graph being filled and the article it refers to. */
    private final class Run {
        private final Extraction extraction;
        private final Article article;
        private final Node articleNode;
        private final Set<Span> sentenceSpans;
        private final CodePointOffsets offsets;
        private final Graph graph = GraphMemFactory.createDefaultGraph();

        Run(Extraction extraction) {
            this.extraction = extraction;
            this.article = extraction.article();
            this.articleNode = uri(Iris.article(article.id()));
            this.sentenceSpans = new LinkedHashSet<>(extraction.sentences());
            this.offsets = CodePointOffsets.of(article.text());
        }

        Graph build() {
            describeArticle();
            extraction.sentences().forEach(sentence -> describeSpan(sentence, Vocab.NIF_SENTENCE));
            extraction.entities().forEach(this::describeEntity);
            extraction.groups().forEach(this::describeGroup);
            extraction.roles().forEach(this::describeRole);
            extraction.events().forEach(this::describeEvent);
            extraction.quotes().forEach(this::describeQuote);
            extraction.legislation().forEach(this::describeLegislation);
            return graph;
        }

        private void describeArticle() {
            add(articleNode, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE);
            add(articleNode, Vocab.SCHEMA_HEADLINE, string(article.headline()));
            if (article.published() != null) {
                add(articleNode, Vocab.SCHEMA_DATE_PUBLISHED,
                        NodeFactory.createLiteralDT(article.published().toString(), XSDDatatype.XSDdate));
            }
            if (article.url() != null && !article.url().isBlank()) {
                add(articleNode, Vocab.SCHEMA_URL, uri(article.url().strip()));
            }
            if (article.publisher() != null && !article.publisher().isBlank()) {
                // Typed as the news-media subclass only: the publisher is metadata, not an entity the
                // article mentions, and must not count among the extracted organisations.
                add(articleNode, Vocab.SCHEMA_PUBLISHER, namedBlankNode(Vocab.SCHEMA_NEWS_MEDIA_ORGANIZATION, article.publisher()));
            }
            if (article.author() != null && !article.author().isBlank()) {
                add(articleNode, Vocab.SCHEMA_AUTHOR, namedBlankNode(Vocab.SCHEMA_PERSON, article.author()));
            }
            // The article is also the NIF context, so every #char=b,e offset resolves against nif:isString.
            add(articleNode, Vocab.TYPE, Vocab.NIF_CONTEXT);
            add(articleNode, Vocab.NIF_IS_STRING, string(article.text()));
            add(articleNode, Vocab.NIF_BEGIN_INDEX, index(0));
            add(articleNode, Vocab.NIF_END_INDEX, index(offsets.codePoints(article.text().length())));
        }

        private Node namedBlankNode(Node type, String name) {
            Node node = NodeFactory.createBlankNode();
            add(node, Vocab.TYPE, type);
            add(node, Vocab.SCHEMA_NAME, string(name.strip()));
            return node;
        }

        private void describeEntity(Entity entity) {
            Node node = uri(Iris.entity(entity.key()));
            add(articleNode, Vocab.SCHEMA_MENTIONS, node);
            add(node, Vocab.TYPE, Vocab.schema(entity.type().schemaClass()));
            if (entity.subtype() != null && !entity.subtype().isBlank()) {
                add(node, Vocab.TYPE, Vocab.schema(entity.subtype()));
            }
            add(node, Vocab.SCHEMA_NAME, string(entity.name()));
            entity.aliases().stream().sorted()
                    .filter(alias -> !alias.equals(entity.name()))
                    .forEach(alias -> add(node, Vocab.ALT_LABEL, string(alias)));
            if (entity.wikidataId() != null) {
                add(node, Vocab.SAME_AS, uri(Vocab.WD + entity.wikidataId()));
            }
            if (entity.coordinates() != null) {
                Node geo = uri(Iris.geo(entity.key()));
                add(node, Vocab.SCHEMA_GEO, geo);
                add(geo, Vocab.TYPE, Vocab.SCHEMA_GEO_COORDINATES);
                add(geo, Vocab.SCHEMA_LATITUDE, degrees(entity.coordinates().latitude()));
                add(geo, Vocab.SCHEMA_LONGITUDE, degrees(entity.coordinates().longitude()));
            }
            describeMentions(node, entity.mentions());
        }

        private void describeMentions(Node node, List<Mention> mentions) {
            for (Mention mention : mentions) {
                Node phrase = describeSpan(mention.span(), Vocab.NIF_PHRASE);
                add(phrase, Vocab.ITSRDF_TA_IDENT_REF, node);
                List<Span> sentences = extraction.sentences();
                if (mention.sentence() >= 0 && mention.sentence() < sentences.size()) {
                    add(phrase, Vocab.NIF_SENTENCE_PROPERTY, uri(Iris.span(article.id(), offsets.codePoints(sentences.get(mention.sentence())))));
                }
            }
        }

        /**
         * A group is typed ng:Group alone (a subclass of schema:Organization in the ontology): it is an
         * actor of the article's events, not one of the named organisations it mentions.
         */
        private void describeGroup(Group group) {
            Node node = uri(Iris.entity(group.key()));
            add(articleNode, Vocab.SCHEMA_MENTIONS, node);
            add(node, Vocab.TYPE, Vocab.NG_GROUP);
            add(node, Vocab.SCHEMA_NAME, string(group.name()));
            add(node, Vocab.NG_AGENT_CODE, string(group.agentCode()));
            if (group.countryKey() != null) {
                add(node, Vocab.NG_OF_COUNTRY, uri(Iris.entity(group.countryKey())));
            }
            describeMentions(node, group.mentions());
        }

        private void describeRole(Role role) {
            Node node = uri(Iris.role(role));
            add(node, Vocab.TYPE, Vocab.NG_ROLE);
            add(node, Vocab.NG_HOLDER, uri(Iris.entity(role.personKey())));
            add(node, Vocab.NG_ROLE_NAME, string(role.roleName()));
            if (role.ofKey() != null) {
                add(node, Vocab.NG_ROLE_OF, uri(Iris.entity(role.ofKey())));
            }
            add(node, Vocab.NG_IS_CURRENT, NodeFactory.createLiteralDT(Boolean.toString(role.current()), XSDDatatype.XSDboolean));
            if (role.evidence() != null) {
                add(node, Vocab.PROV_WAS_DERIVED_FROM, describeEvidence(role.evidence()));
            }
        }

        private void describeEvent(Event event) {
            Node eventClass = eventClasses.classFor(event);
            Node node = uri(Iris.event(eventClass.getURI(), event));
            add(node, Vocab.TYPE, Vocab.SEM_EVENT);
            add(node, Vocab.TYPE, eventClass);
            if (event.label() != null && !event.label().isBlank()) {
                add(node, Vocab.LABEL, string(event.label()));
            }
            String code = event.cameo() != null && CAMEO_CODE.matcher(event.cameo()).matches()
                    ? event.cameo()
                    : eventClasses.codeOf(eventClass).orElseThrow();
            add(node, Vocab.NG_CAMEO_CODE, string(code));
            event.actorKeys().forEach(key -> add(node, Vocab.SEM_HAS_ACTOR, uri(Iris.entity(key))));
            if (event.initiator() != null) {
                add(node, Vocab.SEM_HAS_ACTOR, uri(Iris.entity(event.initiator())));
                add(node, Vocab.NG_INITIATOR, uri(Iris.entity(event.initiator())));
            }
            if (event.target() != null) {
                add(node, Vocab.SEM_HAS_ACTOR, uri(Iris.entity(event.target())));
                add(node, Vocab.NG_TARGET, uri(Iris.entity(event.target())));
            }
            if (event.placeKey() != null) {
                add(node, Vocab.SEM_HAS_PLACE, uri(Iris.entity(event.placeKey())));
            }
            TimeStamps.literal(event.date()).ifPresent(date -> add(node, Vocab.SEM_HAS_TIME_STAMP, date));
            if (event.status() != null) {
                add(node, Vocab.NG_STATUS, Vocab.ng(event.status().localName()));
            }
            event.evidence().forEach(span -> add(node, Vocab.PROV_WAS_DERIVED_FROM, describeEvidence(span)));
        }

        private void describeQuote(Quote quote) {
            Node node = uri(Iris.quote(article.id(), quote));
            add(node, Vocab.TYPE, Vocab.SCHEMA_QUOTATION);
            add(node, Vocab.SCHEMA_TEXT, string(quote.text()));
            if (quote.speakerKey() != null) {
                add(node, Vocab.SCHEMA_CREATOR, uri(Iris.entity(quote.speakerKey())));
            }
            if (quote.speakerMention() != null) {
                add(node, Vocab.NG_SPEAKER_MENTION, describeSpan(quote.speakerMention(), Vocab.NIF_PHRASE));
            }
            if (quote.cue() != null) {
                add(node, Vocab.NG_CUE, describeSpan(quote.cue(), Vocab.NIF_PHRASE));
            }
            if (quote.anonymousSource()) {
                add(node, Vocab.NG_ANONYMOUS_SOURCE, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            add(node, Vocab.SCHEMA_IS_PART_OF, articleNode);
            Span evidence = quote.evidence() != null ? quote.evidence() : quote.span();
            add(node, Vocab.PROV_WAS_DERIVED_FROM, describeEvidence(evidence));
        }

        private void describeLegislation(Legislation bill) {
            Node node = uri(Iris.legislation(bill));
            add(node, Vocab.TYPE, Vocab.SCHEMA_LEGISLATION);
            add(node, Vocab.SCHEMA_NAME_PROPERTY, string(bill.label()));
            if (bill.sponsorKey() != null) {
                add(node, Vocab.SCHEMA_SPONSOR, uri(Iris.entity(bill.sponsorKey())));
            }
            bill.cosponsorKeys().forEach(key -> add(node, Vocab.NG_COSPONSOR, uri(Iris.entity(key))));
            if (bill.targetKey() != null) {
                add(node, Vocab.SCHEMA_ABOUT, uri(Iris.entity(bill.targetKey())));
            }
            if (bill.proposal() != null) {
                Node eventClass = eventClasses.classFor(bill.proposal());
                add(uri(Iris.event(eventClass.getURI(), bill.proposal())), Vocab.NG_LEGISLATION, node);
            }
            bill.evidence().forEach(span -> add(node, Vocab.PROV_WAS_DERIVED_FROM, describeEvidence(span)));
        }

        /** Evidence is a sentence when it is one of the article's sentences, else a phrase. */
        private Node describeEvidence(Span span) {
            return describeSpan(span, sentenceSpans.contains(span) ? Vocab.NIF_SENTENCE : Vocab.NIF_PHRASE);
        }

        private Node describeSpan(Span span, Node nifClass) {
            if (span.end() > article.text().length()) {
                throw new NewsgraphException("article " + article.id() + " (" + article.source() + "): span ["
                        + span.begin() + "," + span.end() + ") ends past the text (length " + article.text().length() + ")");
            }
            // Stages count UTF-16 units; the graph counts characters (code points), as RFC 5147 and NIF do.
            Span characters = offsets.codePoints(span);
            Node node = uri(Iris.span(article.id(), characters));
            add(node, Vocab.TYPE, nifClass);
            add(node, Vocab.NIF_BEGIN_INDEX, index(characters.begin()));
            add(node, Vocab.NIF_END_INDEX, index(characters.end()));
            // Anchor from the text itself, so anchor and offsets can never disagree.
            add(node, Vocab.NIF_ANCHOR_OF, string(span.of(article.text())));
            add(node, Vocab.NIF_REFERENCE_CONTEXT, articleNode);
            return node;
        }

        private void add(Node subject, Node predicate, Node object) {
            graph.add(Triple.create(subject, predicate, object));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    /** Decimal degrees as xsd:decimal, written as the gazetteer has them ("41.0054", not "4.10054E1"). */
    private static Node degrees(double value) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node index(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
