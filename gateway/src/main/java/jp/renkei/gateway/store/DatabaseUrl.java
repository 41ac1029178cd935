package jp.renkei.gateway.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A PostgreSQL store named the way libpq and most tools name it: {@code postgresql://[user[:password]@]host[:port]/
 * database[?parameters]} ({@code postgres://} too). The parameters go to the JDBC driver unchanged (for example
 * {@code currentSchema=renkei}, {@code sslmode=verify-full}). Immutable; {@link #toString()} hides the password.
 *
 * @param jdbcUrl the driver's URL, without user and password
 * @param user empty when the driver's default (the operating-system user) applies
 * @param password empty when none is given (trust, peer or a {@code .pgpass} file)
 * @param schema the {@code currentSchema} parameter when present: migrations and every statement use it
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password,
        Optional<String> schema) {

    /** Parses the URL; the message of the exception says what is wrong without repeating a password. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the store URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the store URL is not a URL (expected postgresql://host:port/database)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException("the store URL must start with postgresql:// (the embedded SQLite store"
                    + " needs no URL), not " + (scheme.isEmpty() ? "a bare name" : scheme + "://"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(
                    "the store URL names no host (expected postgresql://host:port/database)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("the store URL names no database (expected postgresql://host/database)");
        }
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String query = uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + host + path + (query == null ? "" : "?" + query);
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0])).filter(u -> !u.isEmpty());
            password = parts.length == 2 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        return new DatabaseUrl(jdbc, user, password, parameter(query, "currentSchema"));
    }

    private static Optional<String> parameter(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && decode(kv[0]).equals(name) && !kv[1].isEmpty()) {
                return Optional.of(decode(kv[1]));
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL as logs and messages may show it: the user, never the password. */
    @Override
    public String toString() {
        return jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + user.map(u -> u + "@").orElse(""));
    }
}
