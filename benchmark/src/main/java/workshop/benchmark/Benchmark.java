package workshop.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Starts mvc-version, clean-version and two references each as its own JVM on 127.0.0.1: the same database work in
 * plain JDBC with no layers ({@link JdbcApp}), and Javalin with no database at all ({@link CeilingApp}). Loads them
 * with wrk in turns (A B C D, then D C B A, ...) and prints one table of medians and ratios. The argument is the
 * repository's root, after `./mvnw -Pbenchmark package` has built it.
 */
public final class Benchmark {

    private static final int WARM_UP_SECONDS = 20; // with 5 s, the JIT has not finished: throughput reads several times low
    private static final int ROUND_SECONDS = 3, ROUNDS = 7, LAUNCHES = 5;
    private static final int SMALL = 1000, LARGE = 1_000_000;

    /** A server under load and how many users its database holds. */
    private record Subject(Server server, int users) {}

    private final Wrk wrk;
    private final Path work;
    private final Report report = new Report();
    private final long began = System.nanoTime();
    private final String loadAtStart = Machine.loadAverage();

    private Benchmark(Wrk wrk, Path work) {
        this.wrk = wrk;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (!Wrk.installed()) {
            System.err.println("The benchmark needs wrk (https://github.com/wg/wrk), which is not on the PATH: "
                    + "`sudo apt-get install -y wrk` on Debian or Ubuntu, `brew install wrk` on macOS.");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Seed.emptied(root.resolve("benchmark/target/run")); // the databases and the servers' logs
        Program mvc = Program.of(Report.MVC, root, "mvc-version", "workshop.App");
        Program clean = Program.of(Report.CLEAN, root, "clean-version", "workshop.App");
        Path schema = root.resolve("mvc-version/src/main/resources/db/migration/V1__create_users.sql");
        Program jdbc = Program.of(Report.JDBC, root, "benchmark", "workshop.benchmark.JdbcApp")
                .with(JdbcApp.SCHEMA, schema);
        Program ceiling = Program.of(Report.CEILING, root, "benchmark", "workshop.benchmark.CeilingApp");
        System.out.printf("%s; Java %s, JVM flags %s; wrk: %s. It takes about 12 minutes.%n",
                Machine.describe(), System.getProperty("java.version"), Program.JVM_FLAGS, Wrk.SETTINGS);
        new Benchmark(new Wrk(root.resolve("benchmark/src/main/wrk/users.lua")), work)
                .run(mvc, clean, jdbc, ceiling, schema);
    }

    private void run(Program mvc, Program clean, Program jdbc, Program ceiling, Path schema) throws Exception {
        List<Program> programs = List.of(mvc, clean, jdbc, ceiling);
        for (Program program : programs) {
            program.start(null, log(program)).close(); // not counted: fills the disk cache, warms this JVM's HTTP client
        }
        for (int launch = 0; launch < LAUNCHES; launch++) {
            for (Program program : inTurn(programs, launch)) {
                try (Server server = program.start(null, log(program))) {
                    report.add(Report.COLD, program.name(), server.startMillis());
                    progress("cold start %d of %d: %s %.0f ms", launch + 1, LAUNCHES, program.name(), server.startMillis());
                }
            }
        }
        progress("seeding the databases with SQL: %,d and %,d users", SMALL, LARGE);
        Path databases = Seed.emptied(work.resolve("databases"));
        String[] small = Seed.databases(databases, schema, SMALL, "mvc", "clean", "jdbc");
        String[] large = Seed.databases(databases, schema, LARGE, "mvc", "clean");
        try (Server m = mvc.start(small[0], log(mvc)); Server c = clean.start(small[1], log(clean));
             Server plain = jdbc.start(small[2], log(jdbc)); Server top = ceiling.start(null, log(ceiling))) {
            List<Subject> reads = new ArrayList<>(List.of(new Subject(m, SMALL), new Subject(c, SMALL),
                    new Subject(plain, SMALL), new Subject(top, SMALL)));
            try (Server mLarge = mvc.start(large[0], log(mvc)); Server cLarge = clean.start(large[1], log(clean))) {
                reads.addAll(List.of(new Subject(mLarge, LARGE), new Subject(cLarge, LARGE)));
                load(reads, List.of(Family.LOOKUP, Family.PAGE));
            }
            // after the reads, so that the 1 000 users stay 1 000 while they are measured
            load(reads.subList(0, 4), List.of(Family.CREATE));
            for (Server server : List.of(m, c, plain, top)) {
                report.add(Report.RSS, server.program.name(), server.rssMiB());
            }
        }
        Seed.emptied(databases); // 2 GB once the creates are done: the logs stay, the databases go
        System.out.printf("%nThe servers and wrk share this machine's cores: only the ratios within one run mean anything.%n"
                + "Medians of %d rounds of %d s after %d s of warm-up per server and endpoint; cold start: median of %d launches.%n"
                + "Spread: how much a figure moves from round to round (half its interquartile range, the largest of the servers').%n"
                + "The apps and plain-jdbc run on an H2 file database of 1 000 users unless a row says otherwise;%n"
                + "the ceiling has none. A ratio is the median of the ratios of one round to the same round.%n"
                + "Load average as it began (1, 5, 15 min; the build included): %s. Other work on the machine skews the ratios too.%n%n%s",
                ROUNDS, ROUND_SECONDS, WARM_UP_SECONDS, LAUNCHES, loadAtStart, report.table());
    }

    /** Warm-up of every server on every endpoint, then the measured rounds, the servers in turn. */
    private void load(List<Subject> subjects, List<Family> families) throws Exception {
        for (Subject subject : subjects) {
            for (Family family : families) {
                Wrk.Load load = wrk.run(subject.server, family.mode, subject.users, WARM_UP_SECONDS);
                progress("warm-up %s, %s: %,.0f req/s", subject.server.program.name(), family.label(subject.users), load.perSecond());
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Family family : families) {
                for (Subject subject : inTurn(subjects, round)) {
                    Wrk.Load load = wrk.run(subject.server, family.mode, subject.users, ROUND_SECONDS);
                    String name = subject.server.program.name();
                    report.add(family.perSecond(subject.users), name, load.perSecond());
                    report.add(family.p99(subject.users), name, load.p99Millis());
                    progress("round %d of %d: %s, %s: %,.0f req/s, p99 %.1f ms",
                            round + 1, ROUNDS, name, family.label(subject.users), load.perSecond(), load.p99Millis());
                }
            }
        }
    }

    /** A B C D, then D C B A: none goes always first, when the machine is freshest or most tired. */
    private static <T> List<T> inTurn(List<T> items, int round) {
        List<T> order = new ArrayList<>(items);
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    private Path log(Program program) {
        return work.resolve(program.name() + ".log");
    }

    private void progress(String format, Object... args) {
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.printf("[%2d:%02d] %s%n", seconds / 60, seconds % 60, String.format(format, args));
    }
}
