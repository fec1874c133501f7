package workshop.contract.http;

import static workshop.contract.support.Bodies.LIMIT;
import static workshop.contract.support.Bodies.padded;
import static workshop.contract.support.FieldError.isNotAnAcceptedField;
import static workshop.contract.support.FieldError.mustBeAString;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertTooLarge;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.contract.support.Api;
import workshop.contract.support.Bodies;
import workshop.contract.support.Contract;
import workshop.contract.support.FieldError;
import workshop.contract.support.Json;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Limits": "Within 16 KiB, any JSON is read whole, however deeply nested and however long its
 * numbers, and then judged by the rules above." Here are hostile values as big as the limit lets them be:
 * nesting thousands deep, numbers of thousands of digits.
 */
@Contract
@DisplayName("413 content_too_large: over 16384 bytes; any JSON within them is read, and judged by the fields' rules")
class NearTheLimitTest {

    private final Api api;

    NearTheLimitTest(Api api) {
        this.api = api;
    }

    static Stream<Arguments> hugeValues() {
        String email = "near-the-limit@example.com";
        String deepArrays = Users.rawBody(Bodies.nested("[", "", "]", 8000), Json.write(email));
        String deepObjects = Users.rawBody(Bodies.nested("{\"a\":", "1", "}", 2600), Json.write(email));
        String longNumber = Users.rawBody("\"Ada\"", "9".repeat(16_000));
        String twoByteCharacters = Users.body("Ada", email).replace("}", ",\"x\":\"" + "é".repeat(8100) + "\"}");
        return Stream.of(
                Arguments.of("name: arrays nested 8000 deep", deepArrays, mustBeAString("name")),
                Arguments.of("name: objects nested 2600 deep", deepObjects, mustBeAString("name")),
                Arguments.of("email: a number of 16000 digits", longNumber, mustBeAString("email")),
                Arguments.of("an unknown member: 8100 × é, so 8100 characters but 16200 bytes", twoByteCharacters,
                        isNotAnAcceptedField("x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeValues")
    @DisplayName("such a value in a body of exactly 16384 bytes is a field breaking its rule (400 validation_failed);"
            + " in one of 16385 bytes (the limit counts bytes, not characters) it is 413")
    void readsAnyJsonUpToTheLimit(String value, String json, FieldError expected) {
        assertInvalidBody(api.post("/users", padded(json, LIMIT)), expected);
        assertTooLarge(api.post("/users", padded(json, LIMIT + 1)));
    }

    static Stream<Arguments> hugeNumbers() {
        return Stream.of(
                Arguments.of("5000 digits", "9".repeat(5000)),
                Arguments.of("-5000 digits", "-" + "9".repeat(5000)),
                Arguments.of("0.(5000 zeros)1", "0." + "0".repeat(5000) + "1"),
                Arguments.of("beyond a double: 1e999999999", "1e999999999"),
                Arguments.of("below a double: -1E-999999999", "-1E-999999999"),
                Arguments.of("3000 digits, a fraction and an exponent", "1".repeat(3000) + ".5e+3000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeNumbers")
    @DisplayName("a number of thousands of digits, or beyond a double's range, is a number, so not a string"
            + " (validation_failed), and as an unknown member it is not accepted")
    void refusesHugeNumbersAsAnyOtherNumber(String description, String number) {
        assertInvalidBody(api.post("/users", Users.rawBody(number, number)),
                mustBeAString("name"), mustBeAString("email"));
        String unknown = Users.validBody().replace("}", ",\"x\":" + number + "}");
        assertInvalidBody(api.post("/users", unknown), isNotAnAcceptedField("x"));
    }
}
