package org.newsgraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One document's per-sentence results of an on-demand CoreNLP tool (parse, dates): computed on the
 * first request, kept for the next, with the CPU time spent computing them.
 */
final class TimedSentenceCache<T> {
    private final Map<Integer, T> bySentence = new ConcurrentHashMap<>();
    private final LongAdder nanos = new LongAdder();

    T get(Sentence sentence, Supplier<T> compute) {
        return bySentence.computeIfAbsent(sentence.index(), i -> {
            long start = ThreadCpuClock.nanos();
            try {
                return compute.get();
            } finally {
                nanos.add(ThreadCpuClock.nanos() - start);
            }
        });
    }

    long nanos() {
        return nanos.sum();
    }

    int size() {
        return bySentence.size();
    }
}
