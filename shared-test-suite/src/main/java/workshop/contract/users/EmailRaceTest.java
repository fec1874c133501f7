package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Problems.assertEmailTaken;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Json;
import workshop.contract.support.Problems;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Codes": 409 {@code email_taken}, "another user already has this email", when "another user has
 * that email; when two requests race for one email, exactly one wins".
 */
@Contract
@DisplayName("409 email_taken, including when two requests race for it: exactly one wins")
class EmailRaceTest {

    private static final int REQUESTS = 24;
    private static final int ROUNDS = 20;
    private static final int MIXED_ROUNDS = 10;

    private final Api api;
    private final AtOnce atOnce;

    EmailRaceTest(Api api) {
        this.api = api;
        this.atOnce = new AtOnce(api, REQUESTS);
    }

    @Test
    @DisplayName("24 concurrent POSTs of one email (in various letter cases), twenty times: one 201, the rest 409")
    void exactlyOneOfConcurrentCreationsWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String email = Users.uniqueEmail("race");
            List<Callable<Reply>> posts = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String sent = letterCase(i, email);
                Api instance = api.instance(i);
                posts.add(() -> instance.post("/users", Users.body("Racer", sent)));
            }
            List<Reply> replies = atOnce.send(posts);

            List<Reply> created = replies.stream().filter(reply -> reply.status() == 201).toList();
            assertThat(created).as("201 answers").hasSize(1);
            assertCreated(created.get(0), "Racer", email);
            replies.stream().filter(reply -> reply.status() != 201).forEach(Problems::assertEmailTaken);
            assertThat(Users.all(api)).filteredOn(user -> user.path("email").asText().equals(email)).hasSize(1);
        }
    }

    @Test
    @DisplayName("8 POSTs and 16 PUTs of other users, all of one email at once, ten times: exactly one wins, the rest"
            + " are 409 and change nothing, and the listing holds the email once")
    void exactlyOneOfConcurrentCreationsAndUpdatesWins() throws Exception {
        List<User> editors = new ArrayList<>(); // whom each request edits, round after round: null for a POST
        for (int i = 0; i < REQUESTS; i++) {
            editors.add(i % 3 == 0 ? null : Users.create(api));
        }
        for (int round = 0; round < MIXED_ROUNDS; round++) {
            String email = Users.uniqueEmail("race");
            List<Callable<Reply>> racers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String body = Users.body("Racer", letterCase(i, email));
                User editor = editors.get(i);
                Api instance = api.instance(i);
                racers.add(editor == null
                        ? () -> instance.post("/users", body) : () -> instance.put(editor.path(), body));
            }
            List<Reply> replies = atOnce.send(racers);

            int[] winners = IntStream.range(0, replies.size()).filter(i -> replies.get(i).status() < 300).toArray();
            assertThat(winners).as("2xx answers among %s", replies).hasSize(1);
            int winner = winners[0];
            IntStream.range(0, replies.size()).filter(i -> i != winner).forEach(i -> assertEmailTaken(replies.get(i)));
            if (editors.get(winner) == null) {
                assertCreated(replies.get(winner), "Racer", email);
            } else {
                editors.set(winner, editors.get(winner).withNameAndEmail("Racer", email));
                assertUser(replies.get(winner), editors.get(winner));
            }
            List<JsonNode> listed = Users.all(api);
            assertThat(listed).extracting(user -> user.path("email").asText()).as("emails").containsOnlyOnce(email);
            editors.stream().filter(Objects::nonNull)
                    .forEach(editor -> assertThat(listed).as("listed").contains(Json.parse(editor.json())));
        }
    }

    /** Half of the requests send the email in upper case: it is lower-cased before it is compared. */
    private static String letterCase(int request, String email) {
        return request % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
    }
}
