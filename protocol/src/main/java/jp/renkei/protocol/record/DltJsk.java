package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 第6表実績情報削除 ({@code DLTJSK}, spec §4.8).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param deletionMonth 削除対象年月 (No.4)
 * @param serviceOfficeCode サービス事業者コード (No.5)
 * @param serviceKind サービス種類コード (No.6)
 */
public record DltJsk(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String deletionMonth,
        String serviceOfficeCode,
        String serviceKind) implements CareplanRecord {

    public DltJsk {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, deletionMonth, serviceOfficeCode,
                serviceKind);
    }

    @Override
    public FileKind kind() {
        return FileKind.DLTJSK;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, deletionMonth, serviceOfficeCode, serviceKind);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 6 of them). */
    static DltJsk fromV4(List<String> v) {
        return new DltJsk(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
    }
}
