package workshop.benchmark;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The load generator: wrk, with the script src/main/wrk/users.lua, against one server for a while. */
final class Wrk {

    /** One wrk thread leaves the servers as much of the 2 cores as it can; 16 connections keep them busy. */
    static final String SETTINGS = "1 thread, 16 connections";
    private static final List<String> OPTIONS = List.of("-t1", "-c16", "--timeout", "10s");
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** Throughput and 99th percentile of latency of one run. */
    record Load(double perSecond, double p99Millis) {}

    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    /** Whether wrk is on the PATH: checked before anything is started. */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** mode is lookup, page or create (see users.lua); users is how many the lookups pick from. */
    Load run(Server server, String mode, int users, int seconds) throws Exception {
        String prefix = "run" + RUNS.incrementAndGet();
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-d" + seconds + "s", "-s", script.toString()));
        command.addAll(OPTIONS);
        command.addAll(List.of("http://127.0.0.1:" + server.port(), "--", mode, String.valueOf(users), prefix));
        Process wrk = Children.started(new ProcessBuilder(command).redirectErrorStream(true).start());
        String output;
        try {
            output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
        } finally {
            Children.stop(wrk);
        }
        String[] result = output.lines().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT line from wrk:\n" + output)).split(" ");
        long requests = Long.parseLong(result[1]);
        if (Long.parseLong(result[4]) > 0 || Long.parseLong(result[5]) > 0 || requests == 0) {
            // a 404, a 409, a timeout: the figures would not be about the endpoint any more
            throw new IllegalStateException(server.program.name() + " " + mode + ": errors under load:\n" + output);
        }
        return new Load(requests * 1e6 / Long.parseLong(result[2]), Long.parseLong(result[3]) / 1e3);
    }
}
