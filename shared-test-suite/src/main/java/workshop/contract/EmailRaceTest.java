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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Contract
@DisplayName("409 email_taken, including when two requests race for it: exactly one wins")
class EmailRaceTest {

    private static final int REQUESTS = 20;

    private final Api api;

    EmailRaceTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("20 concurrent POSTs of one email (in various letter cases): one 201, nineteen 409 email_taken")
    void exactlyOneOfConcurrentCreationsWins() throws Exception {
        String email = Users.uniqueEmail("race");
        List<Reply> replies = postConcurrently(email);

        List<Reply> created = replies.stream().filter(reply -> reply.status() == 201).toList();
        assertThat(created).as("201 answers").hasSize(1);
        assertCreated(created.get(0), "Racer", email);
        replies.stream().filter(reply -> reply.status() != 201).forEach(Problems::assertEmailTaken);
        assertThat(Users.all(api)).filteredOn(user -> user.path("email").asText().equals(email)).hasSize(1);
    }

    private List<Reply> postConcurrently(String email) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String sent = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/users", Users.body("Racer", sent));
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
