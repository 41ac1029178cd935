package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 居宅サービス計画1表_削除 ({@code DLT1KYO}, spec §4.3).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param planDate 居宅サービス計画作成（変更）日 (No.4)
 */
public record Dlt1Kyo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String planDate) implements CareplanRecord {

    public Dlt1Kyo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, planDate);
    }

    @Override
    public FileKind kind() {
        return FileKind.DLT1KYO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, planDate);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 4 of them). */
    static Dlt1Kyo fromV4(List<String> v) {
        return new Dlt1Kyo(v.get(0), v.get(1), v.get(2), v.get(3));
    }
}
