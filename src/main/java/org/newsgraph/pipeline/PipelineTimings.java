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
    private final LongAdder dateNanos = new LongAdder();
    private final LongAdder extractionNanos = new LongAdder();
    private final LongAdder mappingNanos = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder datedSentences = new LongAdder();

    void addNlp(long nanos) {
        nlpNanos.add(nanos);
    }

    /**
     * Extraction of one article: {@code nanos} in all, {@code parseNanos} of it in the dependency
     * parser and {@code dateNanos} in SUTime, which both run when a stage asks.
     */
    void addExtraction(long nanos, long parseNanos, long dateNanos, int sentences, int parsedSentences,
                       int datedSentences) {
        extractionNanos.add(nanos - parseNanos - dateNanos);
        this.parseNanos.add(parseNanos);
        this.dateNanos.add(dateNanos);
        this.sentences.add(sentences);
        this.parsedSentences.add(parsedSentences);
        this.datedSentences.add(datedSentences);
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

    /** SUTime over the sentences whose dates the events stage read. */
    public double dateSeconds() {
        return dateNanos.sum() / 1e9;
    }

    /** Extraction without its dependency parses and dates. */
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

    public long datedSentences() {
        return datedSentences.sum();
    }
}
