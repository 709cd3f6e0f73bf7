package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speaker-attribution gate on PolNeAR's dev split (../shared/corpus/polnear, see its README):
 * {@code newsgraph extract} on its 84 articles, scored by the corpus's own scorer with the system
 * Python (which has rdflib). Fails, not skips, when the corpus or the scorer is missing.
 */
class PolnearDevQualityIT {
    private static final Pattern SUMMARY = Pattern.compile(
            "SUMMARY split dev quotes gold \\d+ found ([0-9.]+) precision ([0-9.]+) speaker-acc\\(named\\) ([0-9.]+)"
                    + " speaker-acc\\(auto\\) ([0-9.]+) source-span ([0-9.]+)");
    /** A little under what main measures on PolNeAR dev (2026-12-02: named 0.857, source span 0.876). */
    private static final double NAMED_BAR = 0.85;
    private static final double SPAN_BAR = 0.87;

    @Test
    void speakerFiguresStayAtOrAboveTheBar(@TempDir Path out) throws IOException, InterruptedException {
        Path polnear = Path.of(System.getProperty("newsgraph.polnear", "../shared/corpus/polnear"));
        assertTrue(Files.isRegularFile(polnear.resolve("score_polnear.py")), "PolNeAR not found at "
                + polnear.toAbsolutePath() + " (set -Dnewsgraph.polnear=DIR)");
        BundledData.Run run = BundledData.run("extract", polnear.resolve("dev/articles").toString(),
                "--out-dir", out.toString(), "--format", "ttl");
        assertEquals(0, run.exit(), run.err());
        Process scorer = new ProcessBuilder("/usr/bin/python3", polnear.resolve("score_polnear.py").toString(),
                out.toString(), polnear.resolve("dev").toString()).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, scorer.waitFor(), report);
        System.out.println(report);
        Matcher m = SUMMARY.matcher(report);
        assertTrue(m.find(), "no summary line in:\n" + report);
        // Bars a little under what this branch measures (see README "Quality"); raised as it improves.
        assertTrue(Double.parseDouble(m.group(1)) >= 0.98, "found " + m.group(1));
        assertTrue(Double.parseDouble(m.group(2)) >= 0.93, "precision " + m.group(2));
        assertTrue(Double.parseDouble(m.group(3)) >= NAMED_BAR, "speaker-acc(named) " + m.group(3));
        assertTrue(Double.parseDouble(m.group(5)) >= SPAN_BAR, "source-span " + m.group(5));
    }
}
