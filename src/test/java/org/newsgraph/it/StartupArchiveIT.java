package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive: StartupTraining records the classes of the read-only
 * commands, and a later {@code stats} maps Jena's classes from the archive. Runs on the packaged
 * jar, as the launcher does (an archive cannot be made from a classes folder).
 */
class StartupArchiveIT {

    @Test
    void trainingWritesAnArchiveThatReadOnlyCommandsLoadJenaFrom(@TempDir Path dir) throws Exception {
        Path home = BundledData.home();
        Path jar = home.resolve("target/newsgraph.jar");
        assertTrue(Files.isRegularFile(jar), "run after mvn package: " + jar);
        String classpath = jar + java.io.File.pathSeparator + home.resolve("target/lib") + "/*";
        Path archive = dir.resolve("newsgraph.jsa");

        Result training = java(List.of("-XX:ArchiveClassesAtExit=" + archive), classpath,
                "org.newsgraph.cli.StartupTraining");
        assertEquals(0, training.exit, training.out);
        assertTrue(Files.size(archive) > 1_000_000, "archive of " + Files.size(archive) + " bytes");

        // -Xshare:on fails outright when the archive cannot be used, instead of falling back.
        Result stats = java(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info",
                        "-Dnewsgraph.home=" + home), classpath,
                "org.newsgraph.cli.Main", "stats", "--store", BundledData.store().toString());
        assertEquals(0, stats.exit, stats.out);
        assertTrue(stats.out.lines().anyMatch(l -> l.contains("org.apache.jena.tdb2.")
                && l.contains("shared objects file (top)")), "TDB2 classes not mapped from the archive");
        assertTrue(stats.out.contains("articles"), stats.out);
    }

    private record Result(int exit, String out) {
    }

    private static Result java(List<String> options, String classpath, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
