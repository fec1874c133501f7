package workshop.checks;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the snippets of a Markdown text against the code they name. A snippet is a line
 * {@code <!-- snippet: path/to/File.java#name -->} directly above a fenced code block, which must show, de-indented:
 * <ul>
 * <li>{@code #name}: the method (or constructor) of that name, from its annotations to its closing brace;</li>
 * <li>{@code #name{}}: the lines of that method's body;</li>
 * <li>{@code #~regex}: every line that the regular expression finds, in file order;</li>
 * <li>no {@code #}: the whole file.</li>
 * </ul>
 * The apps' code carries no marker for the page: a snippet names what a reader would look for. With
 * {@code after step N} ({@code <!-- snippet: path#name after step 3 -->}), the file is as the refactor's step N
 * leaves it.
 */
final class Snippets {

    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#(\\S+))?( after step \\d+)? -->");
    /** String and character literals, whose braces do not count. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");

    private Snippets() {}
    /** What is wrong with the snippets of the markdown, one text each; empty when all is well. */
    static List<String> problems(String markdown, Function<String, Optional<String>> readFile) {
        List<String> lines = markdown.lines().toList();
        List<String> problems = new ArrayList<>();
        int snippets = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher snippet = SNIPPET.matcher(lines.get(i).strip());
            if (!snippet.matches()) continue;
            snippets++;
            String tag = snippet.group(2);
            String file = snippet.group(1) + (snippet.group(3) == null ? "" : snippet.group(3));
            String name = "snippet " + snippet.group(1) + (tag == null ? "" : "#" + tag)
                    + (snippet.group(3) == null ? "" : snippet.group(3)) + " (line " + (i + 1) + ")";
            try {
                String shown = codeBlockBelow(lines, i);
                String expected = expected(readFile.apply(file).orElseThrow(() -> new IllegalArgumentException(
                        "there is no file " + file)), tag);
                if (!shown.equals(expected)) {
                    problems.add(name + " differs from the code.\nexpected:\n" + expected + "\nbut was:\n" + shown);
                }
            } catch (IllegalArgumentException wrongSnippet) {
                problems.add(name + ": " + wrongSnippet.getMessage());
            }
        }
        if (snippets == 0) problems.add("There is no snippet at all, so there is nothing to check.");
        return problems;
    }

    /** The text a snippet shows: see the class comment; a null name means the whole file. */
    static String expected(String file, String name) {
        List<String> lines = file.lines().toList();
        if (name == null) return deindented(lines);
        if (name.startsWith("~")) {
            Pattern pattern = Pattern.compile(name.substring(1));
            List<String> found = lines.stream().filter(line -> pattern.matcher(line).find()).toList();
            if (found.isEmpty()) throw new IllegalArgumentException("no line of the file matches " + name.substring(1));
            return deindented(found);
        }
        boolean bodyOnly = name.endsWith("{}");
        String method = bodyOnly ? name.substring(0, name.length() - 2) : name;
        Pattern declaration = Pattern.compile("^\\s*(?:[\\w<>\\[\\],.?]+\\s+)*" + Pattern.quote(method) + "\\s*\\(");
        for (int first = 0; first < lines.size(); first++) {
            if (!declaration.matcher(lines.get(first)).find() || lines.get(first).strip().startsWith("return ")) continue;
            int last = closingBrace(lines, first);
            if (bodyOnly) return deindented(lines.subList(first + 1, last));
            while (first > 0 && lines.get(first - 1).strip().startsWith("@")) first--;
            return deindented(lines.subList(first, last + 1));
        }
        throw new IllegalArgumentException("there is no method " + method + " in the file");
    }

    /** The line that closes the block the declaration on line {@code first} opens. */
    private static int closingBrace(List<String> lines, int first) {
        int depth = 0;
        boolean opened = false;
        for (int i = first; i < lines.size(); i++) {
            String code = LITERAL.matcher(lines.get(i)).replaceAll("\"\"");
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                }
            }
            if (opened && depth == 0) return i;
        }
        throw new IllegalArgumentException("the method on line " + (first + 1) + " is never closed");
    }

    private static String codeBlockBelow(List<String> lines, int snippetLine) {
        int open = snippetLine + 1;
        if (open == lines.size() || !lines.get(open).startsWith("```")) {
            throw new IllegalArgumentException("the line below it does not open a fenced code block");
        }
        String fence = lines.get(open).replaceAll("^(`+).*", "$1");
        for (int close = open + 1; close < lines.size(); close++) {
            if (lines.get(close).strip().equals(fence)) return String.join("\n", lines.subList(open + 1, close));
        }
        throw new IllegalArgumentException("its code block is never closed");
    }

    /** The lines without the indentation they all share; blank lines become empty. */
    private static String deindented(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).collect(joining("\n"));
    }
}
