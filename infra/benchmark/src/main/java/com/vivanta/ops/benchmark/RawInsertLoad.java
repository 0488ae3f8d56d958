package com.vivanta.ops.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The ceiling beside the app: how many single-row transactions the same PostgreSQL commits when nothing else
 * is in the way. One row per transaction into a normal (logged) table, so each commit writes WAL just as an
 * event append does, under the same durability settings (see {@link #describeServer()}). Works in a schema
 * of its own, which it drops again on {@link #close()}.
 */
final class RawInsertLoad implements AutoCloseable {

    private static final String SCHEMA = "benchmark";
    private static final String TABLE = SCHEMA + ".benchmark_raw_insert";
    private static final String INSERT = "INSERT INTO " + TABLE + " (id, payload) VALUES (?, ?)";
    // About the size of a small event's JSON payload.
    private static final String PAYLOAD = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(6).substring(0, 200);

    private final String url;
    private final Properties connectionProperties;
    private final Connection admin;

    private RawInsertLoad(String url, Properties connectionProperties, Connection admin) {
        this.url = url;
        this.connectionProperties = connectionProperties;
        this.admin = admin;
    }

    /** Connects and creates the table; fails with a readable message if the database cannot be reached. */
    static RawInsertLoad prepare(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "vivanta-benchmark");
        Connection admin;
        try {
            admin = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new BenchmarkException("Cannot connect to PostgreSQL at " + url + " as " + user + ": "
                                         + e.getMessage(), e);
        }
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id uuid PRIMARY KEY, payload text NOT NULL, "
                              + "created_at timestamptz NOT NULL DEFAULT now())");
        } catch (SQLException e) {
            closeAfterFailure(admin, e);
            throw new BenchmarkException("Cannot create the table " + TABLE + ": " + e.getMessage(), e);
        }
        return new RawInsertLoad(url, properties, admin);
    }

    /**
     * The server's version and the settings that decide what a commit costs: the app's embedded PostgreSQL
     * runs with {@code synchronous_commit} and {@code fsync} off, which makes commits far cheaper than on a
     * default server, so the figures mean little without them.
     */
    String describeServer() throws SQLException {
        return show("server_version") + " (synchronous_commit=" + show("synchronous_commit") + ", fsync="
               + show("fsync") + ")";
    }

    private String show(String setting) throws SQLException {
        try (Statement statement = admin.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Empties the table, so every level starts from the same size of table and index. */
    void truncate() throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("TRUNCATE " + TABLE);
        }
    }

    LoadRun.Client openClient() throws SQLException {
        Connection connection = DriverManager.getConnection(url, connectionProperties);
        connection.setAutoCommit(false);
        PreparedStatement insert = connection.prepareStatement(INSERT);
        return new LoadRun.Client() {
            @Override
            public Optional<String> perform() throws SQLException {
                try {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, PAYLOAD);
                    insert.executeUpdate();
                    connection.commit();
                    return Optional.empty();
                } catch (SQLException e) {
                    connection.rollback();
                    return Optional.of("SQLState " + e.getSQLState());
                }
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = admin; Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static void closeAfterFailure(Connection connection, SQLException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
