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
 * sees them, which it would otherwise answer with its own HTML: a path it cannot decode (such as
 * {@code /users/%zz}), a URI or headers over its 8 KiB limit, a broken chunked body.
 */
final class JettyErrors extends ErrorHandler {

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
        Problem problem = problemFor(code);
        boolean page = Pages.serves(request.getHttpURI().getPath());
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page ? Pages.HTML : Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // Jetty closes it after such a request
        byte[] body = page
                ? pages.render(Pages.ERROR_TEMPLATE, problem.pageModel()).getBytes(StandardCharsets.UTF_8)
                : problem.toJson();
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A URI Jetty cannot read names no resource; anything else keeps Jetty's status. */
    private static Problem problemFor(int code) {
        if (code == 400 || code == 414) {
            return HttpErrors.NO_RESOURCE;
        }
        HttpStatus status = HttpStatus.forStatus(code);
        return status.isServerError()
                ? HttpErrors.UNEXPECTED
                : Problem.of(status, "bad_request", "the request is not valid HTTP");
    }
}
