package io.newstally.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a service process used, written at exit when {@code -Dnewstally.resources-file=FILE}
 * asks for it (the benchmark does, for each service it starts): peak heap and CPU seconds.
 */
public record ResourceUsage(long peakHeapBytes, double cpuSeconds) {

    public static final String FILE_PROPERTY = "newstally.resources-file";

    public static ResourceUsage now() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        return new ResourceUsage(peak, cpu);
    }

    public static void writeIfRequested() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return;
        }
        try {
            ResourceUsage u = now();
            Files.writeString(Path.of(file), "{\"peakHeapBytes\":" + u.peakHeapBytes + ",\"cpuSeconds\":" + u.cpuSeconds + "}\n");
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** What a service wrote at exit, or null when it wrote nothing. */
    public static ResourceUsage read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        var node = io.newstally.contracts.Json.MAPPER.readTree(Files.readString(file));
        return new ResourceUsage(node.get("peakHeapBytes").asLong(), node.get("cpuSeconds").asDouble());
    }
}
