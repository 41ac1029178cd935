package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layouts;

/**
 * One record of a CSV file kind, typed: a Java record per kind whose components are named by the catalogue keys
 * ({@link jp.renkei.protocol.layout.Item#key()}) in v4 item order. Values are strings exactly as read (no trimming);
 * items a v3 file does not have are {@code ""}. Records are immutable and values are never null.
 */
public sealed interface CareplanRecord permits UpHosoku, Up1Kyo, Dlt1Kyo, Up2Kyo, Up3Kyo, UpPlan, DltPlan, UpJsk,
        DltJsk, UpSikyu, UpKihon, DltKihon, UpKihonSub1, UpKihonSub2, UpYobo, UpYoboSub, DltYobo {

    /** The file kind this record belongs to. */
    FileKind kind();

    /** Every value in v4 item order (v4 No. = index + 1). */
    List<String> v4Fields();

    /**
     * The values in {@code generation}'s item order, as they are written to a file of that generation.
     *
     * @throws IllegalArgumentException when the kind has no layout in {@code generation}, or when writing v3 would
     *     drop a non-empty v4-only item (e.g. a TAISコード)
     */
    default List<String> fields(LayoutGeneration generation) {
        return RecordFields.project(kind(), v4Fields(), generation);
    }

    /**
     * The value of the item with catalogue key {@code key}.
     *
     * @throws IllegalArgumentException when the kind has no such item
     */
    default String field(String key) {
        Item item = Layouts.of(kind(), LayoutGeneration.V4).item(key);
        if (item == null) {
            throw new IllegalArgumentException(kind() + " has no item '" + key + "'");
        }
        return v4Fields().get(item.no() - 1);
    }

    /**
     * The typed record for {@code fields} of one record read in {@code generation}'s layout.
     *
     * @throws IllegalArgumentException when the kind has no layout in that generation (UPKIHON_IMAGE never has one)
     *     or the field count is not the layout's item count
     */
    static CareplanRecord of(FileKind kind, List<String> fields, LayoutGeneration generation) {
        List<String> v = RecordFields.toV4(kind, fields, generation);
        return switch (kind) {
            case UPHOSOKU -> UpHosoku.fromV4(v);
            case UP1KYO -> Up1Kyo.fromV4(v);
            case DLT1KYO -> Dlt1Kyo.fromV4(v);
            case UP2KYO -> Up2Kyo.fromV4(v);
            case UP3KYO -> Up3Kyo.fromV4(v);
            case UPPLAN -> UpPlan.fromV4(v);
            case DLTPLAN -> DltPlan.fromV4(v);
            case UPJSK -> UpJsk.fromV4(v);
            case DLTJSK -> DltJsk.fromV4(v);
            case UPSIKYU -> UpSikyu.fromV4(v);
            case UPKIHON -> UpKihon.fromV4(v);
            case DLTKIHON -> DltKihon.fromV4(v);
            case UPKIHON_SUB1 -> UpKihonSub1.fromV4(v);
            case UPKIHON_SUB2 -> UpKihonSub2.fromV4(v);
            case UPYOBO -> UpYobo.fromV4(v);
            case UPYOBO_SUB -> UpYoboSub.fromV4(v);
            case DLTYOBO -> DltYobo.fromV4(v);
            case UPKIHON_IMAGE -> throw new IllegalArgumentException("UPKIHON_IMAGE is a JPEG, not CSV");
        };
    }
}
