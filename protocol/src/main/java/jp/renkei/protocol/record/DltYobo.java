package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 介護予防サービス・支援計画書_削除 ({@code DLTYOBO}, spec §4.17).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param planDate 計画作成(変更)日 (No.4)
 */
public record DltYobo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String planDate) implements CareplanRecord {

    public DltYobo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, planDate);
    }

    @Override
    public FileKind kind() {
        return FileKind.DLTYOBO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, planDate);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 4 of them). */
    static DltYobo fromV4(List<String> v) {
        return new DltYobo(v.get(0), v.get(1), v.get(2), v.get(3));
    }
}
