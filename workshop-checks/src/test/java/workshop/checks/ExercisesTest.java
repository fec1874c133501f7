package workshop.checks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.contract.DatabaseSettings;

/** The exercises' worked solutions still apply to the trees and compile, and WORKSHOP.md counts them right. */
class ExercisesTest {

    @TempDir
    static Path copies;
    private static Map<Path, List<String>> problems;

    static List<Path> patches() throws IOException {
        return Exercises.patches(Workshop.ROOT);
    }

    @BeforeAll
    static void applyEachPatchToACopyOfItsTree() throws IOException {
        // In parallel: each copy takes a second of javac.
        problems = patches().parallelStream().collect(toMap(patch -> patch, ExercisesTest::problemsOnceApplied));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patches")
    void appliesCleanlyAndCompiles(Path patch) {
        assertThat(problems.get(patch)).as("once %s is applied", patch).isEmpty();
    }

    @Test
    void workshopMdShowsTheCurrentCounts() throws IOException {
        Workshop.assertBlockShows(Workshop.markdown(), "exercises", Exercises.table(Workshop.ROOT),
                "java workshop-checks/src/main/java/workshop/checks/Exercises.java");
    }

    @Test
    void theSwapOfStorageFailsTheTestsThatTheReadmeSays() throws Exception {
        String readme = Files.readString(Workshop.ROOT.resolve("exercises/README.md"));
        assertThat(readme).as("exercises/README.md, exercise 1")
                .contains("all its tests but the " + ContractCounts.onAFileDatabase() + " that restart");
    }

    static Stream<Path> phoneSolutions() throws IOException {
        return patches().stream().filter(patch -> patch.getParent().getFileName().toString().equals("2-add-a-field"));
    }

    /**
     * Exercise 2's solution adds its column with a migration of its own, which the app applies at start: on a
     * database made before there were migrations, whose users stay as they were, and have no phone.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("phoneSolutions")
    void thePhonesMigrationUpgradesADatabaseMadeBeforeMigrations(Path patch, @TempDir Path directory) throws Exception {
        assertThat(problems.get(patch)).as("once %s is applied", patch).isEmpty();
        try (var in = ExercisesTest.class.getResourceAsStream("/v1-database/users.mv.db");
                var listed = ExercisesTest.class.getResourceAsStream("/v1-database/users.json")) {
            Files.copy(in, directory.resolve("users.mv.db"));
            Path copy = copies.resolve(patch.getParent().getFileName() + "-" + Exercises.tree(patch));
            DatabaseSettings v1 = new DatabaseSettings("jdbc:h2:" + directory.resolve("users"), "sa", "");
            try (LoadedApp app = LoadedApp.start(v1, copy.resolve("classes"),
                    copy.resolve(Exercises.tree(patch)).resolve("src/main/resources"))) {
                assertThat(app.send("GET", "/users", null, null).body())
                        .isEqualTo(new String(listed.readAllBytes(), UTF_8));
                String body = "{\"name\":\"Ada\",\"email\":\"ada.phone@example.com\",\"phone\":\"+44 20 7946 0958\"}";
                var created = app.send("POST", "/users", "application/json", body);
                assertThat(created.statusCode()).as("POST with a phone: %s", created.body()).isEqualTo(201);
                assertThat(app.send("GET", "/users/6", null, null).body()).contains("\"phone\":\"+44 20 7946 0958\"");
            }
        }
    }

    /** Why the patch does not apply to a copy of its tree, or the compile errors once it is applied. */
    private static List<String> problemsOnceApplied(Path patch) {
        try {
            Path copy = copies.resolve(patch.getParent().getFileName() + "-" + Exercises.tree(patch));
            Path tree = JavaSources.copy(Exercises.tree(patch), copy);
            copyDocs(copy); // exercise 2 describes its field in docs/ too, which both trees share
            for (String file : Exercises.perFile(Files.readString(patch))) {
                apply(file, copy);
            }
            return JavaSources.compile(tree, copy.resolve("classes"), true);
        } catch (PatchFailedException e) {
            return List.of("it no longer applies (" + e.getMessage() + "): the code has drifted,"
                    + " so make the solution again (exercises/README.md says how)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies docs/ beside the copy of a tree, for the parts of a patch that change the API's documents. */
    private static void copyDocs(Path copy) throws IOException {
        Path docs = Files.createDirectories(copy.resolve("docs"));
        try (Stream<Path> files = Files.list(Workshop.ROOT.resolve("docs"))) {
            for (Path file : files.toList()) {
                Files.copy(file, docs.resolve(file.getFileName().toString()));
            }
        }
    }

    /** Applies one file's part of a patch under {@code root}; each hunk must match where it was made. */
    private static void apply(String part, Path root) throws IOException, PatchFailedException {
        UnifiedDiffFile file = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(part.getBytes(UTF_8)))
                .getFiles().get(0);
        String from = file.getFromFile();
        String to = file.getToFile();
        List<String> original = from.equals("/dev/null") ? List.of() : Files.readAllLines(root.resolve(from));
        List<String> patched;
        try {
            patched = DiffUtils.patch(original, file.getPatch());
        } catch (PatchFailedException e) {
            throw new PatchFailedException(from + ": " + e.getMessage());
        }
        if (!from.equals("/dev/null")) {
            Files.delete(root.resolve(from));
        }
        if (!to.equals("/dev/null")) {
            Files.createDirectories(root.resolve(to).getParent());
            Files.write(root.resolve(to), patched, UTF_8);
        }
    }
}
