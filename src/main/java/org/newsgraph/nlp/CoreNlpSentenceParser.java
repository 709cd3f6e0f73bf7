package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's neural dependency parser (the {@code depparse} annotator's model, English UD) over our
 * own tokens and tags, giving enhanced++ dependencies. The model loads on the first sentence asked
 * for, so a build that parses nothing never pays for it; {@code DependencyParser.predict} is
 * thread-safe, as CoreNLP's multi-threaded annotator relies on.
 */
final class CoreNlpSentenceParser implements SentenceParser {
    private volatile DependencyParser parser;

    @Override
    public DependencyGraph parse(List<Token> sentenceTokens) {
        if (sentenceTokens.isEmpty()) {
            return DependencyGraph.EMPTY;
        }
        SemanticGraph graph = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(
                parser().predict(asCoreNlpSentence(sentenceTokens)));
        int offset = sentenceTokens.get(0).index() - 1; // CoreNLP counts words from 1 in each sentence
        List<Dependency> edges = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new Dependency(Dependency.ROOT, "root", offset + root.index()));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            // Copy nodes stand for elided words ("Ana went to Oslo and Ben [went] to Rome"); they have
            // no characters of their own, so they are left out.
            if (edge.getGovernor().copyCount() == 0 && edge.getDependent().copyCount() == 0) {
                edges.add(new Dependency(offset + edge.getGovernor().index(), edge.getRelation().toString(),
                        offset + edge.getDependent().index()));
            }
        }
        return new DependencyGraph(edges);
    }

    private static CoreMap asCoreNlpSentence(List<Token> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, CoreLabels.of(tokens));
        return sentence;
    }

    /** Loads the model now (a few seconds), so that no sentence's parse time includes it. */
    void load() {
        parser();
    }

    private DependencyParser parser() {
        DependencyParser local = parser;
        if (local == null) {
            synchronized (this) {
                local = parser;
                if (local == null) {
                    parser = local = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                }
            }
        }
        return local;
    }
}
