package workshop.contract.http;

import static workshop.contract.support.FieldError.LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000;
import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.FieldError.isNotAnAcceptedField;
import static workshop.contract.support.FieldError.isRequired;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertInvalidQuery;
import static workshop.contract.support.Problems.assertMalformedJson;
import static workshop.contract.support.Problems.assertNoResource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.FieldError;
import workshop.contract.support.Reply;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": "Any of them may also answer 500 {@code internal_error} if something unexpected
 * fails on the server; no client input, however malformed, causes one." That 500 cannot be provoked from
 * outside; what can be checked is that no input provokes it.
 */
@Contract
@DisplayName("no client input, however malformed, produces a 500")
class HostileInputTest {

    private final Api api;

    HostileInputTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("an array nested 5000 deep is JSON but not an object: malformed_json")
    void deeplyNestedArray() {
        assertMalformedJson(api.post("/users", "[".repeat(5000) + "]".repeat(5000)));
    }

    @Test
    @DisplayName("a name of 16000 characters: must be 1 to 100 characters")
    void hugeName() {
        Reply reply = api.post("/users", Users.body("n".repeat(16_000), Users.uniqueEmail()));

        assertInvalidBody(reply, NAME_MUST_BE_1_TO_100_CHARACTERS);
    }

    @Test
    @DisplayName("a member name of 10000 characters is listed like any unknown member")
    void hugeMemberName() {
        String member = "m".repeat(10_000);

        Reply reply = api.post("/users", "{\"" + member + "\":0}");

        assertInvalidBody(reply, isRequired("name"), isRequired("email"), isNotAnAcceptedField(member));
    }

    @Test
    @DisplayName("five hundred unknown members are all listed, in body order")
    void manyUnknownMembers() {
        List<FieldError> errors = new ArrayList<>(List.of(isRequired("name"), isRequired("email")));
        StringBuilder body = new StringBuilder("{");
        IntStream.range(0, 500).forEach(i -> {
            body.append(i == 0 ? "" : ",").append("\"m").append(499 - i).append("\":").append(i);
            errors.add(isNotAnAcceptedField("m" + (499 - i)));
        });

        assertInvalidBody(api.post("/users", body.append('}').toString()), errors.toArray(FieldError[]::new));
    }

    @Test
    @DisplayName("an id of 200 digits does not fit in 64 bits: no resource at this path")
    void hugeId() {
        assertNoResource(api.get("/users/" + "9".repeat(200)));
        assertNoResource(api.put("/users/" + "9".repeat(200), Users.validBody()));
    }

    @Test
    @DisplayName("a limit of 1000 digits: must be a whole number from 1 to 1000")
    void hugeLimit() {
        assertInvalidQuery(api.get("/users?limit=" + "1".repeat(1000)), LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000);
    }
}
