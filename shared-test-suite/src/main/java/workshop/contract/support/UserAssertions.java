package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Assertions on success responses: exact bodies and exactly {@code Content-Type: application/json}. */
public final class UserAssertions {

    static final String CREATED_AT_FORMAT = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$";

    private UserAssertions() {
    }

    /** A 200 whose body is exactly the given JSON text. */
    public static void assertJson(Reply reply, String expectedJson) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
        assertJsonBody(reply, expectedJson);
    }

    public static void assertUser(Reply reply, User expected) {
        assertJson(reply, expected.json());
    }

    /**
     * A 201 for a new active user with that (normalised) name and email, {@code Location: /users/{id}},
     * and a createdAt of now, in UTC, to the second. Returns the user for the rest of the test.
     */
    public static User assertCreated(Reply reply, String name, String email) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.path("id").canConvertToExactIntegral()).as("id of %s", reply).isTrue();
        long id = body.path("id").asLong();
        assertThat(id).as("id").isPositive();
        String createdAt = body.path("createdAt").asText();
        assertThat(createdAt).as("createdAt").matches(CREATED_AT_FORMAT);
        // Only to catch a local time or a wrong unit; a client and its server share a clock.
        assertThat(Instant.parse(createdAt)).as("createdAt").isCloseTo(Instant.now(), within(60, ChronoUnit.SECONDS));

        User created = new User(id, name, email, "active", createdAt);
        assertJsonBody(reply, created.json());
        assertThat(reply.header("Location")).as("Location").isEqualTo(created.path());
        return created;
    }

    private static void assertJsonBody(Reply reply, String expectedJson) {
        assertThat(reply.contentType()).as("Content-Type of %s", reply).isEqualTo("application/json");
        assertThat(reply.text()).as("body").isEqualTo(expectedJson);
    }
}
