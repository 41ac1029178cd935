package jp.renkei.gateway.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Renkei-Signature} header of a webhook call: {@code t=<unix seconds>,v1=<hex>} where the hex is
 * HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), over {@code t + "." + body}. Signing the time
 * lets receivers refuse replays of old calls. See {@code docs/notifications.md} for verification.
 */
public final class WebhookSignature {

    public static final String HEADER = "Renkei-Signature";

    private WebhookSignature() {
    }

    /** The header value for a call made at {@code unixSeconds}. */
    public static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds, body);
    }

    /** True when {@code header} is a valid signature of {@code body} by {@code secret} (compared in constant time). */
    public static boolean verify(String secret, String header, byte[] body) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || !t.matches("[0-9]{1,12}")) {
            return false;
        }
        byte[] expected = hmac(secret, Long.parseLong(t), body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
    }
}
