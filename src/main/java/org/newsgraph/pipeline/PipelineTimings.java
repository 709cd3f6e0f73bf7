package org.newsgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where the pipeline's time goes, summed over worker threads: NLP (CoreNLP annotation), the
 * dependency parses the extraction stages ask for, the rest of extraction, and RDF mapping; with how
 * many sentences were parsed of how many. Thread-safe.
 */
public final class PipelineTimings {
    private final LongAdder nlpNanos = new LongAdder();
    private final LongAdder parseNanos = new LongAdder();
    private final LongAdder extractionNanos = new LongAdder();
    private final LongAdder mappingNanos = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();

    void addNlp(long nanos) {
        nlpNanos.add(nanos);
    }

    /** Extraction of one article: {@code nanos} in all, {@code parseNanos} of it in the dependency parser. */
    void addExtraction(long nanos, long parseNanos, int sentences, int parsedSentences) {
        extractionNanos.add(nanos - parseNanos);
        this.parseNanos.add(parseNanos);
        this.sentences.add(sentences);
        this.parsedSentences.add(parsedSentences);
    }

    void addMapping(long nanos) {
        mappingNanos.add(nanos);
    }

    public double nlpSeconds() {
        return nlpNanos.sum() / 1e9;
    }

    /** Dependency parsing of the sentences the extraction stages asked for. */
    public double parseSeconds() {
        return parseNanos.sum() / 1e9;
    }

    /** Extraction without its dependency parses. */
    public double extractionSeconds() {
        return extractionNanos.sum() / 1e9;
    }

    public double mappingSeconds() {
        return mappingNanos.sum() / 1e9;
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsedSentences() {
        return parsedSentences.sum();
    }
}
