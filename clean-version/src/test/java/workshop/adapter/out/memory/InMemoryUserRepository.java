package workshop.adapter.out.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import workshop.application.port.out.UnitOfWork;
import workshop.application.port.out.UserRepository;
import workshop.domain.Email;
import workshop.domain.EmailTakenException;
import workshop.domain.User;

/**
 * A repository in a map, and its unit of work: the use cases run against it with no database and no HTTP.
 * Every method holds the object's lock, so one unit of work runs at a time, whole.
 */
public class InMemoryUserRepository implements UserRepository, UnitOfWork {

    private final Map<Long, User> users = new TreeMap<>(); // kept in id order, as the port promises
    private long lastId;

    @Override
    public synchronized <T> T run(Supplier<T> work) {
        Map<Long, User> before = new TreeMap<>(users);
        try {
            return work.get();
        } catch (RuntimeException e) {
            users.clear(); // what a rollback does; like a database's identity, lastId is not given back
            users.putAll(before);
            throw e;
        }
    }

    @Override
    public synchronized List<User> findPage(int limit, long offset) {
        return users.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized Optional<User> findById(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByIdForUpdate(long id) {
        return findById(id); // a unit of work holds the lock of the whole map
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized User add(User user) {
        requireUnique(user);
        User stored = new User(++lastId, user.name(), user.email(), user.status(), user.createdAt());
        users.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(User user) {
        requireUnique(user);
        users.replace(user.id(), user);
    }

    @Override
    public synchronized boolean delete(long id) {
        return users.remove(id) != null;
    }

    /** What the database's unique constraint does. */
    private void requireUnique(User user) {
        if (findByEmail(user.email()).filter(owner -> !owner.id().equals(user.id())).isPresent()) {
            throw new EmailTakenException();
        }
    }
}
