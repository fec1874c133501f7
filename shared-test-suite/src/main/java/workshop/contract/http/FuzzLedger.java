package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workshop.contract.support.FuzzRandom;
import workshop.contract.support.Reply;

/**
 * The users of the fuzz run as its accepted requests left them: only a 2xx may create, change or delete one, so
 * after the run the server must hold exactly these, and a GET must show each as its last 2xx did.
 */
final class FuzzLedger {

    private final Map<Long, JsonNode> users = new LinkedHashMap<>();
    /** Every id the run's 201s gave, deleted ones too. */
    private final List<Long> ids = new ArrayList<>();

    /** Mostly a user of the run who is still there, else any id it was given; empty before its first 201. */
    Optional<Long> anyId(FuzzRandom random) {
        if (users.isEmpty() || random.percent(20)) {
            return ids.isEmpty() ? Optional.empty() : Optional.of(random.pick(ids));
        }
        return Optional.of(random.pick(List.copyOf(users.keySet())));
    }

    /** The email of a user of the run, so that a request may meet 409 email_taken; empty before its first 201. */
    Optional<String> anyEmail(FuzzRandom random) {
        return users.isEmpty() ? Optional.empty()
                : Optional.of(random.pick(List.copyOf(users.values())).path("email").asText());
    }

    void record(FuzzRequest request, Reply reply) {
        if (reply.status() == 204) {
            assertThat(request.targetId()).as("a 204 deletes a user of the run").isIn(users.keySet());
            users.remove(request.targetId());
            return;
        }
        JsonNode body = reply.status() < 300 ? reply.json() : null;
        if (body == null || !body.has("id")) {
            return; // refused, or a listing or /health: nothing changed
        }
        long id = body.get("id").asLong();
        if (reply.status() == 201) {
            assertThat(ids).as("ids already used by the run").doesNotContain(id);
            users.put(id, body);
            ids.add(id);
        } else if (request.method().equals("GET")) {
            assertThat(body).as("user %d as the run's last 2xx left it", id).isEqualTo(users.get(id));
        } else {
            assertThat(users.keySet()).as("a 200 changes a user of the run").contains(id);
            users.put(id, body);
        }
    }

    /** Whether a listed user is one of the run's: one it created, or one that carries its marker in the email. */
    boolean isOfTheRun(JsonNode user, String marker) {
        return ids.contains(user.path("id").asLong()) || user.path("email").asText().contains(marker);
    }

    /** The users of the run in the listing are exactly those its 2xx answers made, as they left them. */
    void assertListed(List<JsonNode> listed, String marker) {
        Map<Long, JsonNode> ofTheRun = new LinkedHashMap<>();
        listed.stream().filter(user -> isOfTheRun(user, marker))
                .forEach(user -> ofTheRun.put(user.path("id").asLong(), user));
        assertThat(ofTheRun).as("the run's users, listed after it").containsExactlyInAnyOrderEntriesOf(users);
    }
}
