package org.newsgraph.model;

import java.util.List;

/** Everything newsgraph read from one article; the input of the RDF mapping. */
public record Extraction(
        Article article,
        List<Span> sentences,
        List<Entity> entities,
        List<Group> groups,
        List<Role> roles,
        List<Event> events,
        List<Quote> quotes,
        List<Legislation> legislation) {

    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        legislation = List.copyOf(legislation);
    }

    /** An extraction whose events have no group actors. */
    public Extraction(Article article, List<Span> sentences, List<Entity> entities, List<Role> roles,
                      List<Event> events, List<Quote> quotes, List<Legislation> legislation) {
        this(article, sentences, entities, List.of(), roles, events, quotes, legislation);
    }

    /** An extraction that names no legislation and no groups. */
    public Extraction(Article article, List<Span> sentences, List<Entity> entities, List<Role> roles,
                      List<Event> events, List<Quote> quotes) {
        this(article, sentences, entities, roles, events, quotes, List.of());
    }
}
