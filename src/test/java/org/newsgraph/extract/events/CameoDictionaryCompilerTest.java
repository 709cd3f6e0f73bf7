package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped CAMEO resources are exactly what the compiler makes from the reference dictionaries. */
class CameoDictionaryCompilerTest {
    private static final Path REFERENCE = Path.of(System.getProperty("newsgraph.reference", "../shared/reference"))
            .resolve("cameo");
    private static final Path COMMITTED = Path.of("src/main/resources/org/newsgraph/extract/events");

    @Test
    void regeneratingGivesTheCommittedFiles(@TempDir Path out) throws IOException {
        assertTrue(Files.isDirectory(REFERENCE), "CAMEO reference not found at " + REFERENCE.toAbsolutePath());
        CameoDictionaryCompiler compiler = new CameoDictionaryCompiler(REFERENCE);
        compiler.compile();
        compiler.write(out);
        for (String file : CameoDictionaryCompiler.OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(file)), Files.readAllBytes(out.resolve(file)),
                    file + " differs from what CameoDictionaryCompiler generates now; regenerate it (see its javadoc)");
        }
    }

    @Test
    void everyFileKeepsTheMitNoticeAndHasRowsForItsColumns() throws IOException {
        for (String file : CameoDictionaryCompiler.OUTPUTS) {
            String text = Files.readString(COMMITTED.resolve(file), StandardCharsets.UTF_8);
            assertTrue(text.contains("# The MIT License (MIT)") && text.contains("Copyright (c) 2014 Open Event Data"),
                    file + ": MIT notice missing");
            long rows = text.lines().filter(l -> !l.startsWith("#")).count();
            assertTrue(rows > 100, file + ": only " + rows + " rows");
        }
        String verbs = Files.readString(COMMITTED.resolve("cameo-verbs.tsv"), StandardCharsets.UTF_8);
        // A multi-word verb keeps its particle in the phrase and its verb as the lemma to match.
        assertTrue(verbs.contains("\tcall\tcall off\t160\n"), "call off");
        assertTrue(verbs.contains("\tarrest\tarrest\t173\n") || verbs.contains("\tarrest\tarrest\t171\n"), "arrest");
    }
}
