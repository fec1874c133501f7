package workshop.adapter.out.persistence;

import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import workshop.application.port.out.UnitOfWork;
import workshop.application.port.out.UserRepository;

/**
 * A unit of work as a database transaction: the repository it hands the work runs every statement in it. A read
 * runs on a connection of its own, with no transaction: each statement on its own is one.
 */
public class JdbiUnitOfWork implements UnitOfWork {

    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T run(Function<UserRepository, T> work) {
        return jdbi.inTransaction(transaction -> work.apply(new JdbiUserRepository(transaction)));
    }

    @Override
    public <T> T read(Function<UserRepository, T> work) {
        return jdbi.withHandle(handle -> work.apply(new JdbiUserRepository(handle)));
    }
}
