package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the users a test needs. Emails are unique per run and per call, so a test never depends on what the
 * database already holds, nor on the other tests.
 */
public final class Users {

    public static final String NAME = "Ada Lovelace";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Users() {
    }

    /** Such as {@code user-3f2a9c1e-17@example.com}: lower-case, so it is stored as it is sent. */
    public static String uniqueEmail() {
        return uniqueEmail("user");
    }

    public static String uniqueEmail(String localPrefix) {
        return localPrefix + "-" + RUN + "-" + COUNTER.incrementAndGet() + "@example.com";
    }

    /** A body with these two members, in this order; values may be any JSON value, including null. */
    public static String body(Object name, Object email) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", name);
        members.put("email", email);
        return Json.write(members);
    }

    /** A body from two JSON texts as they are written, escapes and all, such as an escaped lone surrogate. */
    public static String rawBody(String nameJson, String emailJson) {
        return "{\"name\":" + nameJson + ",\"email\":" + emailJson + "}";
    }

    /** A valid body for a user no one has yet. */
    public static String validBody() {
        return body(NAME, uniqueEmail());
    }

    public static User create(Api api) {
        return create(api, NAME, uniqueEmail());
    }

    /** Creates a user whose name and email are already in their stored form. */
    public static User create(Api api, String name, String email) {
        return UserAssertions.assertCreated(api.post("/users", body(name, email)), name, email);
    }

    public static User createSuspended(Api api) {
        User user = create(api);
        Reply suspended = api.post(user.path() + "/suspend");
        assertThat(suspended.status()).as("status of %s", suspended).isEqualTo(200);
        return user.withStatus("suspended");
    }

    /** The id of a user who was created and deleted: a well-formed id that no user has. */
    public static long deletedId(Api api) {
        User user = create(api);
        assertThat(api.delete(user.path()).status()).isEqualTo(204);
        return user.id();
    }

    /** Every user, read page after page. */
    public static List<JsonNode> all(Api api) {
        List<JsonNode> users = new ArrayList<>();
        while (true) {
            Reply page = api.get("/users?limit=1000&offset=" + users.size());
            assertThat(page.status()).as("status of %s", page).isEqualTo(200);
            List<JsonNode> elements = Json.elements(page.json());
            users.addAll(elements);
            if (elements.size() < 1000) {
                return users;
            }
        }
    }
}
