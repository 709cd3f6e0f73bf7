package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.query.EventsTable;
import org.newsgraph.query.ResultFormat;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command: one subcommand class per verb. Exit 0 ok, 1 failure, 2 usage error
 * (unknown command or option, bad value, unknown query name, no command at all).
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news articles into an RDF knowledge graph you can query.",
        subcommands = {BuildCommand.class, ExtractCommand.class, QueryCommand.class, EventsCommand.class,
                ExportCommand.class, ValidateCommand.class, RebuildEntitiesCommand.class, StatsCommand.class, EvalCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(ResultFormat.class, value -> choice(ResultFormat.class, value));
        cli.registerConverter(ExportFormat.class, value -> choice(ExportFormat.class, value));
        cli.registerConverter(EventsTable.Layout.class, value -> choice(EventsTable.Layout.class, value));
        cli.setParameterExceptionHandler(Main::usageError);
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
        // The completion script is for people at a shell; it stays out of the command list.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        return cli;
    }

    /**
     * The constant whose name users type ({@code toString()}, lower case), in any case; the error
     * lists the names as users type them, which picocli's own enum converter would print in upper case.
     */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
    }

    /** One line saying what is wrong (with picocli's "did you mean" for a mistyped name), then where help is. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("newsgraph: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code newsgraph} alone: the list of commands on stderr, and exit 2, since nothing was asked. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }
}
