package workshop.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classes of this package use each other in one direction only, so that each can be read knowing only
 * what it uses; and a problem, or what reads a request, knows nothing of how an answer is shown. Read from
 * the sources, which show what class files do not: Javadoc links, and the constants javac copies into their users.
 */
class DependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/workshop/http");

    /** A problem, and what reads a request. */
    private static final Set<String> DATA = Set.of("Problem", "ProblemException", "Body", "JsonBody", "PostedForm",
            "Slice", "PathId", "WholeNumber");
    /** What writes an answer, or renders a page. */
    private static final Set<String> PRESENTATION = Set.of("HttpErrors", "JettyErrors", "Pages", "PageRenderer",
            "ApiDocs");

    private static final Pattern JAVADOC_LINK = Pattern.compile("\\{@(?:link|linkplain|value) (\\w+)");
    private static final Pattern COMMENT_OR_LITERAL =
            Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+'");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w*\\b");

    @Test
    void noClassUsesItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = uses();
        List<String> cycles = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        uses.keySet().forEach(start -> walk(start, new ArrayList<>(), seen, uses, cycles));
        assertThat(cycles).as("cycles between the classes of workshop.http, whose uses are %s", uses).isEmpty();
    }

    @Test
    void dataUsesNoPresentation() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses.keySet()).as("the classes this test sorts").containsAll(DATA).containsAll(PRESENTATION);
        Map<String, Set<String>> presentationUsed = new TreeMap<>();
        for (String data : DATA) {
            Set<String> used = reachable(data, uses);
            used.retainAll(PRESENTATION);
            if (!used.isEmpty() || Files.readString(SOURCES.resolve(data + ".java")).contains("import gg.jte")) {
                presentationUsed.put(data, used);
            }
        }
        assertThat(presentationUsed).as("presentation that data classes use, directly or not, or JTE").isEmpty();
    }

    /** Each class of the package, and those of the package its source names: in its code or in a Javadoc link. */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                sources.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
            }
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        sources.forEach((name, source) -> {
            Set<String> named = new TreeSet<>();
            JAVADOC_LINK.matcher(source).results().forEach(link -> named.add(link.group(1)));
            String code = COMMENT_OR_LITERAL.matcher(source).replaceAll(" ");
            TYPE_NAME.matcher(code).results().forEach(type -> named.add(type.group()));
            named.retainAll(sources.keySet());
            named.remove(name);
            uses.put(name, named);
        });
        return uses;
    }

    /** Depth first from {@code name}; a class met again on the path closes a cycle, added as text. */
    private static void walk(String name, List<String> path, Set<String> seen, Map<String, Set<String>> uses,
                             List<String> cycles) {
        if (path.contains(name)) {
            cycles.add(String.join(" -> ", path.subList(path.indexOf(name), path.size())) + " -> " + name);
            return;
        }
        if (!seen.add(name)) {
            return; // its cycles, if any, are already found
        }
        path.add(name);
        uses.get(name).forEach(used -> walk(used, path, seen, uses, cycles));
        path.remove(path.size() - 1);
    }

    private static Set<String> reachable(String name, Map<String, Set<String>> uses) {
        Set<String> reached = new TreeSet<>();
        List<String> toVisit = new ArrayList<>(uses.get(name));
        while (!toVisit.isEmpty()) {
            String next = toVisit.remove(toVisit.size() - 1);
            if (reached.add(next)) {
                toVisit.addAll(uses.get(next));
            }
        }
        return reached;
    }
}
