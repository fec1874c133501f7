package workshop.contract.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The seed and the length of a fuzz run, from {@code -Dcontract.fuzz.seed=N} (or {@code =random}) and
 * {@code -Dcontract.fuzz.requests=N}; every failure it reports names the seed, and how to replay it.
 */
record FuzzRun(long seed, int requests) {

    static final String SEED_PROPERTY = "contract.fuzz.seed";
    static final String REQUESTS_PROPERTY = "contract.fuzz.requests";

    /**
     * Fixed by default, so that the build is deterministic: a red build is red again for whoever reruns it, it
     * does not turn red on a day nothing changed, and both apps get the very same requests. New ground is one
     * flag away: {@code -Dcontract.fuzz.seed=random} draws a seed, and a failure prints it.
     */
    static final long DEFAULT_SEED = 20_261_121L;
    static final int DEFAULT_REQUESTS = 1500;

    static FuzzRun fromSystemProperties() {
        String seed = System.getProperty(SEED_PROPERTY, Long.toString(DEFAULT_SEED)).strip();
        return new FuzzRun(seed.equals("random") ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seed),
                Integer.getInteger(REQUESTS_PROPERTY, DEFAULT_REQUESTS));
    }

    /** How to run the same requests again. */
    String replay() {
        return "-D" + SEED_PROPERTY + "=" + seed;
    }

    /** Runs a check; its failure, or any exception, is reported with the seed and what was being checked. */
    void check(Supplier<String> what, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("fuzz seed " + seed + " (replay: " + replay() + "), " + what.get() + "\n"
                    + e.getMessage(), e);
        }
    }
}
