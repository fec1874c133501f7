package workshop;

import io.javalin.Javalin;
import java.time.Clock;
import workshop.controller.UserActions;
import workshop.controller.UserController;
import workshop.controller.UserPageController;
import workshop.model.Database;
import workshop.model.Migrations;
import workshop.model.UserRepository;

/** Starts the MVC app: the database, the model's repository, the controllers, the routes. */
public final class App implements AutoCloseable {

    static final String NAME = "mvc-version";
    static final int DEFAULT_PORT = 7001;

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
        UserActions actions = new UserActions(database.jdbi(), new UserRepository(database.jdbi()), Clock.systemUTC());
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Routes.configure(config, new UserController(actions), new UserPageController(actions));
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
