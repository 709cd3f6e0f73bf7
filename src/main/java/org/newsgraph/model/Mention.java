package org.newsgraph.model;

/** One occurrence of an entity in the article text. */
public record Mention(Span span, String text, int sentence) {
}
