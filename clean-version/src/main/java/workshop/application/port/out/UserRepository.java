package workshop.application.port.out;

import java.util.List;
import java.util.Optional;
import workshop.domain.Email;
import workshop.domain.User;

/**
 * Where users are kept, as the use cases need it, reached only through a {@link UnitOfWork}. The use
 * cases own this interface; the adapters implement it (Jdbi in production, a map in unit tests), so
 * the dependency points inwards.
 */
public interface UserRepository {

    List<User> findPage(int limit, long offset);

    Optional<User> findById(long id);

    /** The user, locked until the unit of work it is read in ends: no other unit of work changes it meanwhile. */
    Optional<User> findByIdForUpdate(long id);

    Optional<User> findByEmail(Email email);

    /** Stores a new user and returns it with its id; {@link workshop.domain.EmailTakenException} if a race lost. */
    User add(User user);

    /** {@link workshop.domain.EmailTakenException} if a race for the email was lost. */
    void update(User user);

    /** Returns whether there was such a user. */
    boolean delete(long id);
}
