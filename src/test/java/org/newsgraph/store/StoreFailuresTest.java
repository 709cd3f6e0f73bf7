package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A full disk and a read-only store are named as such (issue 12, items 14 and 19). */
class StoreFailuresTest {
    private static final Path STORE = Path.of("/data/newsgraph-db");

    @Test
    void aFaultInAMappedWriteOnANearlyFullDiskIsCalledADiskFull() {
        // What TDB2 throws when a memory-mapped write hits a full disk: no word of disk space.
        InternalError fault = new InternalError("a fault occurred in an unsafe memory access operation");

        String why = StoreFailures.whyWriteFailed(STORE, fault, 3 * 1024 * 1024);

        assertTrue(why.startsWith("/data/newsgraph-db: disk full (3.0 MiB free) while writing the store"), why);
        assertTrue(why.contains("everything committed before is intact"), why);
    }

    @Test
    void anIoErrorSayingNoSpaceIsADiskFullWhateverTheFreeSpaceNow() {
        RuntimeException e = new RuntimeException(new IOException("No space left on device"));

        assertTrue(StoreFailures.whyWriteFailed(STORE, e, Long.MAX_VALUE).contains("disk full"));
    }

    @Test
    void aPermissionProblemIsCalledReadOnly() {
        RuntimeException e = new RuntimeException(new AccessDeniedException("/data/newsgraph-db/tdb.lock"));

        assertTrue(StoreFailures.whyWriteFailed(STORE, e, Long.MAX_VALUE).contains("read-only"));
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertNull(StoreFailures.whyWriteFailed(STORE, new IllegalStateException("a bug"), Long.MAX_VALUE));
    }
}
