package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query}, {@code export}, {@code stats}, {@code validate} and an unchanged {@code build} never
 * load CoreNLP: each runs in its own JVM with {@code -verbose:class}, and the pipeline class must not
 * appear among the loaded classes (the models can only be loaded through it).
 */
class NoNlpModelsIT {
    private static final String CORENLP_PIPELINE = "edu.stanford.nlp.pipeline.StanfordCoreNLP ";
    private static final String OUR_PIPELINE = "org.newsgraph.nlp.CoreNlpPipeline ";
    private static final List<String> VERBOSE = List.of("-verbose:class");

    @Test
    void readOnlyCommandsAndAnUnchangedBuildLoadNoNlpModel(@TempDir Path dir) throws Exception {
        String store = BundledData.store().toString();
        String[][] commands = {
                {"query", "people-and-roles", "--store", store},
                {"export", "--format", "trig", "-o", dir.resolve("all.trig").toString(), "--store", store},
                {"stats", "--store", store},
                {"validate", "--store", store},
                {"build", "--quiet", "--store", store, BundledData.articles().toString()},
        };
        for (String[] command : commands) {
            BundledData.Run run = ChildJvm.run(VERBOSE, command);
            String name = command[0];
            assertEquals(0, run.exit(), name + ":\n" + tail(run.out()));
            assertTrue(run.out().contains("org.newsgraph.cli.Main "), name + ": -verbose:class printed nothing");
            assertFalse(run.out().contains(CORENLP_PIPELINE), name + " loaded CoreNLP");
            assertFalse(run.out().contains(OUR_PIPELINE), name + " loaded CoreNlpPipeline");
        }
    }

    private static String tail(String out) {
        List<String> lines = out.lines().filter(l -> !l.startsWith("[")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
