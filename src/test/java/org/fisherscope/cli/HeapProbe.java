package org.fisherscope.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs the command line in a JVM of its own and then prints, on stderr, the peak heap it used:
 * {@code peakHeapBytes=N}, the sum of each heap pool's peak (an upper bound: the pools need not peak
 * together). For the large-raster memory test, which starts it with a fixed -Xmx.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int status = CommandLineApp.run(args, request -> {
            throw new IllegalStateException("no GUI in the heap probe");
        });
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.flush();
        System.err.println("peakHeapBytes=" + peak);
        System.err.println("maxHeapBytes=" + Runtime.getRuntime().maxMemory());
        System.err.println("seconds=" + (System.nanoTime() - start) / 1e9);
        System.exit(status);
    }
}
