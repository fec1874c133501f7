package workshop.http;

import static io.javalin.http.HttpStatus.FORBIDDEN;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses a form posted from another site (cross-site request forgery): a browser names the page a
 * request comes from in {@code Origin}, and newer ones say {@code Sec-Fetch-Site: cross-site}. A
 * request with neither header is not from a browser page, so it is served.
 */
final class CrossSite {

    private static final Problem REFUSED = Problem.of(FORBIDDEN, "cross_site",
            "a form from another site cannot change anything here");

    private CrossSite() {}

    static void refuse(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        String origin = ctx.header("Origin");
        boolean otherOrigin = origin != null && !origin.equalsIgnoreCase(ownOrigin(ctx));
        if (otherOrigin || "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            throw new ProblemException(REFUSED);
        }
    }

    /** {@code http://host:port} as the client addressed this server, the port left out when it is the default. */
    private static String ownOrigin(Context ctx) {
        try {
            URI own = URI.create(ctx.scheme() + "://" + ctx.host());
            boolean defaultPort = own.getPort() == -1 || own.getPort() == (own.getScheme().equals("https") ? 443 : 80);
            return own.getScheme() + "://" + own.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + own.getPort());
        } catch (IllegalArgumentException | NullPointerException noUsableHost) {
            return null; // then no Origin matches it
        }
    }
}
