package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code serve} (another process) holds a store, the reading commands find it locked and
 * read through the server's SPARQL endpoint, which {@code serve} leaves in STORE/serving.url.
 */
class ServeHandOffIT {

    @Test
    void readingCommandsUseTheRunningServerAndTheFileGoesWithIt(@TempDir Path dir) throws Exception {
        Path store = copy(BundledData.store(), dir.resolve("store"));
        BundledData.Run direct = BundledData.run("stats", "--store", store.toString());
        assertEquals(0, direct.exit(), direct.err());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
                "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        Path marker = store.resolve("serving.url");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(marker) && serve.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(Files.exists(marker), "serve wrote no serving.url: " + Files.readString(dir.resolve("serve.log")));
            String url = Files.readString(marker).strip();
            assertTrue(url.matches("http://(localhost|127\\.0\\.0\\.1):\\d+/sparql"), url);

            BundledData.Run stats = BundledData.run("stats", "--store", store.toString());
            assertEquals(0, stats.exit(), stats.err());
            assertEquals(direct.out(), stats.out());
            assertEquals(1, stats.err().strip().lines().count(), stats.err());
            assertTrue(stats.err().contains("held by a running serve; reading through " + url), stats.err());
        } finally {
            serve.destroy(); // SIGTERM, as Ctrl-C would
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
        assertFalse(Files.exists(marker), "serving.url outlived the server");
        BundledData.Run after = BundledData.run("stats", "--store", store.toString());
        assertEquals(direct.out(), after.out());
        assertEquals("", after.err());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
