package workshop.contract.users;

import static workshop.contract.support.FieldError.EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS;
import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.FieldError.isNotAnAcceptedField;
import static workshop.contract.support.FieldError.isRequired;
import static workshop.contract.support.FieldError.mustBeAString;
import static workshop.contract.support.Problems.assertInvalidBody;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Json;
import workshop.contract.support.Reply;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Codes": 400 {@code validation_failed}, "the request body is invalid", when "a field is missing,
 * {@code null}, of the wrong type (types are strict: a number is not a string), breaks its rule, or is not an
 * accepted field: {@code id}, {@code status}, {@code createdAt} and any other member are refused, never silently
 * applied; member names are case-sensitive". "Field messages": "{@code errors} lists every failing field, not
 * only the first: {@code name}, then {@code email}, then unknown members in the order of the body".
 */
@Contract
@DisplayName("400 validation_failed: a field missing, null, of the wrong type, breaking its rule, or unknown")
class ValidationTest {

    private final Api api;

    ValidationTest(Api api) {
        this.api = api;
    }

    private Reply create(String body) {
        return api.post("/users", body);
    }

    @Test
    @DisplayName("missing fields are required, and every failing field is listed: name, then email")
    void listsMissingFields() {
        assertInvalidBody(create("{}"), isRequired("name"), isRequired("email"));
    }

    @Test
    @DisplayName("null is the same as missing: is required")
    void treatsNullAsMissing() {
        assertInvalidBody(create("{\"name\":null,\"email\":null}"), isRequired("name"), isRequired("email"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"42", "0", "-1.5", "1e3", "true", "false", "[]", "[\"Ada\"]", "{}", "{\"first\":\"Ada\"}"})
    @DisplayName("types are strict: a number, boolean, array or object is not a string")
    void refusesValuesThatAreNotStrings(String value) {
        assertInvalidBody(create(Users.rawBody(value, value)), mustBeAString("name"), mustBeAString("email"));
    }

    @Test
    @DisplayName("a rule broken by each field: errors lists name, then email")
    void listsBothBrokenRulesNameFirst() {
        assertInvalidBody(create("{\"email\":\"not an email\",\"name\":\"  \"}"),
                NAME_MUST_BE_1_TO_100_CHARACTERS, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "member \"{0}\"")
    @ValueSource(strings = {"id", "status", "createdAt", "Name", "EMAIL", "password", ""})
    @DisplayName("a member that is not an accepted field is refused, never silently applied (names are case-sensitive)")
    void refusesAnUnknownMember(String member) {
        String body = Users.validBody().replace("}", "," + Json.write(member) + ":1}");

        assertInvalidBody(create(body), isNotAnAcceptedField(member));
    }

    @Test
    @DisplayName("an unknown member is refused even when null, or when it repeats a user's own value")
    void refusesUnknownMembersWhateverTheirValue() {
        String body = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"status\":\"active\",\"note\":null}";

        assertInvalidBody(create(body), isNotAnAcceptedField("status"), isNotAnAcceptedField("note"));
    }

    @Test
    @DisplayName("a case variant is unknown and does not stand for the field: Name is refused and name is required")
    void aCaseVariantDoesNotStandForTheField() {
        Reply reply = create("{\"Name\":\"Ada\",\"email\":\"ada@example.com\"}");

        assertInvalidBody(reply, isRequired("name"), isNotAnAcceptedField("Name"));
    }

    @Test
    @DisplayName("errors lists name, then email, then unknown members in body order")
    void listsEveryFailingFieldInOrder() {
        String body = "{\"zeta\":1,\"id\":7,\"email\":\"nope\",\"alpha\":true,\"name\":5,"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"}";

        assertInvalidBody(create(body), mustBeAString("name"), EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS,
                isNotAnAcceptedField("zeta"), isNotAnAcceptedField("id"), isNotAnAcceptedField("alpha"),
                isNotAnAcceptedField("createdAt"));
    }
}
