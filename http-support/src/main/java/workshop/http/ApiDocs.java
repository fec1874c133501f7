package workshop.http;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API described for tools and people: {@code GET /openapi.yaml}, the OpenAPI document (the build copies
 * docs/openapi.yaml onto the class path), and {@code GET /docs}, Swagger UI showing it. Swagger UI comes from
 * its webjar, so it works offline, through a page of our own: the webjar's own page shows the petstore.
 */
final class ApiDocs {

    private static final String YAML = "application/yaml"; // RFC 9512

    private ApiDocs() {}

    static void serve(JavalinConfig config) {
        byte[] document = resource("/openapi.yaml");
        byte[] page = resource("/workshop/http/swagger-ui.html");
        config.staticFiles.enableWebjars(); // under /webjars/, what the page loads
        config.routes.get("/openapi.yaml", ctx -> ctx.contentType(YAML).result(document));
        config.routes.get("/docs", ctx -> ctx.contentType(Pages.HTML).result(page));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: build the app with ./mvnw");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
