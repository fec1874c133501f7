package workshop.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The database's reference: the same database work as the apps, with no layers at all. The same pool (HikariCP),
 * the same H2 settings, the same table and unique constraint (the apps' V1 migration, run at start when the table
 * is not there), plain JDBC in the handlers and Javalin's own JSON mapping; a create is one transaction that checks
 * the email first. It checks no more of the input than it must to run: it is not the contract, it is the floor
 * under what the apps' code costs.
 */
public final class JdbcApp {

    /** The path of the apps' first migration, V1__create_users.sql: the table, made from the same file. */
    static final String SCHEMA = "SCHEMA";

    private static final String COLUMNS = "SELECT id, name, email, status, created_at FROM users";

    /** A user as the apps answer it. */
    record UserJson(long id, String name, String email, String status, String createdAt) {}

    /** A create's body. */
    record NewUser(String name, String email) {}

    private final HikariDataSource pool;

    private JdbcApp(HikariDataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) throws Exception {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "0"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv().getOrDefault("DB_URL", "jdbc:h2:mem:users;DB_CLOSE_DELAY=-1")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"); // the apps' H2 settings: a 201 is on disk
        config.setUsername("sa");
        HikariDataSource pool = new HikariDataSource(config);
        createTableUnlessThere(pool, Path.of(System.getenv(SCHEMA)));
        JdbcApp app = new JdbcApp(pool);
        Javalin server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
            javalin.routes.get("/users", app::list);
            javalin.routes.post("/users", app::create);
            javalin.routes.get("/users/{id}", app::get);
        });
        server.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            pool.close();
        }));
        System.out.println("jdbc serves http://" + host + ":" + server.port() + "/users");
    }

    private static void createTableUnlessThere(HikariDataSource pool, Path schema) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet tables = connection.getMetaData().getTables(null, null, "USERS", null)) {
            if (!tables.next()) {
                statement.execute(Files.readString(schema));
            }
        }
    }

    private void get(Context ctx) throws SQLException {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ctx.status(404);
            return;
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    ctx.json(user(row));
                } else {
                    ctx.status(404);
                }
            }
        }
    }

    private void list(Context ctx) throws SQLException {
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("100"));
        long offset = Long.parseLong(ctx.queryParamAsClass("offset", String.class).getOrDefault("0"));
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(COLUMNS + " ORDER BY id LIMIT ? OFFSET ?")) {
            query.setInt(1, limit);
            query.setLong(2, offset);
            List<UserJson> users = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    users.add(user(rows));
                }
            }
            ctx.json(users);
        }
    }

    private void create(Context ctx) throws SQLException {
        NewUser body = ctx.bodyAsClass(NewUser.class);
        String name = body.name().strip(), email = body.email().strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement taken = connection.prepareStatement("SELECT 1 FROM users WHERE email = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO users (name, email, status, created_at) VALUES (?, ?, 'ACTIVE', ?)",
                         Statement.RETURN_GENERATED_KEYS)) {
                taken.setString(1, email);
                try (ResultSet row = taken.executeQuery()) {
                    if (row.next()) {
                        connection.rollback();
                        ctx.status(409);
                        return;
                    }
                }
                insert.setString(1, name);
                insert.setString(2, email);
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
                long id;
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                connection.commit();
                ctx.status(201).header("Location", "/users/" + id);
                ctx.json(new UserJson(id, name, email, "active", now.toString()));
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static UserJson user(ResultSet row) throws SQLException {
        return new UserJson(row.getLong(1), row.getString(2), row.getString(3), row.getString(4).toLowerCase(Locale.ROOT),
                row.getObject(5, OffsetDateTime.class).toInstant().toString());
    }
}
