package workshop.contract.users;

import static workshop.contract.support.FieldError.LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000;
import static workshop.contract.support.FieldError.OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1;
import static workshop.contract.support.Problems.assertInvalidQuery;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;

/**
 * docs/API.md, "Listing": "{@code limit} is how many users at most: a whole number from 1 to 1000", "{@code offset}
 * is how many to skip: a whole number from 0 to 2^63-1"; "a sign, a decimal point, an exponent or an empty value
 * ({@code limit=}) is a bad value". A bad value answers 400 {@code validation_failed}, "the query parameters are
 * invalid", and "for a query, {@code limit} before {@code offset}".
 */
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
        assertInvalidQuery(api.get("/users?limit=" + limit), LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000);
        assertInvalidQuery(api.get("/users?offset=0&limit=" + limit), LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000);
    }

    @ParameterizedTest(name = "offset={0}")
    @ValueSource(strings = {"", "abc", "-1", "1.5", "%2B5", "+5", "1e2", "0x10", "9223372036854775808",
            "99999999999999999999"})
    @DisplayName("offset must be a whole number from 0 to 2^63-1; an empty value is a bad value")
    void refusesABadOffset(String offset) {
        assertInvalidQuery(api.get("/users?offset=" + offset),
                OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1);
        assertInvalidQuery(api.get("/users?limit=10&offset=" + offset),
                OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1);
    }

    @Test
    @DisplayName("both bad: errors lists limit, then offset, whatever their order in the query")
    void listsLimitBeforeOffset() {
        assertInvalidQuery(api.get("/users?limit=0&offset=-1"),
                LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000, OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1);
        assertInvalidQuery(api.get("/users?offset=&limit="),
                LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000, OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1);
    }
}
