package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.BenchmarkException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The app's PostgreSQL as the harness reads it: commit counters, settings, the event store's position. */
final class Database implements AutoCloseable {

    /** The settings that decide what a commit costs, and the one the lag measurement needs. */
    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes",
                                                         "wal_sync_method", "wal_level", "shared_buffers",
                                                         "max_connections", "track_commit_timestamp");

    private final String url;
    private final String user;
    private final Connection connection;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "vivanta-benchmark");
        try {
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new BenchmarkException("Cannot connect to PostgreSQL at " + url + " as " + user + ": "
                                         + e.getMessage(), e);
        }
    }

    String user() {
        return user;
    }

    /** Host, port and database name of the JDBC URL, for pgbench. */
    URI location() {
        return URI.create(url.substring("jdbc:".length()));
    }

    String databaseName() {
        return location().getPath().substring(1);
    }

    /** Committed transactions of the app's database since the server started, read-only ones included. */
    long committedTransactions() {
        return single("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    }

    /** The highest global index of the event store: events above it were appended later. */
    long lastEventIndex() {
        return single("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    /** Waits (up to 10 s) until no session of that application is left. */
    void awaitNoSessionsOf(String applicationName) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            long[] sessions = new long[1];
            try {
                query("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?", List.of(applicationName),
                      row -> sessions[0] = row.getLong(1));
            } catch (SQLException e) {
                throw new BenchmarkException("Cannot read pg_stat_activity: " + e.getMessage(), e);
            }
            if (sessions[0] == 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    Map<String, String> describeServer() {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("version", show("server_version"));
        for (String setting : SETTINGS) {
            description.put(setting, show(setting));
        }
        return description;
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BenchmarkException("SQL failed (" + sql + "): " + e.getMessage(), e);
        }
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    void query(String sql, List<Object> parameters, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private long single(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new BenchmarkException("SQL failed (" + sql + "): " + e.getMessage(), e);
        }
    }

    private String show(String setting) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
