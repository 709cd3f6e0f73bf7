package org.newsgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where the pipeline's time goes, summed over worker threads: NLP (CoreNLP annotation) and what
 * comes after it on the workers (extraction and RDF mapping). Thread-safe.
 */
public final class PipelineTimings {
    private final LongAdder nlpNanos = new LongAdder();
    private final LongAdder extractionNanos = new LongAdder();

    void addNlp(long nanos) {
        nlpNanos.add(nanos);
    }

    void addExtraction(long nanos) {
        extractionNanos.add(nanos);
    }

    public double nlpSeconds() {
        return nlpNanos.sum() / 1e9;
    }

    /** Extraction and RDF mapping. */
    public double extractionSeconds() {
        return extractionNanos.sum() / 1e9;
    }
}
