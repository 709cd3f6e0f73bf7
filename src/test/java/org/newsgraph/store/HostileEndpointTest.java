package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

/**
 * A remote store that misbehaves costs a bounded time and memory (issue 12, items 10 and 12): an
 * endless answer used to fill the heap, a silent server to hold a build for five minutes.
 */
class HostileEndpointTest {

    @Test
    void anEndlessAnswerStopsAtTheCap() throws IOException {
        try (ServerSocket endless = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                byte[] quads = "<http://example.org/s> <http://example.org/p> \"an endless answer\" <http://example.org/g> .\n"
                        .repeat(1000).getBytes(StandardCharsets.UTF_8);
                while (true) {
                    try (Socket client = endless.accept()) {
                        String request = new String(client.getInputStream().readNBytes(4), StandardCharsets.US_ASCII);
                        OutputStream out = client.getOutputStream();
                        // HTTP/1.0 without Content-Length: the body ends when the connection does, i.e. never.
                        out.write("HTTP/1.0 200 OK\r\nContent-Type: application/n-quads\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        while (!request.startsWith("HEAD")) {
                            out.write(quads);
                        }
                    } catch (IOException e) {
                        if (endless.isClosed()) {
                            return;
                        }
                    }
                }
            });
            server.setDaemon(true);
            server.start();
            URI endpoint = URI.create("http://127.0.0.1:" + endless.getLocalPort() + "/ds/data");
            try (GspKnowledgeStore store = GspKnowledgeStore.open(endpoint, Duration.ofSeconds(5), 1024 * 1024)) {
                NewsgraphException e = assertThrows(NewsgraphException.class, store::countQuads);
                assertTrue(e.getMessage().contains("larger than 1 MiB"), e.getMessage());
            }
        }
    }

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
            URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/ds/data");
            long start = System.nanoTime();

            NewsgraphException e = assertThrows(NewsgraphException.class,
                    () -> GspKnowledgeStore.open(endpoint, Duration.ofMillis(500), GspKnowledgeStore.MAX_DATASET_BYTES));

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
