package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both apps, built by this run and started side by side, get the same requests and answer them with the same
 * bytes: every page (apart from the app's name and createdAt values, as the contract allows) and the API.
 * The contract suite pins each app's JSON to the byte already; this is where the two apps' pages meet.
 */
class SameAnswersTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    /** One request of the walk: method, path, body type (null: no body), body, extra headers. */
    record Step(String method, String path, String type, String body, String... headers) {
        @Override
        public String toString() {
            return method + " " + path + (body == null || body.isEmpty() ? "" : " " + body);
        }
    }

    /** A walk through every page and its refusals, and a few API calls between them, on a new database. */
    static final List<Step> WALK = List.of(
            new Step("GET", "/", null, null),
            new Step("GET", "/ui/users", null, null),
            new Step("POST", "/ui/users", FORM, "name=+Ada+Lovelace+&email=ADA%40example.com"),
            new Step("GET", "/ui/users/1", null, null),
            new Step("POST", "/ui/users", FORM, "name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&email=%22%3E%3Cimg"),
            new Step("POST", "/ui/users", FORM, "name=Other&email=ada%40example.com"),
            new Step("POST", "/users", JSON, "{\"name\":\"Alan Turing\",\"email\":\"alan@example.com\"}"),
            new Step("POST", "/ui/users/1", FORM, "name=Ada+King&email=alan%40example.com"),
            new Step("POST", "/ui/users/1", FORM, "name=Ada+King&email=king%40example.com"),
            new Step("POST", "/ui/users/1/suspend", FORM, ""),
            new Step("GET", "/ui/users/1", null, null),
            new Step("POST", "/ui/users/1", FORM, "name=%E2%80%94&email=x%40example.com"),
            new Step("POST", "/ui/users/1/activate", FORM, ""),
            new Step("GET", "/ui/users?offset=1", null, null),
            new Step("GET", "/ui/users", null, null),
            new Step("POST", "/ui/users/2/delete", FORM, ""),
            new Step("GET", "/ui/users/2", null, null),
            new Step("GET", "/ui/users?offset=-1", null, null),
            new Step("GET", "/ui/nope", null, null),
            new Step("PUT", "/ui/users", FORM, ""),
            new Step("POST", "/ui/users", JSON, "{}"),
            new Step("POST", "/ui/users", FORM, "name=" + "a".repeat(16_400)),
            new Step("POST", "/ui/users", FORM, "name=%zz"),
            new Step("POST", "/ui/users/1/suspend", FORM, "", "Origin", "http://attacker.example"),
            new Step("GET", "/ui/style.css", null, null),
            new Step("GET", "/users", null, null),
            new Step("GET", "/users/1", null, null),
            new Step("GET", "/nope", null, null));

    @Test
    void bothAppsAnswerEveryStepWithTheSameBytes() throws Exception {
        List<String> mvc = walk("mvc-version");
        List<String> clean = walk("clean-version");

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < WALK.size(); i++) {
            if (!mvc.get(i).equals(clean.get(i))) {
                differences.add(WALK.get(i) + "\nmvc-version:\n" + mvc.get(i) + "\nclean-version:\n" + clean.get(i));
            }
        }
        assertThat(differences).withFailMessage(() -> String.join("\n\n", differences)).isEmpty();
        assertThat(mvc).as("answers").anyMatch(answer -> answer.startsWith("200 text/html")).hasSize(WALK.size());
    }

    /** Each step's answer as a client sees it, with the app's name and the createdAt values as placeholders. */
    private static List<String> walk(String tree) throws Exception {
        Path build = Workshop.ROOT.resolve(tree).resolve("target/classes");
        List<String> answers = new ArrayList<>();
        try (LoadedApp app = LoadedApp.start(build)) {
            for (Step step : WALK) {
                HttpResponse<String> response = app.send(step.method(), step.path(), step.type(), step.body(), step.headers());
                String answer = response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                        + " " + response.headers().firstValue("Location").orElse("")
                        + " " + response.headers().firstValue("Allow").orElse("") + "\n" + response.body();
                answers.add(answer.replace(tree, "{app}")
                        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "{createdAt}"));
            }
        }
        return answers;
    }
}
