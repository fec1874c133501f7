package workshop.contract.support;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiPathImpl;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether the OpenAPI document (docs/openapi.yaml) describes one exchange between the contract and an app.
 * <p>
 * Every response must be one the document describes: on a path it does not list, its
 * {@code components.responses.NotFound}; for a method a listed path does not serve, its
 * {@code components.responses.MethodNotAllowed}, with an {@code Allow} header naming exactly the methods the
 * document lists for that path; otherwise a response of the operation. A request the app accepts (2xx) must be
 * one the document allows too, or the document is stricter than the API. A request the app refuses is judged by
 * its response alone: the contract sends many outside the document on purpose (malformed bodies, wrong media
 * types, unknown paths, methods a path does not serve, bad ids, bodies too large, fuzzed requests), and what the
 * document must say is how each is refused.
 * <p>
 * The pages for people and tools ({@code /}, {@code /ui/...}, {@code /docs}, {@code /openapi.yaml},
 * {@code /webjars/...}) are outside the JSON API, so outside its document.
 */
final class ExchangeCheck {

    private static final DocumentPaths PATHS = new DocumentPaths(OpenApiDocument.MODEL.getPaths().keySet());
    @SuppressWarnings("unchecked") // a list of strings in the YAML
    private static final List<String> FOR_PEOPLE_AND_TOOLS =
            (List<String>) OpenApiDocument.MODEL.getExtensions().get("x-paths-for-people-and-tools");
    private static final int SHOWN = 300;

    private ExchangeCheck() {
    }

    /** What the document does not describe in this exchange, as a message for a failing test; empty when all is described. */
    static Optional<String> undescribed(HttpRequest request, byte[] body, Reply reply) {
        String path = DocumentPaths.normalised(request.uri().normalize().getRawPath());
        if (isForPeopleOrTools(path)) {
            return Optional.empty();
        }
        Optional<DocumentPaths.Match> match = PATHS.match(path);
        if (match.isEmpty()) {
            return failure("a path it does not list answers as components.responses.NotFound says, but",
                    asComponent("NotFound", 404, reply), request, body, reply);
        }
        PathItem item = OpenApiDocument.MODEL.getPaths().get(match.get().template());
        Set<String> methods = item.readOperationsMap().keySet().stream().map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!methods.contains(request.method())) {
            ValidationReport report = asComponent("MethodNotAllowed", 405, reply);
            if (!reply.allowedMethods().equals(methods)) {
                report = report.merge(ValidationReport.singleton(ValidationReport.Message.create(
                        "allow", "Allow names " + reply.allowedMethods() + ", the document " + methods).build()));
            }
            return failure(match.get().template() + " serves " + methods + " only, so answers as"
                    + " components.responses.MethodNotAllowed says, but", report, request, body, reply);
        }
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(request.method()));
        return asOperation(match.get().path(), request, ignoresItsBody(operation) ? null : body, reply);
    }

    /**
     * Whether the operation takes any body, of any type, and ignores it ({@code *}{@code /*} with no schema:
     * suspend and activate). Such a body holds nothing to check, and the validator, given one of a type it
     * cannot parse, logs that it did not check it: the request is checked without it.
     */
    private static boolean ignoresItsBody(Operation operation) {
        RequestBody body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().size() != 1) {
            return false;
        }
        MediaType any = body.getContent().get("*/*");
        return any != null && any.getSchema() == null;
    }

    private static Optional<String> asOperation(String path, HttpRequest request, byte[] body, Reply reply) {
        Method method = Method.valueOf(request.method());
        ValidationReport response = OpenApiDocument.VALIDATOR.validateResponse(path, method, response(reply));
        if (response.hasErrors()) {
            return failure("it describes no such response to " + method + " " + path + ":",
                    response, request, body, reply);
        }
        if (reply.status() >= 300) {
            return Optional.empty(); // a refusal described for the operation, whatever the request was
        }
        ValidationReport sent = OpenApiDocument.VALIDATOR.validateRequest(request(method, path, request, body));
        return failure("the app accepted a request that the document does not allow:", sent, request, body, reply);
    }

    /** Checked as the operation's only response would be, so that the validator checks status, headers and body. */
    private static ValidationReport asComponent(String name, int status, Reply reply) {
        ApiResponse expected = OpenApiDocument.MODEL.getComponents().getResponses().get(name);
        if (expected == null) {
            return ValidationReport.singleton(ValidationReport.Message.create(
                    "missing", "the document has no components.responses." + name).build());
        }
        var operation = new Operation().responses(new ApiResponses().addApiResponse(Integer.toString(status), expected));
        var apiOperation = new ApiOperation(new ApiPathImpl("/", null), new NormalisedPathImpl("/", null),
                PathItem.HttpMethod.GET, operation);
        return OpenApiDocument.RESPONSES.validateResponse(response(reply), apiOperation);
    }

    /** Whether the document names the path as one for people and tools, which it does not describe. */
    private static boolean isForPeopleOrTools(String path) {
        return FOR_PEOPLE_AND_TOOLS.stream().anyMatch(listed -> listed.endsWith("*")
                ? path.startsWith(listed.substring(0, listed.length() - 1)) : path.equals(listed));
    }

    private static SimpleRequest request(Method method, String path, HttpRequest sent, byte[] body) {
        // Query parameter names are case-sensitive, as in the apps (LIMIT is not limit).
        var request = new SimpleRequest.Builder(method, path, true);
        sent.headers().map().forEach(request::withHeader);
        query(sent.uri().getRawQuery()).forEach(request::withQueryParam);
        if (body != null) {
            request.withBody(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        return request.build();
    }

    private static SimpleResponse response(Reply reply) {
        var response = SimpleResponse.Builder.status(reply.status());
        reply.headers().map().forEach(response::withHeader);
        if (reply.bytes().length > 0) {
            response.withBody(reply.text());
        }
        return response.build();
    }

    /** The query's parameters, decoded as the apps decode them, each with its values in order. */
    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String name = decoded(nameAndValue[0]);
            if (!name.isEmpty()) {
                parameters.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(nameAndValue.length > 1 ? decoded(nameAndValue[1]) : "");
            }
        }
        return parameters;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    private static Optional<String> failure(String what, ValidationReport report, HttpRequest request, byte[] body,
                                            Reply reply) {
        if (!report.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of("The OpenAPI document (docs/openapi.yaml) does not describe this exchange: " + what + "\n"
                + SimpleValidationReportFormat.getInstance().apply(report) + "\n"
                + "  request:  " + shown(request, body) + "\n"
                + "  response: " + shown(reply));
    }

    private static String shown(HttpRequest request, byte[] body) {
        String sent = request.method() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())
                + " " + request.headers().map();
        return body == null ? sent + " (no body)" : sent + " " + cut(new String(body, StandardCharsets.UTF_8));
    }

    private static String shown(Reply reply) {
        return "HTTP " + reply.status() + " " + reply.headers().map() + " " + cut(reply.text());
    }

    private static String cut(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
    }
}
