package workshop.contract.support;

import java.util.List;
import java.util.Random;

/**
 * A seeded source of choices, for the fuzz run (FuzzTest) and the races (ConcurrentChangesTest): every choice
 * comes from the seed, so a seed replays a run.
 */
public final class FuzzRandom {

    private final Random random;

    public FuzzRandom(long seed) {
        this.random = new Random(seed);
    }

    /** From 0 to bound - 1. */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** From low to high, both included. */
    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public long nextLong() {
        return random.nextLong();
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A string of that many characters, each one of the characters given. */
    public String stringOf(String characters, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }
}
