package org.newsgraph.nlp;

import org.newsgraph.model.Span;

/** A sentence: its character span and its tokens as the half-open range {@code [firstToken, endToken)}. */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
