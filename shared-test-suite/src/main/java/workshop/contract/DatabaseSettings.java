package workshop.contract;

import java.util.Map;

/** The database an app is started on, as its settings name it: DB_URL, DB_USER and DB_PASSWORD. */
public record DatabaseSettings(String url, String user, String password) {

    /** The three settings as environment variables, for an app started as a process of its own. */
    public Map<String, String> environment() {
        return Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password);
    }
}
