package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 第6表（サービス利用票）予定削除 ({@code DLTPLAN}, spec §4.7).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param deletionMonth 削除対象年月 (No.4)
 */
public record DltPlan(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String deletionMonth) implements CareplanRecord {

    public DltPlan {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, deletionMonth);
    }

    @Override
    public FileKind kind() {
        return FileKind.DLTPLAN;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, deletionMonth);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 4 of them). */
    static DltPlan fromV4(List<String> v) {
        return new DltPlan(v.get(0), v.get(1), v.get(2), v.get(3));
    }
}
