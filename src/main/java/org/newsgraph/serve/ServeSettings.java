package org.newsgraph.serve;

import java.time.Duration;
import java.util.Set;
import org.newsgraph.NewsgraphException;

/**
 * How {@link SparqlServer} listens and what it allows.
 *
 * @param host     a loopback name (the default, 127.0.0.1) or 0.0.0.0 / :: for every interface
 * @param port     the TCP port; 0 picks a free one
 * @param writable whether SPARQL Update and Graph Store Protocol writes are allowed
 * @param timeout  the longest a query may run before it is cancelled
 */
public record ServeSettings(String host, int port, boolean writable, Duration timeout) {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final Set<String> EVERY_INTERFACE = Set.of("0.0.0.0", "::", "[::]");

    public ServeSettings {
        // Jetty (through Fuseki's builder) binds either to loopback or to every interface, nothing in
        // between; say so rather than silently listen somewhere the user did not ask for.
        if (!LOOPBACK.contains(host) && !EVERY_INTERFACE.contains(host)) {
            throw new NewsgraphException("--host " + host + ": use 127.0.0.1 (loopback, the default) or 0.0.0.0 "
                    + "(every interface)");
        }
        if (port < 0 || port > 65535) {
            throw new NewsgraphException("--port " + port + ": not a TCP port (0 to 65535)");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NewsgraphException("--timeout " + timeout + ": must be positive");
        }
    }

    public static ServeSettings readOnlyOnLoopback(int port, Duration timeout) {
        return new ServeSettings("127.0.0.1", port, false, timeout);
    }

    boolean loopbackOnly() {
        return LOOPBACK.contains(host);
    }
}
