package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.events.ActorNames;
import org.newsgraph.extract.events.EventCoder;
import org.newsgraph.extract.events.GroupActors;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Legislation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;

/**
 * Everything newsgraph reads from one annotated article: entities and roles first, since quotes
 * and events refer to them. Stateless and thread-safe once built.
 */
public final class ArticleExtractor {
    private final EntityExtractor entities;
    private final QuoteExtractor quotes;
    /**
     * Events come from the rules and the parse-based CAMEO coder together (README "How extraction
     * works"); {@code -Dnewsgraph.events=cameo} runs the parse coder alone, {@code =rules} the rules
     * alone, to measure each against the hybrid.
     */
    private static final boolean CAMEO_CODER = "cameo".equals(System.getProperty("newsgraph.events"));
    /** {@code -Dnewsgraph.events=rules}: the rule-based coder alone, for comparison. */
    private static final boolean RULES_ONLY = "rules".equals(System.getProperty("newsgraph.events"));
    private final EventExtractor events;
    private final EventCoder coder = new EventCoder();
    private final Gazetteer gazetteer;
    private final LegislationExtractor legislation = new LegislationExtractor();

    public ArticleExtractor(Gazetteer gazetteer) {
        this.entities = new EntityExtractor(gazetteer);
        this.quotes = new QuoteExtractor(gazetteer);
        this.events = new EventExtractor(gazetteer);
        this.gazetteer = gazetteer;
    }

    public Extraction extract(AnnotatedDocument doc) {
        EntityExtractor.Result found = entities.extract(doc);
        List<Quote> quoted = quotes.extract(doc, found.mentions(), found.roles());
        GroupActors groups = new GroupActors(doc.article().id());
        List<Event> happened;
        if (CAMEO_CODER) {
            Map<String, String> names = ActorNames.of(doc, found.mentions(), gazetteer);
            happened = coder.extract(doc, found.mentions(), quoted, groups,
                    key -> names.getOrDefault(key, groups.names().getOrDefault(key, key)));
        } else {
            List<EventMention> coded = RULES_ONLY ? List.of() : coder.mentions(doc, found.mentions(), quoted, groups);
            happened = events.extract(doc, found.mentions(), found.roles(), coded, groups.names());
        }
        List<Span> sentences = doc.sentences().stream().map(Sentence::span).toList();
        List<Legislation> bills = legislation.extract(doc, found.entities(), found.mentions(), happened);
        Set<String> actors = new HashSet<>();
        happened.forEach(e -> actors.addAll(e.actorKeys()));
        return BodyFacts.keep(new Extraction(doc.article(), sentences, found.entities(), groups.among(actors),
                found.roles(), happened, quoted, bills));
    }
}
