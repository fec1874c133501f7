package workshop.benchmark;

import io.javalin.Javalin;
import java.util.Collections;

/**
 * The framework's ceiling: the same Javalin, the same routes, constant answers, no database and
 * no JSON mapping. What an app reaches of this is what its own code leaves of Javalin's speed.
 */
public final class CeilingApp {

    private static final String USER =
            "{\"id\":1,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"status\":\"active\",\"createdAt\":\"2026-11-20T10:15:30Z\"}";
    private static final String PAGE = "[" + String.join(",", Collections.nCopies(100, USER)) + "]";

    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "0"));
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"up\"}"));
            config.routes.get("/users", ctx -> ctx.contentType("application/json").result(PAGE));
            config.routes.post("/users", ctx -> ctx.status(201).header("Location", "/users/1")
                    .contentType("application/json").result(USER));
            config.routes.get("/users/{id}", ctx -> ctx.contentType("application/json").result(USER));
        });
        server.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("ceiling serves http://" + host + ":" + server.port() + "/users");
    }
}
