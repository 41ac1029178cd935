package jp.renkei.gateway.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.renkei.gateway.mailbox.Office;

/** Opens real stores in a temporary directory, with three offices and a clock the test can move. */
final class StoreFixture {

    static final String CARE = "1310000015";
    static final String HOME_HELP = "1310000023";
    static final String DAY_CARE = "1310000031";

    final Path dir;
    final TestDatabase database;
    final MovableClock clock = new MovableClock(Instant.parse("2025-04-15T09:30:00Z"));
    private final Optional<DatabaseUrl> url;

    /** The embedded store in {@code dir}. */
    StoreFixture(Path dir) {
        this(dir, TestDatabase.SQLITE);
    }

    /** A store on {@code database} (PostgreSQL: a fresh schema; the test is skipped when no server answers). */
    StoreFixture(Path dir, TestDatabase database) {
        this.dir = dir;
        this.database = database;
        this.url = database.config(dir).url();
    }

    StoreConfig config() {
        return StoreConfig.defaults(dir).withUrl(url);
    }

    JdbcStore open() {
        return open(config());
    }

    JdbcStore open(StoreConfig config) {
        return JdbcStore.open(config, clock);
    }

    static void registerOffices(JdbcStore store) {
        store.registry().registerOffice(new Office(CARE, "居宅介護支援あおば", List.of("43"), "car", null));
        store.registry().registerOffice(new Office(HOME_HELP, "訪問介護さくら", List.of("11"), "none", null));
        store.registry().registerOffice(new Office(DAY_CARE, "デイサービスみどり", List.of("15"), "transit", null));
    }

    /**
     * The name of a plan deletion (DLT1KYO, a sending unit on its own) from {@link #CARE} to {@code recipient} with
     * the given SEQ: the smallest file the real validator accepts alone.
     */
    static String plan(String recipient, String seq) {
        return "DLT1KYO_" + CARE + "_43_" + recipient + "_11_" + seq + ".CSV";
    }

    /** A valid DLT1KYO body deleting the plan of the given date (YYYYMMDD); version 202407, no findings. */
    static byte[] valid(String planDate) {
        return ("202407,131001,0000012345," + planDate + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] valid() {
        return valid("20250401");
    }

    /** Valid but with a warning: CSV version 202504 (VER-004). */
    static byte[] withWarning() {
        return "202504,131001,0000012345,20250401\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** Invalid: a record of three fields (ROW-001). */
    static byte[] invalid() {
        return "202407,131001,0000012345\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Plain JDBC on the database (file or schema), as another process or an attacker would use it. */
    Connection jdbc() throws SQLException {
        if (url.isPresent()) {
            return TestDatabase.connect(url.get());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + config().databaseFile());
    }

    /** The statement that drops a trigger, as this database spells it. */
    String dropTrigger(String trigger, String table) {
        return database == TestDatabase.SQLITE ? "DROP TRIGGER " + trigger : "DROP TRIGGER " + trigger + " ON " + table;
    }

    long count(String table) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
