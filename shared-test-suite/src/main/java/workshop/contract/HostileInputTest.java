package workshop.contract;

import static workshop.contract.FieldError.badLimit;
import static workshop.contract.FieldError.nameLength;
import static workshop.contract.FieldError.notAccepted;
import static workshop.contract.FieldError.required;
import static workshop.contract.Problems.assertInvalidBody;
import static workshop.contract.Problems.assertInvalidQuery;
import static workshop.contract.Problems.assertMalformedJson;
import static workshop.contract.Problems.assertNoResource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 500 internal_error cannot be provoked from outside; what can be checked is that no input provokes it. */
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
        assertInvalidBody(api.post("/users", Users.body("n".repeat(16_000), Users.uniqueEmail())), nameLength());
    }

    @Test
    @DisplayName("a member name of 10000 characters is listed like any unknown member")
    void hugeMemberName() {
        String member = "m".repeat(10_000);

        Reply reply = api.post("/users", "{\"" + member + "\":0}");

        assertInvalidBody(reply, required("name"), required("email"), notAccepted(member));
    }

    @Test
    @DisplayName("five hundred unknown members are all listed, in body order")
    void manyUnknownMembers() {
        List<FieldError> errors = new ArrayList<>(List.of(required("name"), required("email")));
        StringBuilder body = new StringBuilder("{");
        IntStream.range(0, 500).forEach(i -> {
            body.append(i == 0 ? "" : ",").append("\"m").append(499 - i).append("\":").append(i);
            errors.add(notAccepted("m" + (499 - i)));
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
        assertInvalidQuery(api.get("/users?limit=" + "1".repeat(1000)), badLimit());
    }
}
