package workshop.application.service;

import java.time.Clock;
import java.util.List;
import workshop.application.port.in.CreateUserCommand;
import workshop.application.port.in.UpdateUserCommand;
import workshop.application.port.in.UserUseCases;
import workshop.application.port.out.UnitOfWork;
import workshop.application.port.out.UserRepository;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserNotFoundException;

/**
 * The use cases, in one class: they share one repository and one clock, and each is a few lines,
 * so seven classes would add wiring and no insight. The rules themselves live in the domain.
 * Each use case that reads and then writes is one unit of work: the use case says where it begins
 * and ends, the adapter behind {@link UnitOfWork} makes it a transaction.
 */
public class UserService implements UserUseCases {

    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UserService(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<User> listUsers(int limit, long offset) {
        return users.findPage(limit, offset);
    }

    @Override
    public User getUser(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public User createUser(CreateUserCommand command) {
        User user = User.register(command.name(), command.email(), clock.instant());
        return unitOfWork.run(() -> {
            // Checked first so that a refused request uses up no id; the database settles a race.
            if (users.findByEmail(command.email()).isPresent()) {
                throw new EmailTakenException();
            }
            return users.add(user);
        });
    }

    @Override
    public User updateUser(UpdateUserCommand command) {
        // tag::update[]
        return unitOfWork.run(() -> {
            User edited = findForUpdate(command.id()).edit(command.name(), command.email());
            if (users.findByEmail(command.email()).filter(owner -> owner.id() != command.id()).isPresent()) {
                throw new EmailTakenException();
            }
            users.update(edited);
            return edited;
        });
        // end::update[]
    }

    @Override
    public void deleteUser(long id) {
        if (!users.delete(id)) { // one statement: atomic on its own
            throw new UserNotFoundException(id);
        }
    }

    @Override
    public User suspendUser(long id) {
        return unitOfWork.run(() -> {
            User suspended = findForUpdate(id).suspend();
            users.update(suspended);
            return suspended;
        });
    }

    @Override
    public User activateUser(long id) {
        return unitOfWork.run(() -> {
            User active = findForUpdate(id).activate();
            users.update(active);
            return active;
        });
    }

    private User findForUpdate(long id) {
        return users.findByIdForUpdate(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
