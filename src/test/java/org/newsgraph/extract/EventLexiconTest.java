package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The event lexicons name only classes the ontology declares, with CAMEO codes of 2 to 4 digits in
 * the class's own CAMEO branch (the scorer and the SPARQL queries group events by the first two).
 */
class EventLexiconTest {
    private static final Pattern CLASS_CODE = Pattern.compile(
            "(?m)^ng:(\\w+) a owl:Class ;[^.]*?ng:cameoCode \"(\\d+)\"", Pattern.DOTALL);

    private static Map<String, String> ontologyCodes() throws IOException {
        String ttl = Files.readString(Path.of("ontology/newsgraph.ttl"));
        Map<String, String> out = new HashMap<>();
        Matcher m = CLASS_CODE.matcher(ttl);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void triggersUseDeclaredClassesAndCodesOfTheirBranch() throws IOException {
        Map<String, String> codes = ontologyCodes();
        for (String line : Lexicon.lines("event-triggers.tsv")) {
            String[] f = line.split("\t");
            if (f[1].equals("-")) {
                continue;
            }
            check(codes, f[1], f[2], line);
        }
    }

    @Test
    void recodingsUseDeclaredClassesAndCodesOfTheirBranch() throws IOException {
        Map<String, String> codes = ontologyCodes();
        for (String line : Lexicon.lines("event-recodings.tsv")) {
            String[] f = line.split("\t");
            if (!f[2].equals("=")) {
                check(codes, f[2], f[3], line);
            }
        }
    }

    private static void check(Map<String, String> codes, String eventClass, String cameo, String line) {
        String classCode = codes.get(eventClass);
        assertNotNull(classCode, "class not in ontology/newsgraph.ttl: " + line);
        assertTrue(cameo.matches("\\d{2,4}"), "CAMEO code must have 2 to 4 digits: " + line);
        assertEquals(classCode.substring(0, 2), cameo.substring(0, 2), "code outside its class's branch: " + line);
    }
}
