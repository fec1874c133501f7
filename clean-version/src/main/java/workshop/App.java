package workshop;

import io.javalin.Javalin;
import java.time.Clock;
import workshop.adapter.in.page.UserPageController;
import workshop.adapter.in.web.UserController;
import workshop.adapter.out.persistence.Database;
import workshop.adapter.out.persistence.JdbiUnitOfWork;
import workshop.adapter.out.persistence.Migrations;
import workshop.application.service.UserService;

/**
 * The composition root: the one place that chooses the adapters and wires them to the use cases.
 * Swapping the database for another store is a change to this file and a new adapter, nothing else.
 */
public final class App implements AutoCloseable {

    static final String NAME = "clean-version";
    static final int DEFAULT_PORT = 7002;

    private final Database database;
    private final Javalin server;

    private App(Database database, Javalin server) {
        this.database = database;
        this.server = server;
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(DEFAULT_PORT);
        App app;
        try {
            app = start(settings);
        } catch (Migrations.Failed e) { // what to do, not a stack trace: the database is as it was
            System.err.println(NAME + " did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close)); // SIGTERM: stop serving, then close the database
        System.out.println(NAME + " serves http://" + settings.host() + ":" + app.port() + "/users");
    }

    public static App start(Settings settings) {
        Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        UserService service = new UserService(new JdbiUnitOfWork(database.jdbi()), Clock.systemUTC());
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Routes.configure(config, new UserController(service), new UserPageController(service));
        });
        database.awaitMigrated();
        server.start(settings.host(), settings.port());
        return new App(database, server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
