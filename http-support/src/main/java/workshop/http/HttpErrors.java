package workshop.http;

import static io.javalin.http.HttpStatus.METHOD_NOT_ALLOWED;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every error with a problem document (an HTML page on the pages' paths): the apps' own, through
 * {@link #answer}, and Javalin's, whose own responses are not RFC 9457 and change shape with the
 * {@code Accept} header.
 */
public final class HttpErrors {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    private static final long UNREAD_BODY_LIMIT = 1024 * 1024;

    private HttpErrors() {}

    static void install(JavalinConfig config, PageRenderer pages) {
        config.http.maxRequestSize = Body.MAX_BYTES; // in case a body is ever read through Javalin, not Body
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(pages)));
        config.routes.after(HttpErrors::readRestOfBody);
        config.routes.exception(ProblemException.class, (e, ctx) -> answer(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, HttpErrors::javalinError);
        config.routes.exception(Exception.class, HttpErrors::unexpected);
        config.router.javaLangErrorHandler((res, error) -> {
            LOG.error("fatal error", error);
            try {
                res.setStatus(Problem.UNEXPECTED.status());
                res.setContentType(Problem.MEDIA_TYPE);
                res.getOutputStream().write(Problem.UNEXPECTED.toJson());
            } catch (Exception | Error ignored) {
                // the client is gone or the response was already sent: nothing more to do
            }
        });
    }

    /** Answers with the problem: as a problem document, or on the pages' paths as an HTML page. */
    public static void answer(Context ctx, Problem problem) {
        if (Pages.serves(ctx.path())) {
            Pages.show(ctx, HttpStatus.forStatus(problem.status()), Pages.ERROR_TEMPLATE, Pages.errorModel(problem));
        } else {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(problem.toJson());
        }
    }

    /**
     * A request refused before its body was read (404, 405, 415, 413) still has bytes on the wire.
     * Jetty would reset the connection, and the client could lose the answer with it, so what is
     * left is read and dropped first, up to a bound past which closing the connection is fair.
     */
    private static void readRestOfBody(Context ctx) {
        if (!hasBody(ctx)) {
            return; // most requests (every GET): opening the body's stream would cost each of them a little
        }
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

    /** A request has a body only with a Content-Length above 0 or a Transfer-Encoding (RFC 9112, section 6). */
    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header(Header.TRANSFER_ENCODING) != null;
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        answer(ctx, Problem.UNEXPECTED);
    }

    private static void javalinError(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404 -> answer(ctx, Problem.NO_RESOURCE);
            case 405 -> {
                ctx.header(Header.ALLOW, String.join(", ", e.getDetails().values()));
                answer(ctx, Problem.of(METHOD_NOT_ALLOWED, "method_not_allowed",
                        "the method " + ctx.method() + " is not allowed on this path"));
            }
            case 413 -> answer(ctx, Body.TOO_LARGE);
            default -> unexpected(e, ctx);
        }
    }
}
