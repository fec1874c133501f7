package workshop.adapter.out.memory;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import workshop.application.port.out.UnitOfWork;
import workshop.application.port.out.UserRepository;
import workshop.domain.User;

/**
 * A unit of work over users in a map: the use cases run against it with no database and no HTTP.
 * One unit runs at a time, whole; one that throws leaves the map as it found it.
 */
public class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    public synchronized <T> T run(Function<UserRepository, T> work) {
        Map<Long, User> before = new TreeMap<>(repository.users);
        try {
            return work.apply(repository);
        } catch (RuntimeException e) {
            repository.users.clear(); // what a rollback does; like a database's identity, the last id is not given back
            repository.users.putAll(before);
            throw e;
        }
    }

    @Override
    public synchronized <T> T read(Function<UserRepository, T> work) {
        return work.apply(repository);
    }
}
