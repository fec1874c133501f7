package workshop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.UserAssertions.assertCreated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Contract
@DisplayName("409 email_taken, including when two requests race for it: exactly one wins")
class EmailRaceTest {

    private static final int REQUESTS = 24;
    private static final int ROUNDS = 20;

    private final Api api;

    EmailRaceTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("24 concurrent POSTs of one email (in various letter cases), twenty times: one 201, the rest 409")
    void exactlyOneOfConcurrentCreationsWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            sendConcurrently(pool, email -> api.get("/health"), "warm-up"); // open the connections beforehand
            for (int round = 0; round < ROUNDS; round++) {
                String email = Users.uniqueEmail("race");
                List<Reply> replies = sendConcurrently(pool, sent -> api.post("/users", Users.body("Racer", sent)), email);

                List<Reply> created = replies.stream().filter(reply -> reply.status() == 201).toList();
                assertThat(created).as("201 answers").hasSize(1);
                assertCreated(created.get(0), "Racer", email);
                replies.stream().filter(reply -> reply.status() != 201).forEach(Problems::assertEmailTaken);
                assertThat(Users.all(api)).filteredOn(user -> user.path("email").asText().equals(email)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends {@value #REQUESTS} requests at once, half of them with the email in upper case. */
    private static List<Reply> sendConcurrently(ExecutorService pool, Function<String, Reply> send, String email)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String sent = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
            futures.add(pool.submit(() -> {
                start.await();
                return send.apply(sent);
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get());
        }
        return replies;
    }
}
