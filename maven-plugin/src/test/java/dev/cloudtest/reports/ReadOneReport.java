package dev.cloudtest.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/** Child-JVM entry point of {@link LargeReportMemoryTest}: reads one report and prints what it found. */
public final class ReadOneReport {
    private ReadOneReport() {}

    public static void main(String[] args) {
        FileReport report = new ReportReader().read(Path.of(args[0]));
        TestCounts c = report.counts();
        String detail =
                report.listed().isEmpty() ? "" : report.listed().get(0).test().detail();
        System.out.println("problem=" + report.problem());
        System.out.println("tests=" + c.tests() + " failures=" + c.failures() + " errors=" + c.errors());
        System.out.println("detailChars=" + (detail == null ? 0 : detail.length()));
        System.out.println("peakHeapMb=" + peakHeapBytes() / (1024 * 1024));
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the read used (garbage included). */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
