package jp.renkei.gateway.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for payloads at rest: a fresh random 96-bit nonce per payload and the document id as associated data,
 * so a ciphertext moved to another document's row fails to decrypt. The current key encrypts; any configured key
 * decrypts. A key's id is derived from the key itself (first 8 bytes of its SHA-256), so no id file can disagree.
 * Thread-safe.
 */
final class PayloadCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A payload as stored: which key, the nonce, and ciphertext with its tag. */
    record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private final Map<String, SecretKey> keys;
    private final String currentId;
    private final SecureRandom random = new SecureRandom();

    private PayloadCipher(Map<String, SecretKey> keys, String currentId) {
        this.keys = Map.copyOf(keys);
        this.currentId = currentId;
    }

    /** Loads the current key (creating it owner-only when absent) and the retired keys. */
    static PayloadCipher load(Path current, List<Path> retired) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        byte[] currentKey = readOrCreate(current);
        String currentId = keyId(currentKey);
        keys.put(currentId, new SecretKeySpec(currentKey, "AES"));
        for (Path file : retired) {
            byte[] key = read(file);
            keys.putIfAbsent(keyId(key), new SecretKeySpec(key, "AES"));
        }
        return new PayloadCipher(keys, currentId);
    }

    String currentKeyId() {
        return currentId;
    }

    Sealed seal(String documentId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, documentId);
            return new Sealed(currentId, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] open(String documentId, Sealed sealed) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new StoreException("the content of document " + documentId + " is encrypted with key "
                    + sealed.keyId() + ", which is not configured (configured: " + keys.keySet() + ")");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, key, sealed.nonce(), documentId).doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new StoreException("the content of document " + documentId
                    + " fails authentication with key " + sealed.keyId() + ": damaged or moved ciphertext", e);
        }
    }

    /** {@code Cipher.getInstance} searches the providers each time; a thread's instance is initialised anew instead. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String documentId)
            throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(documentId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] readOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            } catch (IOException e) {
                throw new StoreException("cannot create key file " + file + ": " + e.getMessage(), e);
            }
        }
        return read(file);
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temp, key, StandardOpenOption.SYNC);
            Files.createLink(file, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] read(Path file) {
        try {
            byte[] key = Files.readAllBytes(file);
            if (key.length != KEY_BYTES) {
                throw new StoreException("key file " + file + " must hold exactly " + KEY_BYTES
                        + " bytes, not " + key.length);
            }
            return key;
        } catch (IOException e) {
            throw new StoreException("cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }
}
