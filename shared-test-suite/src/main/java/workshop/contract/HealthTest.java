package workshop.contract;

import static workshop.contract.UserAssertions.assertJson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
