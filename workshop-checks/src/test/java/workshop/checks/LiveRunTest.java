package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The session runs the contract against the app on the projector at every step; the audience sees its pages.
 * The build makes that run once, the whole contract against mvc-version, and QuotedRunsTest compares what it
 * counts with what WORKSHOP.md quotes. It runs beside RefactorTest: its run alone is told the app's address.
 */
@Execution(ExecutionMode.CONCURRENT)
class LiveRunTest {

    private static final String LIST = "/users?limit=1000";

    /** What the run counted, the users before it and after it, the highest id before it and the next one after. */
    record Run(ContractRun.Summary summary, String found, String after, long highest, long next) {}

    private static Run run;

    /**
     * {@code ./mvnw -pl shared-test-suite test -Dcontract.baseUrl=...} against mvc-version, on a database that
     * already has users (one suspended), as the room's would; made once, the first time a test asks for it.
     */
    static synchronized Run wholeContract() throws Exception {
        if (run == null) {
            try (LoadedApp app = LoadedApp.start(Workshop.ROOT.resolve("mvc-version/target/classes"))) {
                create(app, "Ada Lovelace", "ada@example.com");
                long highest = create(app, "Grace Hopper", "grace@example.com");
                app.send("POST", "/users/" + highest + "/suspend", null, null);
                String found = app.send("GET", LIST, null, null).body();

                ContractRun.Summary summary = ContractRun.asMaven(app.baseUrl(), List.of());

                String after = app.send("GET", LIST, null, null).body();
                run = new Run(summary, found, after, highest, create(app, "Edsger Dijkstra", "edsger@example.com"));
            }
        }
        return run;
    }

    @Test
    @DisplayName("a live run of the contract leaves the app with the users it found, as they were, and no others")
    void leavesTheUsersItFound() throws Exception {
        Run run = wholeContract();

        // Users made through the JSON API, through the pages in a browser, and by concurrent requests.
        assertThat(run.summary().failed()).as("the live run's failures").isEmpty();
        assertThat(run.after()).as("the users after the run").isEqualTo(run.found());
        assertThat(run.next() - run.highest() - 1).as("users the run made, and deleted (ids are never reused)").isPositive();
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
