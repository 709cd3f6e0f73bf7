package org.newsgraph.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The folders beside the repository that some tests read: the reference data (../shared/reference)
 * and the development corpus (../shared/corpus/dev). A fresh clone of the repository alone has
 * neither: its tests that need them then say in one line that they did not run, and why. CI
 * ({@code .ci/run}, which sets {@code -Dnewsgraph.requireShared=true}) always has them, and there a
 * missing folder fails the test instead.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path referenceDir() {
        return require(Path.of(System.getProperty("newsgraph.reference", "../shared/reference")), "reference data",
                "-Dnewsgraph.reference=DIR");
    }

    public static Path corpusDir() {
        return require(Path.of(System.getProperty("newsgraph.corpus", "../shared/corpus/dev")), "development corpus",
                "-Dnewsgraph.corpus=DIR");
    }

    private static Path require(Path dir, String what, String option) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        String reason = what + " not found at " + dir.toAbsolutePath().normalize() + " (set " + option + ")";
        if (Boolean.getBoolean("newsgraph.requireShared")) {
            fail(reason + "; CI requires it");
        }
        String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass).filter(c -> c != SharedData.class).findFirst()
                .map(Class::getSimpleName).orElse("a test"));
        System.err.println(caller + " did not run: " + reason + "; a fresh clone has no ../shared, .ci/run requires it.");
        Assumptions.abort(reason);
        return dir;
    }
}
