package jp.renkei.protocol;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The file kinds of the standard (spec §1.2), identified only by the file-name prefix.
 *
 * <p>Item counts are per layout generation; {@code 0} means the kind does not exist in that generation
 * ({@code UP3KYO} and the 介護予防 kinds are v4 only) or is not CSV ({@code UPKIHON_IMAGE}).
 */
public enum FileKind {
    UPHOSOKU("利用者補足情報", true, 63, 63),
    UP1KYO("居宅サービス計画1表", false, 28, 28),
    DLT1KYO("居宅サービス計画1表_削除", false, 4, 4),
    UP2KYO("居宅サービス計画2表", false, 22, 22),
    UP3KYO("居宅サービス計画３表", false, 0, 13),
    UPPLAN("第6表（サービス利用票）予定", true, 22, 25),
    DLTPLAN("第6表（サービス利用票）予定削除", true, 4, 4),
    UPJSK("第6表実績情報", true, 22, 25),
    DLTJSK("第6表実績情報削除", true, 6, 6),
    UPSIKYU("第7表（サービス利用票別表）", true, 34, 37),
    UPKIHON("利用者基本情報", false, 0, 71),
    DLTKIHON("利用者基本情報_削除", false, 0, 4),
    UPKIHON_SUB1("利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール)", false, 0, 7),
    UPKIHON_SUB2("利用者基本情報（別表2）現病歴・既往歴", false, 0, 11),
    UPKIHON_IMAGE("家族構成 画像ファイル", false, 0, 0),
    UPYOBO("介護予防サービス・支援計画書", false, 0, 57),
    UPYOBO_SUB("介護予防サービス・支援計画書（別表）支援計画", false, 0, 17),
    DLTYOBO("介護予防サービス・支援計画書_削除", false, 0, 4);

    /** Prefixes in the order the spec says to try them (§2.1): the longest, overlapping ones first. */
    private static final List<FileKind> MATCH_ORDER = Arrays.stream(values())
            .sorted(Comparator.comparingInt((FileKind k) -> -k.name().length()))
            .toList();

    private final String japaneseName;
    private final boolean monthBearing;
    private final int v3Items;
    private final int v4Items;

    FileKind(String japaneseName, boolean monthBearing, int v3Items, int v4Items) {
        this.japaneseName = japaneseName;
        this.monthBearing = monthBearing;
        this.v3Items = v3Items;
        this.v4Items = v4Items;
    }

    /** The file-name prefix, e.g. {@code UPKIHON_SUB1}. */
    public String prefix() {
        return name();
    }

    /** The official Japanese name of the kind. */
    public String japaneseName() {
        return japaneseName;
    }

    /** Whether the file name carries a MONTH part (§2.2). */
    public boolean monthBearing() {
        return monthBearing;
    }

    /** Whether the kind exists only in v4 layouts and v4-form names. */
    public boolean v4Only() {
        return v3Items == 0;
    }

    /** Whether the kind is a deletion file (DEL-001: it always travels alone). */
    public boolean deletion() {
        return name().startsWith("DLT");
    }

    /** Whether the kind is the JPEG family-structure image rather than a CSV file. */
    public boolean image() {
        return this == UPKIHON_IMAGE;
    }

    /** Whether the kind belongs to the 介護予防支援 interface. */
    public boolean preventive() {
        return name().contains("KIHON") || name().contains("YOBO");
    }

    /** The number of items (fields) per record in the given layout generation; 0 if the kind has none there. */
    public int itemCount(LayoutGeneration generation) {
        return generation == LayoutGeneration.V3 ? v3Items : v4Items;
    }

    /** The kind whose prefix followed by {@code _} starts the given file name, longest prefix first. */
    public static Optional<FileKind> matchPrefix(String fileName) {
        return MATCH_ORDER.stream().filter(k -> fileName.startsWith(k.name() + "_")).findFirst();
    }
}
