package workshop.contract;

import static workshop.contract.FieldError.badEmail;
import static workshop.contract.FieldError.nameLength;
import static workshop.contract.FieldError.notAString;
import static workshop.contract.FieldError.notAccepted;
import static workshop.contract.FieldError.required;
import static workshop.contract.Problems.assertInvalidBody;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertInvalidBody(create("{}"), required("name"), required("email"));
    }

    @Test
    @DisplayName("null is the same as missing: is required")
    void treatsNullAsMissing() {
        assertInvalidBody(create("{\"name\":null,\"email\":null}"), required("name"), required("email"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"42", "0", "-1.5", "1e3", "true", "false", "[]", "[\"Ada\"]", "{}", "{\"first\":\"Ada\"}"})
    @DisplayName("types are strict: a number, boolean, array or object is not a string")
    void refusesValuesThatAreNotStrings(String value) {
        assertInvalidBody(create(Users.rawBody(value, value)), notAString("name"), notAString("email"));
    }

    @Test
    @DisplayName("a rule broken by each field: errors lists name, then email")
    void listsBothBrokenRulesNameFirst() {
        assertInvalidBody(create("{\"email\":\"not an email\",\"name\":\"  \"}"), nameLength(), badEmail());
    }

    @ParameterizedTest(name = "member \"{0}\"")
    @ValueSource(strings = {"id", "status", "createdAt", "Name", "EMAIL", "password", ""})
    @DisplayName("a member that is not an accepted field is refused, never silently applied (names are case-sensitive)")
    void refusesAnUnknownMember(String member) {
        String body = Users.validBody().replace("}", "," + Json.write(member) + ":1}");

        assertInvalidBody(create(body), notAccepted(member));
    }

    @Test
    @DisplayName("an unknown member is refused even when null, or when it repeats a user's own value")
    void refusesUnknownMembersWhateverTheirValue() {
        String body = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"status\":\"active\",\"note\":null}";

        assertInvalidBody(create(body), notAccepted("status"), notAccepted("note"));
    }

    @Test
    @DisplayName("a case variant is unknown and does not stand for the field: Name is refused and name is required")
    void aCaseVariantDoesNotStandForTheField() {
        Reply reply = create("{\"Name\":\"Ada\",\"email\":\"ada@example.com\"}");

        assertInvalidBody(reply, required("name"), notAccepted("Name"));
    }

    @Test
    @DisplayName("errors lists name, then email, then unknown members in body order")
    void listsEveryFailingFieldInOrder() {
        String body = "{\"zeta\":1,\"id\":7,\"email\":\"nope\",\"alpha\":true,\"name\":5,"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"}";

        assertInvalidBody(create(body), notAString("name"), badEmail(),
                notAccepted("zeta"), notAccepted("id"), notAccepted("alpha"), notAccepted("createdAt"));
    }
}
