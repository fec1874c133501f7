package workshop.checks;

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

/** Copies an app's sources and compiles them in-process, against the libraries of this test run. */
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

    /** Compiles a tree's main and test sources together into {@code classes}; returns the errors, if any. */
    static List<String> compile(Path tree, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            // This module's test class path holds every library the apps and their tests use.
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                    "-classpath", System.getProperty("java.class.path"));
            var sources = files.getJavaFileObjectsFromPaths(
                    javaFilesUnder(tree.resolve("src/main/java"), tree.resolve("src/test/java")));
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
