package workshop.application.service;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import workshop.application.port.in.CreateUserCommand;
import workshop.application.port.in.UpdateUserCommand;
import workshop.application.port.in.UserUseCases;
import workshop.application.port.out.UnitOfWork;
import workshop.application.port.out.UserRepository;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserNotFoundException;

/**
 * The use cases, in one class: they share one unit of work and one clock, and each is a few lines,
 * so seven classes would add wiring and no insight. The rules themselves live in the domain.
 * Each use case is one unit of work: the use case says where it begins and ends, and works on the
 * repository the unit hands it; the adapter behind {@link UnitOfWork} makes it a transaction.
 */
public class UserService implements UserUseCases {

    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UserService(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<User> listUsers(int limit, long offset) {
        return unitOfWork.read(users -> users.findPage(limit, offset));
    }

    @Override
    public User getUser(long id) {
        return unitOfWork.read(users -> users.findById(id)).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public User createUser(CreateUserCommand command) {
        User user = User.register(command.name(), command.email(), clock.instant());
        return unitOfWork.run(users -> {
            // Checked first so that a refused request uses up no id; the database settles a race.
            if (users.findByEmail(command.email()).isPresent()) {
                throw new EmailTakenException();
            }
            return users.add(user);
        });
    }

    @Override
    public User updateUser(UpdateUserCommand command) {
        return unitOfWork.run(users -> {
            User edited = findForUpdate(users, command.id()).edit(command.name(), command.email());
            if (users.findByEmail(command.email()).filter(owner -> owner.id() != command.id()).isPresent()) {
                throw new EmailTakenException();
            }
            users.update(edited);
            return edited;
        });
    }

    @Override
    public void deleteUser(long id) {
        if (!unitOfWork.run(users -> users.delete(id))) {
            throw new UserNotFoundException(id);
        }
    }

    @Override
    public User suspendUser(long id) {
        return changeStatus(id, User::suspend);
    }

    @Override
    public User activateUser(long id) {
        return changeStatus(id, User::activate);
    }

    /** Suspend and activate: the domain's rule decides the new status, the unit stores it. */
    private User changeStatus(long id, UnaryOperator<User> change) {
        return unitOfWork.run(users -> {
            User changed = change.apply(findForUpdate(users, id));
            users.update(changed);
            return changed;
        });
    }

    private static User findForUpdate(UserRepository users, long id) {
        return users.findByIdForUpdate(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
