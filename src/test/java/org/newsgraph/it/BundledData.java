package org.newsgraph.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/**
 * The project's own data/ built once per test JVM into a store under target/, through the real
 * command line, for the integration tests that query, validate and export it.
 */
public final class BundledData {
    private static Path store;

    private BundledData() {
    }

    public static Path home() {
        return Path.of(System.getProperty("newsgraph.home", ".")).toAbsolutePath();
    }

    public static Path articles() {
        return home().resolve("data/articles");
    }

    public static synchronized Path store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory(home().resolve("target"), "bundled-store-");
                Run run = run("build", "--quiet", "--store", dir.toString(), articles().toString());
                if (run.exit() != 0) {
                    throw new IllegalStateException("build of data/ failed: " + run.err());
                }
                store = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** Output of one in-process command. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
