package workshop.http;

import io.javalin.http.Context;

/** The {@code {id}} of a path: 1 to 2^63-1 in ASCII digits; anything else names no resource (404). */
public final class PathId {

    private PathId() {}

    public static long from(Context ctx) {
        return WholeNumber.parse(ctx.pathParam("id"), 1, Long.MAX_VALUE)
                .orElseThrow(() -> new ProblemException(Problem.NO_RESOURCE));
    }
}
