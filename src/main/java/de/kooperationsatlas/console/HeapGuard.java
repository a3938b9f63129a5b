package de.kooperationsatlas.console;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap line console queries must stay under. The store's transaction memory limit counts what Neo4j
 * tracks (collected lists, sorting, grouping) but not a value built inside one expression, such as a
 * string doubled in a {@code reduce}: such a query could fill the heap before its time box ends. While
 * console queries run, {@link ConsoleService} asks this guard every {@link #CHECK_EVERY_MILLIS} ms and
 * ends them when the heap stays above the line for two checks in a row.
 */
final class HeapGuard {

    /** How often a running console query's heap is checked. */
    static final long CHECK_EVERY_MILLIS = 100;

    /** The default line: 85 % of the largest heap the JVM may take. */
    static final double DEFAULT_FRACTION = 0.85;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile double fraction = DEFAULT_FRACTION;

    /** Moves the line (a fraction of the largest heap); tests set it just above today's use. */
    void fraction(double fraction) {
        this.fraction = Math.clamp(fraction, 0.05, 0.99);
    }

    /** Whether the heap in use is above the line now. */
    boolean above() {
        var heap = memory.getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
        return heap.getUsed() > fraction * max;
    }
}
