package workshop.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One running server: its own JVM process, its port, its start time and memory; stopped on close. */
final class Server implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("serves http://[^:]+:(\\d+)/");

    final Program program;
    private final Process process;
    private int port;
    private double startMillis;

    Server(Program program, Process process) {
        this.program = program;
        this.process = Children.started(process);
    }

    int port() {
        return port;
    }

    double startMillis() {
        return startMillis;
    }

    void started(int port, double startMillis) {
        this.port = port;
        this.startMillis = startMillis;
    }

    /** The port from the line every server prints once it listens: `... serves http://HOST:PORT/users`. */
    int awaitPort() {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    Thread drain = new Thread(() -> drain(out)); // a full pipe would block the server
                    drain.setDaemon(true);
                    drain.start();
                    return Integer.parseInt(listening.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("exited before it listened");
    }

    /** Resident memory now, from /proc/PID/status, in MiB. */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + program.name());
    }

    @Override
    public void close() {
        Children.stop(process);
    }

    private static void drain(BufferedReader out) {
        try {
            out.transferTo(Writer.nullWriter());
        } catch (IOException ended) {
            // the process is gone
        }
    }
}
