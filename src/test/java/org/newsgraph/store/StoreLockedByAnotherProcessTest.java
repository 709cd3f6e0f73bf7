package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/** TDB2 locks its directory per process; a second process must get a one-line error, not a stack trace. */
class StoreLockedByAnotherProcessTest {
    @TempDir
    Path dir;

    @Test
    void aStoreHeldByAnotherProcessIsAOneLineErrorNamingIt() throws Exception {
        Path store = dir.resolve("tdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("opened"));
            assertTrue(line != null, "the holder process did not open the store");

            NewsgraphException e = assertThrows(NewsgraphException.class, () -> TdbKnowledgeStore.open(store));
            assertTrue(e.getMessage().startsWith(store.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("stop that process"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());

            // The same through the command line: build reads its input (no NLP yet), then fails on the store.
            Path input = Path.of(System.getProperty("newsgraph.home", "."), "data/articles");
            StringWriter cliOut = new StringWriter();
            StringWriter cliErr = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(cliOut, true));
            cli.setErr(new PrintWriter(cliErr, true));
            int exit = cli.execute("build", "--quiet", "--store", store.toString(), input.toString());
            assertEquals(1, exit, cliErr.toString());
            assertEquals(1, cliErr.toString().lines().count(), cliErr.toString());
            assertTrue(cliErr.toString().startsWith("newsgraph: " + store), cliErr.toString());
            assertTrue(cliErr.toString().contains("stop that process"), cliErr.toString());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
    }
}
