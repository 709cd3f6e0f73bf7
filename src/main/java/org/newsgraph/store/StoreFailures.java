package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what TDB2 throws when the file system refuses it into a message about the file system. A full
 * disk surfaces as a JVM {@code InternalError} ("a fault occurred in an unsafe memory access", from a
 * memory-mapped write) or an {@code IOException}, with no word of disk space; a read-only directory
 * as a lock failure that looks like another process holding the store.
 */
final class StoreFailures {
    /** Below this much usable space a failed write is put down to a full disk. */
    static final long LOW_SPACE_BYTES = 64L * 1024 * 1024;

    private StoreFailures() {
    }

    /** The reason a write to the store in {@code directory} failed, when the file system explains it. */
    static String whyWriteFailed(Path directory, Throwable failure, long usableBytes) {
        if (usableBytes < LOW_SPACE_BYTES || mentions(failure, "No space left on device")) {
            return String.format(Locale.ROOT, "%s: disk full (%.1f MiB free) while writing the store; the articles of the "
                    + "unfinished transaction were not stored, everything committed before is intact; free some space "
                    + "and run build again", directory, usableBytes / 1048576.0);
        }
        if (isReadOnly(failure)) {
            return directory + ": the store is read-only here (" + firstLine(rootCause(failure)) + ")";
        }
        return null;
    }

    /** Why a store could not be opened, when it is the file system's doing (no permission, read-only). */
    static String whyOpenFailed(Path directory, Throwable failure) {
        if (isReadOnly(failure) || !Files.isWritable(directory)) {
            return directory + ": cannot open the store for writing (" + firstLine(rootCause(failure)) + "); TDB2 writes "
                    + "its lock and journal files even to read, so the directory must be writable by this user";
        }
        return null;
    }

    static long usableBytes(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isReadOnly(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Permission denied") || message.contains("Read-only file system")
                    || (t instanceof FileSystemException fs && fs.getReason() != null
                        && fs.getReason().contains("Read-only"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).strip();
    }
}
