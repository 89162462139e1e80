package it.orienta.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the application starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the data is kept across restarts; empty for a throwaway database (tests)
 * @param port the port to listen on on loopback; 0 picks a free one
 */
@ConfigurationProperties("orienta.embedded-db")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {

    public boolean throwaway() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
