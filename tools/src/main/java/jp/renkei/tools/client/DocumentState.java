package jp.renkei.tools.client;

import java.util.Locale;

/** A document's state (see the architecture); {@link #UNKNOWN} for a state added by a newer gateway. */
public enum DocumentState {
    ACCEPTED,
    DOWNLOADED,
    RECEIPTED,
    REFUSED,
    EXPIRED,
    UNKNOWN;

    static DocumentState of(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
