package workshop.adapter.out.persistence;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import workshop.application.port.out.UnitOfWork;

/** A unit of work as a database transaction, which the repository's calls join (see {@link JdbiUserRepository}). */
public class JdbiUnitOfWork implements UnitOfWork {

    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // tag::transaction[]
    @Override
    public <T> T run(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
    // end::transaction[]
}
