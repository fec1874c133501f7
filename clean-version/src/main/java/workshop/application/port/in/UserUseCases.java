package workshop.application.port.in;

import java.util.List;
import workshop.domain.User;

/**
 * What the app does with users: the inbound port, one method a use case, each named after what it
 * does. Both inbound adapters (the JSON API and the pages) serve all seven, so one port serves both;
 * an adapter that needed fewer would get a port of its own.
 */
public interface UserUseCases {

    /** Users in id order, {@code limit} of them after skipping {@code offset}. */
    List<User> listUsers(int limit, long offset);

    /** The user with this id, or {@link workshop.domain.UserNotFoundException}. */
    User getUser(long id);

    /** Registers a new, active user; {@link workshop.domain.EmailTakenException} when the email is in use. */
    User createUser(CreateUserCommand command);

    /** Replaces an active user's name and email; a suspended user cannot be edited. */
    User updateUser(UpdateUserCommand command);

    /** Deletes a user, whatever its status. */
    void deleteUser(long id);

    /** Suspends a user; suspending a suspended user changes nothing. */
    User suspendUser(long id);

    /** Activates a user; activating an active user changes nothing. */
    User activateUser(long id);
}
