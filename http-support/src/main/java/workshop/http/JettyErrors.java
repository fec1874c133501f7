package workshop.http;

import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Problem documents (HTML pages on the pages' paths) for the requests Jetty refuses before Javalin
 * sees them, which it would otherwise answer with its own HTML: a URI it cannot read (one it cannot
 * decode, such as {@code /users/%zz} or {@code /users/%FF}, or one over its 8 KiB limit), headers over
 * that limit, or headers that contradict each other (two lengths, a length and chunks, no colon).
 */
final class JettyErrors extends ErrorHandler {

    /** The method Jetty gives a request whose request line it could not read at all. */
    private static final String UNREAD_REQUEST_LINE = "BAD";

    private final PageRenderer pages;

    JettyErrors(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // Jetty writes a body only for GET and POST by default
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        boolean unreadableUri = request.getMethod().equals(UNREAD_REQUEST_LINE) || request.getHttpURI().hasViolations();
        Problem problem = problemFor(code, unreadableUri);
        boolean page = Pages.serves(request.getHttpURI().getPath());
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page ? Pages.HTML : Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // Jetty closes it after such a request
        byte[] body = page
                ? pages.render(Pages.ERROR_TEMPLATE, Pages.errorModel(problem)).getBytes(StandardCharsets.UTF_8)
                : problem.toJson();
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * A URI Jetty cannot read names no resource: 404, as for any unknown path. Anything else the client
     * sent wrong keeps Jetty's status (400, 431, 505...); only Jetty's own failure is a 500.
     */
    private static Problem problemFor(int code, boolean unreadableUri) {
        if (code == 414 || code == 400 && unreadableUri) {
            return Problem.NO_RESOURCE;
        }
        HttpStatus status = HttpStatus.forStatus(code);
        return status == HttpStatus.INTERNAL_SERVER_ERROR || status == HttpStatus.UNKNOWN
                ? Problem.UNEXPECTED
                : Problem.of(status, "bad_request", "the request is not valid HTTP");
    }
}
