package workshop.contract.users;

import static workshop.contract.support.UserAssertions.assertJson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;

/**
 * docs/API.md, "Endpoints": {@code GET /health} answers "200 {@code {"status":"up"}}". "Paths": "One trailing
 * slash is ignored".
 */
@Contract
@DisplayName("GET /health")
class HealthTest {

    private final Api api;

    HealthTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("GET /health answers 200 {\"status\":\"up\"}")
    void answersUp() {
        assertJson(api.get("/health"), "{\"status\":\"up\"}");
    }

    @Test
    @DisplayName("one trailing slash is ignored: GET /health/ is GET /health")
    void ignoresOneTrailingSlash() {
        assertJson(api.get("/health/"), "{\"status\":\"up\"}");
    }
}
