package workshop.contract.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A response as a client sees it: status, headers and the body's bytes. The contract's own expectations are
 * replies too ({@link #expected}), so that what an app answered and what the contract says it should answer
 * print alike.
 */
public record Reply(int status, HttpHeaders headers, byte[] bytes) {

    /** The reply the contract expects: that status, and that body of that type; no body when the type is null. */
    public static Reply expected(int status, String contentType, String body) {
        Map<String, List<String>> headers = contentType == null ? Map.of()
                : Map.of("Content-Type", List.of(contentType));
        return new Reply(status, HttpHeaders.of(headers, (name, value) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return Json.parse(text());
    }

    /** The header's value, or null when it is absent. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** The methods of an {@code Allow} header, whatever their order and spacing. */
    public Set<String> allowedMethods() {
        String allow = header("Allow");
        return allow == null ? Set.of()
                : Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    /**
     * What a client sees of it: its status, and its body with the body's type (a reply without a body shows its
     * status only). Two replies that print the same are the same to a client, other headers aside; failing
     * assertions show it, so that the whole answer is in the report.
     */
    @Override
    public String toString() {
        return "HTTP " + status + (bytes.length == 0 ? "" : " [Content-Type: " + contentType() + "] " + text());
    }
}
