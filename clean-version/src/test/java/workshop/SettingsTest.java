package workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsToLoopbackItsOwnPortAndAnInMemoryDatabase() {
        // 7001 for mvc-version, 7002 for clean-version: both run side by side
        assertThat(Settings.from(Map.of(), App.DEFAULT_PORT))
                .isEqualTo(new Settings("127.0.0.1", 7002, "jdbc:h2:mem:users;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void takesHostPortAndDatabaseFromTheEnvironment() {
        Map<String, String> env = Map.of("HOST", "0.0.0.0", "PORT", "8080",
                "DB_URL", "jdbc:postgresql://db.example.com/users", "DB_USER", "app", "DB_PASSWORD", "s3cret");

        assertThat(Settings.from(env, App.DEFAULT_PORT)).isEqualTo(
                new Settings("0.0.0.0", 8080, "jdbc:postgresql://db.example.com/users", "app", "s3cret"));
    }

    @Test
    void neverShowsThePassword() {
        Settings settings = Settings.from(Map.of("DB_PASSWORD", "s3cret"), App.DEFAULT_PORT);

        assertThat(settings.toString()).doesNotContain("s3cret").contains("jdbc:h2:mem:users");
    }
}
