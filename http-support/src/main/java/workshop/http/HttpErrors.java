package workshop.http;

import static io.javalin.http.HttpStatus.INTERNAL_SERVER_ERROR;
import static io.javalin.http.HttpStatus.METHOD_NOT_ALLOWED;
import static io.javalin.http.HttpStatus.NOT_FOUND;
import static io.javalin.http.HttpStatus.NOT_IMPLEMENTED;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error a problem document (an HTML page on the pages' paths). Javalin's own error responses
 * are not RFC 9457 and change shape with the {@code Accept} header, so each one it raises is mapped here.
 */
public final class HttpErrors {

    static final Problem NO_RESOURCE = Problem.of(NOT_FOUND, "not_found", "no resource at this path");
    static final Problem UNEXPECTED = Problem.of(INTERNAL_SERVER_ERROR, "internal_error", "an unexpected error occurred");

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    private static final long UNREAD_BODY_LIMIT = 1024 * 1024;

    private HttpErrors() {}

    static void install(JavalinConfig config, PageRenderer pages) {
        config.http.maxRequestSize = Body.MAX_BYTES; // in case a body is ever read through Javalin, not Body
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(pages)));
        config.routes.after(HttpErrors::readRestOfBody);
        config.routes.exception(ProblemException.class, (e, ctx) -> e.problem().writeTo(ctx));
        config.routes.exception(HttpResponseException.class, HttpErrors::javalinError);
        config.routes.exception(UnsupportedOperationException.class, HttpErrors::stepToDo);
        config.routes.exception(Exception.class, HttpErrors::unexpected);
        config.router.javaLangErrorHandler((res, error) -> {
            LOG.error("fatal error", error);
            try {
                res.setStatus(UNEXPECTED.status());
                res.setContentType(Problem.MEDIA_TYPE);
                res.getOutputStream().write(UNEXPECTED.toJson());
            } catch (Exception | Error ignored) {
                // the client is gone or the response was already sent: nothing more to do
            }
        });
    }

    /**
     * A request refused before its body was read (404, 405, 415, 413) still has bytes on the wire.
     * Jetty would reset the connection, and the client could lose the answer with it, so what is
     * left is read and dropped first, up to a bound past which closing the connection is fair.
     */
    private static void readRestOfBody(Context ctx) {
        try {
            InputStream body = ctx.req().getInputStream();
            byte[] sink = new byte[8192];
            long read = 0;
            while (read <= UNREAD_BODY_LIMIT) {
                int n = body.read(sink);
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IOException clientGone) {
            // nothing to answer to any more
        }
    }

    /** The students' starting point (see WORKSHOP.md) throws "to do in step N" where a step is still to type. */
    private static void stepToDo(UnsupportedOperationException e, Context ctx) {
        if (String.valueOf(e.getMessage()).startsWith("to do in step")) {
            Problem.of(NOT_IMPLEMENTED, "not_implemented", e.getMessage()).writeTo(ctx);
        } else {
            unexpected(e, ctx);
        }
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        UNEXPECTED.writeTo(ctx);
    }

    private static void javalinError(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404 -> NO_RESOURCE.writeTo(ctx);
            case 405 -> {
                ctx.header(Header.ALLOW, String.join(", ", e.getDetails().values()));
                Problem.of(METHOD_NOT_ALLOWED, "method_not_allowed",
                        "the method " + ctx.method() + " is not allowed on this path").writeTo(ctx);
            }
            case 413 -> Body.TOO_LARGE.writeTo(ctx);
            default -> {
                unexpected(e, ctx);
            }
        }
    }
}
