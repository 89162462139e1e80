package it.orienta.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Orienta as a region runs it, for the cluster proofs (issue 12): one PostgreSQL of their own and N processes of the
 * packaged jar ({@code target/orienta-*.jar}, built by {@code package} before the integration tests) on it, each
 * with its own port, pools and scheduler — real processes, so that a node can be killed ({@code kill -9}) and not
 * only stopped. Nodes log to {@code target/cluster/<test>/<node>.log}.
 *
 * <p>The database has no demo data (an external database never gets it): {@link #seedAccounts()} writes the demo
 * accounts' centres and operators the proofs log in with (password {@value #PASSWORD}).
 */
public final class ClusterNodes implements AutoCloseable {

    public static final String PASSWORD = "Orienta.2026";

    private final EmbeddedPostgres postgres;
    private final Path logs;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, String> common = new LinkedHashMap<>();
    private boolean databaseStopped;

    private ClusterNodes(EmbeddedPostgres postgres, Path logs) {
        this.postgres = postgres;
        this.logs = logs;
    }

    /** A fresh PostgreSQL for {@code test} (its name, for the log folder); no node yet. */
    public static ClusterNodes database(String test) {
        try {
            var logs = Path.of("target", "cluster", test);
            Files.createDirectories(logs);
            return new ClusterNodes(
                    EmbeddedPostgres.builder()
                            .setServerConfig("max_connections", "300")
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .start(),
                    logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property every node started afterwards gets, e.g. a job's interval for the test. */
    public ClusterNodes with(String property, String value) {
        common.put(property, value);
        return this;
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Starts a node and waits until it answers (its readiness probe); {@code properties} are its own (e.g. a
     * different job interval).
     */
    public Node start(String name, String... properties) {
        var node = launch(name, properties);
        node.awaitReady(Duration.ofSeconds(180));
        return node;
    }

    /** Starts a node without waiting (to start several at once); {@link Node#awaitReady} before use. */
    public Node launch(String name, String... properties) {
        int port = freePort();
        var cmd = new ArrayList<String>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.add("--server.port=" + port);
        cmd.add("--spring.datasource.url=" + jdbcUrl());
        cmd.add("--spring.datasource.username=postgres");
        cmd.add("--spring.datasource.hikari.maximum-pool-size=10");
        cmd.add("--orienta.node-name=" + name);
        common.forEach((k, v) -> cmd.add("--" + k + "=" + v));
        for (var p : properties) {
            cmd.add("--" + p);
        }
        try {
            var log = logs.resolve(name + ".log");
            var process = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            var node = new Node(name, process, port, log);
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo accounts the proofs log in with, written straight into the (migrated) tables: centres CPI-FI and
     * CPI-PI; {@code operatore} (operator, CPI-FI), {@code coordinatore} (coordinator and operator, CPI-FI),
     * {@code amministratore} (administrator, CPI-FI). Call after a node has migrated the database.
     */
    public void seedAccounts() {
        var jdbc = jdbc();
        jdbc.update("insert into centre (id, code, name, province, address, version) values "
                + "(gen_random_uuid(), 'CPI-FI', 'CPI Firenze', 'FI', 'Via Cavour 1, Firenze', 0), "
                + "(gen_random_uuid(), 'CPI-PI', 'CPI Pisa', 'PI', 'Via Roma 1, Pisa', 0) on conflict do nothing");
        account(jdbc, "operatore", "Giulia Bianchi", List.of("OPERATOR"));
        account(jdbc, "coordinatore", "Marco Neri", List.of("COORDINATOR", "OPERATOR"));
        account(jdbc, "amministratore", "Anna Verdi", List.of("ADMIN"));
    }

    private static void account(JdbcTemplate jdbc, String username, String fullName, List<String> roles) {
        var id = UUID.randomUUID();
        var hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update(
                "insert into operator (id, username, full_name, email, password_hash, active, version) "
                        + "values (?,?,?,?,?,true,0)",
                id,
                username,
                fullName,
                username + "@orienta.test",
                hash);
        for (var role : roles) {
            jdbc.update("insert into operator_role (operator_id, role) values (?,?)", id, role);
        }
        jdbc.update("insert into operator_centre (operator_id, centre_code) values (?, 'CPI-FI')", id);
    }

    /** Stops the PostgreSQL under the running nodes, as a database that disappeared (issue 12's shutdown hang). */
    public void stopDatabase() {
        if (!databaseStopped) {
            databaseStopped = true;
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        nodes.forEach(Node::kill);
        stopDatabase();
    }

    static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("orienta-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/orienta-*.jar: the cluster proofs run after 'package' (./mvnw verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One process of Orienta. */
    public static final class Node {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        private final String name;
        private final Process process;
        private final int port;
        private final Path log;

        Node(String name, Process process, int port, Path log) {
            this.name = name;
            this.process = process;
            this.port = port;
            this.log = log;
        }

        public String name() {
            return name;
        }

        public int port() {
            return port;
        }

        public String baseUrl() {
            return "http://localhost:" + port;
        }

        public boolean alive() {
            return process.isAlive();
        }

        /** Waits until the node's readiness probe answers 200, or fails with the end of its log. */
        public void awaitReady(Duration timeout) {
            var deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    var response = HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(250);
            }
            throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
        }

        /** {@code kill -9}: no shutdown hook, no graceful anything, as a crashed machine. */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** {@code kill -TERM}, as an orchestrator stops a pod; returns how long the node took to exit. */
        public Duration stop(Duration patience) {
            var start = Instant.now();
            process.destroy();
            try {
                if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    threadDump();
                    process.destroyForcibly();
                    throw new IllegalStateException(name + " still running " + patience + " after SIGTERM:\n" + tail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Duration.between(start, Instant.now());
        }

        /** The operating system's process id. */
        public long pid() {
            return process.pid();
        }

        /** {@code kill -TERM} without waiting: the node starts its graceful shutdown; {@link #stop} waits. */
        public void terminate() {
            process.destroy();
        }

        /** Waits for the node to exit after {@link #terminate}; returns whether it did within {@code patience}. */
        public boolean awaitExit(Duration patience) {
            try {
                return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The node's threads as text ({@code jcmd <pid> Thread.print}), e.g. to see that a request is in flight. */
        public String threads() {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            try {
                var p = new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .start();
                var text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                p.waitFor(30, TimeUnit.SECONDS);
                return text;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Appends the node's threads to its log ({@code jcmd <pid> Thread.print}): where a node hangs. */
        public void threadDump() {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            try {
                new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start()
                        .waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether the node's log holds {@code text} so far. */
        public boolean logged(String text) {
            try {
                return Files.readString(log).contains(text);
            } catch (IOException e) {
                return false;
            }
        }

        /** The last lines of the node's log, for a failure message. */
        public String tail() {
            try {
                var lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
