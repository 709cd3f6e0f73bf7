package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: one subcommand class per verb. Exit 0 ok, 1 failure, 2 usage. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into an RDF knowledge graph you can query.",
        subcommands = {BuildCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, StatsCommand.class, EvalCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof NewsgraphException) {
                err.println("newsgraph: " + e.getMessage());
            } else {
                err.println("newsgraph: internal error: " + e);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
