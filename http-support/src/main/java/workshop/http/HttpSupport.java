package workshop.http;

import io.javalin.config.JavalinConfig;

/**
 * What both apps share about HTTP, installed in one call: every error a problem document (or an HTML
 * page on the pages' paths), no method override, a stop that lets the requests under way finish, the
 * pages' frame, and the API's description.
 */
public final class HttpSupport {

    private HttpSupport() {}

    public static void install(JavalinConfig config, String appName) {
        PageRenderer pages = new PageRenderer(appName);
        GracefulStop.install(config);
        HttpErrors.install(config, pages);
        MethodOverride.ignore(config);
        Pages.install(config, pages);
        ApiDocs.serve(config);
    }
}
