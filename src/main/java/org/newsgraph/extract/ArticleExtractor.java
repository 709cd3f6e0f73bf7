package org.newsgraph.extract;

import java.util.List;
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
    private final EventExtractor events;
    private final LegislationExtractor legislation = new LegislationExtractor();

    public ArticleExtractor(Gazetteer gazetteer) {
        this.entities = new EntityExtractor(gazetteer);
        this.quotes = new QuoteExtractor(gazetteer);
        this.events = new EventExtractor(gazetteer);
    }

    public Extraction extract(AnnotatedDocument doc) {
        EntityExtractor.Result found = entities.extract(doc);
        List<Quote> quoted = quotes.extract(doc, found.mentions(), found.roles());
        List<Event> happened = events.extract(doc, found.mentions(), found.roles());
        List<Span> sentences = doc.sentences().stream().map(Sentence::span).toList();
        List<Legislation> bills = legislation.extract(doc, found.entities(), found.mentions(), happened);
        return BodyFacts.keep(new Extraction(doc.article(), sentences, found.entities(), found.roles(), happened,
                quoted, bills));
    }
}
