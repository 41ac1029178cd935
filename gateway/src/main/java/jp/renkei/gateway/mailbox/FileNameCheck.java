package jp.renkei.gateway.mailbox;

import java.util.Optional;

/**
 * Refuses file names that could address anything but one file in a mailbox (path tricks, NUL, control characters)
 * before they reach parsing, validation, logs or storage.
 */
final class FileNameCheck {

    private FileNameCheck() {
    }

    /** A description of what is wrong with the name, or empty when it is usable. */
    static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the file name is missing");
        }
        if (name.length() > MailboxService.MAX_NAME_LENGTH) {
            return Optional.of("the file name is longer than " + MailboxService.MAX_NAME_LENGTH + " characters");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("the file name contains a path separator");
        }
        if (name.contains("..")) {
            return Optional.of("the file name contains '..'");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
            return Optional.of("the file name contains NUL or another control character");
        }
        return Optional.empty();
    }
}
