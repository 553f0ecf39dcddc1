package dev.cloudtest.hostile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a heavy case cost: the heap's peak (sum of the heap pools' peaks since the case started, an upper bound)
 * and the JVM's peak resident set (Linux {@code VmHWM}, reset through {@code /proc/self/clear_refs} before the
 * case; -1 where that is not possible). Each measurement is appended to {@code target/hostile-memory.tsv}; the
 * suite's JVM is limited to 256 MB of heap, so a case that needs more fails instead of being measured.
 */
final class PeakMemory {
    private static final Path REPORT = Path.of("target/hostile-memory.tsv");

    private PeakMemory() {}

    /** Runs {@code work} and records its peaks under {@code name}; returns what {@code work} returned. */
    static <T> T measure(String name, Supplier<T> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        boolean rssReset = resetPeakRss();
        T result = work.get();
        long heapPeak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long rssPeak = rssReset ? peakRssBytes() : -1;
        try {
            Files.writeString(
                    REPORT,
                    name + "\theap-peak-MB=" + heapPeak / (1 << 20) + "\trss-peak-MB="
                            + (rssPeak < 0 ? "n/a" : String.valueOf(rssPeak / (1 << 20))) + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The figures are informational; the case's own assertions decide.
        }
        return result;
    }

    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static long peakRssBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
