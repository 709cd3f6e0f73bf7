package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

/** A remote store that misbehaves costs a bounded time (issue 12, item 12): a silent server held a build for five minutes. */
class HostileEndpointTest {

    @Test
    void aServerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/ds/sparql");
            long start = System.nanoTime();

            NewsgraphException e = assertThrows(NewsgraphException.class,
                    () -> RemoteKnowledgeStore.open(RemoteEndpoints.forQueries(endpoint), Duration.ofMillis(500)));

            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(e.getMessage().contains("did not answer within 0.5 s"), e.getMessage());
            assertTrue(seconds < 10, "took " + seconds + " s");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
