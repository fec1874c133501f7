package workshop.checks;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The students' starting point, made from a copy of both apps: every step is empty, and it all still compiles. */
class StarterTest {

    @TempDir
    static Path copy;
    private static List<Starter.Step> emptied;
    private static Map<String, List<String>> compileErrors;

    @BeforeAll
    static void makeTheStartingPointOfACopy() throws IOException {
        for (String tree : Starter.TREES) {
            JavaSources.copy(tree, copy);
        }
        emptied = Starter.emptySteps(copy);
        compileErrors = Starter.TREES.parallelStream() // in parallel: each tree takes a second of javac
                .collect(toMap(tree -> tree, tree -> JavaSources.compile(copy.resolve(tree), classesOf(tree))));
    }

    @Test
    void emptiesEachOfTheFourStepsOnce() throws IOException {
        assertThat(emptied).extracting(Starter.Step::number).containsExactly(1, 2, 3, 4);
        for (Starter.Step step : emptied) {
            String n = String.valueOf(step.number());
            assertThat(Files.readString(copy.resolve(step.file())))
                    .as("step %s in %s", n, step.file())
                    .containsPattern("// tag::step" + n + "\\[]\\R\\s*throw new UnsupportedOperationException"
                            + "\\(\"to do in step " + n + "\"\\);\\R\\s*// end::step" + n + "\\[]");
        }
    }

    @Test
    void changesNothingMoreWhenRunAgain() {
        assertThat(Starter.emptySteps(copy)).isEqualTo(emptied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mvc-version", "clean-version"})
    void compilesWithItsTests(String tree) {
        assertThat(compileErrors.get(tree)).as("compile errors in the starting point of " + tree).isEmpty();
    }

    @Test
    void answersAStepStillToDoWith501() throws Exception {
        assertThat(compileErrors.get("mvc-version")).isEmpty();
        // The starting point's classes and resources, and docs/openapi.yaml as the build adds it, over the
        // libraries of this test run.
        URL[] starter = {
            classesOf("mvc-version").toUri().toURL(), copy.resolve("mvc-version/src/main/resources").toUri().toURL(),
            Workshop.ROOT.resolve("docs").toUri().toURL()};
        try (var loader = new URLClassLoader(starter, StarterTest.class.getClassLoader()); var app = startApp(loader)) {
            String users = "http://127.0.0.1:" + app.getClass().getMethod("port").invoke(app) + "/users";
            assertThat(post(users, "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}").statusCode()).isEqualTo(201);

            HttpResponse<String> suspend = post(users + "/1/suspend", "");
            assertThat(suspend.statusCode()).isEqualTo(501);
            assertThat(suspend.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Implemented\","
                    + "\"status\":501,\"detail\":\"to do in step 1\",\"code\":\"not_implemented\"}");
        }
    }

    /** {@code App.start(new Settings("127.0.0.1", 0, ...))}, by reflection: these classes are not on the class path. */
    private static AutoCloseable startApp(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> settings = loader.loadClass("workshop.Settings");
        Object anyPort = settings.getConstructor(String.class, int.class, String.class)
                .newInstance("127.0.0.1", 0, "jdbc:h2:mem:starter-test");
        return (AutoCloseable) loader.loadClass("workshop.App").getMethod("start", settings).invoke(null, anyPort);
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json))
                .build();
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                .send(request, BodyHandlers.ofString());
    }

    private static Path classesOf(String tree) {
        return copy.resolve(tree + "-classes");
    }
}
