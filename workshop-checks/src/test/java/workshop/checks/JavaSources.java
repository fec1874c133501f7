package workshop.checks;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Copies an app's sources and compiles them (and its templates) in-process, against the libraries of this test run. */
final class JavaSources {

    private JavaSources() {}

    /** Copies {@code tree}'s {@code src} folder under {@code target} (as {@code target/tree/src}); returns the copy. */
    static Path copy(String tree, Path target) throws IOException {
        Path from = Workshop.ROOT.resolve(tree);
        try (Stream<Path> paths = Files.walk(from.resolve("src"))) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(tree).resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return target.resolve(tree);
    }

    /**
     * Compiles a tree's main and test sources together into {@code classes}, with its templates when
     * {@code withTemplates}, as the apps' Maven plugin compiles them; returns the errors, if any.
     */
    static List<String> compile(Path tree, Path classes, boolean withTemplates) {
        List<Path> roots = new ArrayList<>(List.of(tree.resolve("src/main/java"), tree.resolve("src/test/java")));
        if (withTemplates) {
            roots.add(templates(tree));
        }
        return compile(classes, roots.toArray(Path[]::new));
    }

    /** A tree's JTE templates as Java sources, in a folder beside it; the app finds them as it finds its own. */
    private static Path templates(Path tree) {
        Path generated = tree.resolveSibling(tree.getFileName() + "-templates");
        TemplateEngine jte = TemplateEngine.create(new DirectoryCodeResolver(tree.resolve("src/main/java")), generated,
                ContentType.Html, null, "gg.jte.generated.precompiled");
        jte.setTrimControlStructures(true); // as the parent pom configures the plugin
        jte.generateAll();
        return generated;
    }

    /** Compiles the Java sources under the roots into {@code classes}; returns the errors, if any. */
    static List<String> compile(Path classes, Path... roots) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            // This module's test class path holds every library the apps and their tests use.
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                    "-classpath", System.getProperty("java.class.path"));
            var sources = files.getJavaFileObjectsFromPaths(javaFilesUnder(roots));
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(error -> where(error) + error.getMessage(Locale.ROOT))
                .toList();
    }

    private static String where(Diagnostic<? extends JavaFileObject> error) {
        return error.getSource() == null ? "" : error.getSource().getName() + ":" + error.getLineNumber() + ": ";
    }

    private static List<Path> javaFilesUnder(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
