package org.newsgraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Fuseki server in a process of its own ({@code java -jar target/fuseki/fuseki-server.jar
 * --mem --update /ds}, the jar copied there by the pom), on a free loopback port; closed, it is stopped.
 * Its default graph is its own, not the union of the named graphs, unlike the TDB2 store.
 */
final class FusekiProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FusekiProcess start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("newsgraph.fusekiJar", "target/fuseki/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: run through mvn verify, which copies it there");
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Fuseki writes its run/ folder into the working directory: keep it in the test's temp dir.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--localhost", "--port=" + port, "--mem", "--update", "/ds")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("fuseki.log").toFile());
        builder.environment().put("FUSEKI_BASE", workDir.resolve("run").toString());
        FusekiProcess fuseki = new FusekiProcess(builder.start(), port);
        fuseki.awaitReady(workDir.resolve("fuseki.log"));
        return fuseki;
    }

    /** The dataset's URL; its Graph Store, Query and Update endpoints are /data, /sparql and /update beneath. */
    String dataset() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    int port() {
        return port;
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ": " + tail(log));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Fuseki did not start within 120 s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
