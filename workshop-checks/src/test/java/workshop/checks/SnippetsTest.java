package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every snippet of WORKSHOP.md is the code it names, to the character; and the checker itself works. */
class SnippetsTest {

    @Test
    void everySnippetOfWorkshopMdIsTheCodeItNames() throws Exception {
        List<String> problems = Snippets.problems(Workshop.markdown(), Workshop::source);
        assertThat(problems).withFailMessage(() -> String.join("\n\n", problems)).isEmpty();
    }

    // ---- the checker, on strings

    private static final String SOURCE = """
            class Example {
                // tag::outer[]
                void first() {
                    // tag::inner[]
                    work();
                    // end::inner[]
                }
                // end::outer[]

                void second() {
                    // tag::inner[]
                    more();
                    // end::inner[]
                }
            }
            """;

    @Test
    void aTagIsEachOfItsRegionsDeindentedWithoutAnyMarkerLine() {
        assertThat(Snippets.expected(SOURCE, "outer")).isEqualTo("void first() {\n    work();\n}");
        assertThat(Snippets.expected(SOURCE, "inner")).isEqualTo("work();\n...\nmore();");
        assertThat(Snippets.expected("-- tag::table[]\n  CREATE TABLE t;\n-- end::table[]", "table"))
                .isEqualTo("CREATE TABLE t;");
    }

    @Test
    void withoutATagASnippetIsTheWholeFileWithoutMarkerLines() {
        assertThat(Snippets.expected(SOURCE, null)).doesNotContain("tag::", "end::").contains("void second() {");
    }

    @Test
    void aSnippetThatIsTheCodePasses() {
        assertThat(problemsOf(snippet("Example.java#inner", "work();\n...\nmore();"), SOURCE)).isEmpty();
    }

    @Test
    void oneChangedCharacterInTheSnippetIsReportedWithExpectedAndActual() {
        assertThat(problemsOf(snippet("Example.java#inner", "work();\n...\nmore()"), SOURCE)).singleElement()
                .asString().contains("Example.java#inner (line 2) differs", "expected:\nwork();\n...\nmore();\n",
                        "but was:\nwork();\n...\nmore()");
    }

    @Test
    void oneChangedCharacterInTheSourceIsReported() {
        String markdown = snippet("Example.java#inner", "work();\n...\nmore();");
        assertThat(problemsOf(markdown, SOURCE.replace("work()", "wark()"))).singleElement()
                .asString().contains("differs");
    }

    @Test
    void aSnippetAfterAStepIsTheFileAsThatStepLeavesIt() {
        String markdown = "<!-- snippet: Example.java#inner after step 3 -->\n```java\nwork();\n...\nmore();\n```\n";
        assertThat(Snippets.problems(markdown, path -> Optional.ofNullable(
                Map.of("Example.java after step 3", SOURCE).get(path)))).isEmpty();
        assertThat(Snippets.problems(markdown, path -> Optional.ofNullable(Map.of("Example.java", SOURCE).get(path))))
                .singleElement().asString().contains("there is no file Example.java after step 3");
    }

    @Test
    void aMissingFileTagOrCodeBlockIsReported() {
        assertThat(problemsOf(snippet("Other.java#inner", "x"), SOURCE)).singleElement()
                .asString().contains("there is no file Other.java");
        assertThat(problemsOf(snippet("Example.java#lost", "x"), SOURCE)).singleElement()
                .asString().contains("there is no tag::lost[]");
        assertThat(problemsOf("<!-- snippet: Example.java#inner -->\nwork();\n", SOURCE)).singleElement()
                .asString().contains("does not open a fenced code block");
    }

    @Test
    void aTextWithoutSnippetsFailsRatherThanPassingVacuously() {
        assertThat(problemsOf("# Workshop\n\nNo code here.\n", SOURCE)).singleElement()
                .asString().contains("no snippet at all");
    }

    private static String snippet(String target, String code) {
        return "Some text.\n<!-- snippet: " + target + " -->\n```java\n" + code + "\n```\nMore text.\n";
    }

    private static List<String> problemsOf(String markdown, String exampleJava) {
        return Snippets.problems(markdown, path -> Optional.ofNullable(Map.of("Example.java", exampleJava).get(path)));
    }
}
