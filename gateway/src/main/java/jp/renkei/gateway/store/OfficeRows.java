package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.renkei.gateway.mailbox.Office;

/** Office rows. Read straight from the database every time: another process may have registered one. */
final class OfficeRows {

    private OfficeRows() {
    }

    /** Inserts unless the number is taken; true when inserted. */
    static boolean insert(Connection c, Office office, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO offices (number, name, kinds, delivery_mode,"
                + " registered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING")) {
            s.setString(1, office.number());
            s.setString(2, office.name());
            s.setString(3, String.join(",", office.kinds()));
            s.setString(4, office.deliveryMode());
            s.setLong(5, (office.registeredAt() == null ? at : office.registeredAt()).toEpochMilli());
            return s.executeUpdate() == 1;
        }
    }

    static Optional<Office> find(Connection c, String number) throws SQLException {
        List<Office> found = query(c, "WHERE number = ?", number);
        return found.stream().findFirst();
    }

    static List<Office> all(Connection c) throws SQLException {
        return query(c, "ORDER BY number", null);
    }

    private static List<Office> query(Connection c, String where, String number) throws SQLException {
        List<Office> offices = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number, name, kinds, delivery_mode, registered_at"
                + " FROM offices " + where)) {
            if (number != null) {
                s.setString(1, number);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String kindList = r.getString(3);
                    List<String> kinds = kindList.isEmpty() ? List.of() : Arrays.asList(kindList.split(","));
                    offices.add(new Office(r.getString(1), r.getString(2), kinds, r.getString(4),
                            Instant.ofEpochMilli(r.getLong(5))));
                }
            }
        }
        return offices;
    }
}
