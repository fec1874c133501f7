package workshop.adapter.out.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.application.port.out.UserRepository;
import workshop.domain.Email;
import workshop.domain.EmailTakenException;
import workshop.domain.User;

/** Users in a map, in id order as the port promises; reached through an {@link InMemoryUnitOfWork}. */
public class InMemoryUserRepository implements UserRepository {

    final Map<Long, User> users = new TreeMap<>();
    private long lastId;

    @Override
    public List<User> findPage(int limit, long offset) {
        return users.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByIdForUpdate(long id) {
        return findById(id); // a unit of work holds the lock of the whole map
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public User add(User user) {
        requireUnique(user);
        User stored = new User(++lastId, user.name(), user.email(), user.status(), user.createdAt());
        users.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(User user) {
        requireUnique(user);
        users.replace(user.id(), user);
    }

    @Override
    public boolean delete(long id) {
        return users.remove(id) != null;
    }

    /** What the database's unique constraint does. */
    private void requireUnique(User user) {
        if (findByEmail(user.email()).filter(owner -> !owner.id().equals(user.id())).isPresent()) {
            throw new EmailTakenException();
        }
    }
}
