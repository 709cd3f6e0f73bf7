package org.newsgraph.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a store, says so, and holds it until its stdin closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(Path.of(args[0]))) {
            System.out.println("opened " + store.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin or ends us
            }
        }
    }
}
