package workshop.contract.http;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import workshop.contract.support.Api;
import workshop.contract.support.Json;
import workshop.contract.support.Reply;

/**
 * One generated request, and the id of the run's user it aims at (null when it aims at none).
 * A failure prints it whole, its body cut short, so that it can be sent again by hand.
 */
record FuzzRequest(String method, String path, Map<String, String> headers, byte[] body, boolean chunked,
                   Long targetId) {

    private static final int SHOWN = 300;

    /**
     * Sends it, and once more when no answer comes: Jetty closes the connection after a URI it refuses (such as
     * {@code /a%00}) without saying {@code Connection: close}, so the next request may meet a dead connection. A
     * request that gets no answer twice fails, and a first try that did change something shows in the ledger.
     */
    Reply send(Api api) {
        try {
            return sendOnce(api);
        } catch (UncheckedIOException deadConnection) {
            return sendOnce(api);
        }
    }

    private Reply sendOnce(Api api) {
        Api.Request request = api.request(method, path);
        headers.forEach(request::header);
        return body == null ? request.send() : request.body(body).chunked(chunked).send();
    }

    /** Everything the client said, which a reply may rightly echo (a method in a 405, a member name in errors). */
    String echoable() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return method + " " + path + " " + headers + " " + text;
    }

    @Override
    public String toString() {
        String shown = method + " " + path + " " + headers;
        if (body == null) {
            return shown + " (no body)";
        }
        return shown + (chunked ? " chunked" : "") + " body of " + body.length + " bytes: " + bodyShown();
    }

    /** The body as a JSON string when it is UTF-8 (escapes make every character visible), else in hex. */
    private String bodyShown() {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            String json = Json.write(text.length() > SHOWN ? text.substring(0, SHOWN) : text);
            return json + (text.length() > SHOWN ? "..." : "");
        } catch (CharacterCodingException notUtf8) {
            int shown = Math.min(body.length, SHOWN);
            return "hex " + HexFormat.of().formatHex(body, 0, shown) + (shown < body.length ? "..." : "");
        }
    }
}
