package jp.renkei.gateway.http;

/**
 * The HTTP layer's guard on client-given file names, before anything else sees them: the standard's names are
 * printable ASCII, so anything else — a path separator, {@code ..}, NUL or another control character — is refused
 * as a path trick (400 {@code invalid_file_name}), whatever the validator would say.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String check(String name) throws BadRequestException {
        if (name == null || name.isEmpty()) {
            throw new BadRequestException("missing_file_name", "the file name is missing (header X-Renkei-File-Name"
                    + " for a single file, the part's filename in multipart)");
        }
        if (name.length() > MAX_LENGTH || name.contains("..") || !printableAsciiWithoutSeparators(name)) {
            throw new BadRequestException("invalid_file_name", "the file name must be at most " + MAX_LENGTH
                    + " printable ASCII characters without '/', '\\\\' or '..'");
        }
        return name;
    }

    private static boolean printableAsciiWithoutSeparators(String name) {
        return name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/' && c != '\\');
    }
}
