package workshop.http;

import static io.javalin.http.HttpStatus.BAD_REQUEST;
import static io.javalin.http.HttpStatus.CONTENT_TOO_LARGE;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * A request body, read once, up to {@value #MAX_BYTES} bytes; past them, 413. Javalin would enforce the
 * same limit, but it logs a warning for each such client error: a client that sends many would bury the
 * warnings that matter.
 */
public final class Body {

    public static final int MAX_BYTES = 16 * 1024;

    static final Problem TOO_LARGE = Problem.of(CONTENT_TOO_LARGE, "content_too_large",
            "the request body is larger than " + MAX_BYTES + " bytes");

    private Body() {}

    /** The whole body; 413 when it is over the limit, whether it came with a length or chunked. */
    public static byte[] read(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw new ProblemException(TOO_LARGE);
        }
        try {
            byte[] body = ctx.req().getInputStream().readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new ProblemException(TOO_LARGE);
            }
            return body;
        } catch (IOException brokenOrGone) {
            throw new ProblemException(Problem.of(BAD_REQUEST, "bad_request", "the request body could not be read"));
        }
    }

    /** Reads and drops a body the handler ignores (a button's form, a suspend's), so the limit holds for it too. */
    public static void ignore(Context ctx) {
        read(ctx);
    }
}
