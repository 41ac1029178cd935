package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 利用者基本情報_削除 ({@code DLTKIHON}, spec §4.11).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param consultationDate 相談日 (No.4)
 */
public record DltKihon(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String consultationDate) implements CareplanRecord {

    public DltKihon {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, consultationDate);
    }

    @Override
    public FileKind kind() {
        return FileKind.DLTKIHON;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, consultationDate);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 4 of them). */
    static DltKihon fromV4(List<String> v) {
        return new DltKihon(v.get(0), v.get(1), v.get(2), v.get(3));
    }
}
