package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.OpenApiDocument;
import workshop.contract.support.Reply;

/**
 * docs/API.md, "Paths for people and tools": {@code GET /openapi.yaml} is "the OpenAPI 3.0.3 document of the JSON
 * API, [...] {@code Content-Type: application/yaml}, the same bytes in both apps"; {@code GET /docs} is "Swagger
 * UI showing that document", and {@code /webjars/...} "what {@code /docs} loads: Swagger UI's scripts and styles,
 * from the app itself, so it works offline".
 */
@Contract
@DisplayName("GET /openapi.yaml: the OpenAPI document of this API; GET /docs: Swagger UI showing it, from the app alone")
class ApiDocsTest {

    /** Where a page names what it loads or links to. */
    private static final Pattern SRC_OR_HREF = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");

    private final Api api;

    ApiDocsTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("GET /openapi.yaml answers 200 application/yaml with docs/openapi.yaml, byte for byte")
    void servesTheDocument() {
        Reply reply = api.get("/openapi.yaml");

        assertThat(reply.status()).as("status of GET /openapi.yaml").isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/yaml");
        assertThat(reply.bytes()).as("the document served, against the one on the suite's class path")
                .isEqualTo(OpenApiDocument.bytes());
    }

    @Test
    @DisplayName("GET /docs answers an HTML page that shows /openapi.yaml, with scripts and styles of this app only")
    void servesSwaggerUi() {
        Reply page = api.get("/docs");

        assertThat(page.status()).as("status of GET /docs").isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("\"/openapi.yaml\"").doesNotContain("://");
        List<String> loaded = SRC_OR_HREF.matcher(page.text()).results().map(match -> match.group(1)).toList();
        assertThat(loaded).as("what /docs loads").isNotEmpty()
                .allSatisfy(path -> assertThat(path).as("a path of this app").startsWith("/").doesNotStartWith("//"));
        for (String path : loaded) {
            Reply asset = api.get(path);
            assertThat(asset.status()).as("status of GET %s, which /docs loads", path).isEqualTo(200);
            assertThat(asset.bytes()).as("GET %s", path).isNotEmpty();
        }
    }
}
