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
 * {@code <!-- snippet: path/to/File.java#name -->} directly above a fenced code block. The block
 * must show every region {@code // tag::name[]} ... {@code // end::name[]} of the file, in file
 * order, each de-indented, joined by a line {@code ...}, with all tag marker lines left out.
 * Without {@code #name}, the block shows the whole file, marker lines left out. With {@code after step N}
 * ({@code <!-- snippet: path#name after step 3 -->}), the file is as the refactor's step N leaves it.
 */
final class Snippets {

    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#(\\S+))?( after step \\d+)? -->");
    // "//" in Java, "--" in SQL
    private static final Pattern MARKER = Pattern.compile("\\s*(?://|--)\\s*(tag|end)::([\\w.-]+)\\[]\\s*");

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

    /** The text a snippet of this tag of the file must show; a null tag means the whole file. */
    static String expected(String file, String tag) {
        if (tag == null) return deindented(file.lines().filter(line -> !MARKER.matcher(line).matches()).toList());
        List<String> regions = new ArrayList<>();
        List<String> region = null;
        for (String line : file.lines().toList()) {
            Matcher marker = MARKER.matcher(line);
            if (!marker.matches()) {
                if (region != null) region.add(line);
            } else if (marker.group(2).equals(tag) && marker.group(1).equals("tag")) {
                region = new ArrayList<>();
            } else if (marker.group(2).equals(tag) && region != null) {
                regions.add(deindented(region));
                region = null;
            }
        }
        if (region != null) throw new IllegalArgumentException("tag::" + tag + "[] has no end::" + tag + "[]");
        if (regions.isEmpty()) throw new IllegalArgumentException("there is no tag::" + tag + "[] in the file");
        return String.join("\n...\n", regions);
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
