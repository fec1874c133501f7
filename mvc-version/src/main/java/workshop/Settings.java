package workshop;

import java.util.Map;

/**
 * Where the app listens and which database it uses: PORT, HOST, DB_URL, DB_USER and DB_PASSWORD, with the
 * contract's defaults (an H2 database in memory).
 */
public record Settings(String host, int port, String dbUrl, String dbUser, String dbPassword) {

    public static final String IN_MEMORY_DB = "jdbc:h2:mem:users;DB_CLOSE_DELAY=-1";

    public static Settings fromEnvironment(int defaultPort) {
        return from(System.getenv(), defaultPort);
    }

    static Settings from(Map<String, String> env, int defaultPort) {
        return new Settings(
                env.getOrDefault("HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PORT", String.valueOf(defaultPort))),
                env.getOrDefault("DB_URL", IN_MEMORY_DB),
                env.getOrDefault("DB_USER", "sa"),
                env.getOrDefault("DB_PASSWORD", ""));
    }

    /** Not the password: a record's own would print it. */
    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + "]";
    }
}
