package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール) ({@code UPKIHON_SUB1}, spec §4.12).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param consultationDate 相談日 (No.4)
 * @param timeOfDay 時間 (No.5)
 * @param userLife 本人の生活状況 (No.6)
 * @param familyLife 介護者・家族の生活状況 (No.7)
 */
public record UpKihonSub1(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String consultationDate,
        String timeOfDay,
        String userLife,
        String familyLife) implements CareplanRecord {

    public UpKihonSub1 {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, consultationDate, timeOfDay, userLife,
                familyLife);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPKIHON_SUB1;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, consultationDate, timeOfDay, userLife, familyLife);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 7 of them). */
    static UpKihonSub1 fromV4(List<String> v) {
        return new UpKihonSub1(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6));
    }
}
