package workshop.contract.support;

import static com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.interaction.response.ResponseValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API's OpenAPI document, docs/openapi.yaml, as the build copies it onto the class path: its bytes, and
 * validators built from it once per run (parsing it takes a second).
 */
public final class OpenApiDocument {

    static final String RESOURCE = "/openapi.yaml";

    private static final byte[] BYTES = read();
    static final OpenAPI MODEL = parse();

    /**
     * What the validator would call invalid but the contract allows: the {@code Accept} header is ignored;
     * suspend and activate ignore a body, and so its {@code Content-Type}, even one that is no media type at all
     * (where a body is read, that is a 415, whose response is checked); a repeated query parameter counts by its
     * first value, as its description says. Unknown query parameters are ignored too, the validator's default.
     */
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", IGNORE)
            .withLevel("validation.request.accept", IGNORE)
            .withLevel("validation.request.body.unexpected", IGNORE)
            .withLevel("validation.request.contentType.invalid", IGNORE)
            .withLevel("validation.request.parameter.collection.invalid", IGNORE)
            .build();

    static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createFor(MODEL).withLevelResolver(LEVELS).build();

    /** For the responses of {@code components.responses}, which no operation of the document names alone. */
    static final ResponseValidator RESPONSES = responseValidator();

    private OpenApiDocument() {
    }

    public static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: the build copies docs/openapi.yaml");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI parse() {
        try {
            return new OpenApiLoader().loadApi(
                    SpecSource.inline(new String(BYTES, StandardCharsets.UTF_8)), List.of(), parseOptions());
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new IllegalStateException("docs/openapi.yaml cannot be read as an OpenAPI document: "
                    + e.getParseMessages() + " (the parser logs where)", e);
        }
    }

    /** As the validator parses a document itself: every $ref resolved. */
    private static ParseOptions parseOptions() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        return options;
    }

    private static ResponseValidator responseValidator() {
        MessageResolver messages = new MessageResolver(LEVELS);
        return new ResponseValidator(new SchemaValidator(MODEL, messages), messages, MODEL, List.of());
    }
}
