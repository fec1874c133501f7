package workshop.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Which slice of a listing a client asks for: {@code ?limit=L&offset=O}, both optional. */
public record Slice(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static Slice from(Context ctx) {
        OptionalLong limit = parameter(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        OptionalLong offset = parameter(ctx, "offset", 0, 0, Long.MAX_VALUE);
        Map<String, String> errors = new LinkedHashMap<>();
        if (limit.isEmpty()) {
            errors.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (offset.isEmpty()) {
            errors.put("offset", "must be a whole number from 0 to " + Long.MAX_VALUE);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("the query parameters are invalid", errors));
        }
        return new Slice((int) limit.getAsLong(), offset.getAsLong());
    }

    /** The HTML pages' {@code ?offset=O}: 0 when it is absent; a bad one names no page (404). */
    public static long htmlPageOffset(Context ctx) {
        String text = ctx.queryParam("offset");
        return text == null ? 0 : WholeNumber.parse(text, 0, Long.MAX_VALUE)
                .orElseThrow(() -> new ProblemException(Problem.NO_RESOURCE));
    }

    /** The parameter's value, its default when it is absent, or empty when it is bad (an empty value is bad). */
    private static OptionalLong parameter(Context ctx, String name, long byDefault, long min, long max) {
        String text = ctx.queryParam(name);
        return text == null ? OptionalLong.of(byDefault) : WholeNumber.parse(text, min, max);
    }
}
