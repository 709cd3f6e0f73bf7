package org.newsgraph.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The current thread's CPU time, for {@code build --timings}. The machine a build runs on is often
 * shared: with four other processes busy, a stage's wall time is several times its CPU time and
 * varies from run to run, while its CPU time stays comparable. Falls back to wall time where the
 * JVM cannot measure thread CPU time.
 */
public final class ThreadCpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported() && enable();

    private ThreadCpuClock() {
    }

    /** CPU time of the calling thread in nanoseconds, from an arbitrary origin: subtract two readings. */
    public static long nanos() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static boolean enable() {
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return THREADS.isThreadCpuTimeEnabled();
    }
}
