package workshop.contract;

import static workshop.contract.FieldError.badLimit;
import static workshop.contract.FieldError.badOffset;
import static workshop.contract.Problems.assertInvalidQuery;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("GET /users: 400 validation_failed for a bad limit or offset")
class ListQueryTest {

    private final Api api;

    ListQueryTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"", "abc", "-1", "0", "1001", "1.5", "%2B5", "+5", "1e2", "0x10", "2147483648",
            "9223372036854775808", "99999999999999999999"})
    @DisplayName("limit must be a whole number from 1 to 1000; an empty value is a bad value")
    void refusesABadLimit(String limit) {
        assertInvalidQuery(api.get("/users?limit=" + limit), badLimit());
        assertInvalidQuery(api.get("/users?offset=0&limit=" + limit), badLimit());
    }

    @ParameterizedTest(name = "offset={0}")
    @ValueSource(strings = {"", "abc", "-1", "1.5", "%2B5", "+5", "1e2", "0x10", "9223372036854775808",
            "99999999999999999999"})
    @DisplayName("offset must be a whole number from 0 to 2^63-1; an empty value is a bad value")
    void refusesABadOffset(String offset) {
        assertInvalidQuery(api.get("/users?offset=" + offset), badOffset());
        assertInvalidQuery(api.get("/users?limit=10&offset=" + offset), badOffset());
    }

    @Test
    @DisplayName("both bad: errors lists limit, then offset, whatever their order in the query")
    void listsLimitBeforeOffset() {
        assertInvalidQuery(api.get("/users?limit=0&offset=-1"), badLimit(), badOffset());
        assertInvalidQuery(api.get("/users?offset=&limit="), badLimit(), badOffset());
    }
}
