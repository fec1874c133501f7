package workshop.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.RunScript;

/**
 * The databases of the scale runs: H2 files made with SQL, not through the API, so that a million
 * users take seconds. The schema is the apps' own first migration, V1__create_users.sql, the same in both: an
 * app takes such a file as version 1 of its schema when it starts, as any database made before migrations.
 */
final class Seed {

    private static final String USERS = """
            INSERT INTO users(name, email, status, created_at)
            SELECT 'User ' || X, 'user' || X || '@example.com', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z'
            FROM SYSTEM_RANGE(1, %d)""";

    private Seed() {}

    /** The directory, created, or emptied of the last run's databases (a million users take 300 MB). */
    static Path emptied(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    /** One database file per app, with users 1 to count; returns the JDBC URLs, in the order of apps. */
    static String[] databases(Path dir, Path schema, int count, String... apps) throws Exception {
        Path first = dir.resolve(apps[0] + "-" + count);
        try (Connection db = DriverManager.getConnection(url(first), "sa", "");
             Reader schemaSql = Files.newBufferedReader(schema);
             Statement insert = db.createStatement()) {
            // H2's default WRITE_DELAY here: the apps' 0 (every change on disk at once), which they set as they
            // connect, makes this insert 4 times slower (measured before).
            RunScript.execute(db, schemaSql);
            insert.executeUpdate(USERS.formatted(count));
        }
        String[] urls = new String[apps.length];
        for (int i = 0; i < apps.length; i++) {
            Path copy = dir.resolve(apps[i] + "-" + count); // a copy each: an H2 file serves one process
            if (i > 0) {
                Files.copy(Path.of(first + ".mv.db"), Path.of(copy + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            }
            urls[i] = url(copy);
        }
        return urls;
    }

    private static String url(Path file) {
        return "jdbc:h2:" + file.toAbsolutePath();
    }
}
