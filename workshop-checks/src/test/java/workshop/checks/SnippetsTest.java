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
                @Override
                public String first() {
                    return work("{id}", '{');
                }

                void second(int times) {
                    more(times);
                }
            }
            """;

    @Test
    void aNameIsItsMethodWithItsAnnotationsDeindented() {
        assertThat(Snippets.expected(SOURCE, "first"))
                .isEqualTo("@Override\npublic String first() {\n    return work(\"{id}\", '{');\n}");
    }

    @Test
    void aNameWithBracesIsTheMethodsBody() {
        assertThat(Snippets.expected(SOURCE, "second{}")).isEqualTo("more(times);");
    }

    @Test
    void aTildeIsEveryLineItsPatternFinds() {
        assertThat(Snippets.expected(SOURCE, "~work|more")).isEqualTo("return work(\"{id}\", '{');\nmore(times);");
    }

    @Test
    void withoutANameASnippetIsTheWholeFile() {
        assertThat(Snippets.expected(SOURCE, null)).isEqualTo(SOURCE.stripTrailing());
    }

    @Test
    void aSnippetThatIsTheCodePasses() {
        assertThat(problemsOf(snippet("Example.java#second{}", "more(times);"), SOURCE)).isEmpty();
    }

    @Test
    void oneChangedCharacterInTheSnippetIsReportedWithExpectedAndActual() {
        assertThat(problemsOf(snippet("Example.java#second{}", "more(time);"), SOURCE)).singleElement()
                .asString().contains("Example.java#second{} (line 2) differs", "expected:\nmore(times);\n",
                        "but was:\nmore(time);");
    }

    @Test
    void oneChangedCharacterInTheSourceIsReported() {
        String markdown = snippet("Example.java#second{}", "more(times);");
        assertThat(problemsOf(markdown, SOURCE.replace("more(", "mare("))).singleElement()
                .asString().contains("differs");
    }

    @Test
    void aSnippetAfterAStepIsTheFileAsThatStepLeavesIt() {
        String markdown = "<!-- snippet: Example.java#second{} after step 3 -->\n```java\nmore(times);\n```\n";
        assertThat(Snippets.problems(markdown, path -> Optional.ofNullable(
                Map.of("Example.java after step 3", SOURCE).get(path)))).isEmpty();
        assertThat(Snippets.problems(markdown, path -> Optional.ofNullable(Map.of("Example.java", SOURCE).get(path))))
                .singleElement().asString().contains("there is no file Example.java after step 3");
    }

    @Test
    void aMissingFileTagOrCodeBlockIsReported() {
        assertThat(problemsOf(snippet("Other.java#second", "x"), SOURCE)).singleElement()
                .asString().contains("there is no file Other.java");
        assertThat(problemsOf(snippet("Example.java#lost", "x"), SOURCE)).singleElement()
                .asString().contains("there is no method lost");
        assertThat(problemsOf("<!-- snippet: Example.java#second -->\nmore(times);\n", SOURCE)).singleElement()
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
