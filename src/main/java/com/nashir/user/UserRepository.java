package com.nashir.user;

import com.nashir.access.Role;
import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {
    private static final String COLUMNS =
            "select id, username, email, display_name, role, enabled, author_id, created_at, "
                    + "password_changed_at, last_login_at from app_user ";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    /** By username or email, case-insensitively: people log in with either. */
    public Optional<User> findByLogin(String login) {
        String l = login.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql(COLUMNS + "where lower(username) = ? or lower(email) = ?")
                .params(l, l)
                .query(this::map)
                .optional();
    }

    public List<User> findAll() {
        return jdbc.sql(COLUMNS + "order by username").query(this::map).list();
    }

    /** The account that signs as this author, if any. */
    public Optional<User> findByAuthorId(long authorId) {
        return jdbc.sql(COLUMNS + "where author_id = ? order by id").param(authorId).query(this::map).list().stream()
                .findFirst();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    long insert(String username, String email, String displayName, String hash, Role role, Long authorId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into app_user (username, email, display_name, password_hash, role, enabled, author_id, created_at, "
                                + "password_changed_at) values (?, ?, ?, ?, ?, true, ?, ?, ?)")
                .params(username, email, displayName, hash, role.wire(), authorId, Sql.param(now), Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String email, String displayName, Role role, Long authorId) {
        jdbc.sql("update app_user set email = ?, display_name = ?, role = ?, author_id = ? where id = ?")
                .params(email, displayName, role.wire(), authorId, id)
                .update();
    }

    /** Links one account to an author profile, after unlinking whoever signed as that author before. */
    void linkAuthor(long authorId, Long userId) {
        jdbc.sql("update app_user set author_id = null where author_id = ?")
                .param(authorId)
                .update();
        if (userId != null) {
            jdbc.sql("update app_user set author_id = ? where id = ?")
                    .params(authorId, userId)
                    .update();
        }
    }

    void setPassword(long id, String hash, Instant now) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ? where id = ?")
                .params(hash, Sql.param(now), id)
                .update();
    }

    /** Ends every API token of the account (a password reset, a disabled account): revoked tokens never come back. */
    int revokeTokens(long id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(Sql.param(now), id)
                .update();
    }

    void setLastLogin(long id, Instant now) {
        jdbc.sql("update app_user set last_login_at = ? where id = ?")
                .params(Sql.param(now), id)
                .update();
    }

    /**
     * The enabled admins, their rows locked until the transaction ends: two admins demoting each
     * other at the same moment must not both see the other one as the admin who remains.
     */
    List<Long> lockEnabledAdmins() {
        return jdbc.sql("select id from app_user where role = ? and enabled = true for update")
                .param(Role.ADMIN.wire())
                .query(Long.class)
                .list();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    private User map(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.fromWire(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getObject("author_id", Long.class),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "password_changed_at"),
                Sql.instant(rs, "last_login_at"));
    }
}
