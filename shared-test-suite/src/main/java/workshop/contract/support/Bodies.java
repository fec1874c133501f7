package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/** Bodies of an exact size in bytes, around the 16384-byte limit. */
public final class Bodies {

    public static final int LIMIT = 16384;

    private Bodies() {
    }

    /** The JSON text followed by spaces (JSON white space) up to exactly that many bytes. */
    public static String padded(String json, int bytes) {
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(length).as("unpadded length").isLessThanOrEqualTo(bytes);
        return json + " ".repeat(bytes - length);
    }

    /** Such as {@code [[[]]]}: the inner text between depth opening and depth closing brackets. */
    public static String nested(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    /** A body of that many bytes that is not JSON at all. */
    public static String garbage(int bytes) {
        return "x".repeat(bytes);
    }
}
