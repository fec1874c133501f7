package workshop.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the pages share, whichever app serves them: their renderer and frame, the style sheet, the way
 * in at {@code /}, the cross-site check of their forms. Their paths answer errors as HTML pages.
 */
public final class Pages {

    static final String ERROR_TEMPLATE = "workshop/http/error.jte";
    static final String HTML = "text/html; charset=utf-8";

    private static final byte[] STYLE = resource("style.css");

    private Pages() {}

    static void install(JavalinConfig config, PageRenderer renderer) {
        config.fileRenderer(renderer);
        config.routes.before("/ui/*", CrossSite::refuse);
        config.routes.get("/", ctx -> ctx.redirect("/ui/users", HttpStatus.SEE_OTHER));
        config.routes.get("/ui/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(STYLE));
    }

    /** Whether the request is for a page, or for what the pages and {@code /docs} load: its errors are HTML. */
    static boolean serves(String path) {
        return path.equals("/") || path.startsWith("/ui/") || path.equals("/docs") || path.startsWith("/docs/")
                || path.startsWith("/webjars/");
    }

    /** Shows a page: the template with its model, in the frame, as {@code text/html; charset=utf-8}. */
    public static void show(Context ctx, HttpStatus status, String template, Map<String, ?> model) {
        ctx.status(status).render(template, model).contentType(HTML);
    }

    /** What the error page ({@link #ERROR_TEMPLATE}) shows of a problem. */
    static Map<String, Object> errorModel(Problem problem) {
        return Map.of("status", problem.status(), "title", problem.title(), "detail", problem.detail());
    }

    private static byte[] resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
