package workshop.contract;

import java.util.List;
import java.util.Random;

/** The fuzz run's one source of choices: every choice comes from the seed, so a seed replays a run. */
final class FuzzRandom {

    private final Random random;

    FuzzRandom(long seed) {
        this.random = new Random(seed);
    }

    /** From 0 to bound - 1. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** From low to high, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    long nextLong() {
        return random.nextLong();
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A string of that many characters, each one of the characters given. */
    String stringOf(String characters, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }
}
