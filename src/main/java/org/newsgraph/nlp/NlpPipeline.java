package org.newsgraph.nlp;

import org.newsgraph.model.Article;

/** Turns an article into tokens, sentences, NER mentions and normalised dates. Thread-safe. */
public interface NlpPipeline {
    AnnotatedDocument annotate(Article article);
}
