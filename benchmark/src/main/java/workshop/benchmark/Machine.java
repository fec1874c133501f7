package workshop.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the benchmark ran on, as Linux tells it, for whoever quotes the table. */
final class Machine {

    private Machine() {}

    /** The CPU, its cores, the memory and the OS. */
    static String describe() {
        String cpu = "an unknown CPU", memory = "unknown memory";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB").orElse(memory);
        } catch (IOException e) {
            // not Linux: the rest of the run says so soon enough
        }
        return String.format("%s, %d cores, %s, %s %s", cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /** The load average over 1, 5 and 15 minutes: other work on the machine skews the ratios too. */
    static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
