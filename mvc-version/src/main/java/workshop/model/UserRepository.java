package workshop.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Users in the database, through Jdbi. In MVC the model owns its storage. Called inside
 * {@code jdbi.inTransaction(...)}, each method runs in that transaction: Jdbi hands it the handle
 * that the thread already has open.
 */
public class UserRepository {

    private static final String UNIQUE_VIOLATION = "23505"; // the SQLState H2 reports

    private final Jdbi jdbi;

    public UserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<User> findPage(int limit, long offset) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM users ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map(UserRepository::toUser)
                .list());
    }

    public Optional<User> findById(long id) {
        return findOne("SELECT * FROM users WHERE id = :key", id);
    }

    /** The user, locked until the transaction ends: another transaction that locks it waits, then reads it anew. */
    public Optional<User> findByIdForUpdate(long id) {
        // A row lock rather than a version column: a second transaction on this user waits for the first to
        // end, then reads what it stored, and answers as if it had come second (a PUT after a suspend: 409).
        // A race costs a few milliseconds, never a retry loop nor a refusal.
        return findOne("SELECT * FROM users WHERE id = :key FOR UPDATE", id);
    }

    public Optional<User> findByEmail(String email) {
        return findOne("SELECT * FROM users WHERE email = :key", email);
    }

    /** Stores a new user and returns it with the id the database gave it. */
    public User add(User user) {
        long id = uniqueEmail(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (name, email, status, created_at)
                        VALUES (:name, :email, :status, :createdAt)""")
                .bind("name", user.name())
                .bind("email", user.email())
                .bind("status", user.status().name())
                .bind("createdAt", user.createdAt().atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one()));
        return new User(id, user.name(), user.email(), user.status(), user.createdAt());
    }

    public void update(User user) {
        uniqueEmail(() -> jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE users SET name = :name, email = :email, status = :status WHERE id = :id")
                .bind("id", user.id())
                .bind("name", user.name())
                .bind("email", user.email())
                .bind("status", user.status().name())
                .execute()));
    }

    /** Returns whether there was such a user. */
    public boolean delete(long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM users WHERE id = :id")
                .bind("id", id)
                .execute()) > 0;
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
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("key", key).map(UserRepository::toUser).findOne());
    }

    private static User toUser(ResultSet row, StatementContext context) throws SQLException {
        return new User(
                row.getLong("id"),
                row.getString("name"),
                row.getString("email"),
                UserStatus.valueOf(row.getString("status")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
