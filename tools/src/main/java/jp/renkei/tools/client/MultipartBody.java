package jp.renkei.tools.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body with one file part per file of a set; the part's filename is the file name. */
final class MultipartBody {

    private final String boundary = "renkei-" + UUID.randomUUID();
    private final byte[] bytes;

    MultipartBody(List<NamedContent> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (NamedContent file : files) {
            ascii(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + quoted(file.name()) + "\"\r\nContent-Type: " + contentType(file.name()) + "\r\n\r\n");
            out.writeBytes(file.content());
            ascii(out, "\r\n");
        }
        ascii(out, "--" + boundary + "--\r\n");
        bytes = out.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        return bytes;
    }

    static String contentType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "text/csv; charset=Shift_JIS";
    }

    /** File names of the standard are ASCII; anything else is escaped so it cannot break the header. */
    private static String quoted(String name) {
        return name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
