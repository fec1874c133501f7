package workshop.contract.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Which path of the OpenAPI document a request's path names, as the apps match it: one trailing slash ignored,
 * each segment percent-decoded, then compared exactly and case-sensitively ({id} standing for any segment).
 * The validator matches paths case-insensitively, so it is given the path this finds.
 */
final class DocumentPaths {

    /** A documented path: its template (such as /users/{id}) and the request's path on it, as the validator takes it. */
    record Match(String template, String path) {
    }

    private final Set<String> templates;

    DocumentPaths(Set<String> templates) {
        this.templates = templates;
    }

    /** The raw path (still percent-encoded, without its query) as the apps see it: one trailing slash dropped. */
    static String normalised(String rawPath) {
        return rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    }

    Optional<Match> match(String normalisedRawPath) {
        String[] segments = normalisedRawPath.split("/", -1);
        for (String template : templates) {
            String[] parts = template.split("/", -1);
            if (parts.length == segments.length && matches(parts, segments)) {
                return Optional.of(new Match(template, onTemplate(parts, segments)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] parts, String[] segments) {
        for (int i = 0; i < parts.length; i++) {
            boolean matches = isParameter(parts[i]) ? !segments[i].isEmpty() : parts[i].equals(decoded(segments[i]));
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** The template's own segments, with the request's raw values for its parameters. */
    private static String onTemplate(String[] parts, String[] segments) {
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(isParameter(parts[i]) ? segments[i] : parts[i]);
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static boolean isParameter(String part) {
        return part.startsWith("{") && part.endsWith("}");
    }

    /** Percent-decoded as a path segment ('+' is itself there); null, so that it matches nothing, when it cannot be. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }
}
