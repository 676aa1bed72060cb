import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

/**
 * Times reading a trace file (docs/performance.md): each read's wall time, the reading thread's CPU time,
 * the collector's time, and the heap the jobs hold afterwards, with the load average. The first read is
 * what a command pays (a fresh JVM); later ones show the compiled code.
 *
 *   java -Xmx1g -cp target/servelab.jar experiments/TraceReadTime.java TRACE [READS]
 */
public class TraceReadTime {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 1; i <= reads; i++) {
            long gc0 = gcMillis();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Trace trace = TraceReader.read(file);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            long gc1 = gcMillis();
            System.gc();
            Runtime r = Runtime.getRuntime();
            System.out.printf("read %d: %,d jobs in %.2f s (thread CPU %.2f s, GC %d ms), heap after %d MB, load %s%n",
                    i, trace.size(), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, gc1 - gc0,
                    (r.totalMemory() - r.freeMemory()) >> 20, Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += gc.getCollectionTime();
        }
        return sum;
    }
}
