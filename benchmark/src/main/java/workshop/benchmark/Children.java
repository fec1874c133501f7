package workshop.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Every process the benchmark starts (servers, wrk): none outlives it, also on a failure or Ctrl-C. */
final class Children {

    private static final Set<Process> RUNNING = new HashSet<>();
    private static boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<Process> left;
            synchronized (RUNNING) {
                exiting = true;
                left = new ArrayList<>(RUNNING);
            }
            left.forEach(Children::stop);
        }));
    }

    private Children() {}

    /** Tracks a process just started; kills it at once when the benchmark is already exiting. */
    static Process started(Process process) {
        synchronized (RUNNING) {
            if (exiting) {
                process.destroyForcibly();
                throw new IllegalStateException("the benchmark is exiting");
            }
            RUNNING.add(process);
        }
        return process;
    }

    /** SIGTERM first, so that an app closes its database; a kill when it has not exited 10 s later. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        synchronized (RUNNING) {
            RUNNING.remove(process);
        }
    }
}
