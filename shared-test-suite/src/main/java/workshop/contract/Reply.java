package workshop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A response as a client sees it: status, headers and the body's bytes. */
record Reply(int status, HttpHeaders headers, byte[] bytes) {

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        return Json.parse(text());
    }

    /** The header's value, or null when it is absent. */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    /** The methods of an {@code Allow} header, whatever their order and spacing. */
    Set<String> allowedMethods() {
        String allow = header("Allow");
        return allow == null ? Set.of()
                : Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    /** Shown by failing assertions, so that the whole answer is in the report. */
    @Override
    public String toString() {
        return "HTTP " + status + " [Content-Type: " + contentType() + "] " + text();
    }
}
