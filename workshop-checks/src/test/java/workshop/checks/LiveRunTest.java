package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The session runs the contract against the app on the projector at every step; the audience sees its pages. */
class LiveRunTest {

    private static final String LIST = "/users?limit=1000";

    @Test
    @DisplayName("a live run of the contract leaves the app with the users it found, as they were, and no others")
    void leavesTheUsersItFound() throws Exception {
        try (LoadedApp app = LoadedApp.start(Workshop.ROOT.resolve("mvc-version/target/classes"))) {
            create(app, "Ada Lovelace", "ada@example.com");
            long highest = create(app, "Grace Hopper", "grace@example.com");
            app.send("POST", "/users/" + highest + "/suspend", null, null);
            String found = app.send("GET", LIST, null, null).body();

            // Users made through the JSON API, through the pages in a browser, and by concurrent requests.
            assertThat(ContractRun.liveFailures(app.baseUrl(), "CreateUserTest", "PagesTest", "EmailRaceTest")).isEmpty();

            assertThat(app.send("GET", LIST, null, null).body()).as("the users after the run").isEqualTo(found);
            long next = create(app, "Edsger Dijkstra", "edsger@example.com");
            assertThat(next - highest - 1).as("users the run made, and deleted (ids are never reused)").isPositive();
        }
    }

    private static long create(LoadedApp app, String name, String email) {
        HttpResponse<String> created = app.send("POST", "/users", "application/json",
                "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}");
        assertThat(created.statusCode()).as("status of %s", created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
