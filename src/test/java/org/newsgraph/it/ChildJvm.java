package org.newsgraph.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the newsgraph command line in a separate JVM on the test classpath, as a user would. */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder newsgraph(List<String> jvmOptions, String... args) {
        return newsgraph(jvmOptions, List.of(), args);
    }

    /** @param prefix a command that runs the JVM, e.g. {@code setpriv ...}, or nothing */
    static ProcessBuilder newsgraph(List<String> jvmOptions, List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        command.add("-Dnewsgraph.home=" + BundledData.home());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.newsgraph.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs to the end; returns exit code and stdout (stderr merged into it). */
    static BundledData.Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(jvmOptions, List.of(), args);
    }

    /** As {@link #run(List, String...)}, the JVM started through {@code prefix}. */
    static BundledData.Run run(List<String> jvmOptions, List<String> prefix, String... args)
            throws IOException, InterruptedException {
        Process p = newsgraph(jvmOptions, prefix, args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new BundledData.Run(p.waitFor(), out, "");
    }
}
