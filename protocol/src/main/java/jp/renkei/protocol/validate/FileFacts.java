package jp.renkei.protocol.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;

/**
 * What the unit rules (spec §6.3.8, §7.3) need to know of one file of a batch: its name, version, verdict and the
 * referential keys of its records (each distinct key with the first record that carries it). Keys are the exact
 * trimmed values of 保険者番号, 被保険者番号 and the kind's third key item; they never leave the validator.
 */
final class FileFacts implements FileRules {

    static final String SEPARATOR = "\u0000";

    private final String file;
    private final FileName name;
    private final FileKind kind;
    private final Map<String, Position> keys = new LinkedHashMap<>();
    private final Map<String, Position> images = new LinkedHashMap<>();
    private final int[] keyItems;
    private final int imageItem;
    private String csvVersion;
    private boolean valid;
    private boolean complete;

    FileFacts(String file, FileName name, FileKind kind, Schema schema) {
        this.file = file;
        this.name = name;
        this.kind = kind;
        this.keyItems = schema == null ? new int[0]
                : schema.nos("insurerNumber", "insuredNumber", thirdKey(kind, name));
        this.imageItem = schema == null ? 0 : schema.no("familyImageFileName");
    }

    /** The item that completes the referential key of §7.3 for the kind. */
    private static String thirdKey(FileKind kind, FileName name) {
        return switch (kind) {
            case UPPLAN, UPSIKYU -> "serviceMonth";
            case UPHOSOKU -> name != null && UnitCheck.PLAN_SET_MONTH.equals(name.month()) ? "planDate"
                    : "serviceMonth";
            case UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2 -> "consultationDate";
            default -> "planDate";
        };
    }

    @Override
    public void record(Row row) {
        if (keyItems.length == 3 && keyItems[2] != 0) {
            String key = row.value(keyItems[0]) + SEPARATOR + row.value(keyItems[1]) + SEPARATOR
                    + row.value(keyItems[2]);
            keys.putIfAbsent(key, Position.of(row));
        }
        if (imageItem != 0 && row.filled(imageItem)) {
            images.putIfAbsent(row.value(imageItem), Position.of(row));
        }
    }

    /** Records the outcome once the file has been validated; returns this. */
    FileFacts outcome(String version, boolean isValid, boolean readToEnd) {
        this.csvVersion = version;
        this.valid = isValid;
        this.complete = readToEnd;
        return this;
    }

    String file() {
        return file;
    }

    FileName name() {
        return name;
    }

    FileKind kind() {
        return kind;
    }

    String csvVersion() {
        return csvVersion;
    }

    boolean valid() {
        return valid;
    }

    /** Whether every record was read (no stop), so that its keys are all there. */
    boolean complete() {
        return complete;
    }

    /** Each distinct referential key with the first record carrying it. */
    Map<String, Position> keys() {
        return keys;
    }

    /** UPKIHON No.62 家族構成 画像ファイル名 values with the first record naming each. */
    Map<String, Position> images() {
        return images;
    }
}
