package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.FuzzRandom;
import workshop.contract.support.Problems;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;
import workshop.contract.users.Change.Kind;
import workshop.contract.users.Change.Outcome;

/**
 * docs/API.md, "The rules": "Requests sent at the same moment for one user end as if one came after the other,
 * in either order: no change is lost and no rule is broken."
 * <p>
 * Two requests that read one user and change it, sent at once, round after round, each round on a fresh user.
 * Whatever the interleaving, the answers and what is stored must be those of one serial order of the two:
 * a lost update (a PUT undone by a suspend that read the user before it) or a 200 for a change that is not
 * stored fits none. Seeded, like the fuzz run: {@code -Dcontract.races.seed=N} plays other rounds.
 */
@Contract
@DisplayName("every request that reads a user and then changes it is one unit of work: requests sent at once"
        + " answer and store what one serial order of them would")
class ConcurrentChangesTest {

    private static final int ROUNDS = 40;
    private static final String SEED_PROPERTY = "contract.races.seed";
    private static final long SEED = Long.getLong(SEED_PROPERTY, 20_261_129L);
    /** Each request waits up to this long after the start, so that rounds try the interleavings in between. */
    private static final int MAX_DELAY_MICROS = 400;

    /** A kind of race: the user's status before it, and the two requests it sends, drawn for each round. */
    record Race(String name, Function<FuzzRandom, Boolean> startsSuspended, Function<FuzzRandom, List<Change>> changes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Api api;
    private final AtOnce atOnce;

    ConcurrentChangesTest(Api api) {
        this.api = api;
        this.atOnce = new AtOnce(api, 2);
    }

    static Stream<Race> races() {
        return Stream.of(
                new Race("PUT against suspend", random -> false, random -> List.of(put(random), Change.of(Kind.SUSPEND))),
                new Race("PUT against activate", random -> true, random -> List.of(put(random), Change.of(Kind.ACTIVATE))),
                new Race("suspend against activate", random -> random.percent(50),
                        random -> List.of(Change.of(Kind.SUSPEND), Change.of(Kind.ACTIVATE))),
                new Race("PUT against DELETE", random -> false, random -> List.of(put(random), Change.of(Kind.DELETE))),
                new Race("two PUTs with different names and emails", random -> false, random -> List.of(put(random), put(random))));
    }

    /** A PUT of a name and an email that no other request sends. */
    private static Change put(FuzzRandom random) {
        return Change.put("Racer " + random.below(1_000_000), Users.uniqueEmail("put"));
    }

    @ParameterizedTest(name = "{0}, " + ROUNDS + " rounds")
    @MethodSource("races")
    void endsAsOneSerialOrderWould(Race race) throws Exception {
        FuzzRandom random = new FuzzRandom(SEED ^ race.name().hashCode());
        for (int round = 1; round <= ROUNDS; round++) {
            User before = race.startsSuspended().apply(random) ? Users.createSuspended(api) : Users.create(api);
            List<Change> changes = race.changes().apply(random);
            List<Callable<Reply>> requests = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                Api instance = api.instance(i); // with two instances of the app, each request goes to another
                long delay = random.below(MAX_DELAY_MICROS) * 1000L;
                requests.add(() -> {
                    LockSupport.parkNanos(delay);
                    return change.send(instance, before);
                });
            }
            List<Reply> answers = atOnce.send(requests);
            Reply stored = api.get(before.path());

            List<String> serialOrders = List.of(
                    serially(before, changes, List.of(0, 1)), serially(before, changes, List.of(1, 0)));
            assertThat(serialOrders)
                    .withFailMessage("seed %d (replay: -D%s=%d), %s, round %d: %s, then %s at once%n"
                                    + "answered and stored %s%nbut the serial orders give%n%s", SEED, SEED_PROPERTY, SEED,
                            race, round, before.json(), changes, observed(answers, stored), String.join("\n", serialOrders))
                    .contains(observed(answers, stored));
        }
    }

    /** What the contract says the changes answer and store when they run one after the other, in that order. */
    private static String serially(User before, List<Change> changes, List<Integer> order) {
        Reply[] answers = new Reply[changes.size()];
        User user = before;
        for (int i : order) {
            Outcome outcome = changes.get(i).applyTo(user, before.id());
            answers[i] = outcome.reply();
            user = outcome.after();
        }
        return observed(List.of(answers), user == null ? Problems.noUser(before.id()) : Change.shown(user));
    }

    /** As a client sees them: replies that print the same are the same to it ({@link Reply#toString}). */
    private static String observed(List<Reply> answers, Reply stored) {
        return "answers " + answers + ", then GET " + stored;
    }
}
