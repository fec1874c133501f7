package workshop.http;

import io.javalin.config.JavalinConfig;

/**
 * What both apps share about HTTP, which is not the lesson, installed in one call: every error a
 * problem document (or an HTML page on the pages' paths), no method override, a stop that lets the
 * requests under way finish, the pages' frame, and the API's description.
 */
public final class HttpSupport {

    private HttpSupport() {}

    /** {@code templates} loads the app's precompiled templates: the class loader of the app's own classes. */
    public static void install(JavalinConfig config, String appName, ClassLoader templates) {
        PageRenderer pages = new PageRenderer(appName, templates);
        GracefulStop.install(config);
        HttpErrors.install(config, pages);
        MethodOverride.ignore(config);
        Pages.install(config, pages);
        ApiDocs.serve(config);
    }
}
