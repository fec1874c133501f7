package workshop.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * On stop (SIGTERM, Ctrl-C, the app's close), the server takes no new connection and lets the requests under
 * way finish and get their answers, for up to {@value #STOP_TIMEOUT_MILLIS} ms; only then does the app close its
 * database. A connection with no request under way is closed at once: a browser's idle connection would
 * otherwise hold every restart for a second, Jetty's default.
 */
final class GracefulStop {

    static final long STOP_TIMEOUT_MILLIS = 5_000;
    private static final long IDLE_CONNECTION_MILLIS_ON_STOP = 100;

    private GracefulStop() {}

    static void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle starting) { // Javalin adds its connector just before
                    closeIdleConnectionsPromptlyOnStop(server);
                }
            });
        });
    }

    private static void closeIdleConnectionsPromptlyOnStop(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector withIdleConnections) {
                withIdleConnections.setShutdownIdleTimeout(IDLE_CONNECTION_MILLIS_ON_STOP);
            }
        }
    }
}
