package dev.emailsecurity.camel.consumer.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} over one table that the nodes of a cluster share (PostgreSQL, H2, or any database with
 * {@code CREATE TABLE IF NOT EXISTS}). One row per key: {@code state_key}, {@code state_value}, {@code version},
 * {@code updated_at}.
 * <p>
 * Every write is one compare-and-set statement: a repository writes a key only over the version it last read or
 * wrote ({@code UPDATE ... WHERE state_key = ? AND version = ?}, or an {@code INSERT} when the key was absent). The
 * database makes each statement atomic, so a row is always one whole value, and when two nodes write the same key
 * (a former leader that has not noticed yet that it lost its leadership) the second write fails with a
 * {@link CheckpointConflictException} instead of overwriting the newer checkpoint. The email-security consumer reads
 * its checkpoint when its route starts, i.e. when its node becomes the leader.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The default table. */
    public static final String DEFAULT_TABLE = "CAMEL_EMAIL_SECURITY_STATE";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final long ABSENT = 0;

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database (a pooled DataSource in production: one connection is borrowed per read or write). */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table, optionally schema-qualified (letters, digits and underscores). */
    public void setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("Not a table name: " + tableName);
        }
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether to create the table on start when it does not exist (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository needs a dataSource");
        }
        if (createTable) {
            createTableIfAbsent();
        }
    }

    @Override
    public String getState(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT state_value, version FROM " + tableName + " WHERE state_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    versions.put(key, ABSENT);
                    return null;
                }
                String value = rs.getString(1);
                versions.put(key, rs.getLong(2));
                return value;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read the state of " + key + " from " + tableName, e);
        }
    }

    /**
     * Writes the value over the version this repository last read or wrote (reading the current version first when
     * it has not seen the key yet).
     *
     * @throws CheckpointConflictException when another repository wrote the key since; so do all later writes of the
     *                                     key until {@link #getState(String)} reads it again
     */
    @Override
    public void setState(String key, String value) {
        Long expected = versions.get(key);
        if (expected == null) {
            getState(key);
            expected = versions.get(key);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean written = expected == ABSENT ? insert(c, key, value) : update(c, key, value, expected);
            if (!written) {
                // the stale version stays: every later write fails too, until getState reads the new one (the
                // consumer does when its route starts again, i.e. when this node is leader again)
                throw new CheckpointConflictException(key, tableName);
            }
            versions.put(key, expected + 1);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot write the state of " + key + " to " + tableName, e);
        }
    }

    private boolean insert(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tableName
                                                      + " (state_key, state_value, version, updated_at)"
                                                      + " VALUES (?, ?, 1, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isIntegrityViolation(e)) {
                return false; // another node inserted the key first
            }
            throw e;
        }
    }

    private boolean update(Connection c, String key, String value, long expected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + tableName
                                                      + " SET state_value = ?, version = ?, updated_at = ?"
                                                      + " WHERE state_key = ? AND version = ?")) {
            s.setString(1, value);
            s.setLong(2, expected + 1);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setString(4, key);
            s.setLong(5, expected);
            return s.executeUpdate() == 1;
        }
    }

    private void createTableIfAbsent() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + tableName + " (state_key VARCHAR(255) NOT NULL PRIMARY KEY,"
                      + " state_value TEXT, version BIGINT NOT NULL, updated_at TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            // two nodes creating the table at once: PostgreSQL may refuse the second; fine if the table is there
            if (!tableExists()) {
                throw e;
            }
        }
    }

    private boolean tableExists() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + tableName + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
