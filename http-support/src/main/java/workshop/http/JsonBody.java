package workshop.http;

import static io.javalin.http.HttpStatus.BAD_REQUEST;
import static io.javalin.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body the way the contract wants it: JSON media type, at most
 * {@value Body#MAX_BYTES} bytes, strict UTF-8, exactly one JSON object, no repeated member.
 * Jackson is lenient by default; this is where it is made strict.
 */
public final class JsonBody {

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    // Any nesting or number that fits in the size limit is still JSON, so it must parse.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(Body.MAX_BYTES)
                            .maxNumberLength(Body.MAX_BYTES)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {}

    /** The body as a JSON object; 415, 413 or 400 {@code malformed_json} otherwise, in that order. */
    public static ObjectNode read(Context ctx) {
        if (!isJson(ctx.contentType())) {
            throw new ProblemException(Problem.of(UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "the request body must be application/json"));
        }
        if (parse(Body.read(ctx)) instanceof ObjectNode object) {
            return object;
        }
        throw malformed();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip();
        return mediaType.toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static JsonNode parse(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            return STRICT.readTree(text);
        } catch (IOException notUtf8OrNotJson) { // CharacterCodingException is an IOException too
            throw malformed();
        }
    }

    private static ProblemException malformed() {
        return new ProblemException(Problem.of(BAD_REQUEST, "malformed_json",
                "the request body is not a well-formed JSON object"));
    }
}
