package workshop.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;

/**
 * Javalin routes a request by its {@code X-HTTP-Method-Override} header when it has one, so a GET
 * could delete a user. The contract knows no such header, so it is dropped before Javalin sees it.
 */
public final class MethodOverride {

    private static final String HEADER = "X-HTTP-Method-Override";

    private MethodOverride() {}

    static void ignore(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.addCustomizer((request, responseHeaders) -> {
            if (!request.getHeaders().contains(HEADER)) {
                return request;
            }
            HttpFields headers = HttpFields.build(request.getHeaders()).remove(HEADER).asImmutable();
            return new Request.Wrapper(request) {
                @Override
                public HttpFields getHeaders() {
                    return headers;
                }
            };
        }));
    }
}
