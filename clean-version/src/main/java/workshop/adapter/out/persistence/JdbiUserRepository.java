package workshop.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import workshop.application.port.out.UserRepository;
import workshop.domain.Email;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserName;
import workshop.domain.UserStatus;

/**
 * The persistence adapter: users in the database, through Jdbi, behind the use cases' port. It is
 * made by a {@link JdbiUnitOfWork} for one transaction (or one read), and runs every statement in it.
 */
public class JdbiUserRepository implements UserRepository {

    private static final String UNIQUE_VIOLATION = "23505"; // the SQLState H2 reports

    private final Handle transaction;

    JdbiUserRepository(Handle transaction) {
        this.transaction = transaction;
    }

    @Override
    public List<User> findPage(int limit, long offset) {
        return transaction.createQuery("SELECT * FROM users ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map(JdbiUserRepository::toUser)
                .list();
    }

    @Override
    public Optional<User> findById(long id) {
        return findOne("SELECT * FROM users WHERE id = :key", id);
    }

    @Override
    public Optional<User> findByIdForUpdate(long id) {
        // A row lock rather than a version column: a second transaction on this user waits for the first to
        // end, then reads what it stored, and answers as if it had come second (a PUT after a suspend: 409).
        // A race costs a few milliseconds, never a retry loop nor a refusal.
        return findOne("SELECT * FROM users WHERE id = :key FOR UPDATE", id);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return findOne("SELECT * FROM users WHERE email = :key", email.value());
    }

    @Override
    public User add(User user) {
        long id = uniqueEmail(() -> transaction.createUpdate("""
                        INSERT INTO users (name, email, status, created_at)
                        VALUES (:name, :email, :status, :createdAt)""")
                .bind("name", user.name().value())
                .bind("email", user.email().value())
                .bind("status", user.status().name())
                .bind("createdAt", user.createdAt().atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new User(id, user.name(), user.email(), user.status(), user.createdAt());
    }

    @Override
    public void update(User user) {
        uniqueEmail(() -> transaction.createUpdate(
                        "UPDATE users SET name = :name, email = :email, status = :status WHERE id = :id")
                .bind("id", user.id())
                .bind("name", user.name().value())
                .bind("email", user.email().value())
                .bind("status", user.status().name())
                .execute());
    }

    @Override
    public boolean delete(long id) {
        return transaction.createUpdate("DELETE FROM users WHERE id = :id")
                .bind("id", id)
                .execute() > 0;
    }

    /** Runs a write; when the unique constraint refuses it, as in a race for one email, the email is taken. */
    private static <T> T uniqueEmail(Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new EmailTakenException();
            }
            throw e;
        }
    }

    /** The one user a query finds by its {@code :key}, if any. */
    private Optional<User> findOne(String sql, Object key) {
        return transaction.createQuery(sql).bind("key", key).map(JdbiUserRepository::toUser).findOne();
    }

    private static User toUser(ResultSet row, StatementContext context) throws SQLException {
        return new User(
                row.getLong("id"),
                new UserName(row.getString("name")),
                new Email(row.getString("email")),
                UserStatus.valueOf(row.getString("status")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
