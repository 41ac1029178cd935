package jp.renkei.protocol.validate;

import java.util.List;
import java.util.Map;
import jp.renkei.protocol.FileKind;

/**
 * The referential rules of a unit (spec §7.3): child keys that match no parent key (SET-010, SET-011, SET-013),
 * parents without children (SET-012) and the family-structure images (SET-014). A parent file that was not read to
 * its end (stopped by ENC, CSV or VER) is not used as the reference: its keys are unknown, and reporting every child
 * record would bury the finding that matters.
 */
final class UnitKeys {

    private final Map<FileKind, List<FileFacts>> byKind;
    private final List<Finding> findings;

    UnitKeys(Map<FileKind, List<FileFacts>> byKind, List<Finding> findings) {
        this.byKind = byKind;
        this.findings = findings;
    }

    void check(UnitType type, boolean v4) {
        for (Family family : Family.of(type, byKind.keySet())) {
            FileFacts parent = single(family.parent());
            if (parent == null || !parent.complete()) {
                continue;
            }
            for (FileKind child : family.children()) {
                FileFacts c = single(child);
                if (c != null && child != FileKind.UPKIHON_IMAGE) {
                    orphans(family, parent, c);
                    if (type == UnitType.PLAN || type == UnitType.SERVICE_USE) {
                        childless(parent, c, v4);
                    }
                }
            }
            if (family.parent() == FileKind.UPKIHON) {
                images(parent);
            }
        }
    }

    /** SET-010/011/013: a child record's key must be one of the parent's. */
    private void orphans(Family family, FileFacts parent, FileFacts child) {
        for (Map.Entry<String, Position> e : child.keys().entrySet()) {
            if (!parent.keys().containsKey(e.getKey())) {
                add(family.keyRule(), child.file(), e.getValue(), "no " + parent.kind().prefix() + " record of the "
                        + "unit has this record's key (保険者番号, 被保険者番号, " + keyName(child.kind()) + ")",
                        "この送信単位の " + parent.kind().prefix() + " に同じキー（保険者番号・被保険者番号・" + keyName(child.kind())
                        + "）のレコードがありません");
            }
        }
    }

    /** SET-012: each parent key has records in each child file present (UP3KYO only in v4). */
    private void childless(FileFacts parent, FileFacts child, boolean v4) {
        if (!child.complete() || child.kind() == FileKind.UP3KYO && !v4) {
            return;
        }
        for (Map.Entry<String, Position> e : parent.keys().entrySet()) {
            if (!child.keys().containsKey(e.getKey())) {
                add(Rule.SET_012, parent.file(), e.getValue(), "this record's key has no record in "
                        + child.kind().prefix(), "このレコードのキーに対応する " + child.kind().prefix() + " のレコードがありません");
            }
        }
    }

    /** SET-014: UPKIHON No.62 names image files of the unit, and every image is named. */
    private void images(FileFacts kihon) {
        List<FileFacts> images = byKind.getOrDefault(FileKind.UPKIHON_IMAGE, List.of());
        for (Map.Entry<String, Position> e : kihon.images().entrySet()) {
            if (images.stream().noneMatch(i -> i.file().equals(e.getKey()))) {
                add(Rule.SET_014, kihon.file(), e.getValue(), "家族構成 画像ファイル名 names a file that is not in the unit",
                        "家族構成 画像ファイル名 の指すファイルが送信単位にありません");
            }
        }
        for (FileFacts image : images) {
            if (!kihon.images().containsKey(image.file())) {
                add(Rule.SET_014, image.file(), new Position(0, 0), "no UPKIHON record names this image in "
                        + "家族構成 画像ファイル名 (No.62)", "この画像を 家族構成 画像ファイル名（No.62）で指す UPKIHON のレコードがありません");
            }
        }
    }

    private FileFacts single(FileKind kind) {
        List<FileFacts> files = byKind.get(kind);
        return files == null || files.isEmpty() ? null : files.get(0);
    }

    private static String keyName(FileKind kind) {
        return switch (kind) {
            case UPSIKYU -> "対象年月 No.5";
            case UPHOSOKU -> "No.4 or No.63";
            case UPKIHON_SUB1, UPKIHON_SUB2 -> "相談日 No.4";
            case UPYOBO_SUB -> "計画作成(変更)日 No.4";
            default -> "居宅サービス計画作成（変更）日 No.5";
        };
    }

    private void add(Rule rule, String file, Position p, String message, String messageJa) {
        findings.add(new Finding(rule, file, p.record(), p.line(), -1, 0, null, message, messageJa));
    }
}
