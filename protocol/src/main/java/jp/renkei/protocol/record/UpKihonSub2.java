package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 利用者基本情報（別表2）現病歴・既往歴 ({@code UPKIHON_SUB2}, spec §4.13).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param consultationDate 相談日 (No.4)
 * @param historyDate 年月日 (No.5)
 * @param diseaseName 病名 (No.6)
 * @param medicalInstitution 医療機関・医師名 (No.7)
 * @param doctorFlag 主治医・意見作成者フラグ (No.8)
 * @param medicalPhone 医療機関・医師電話番号 (No.9)
 * @param course 経過 (No.10)
 * @param treatment 治療中の内容 (No.11)
 */
public record UpKihonSub2(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String consultationDate,
        String historyDate,
        String diseaseName,
        String medicalInstitution,
        String doctorFlag,
        String medicalPhone,
        String course,
        String treatment) implements CareplanRecord {

    public UpKihonSub2 {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, consultationDate, historyDate,
                diseaseName, medicalInstitution, doctorFlag, medicalPhone, course, treatment);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPKIHON_SUB2;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, consultationDate, historyDate, diseaseName,
                medicalInstitution, doctorFlag, medicalPhone, course, treatment);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 11 of them). */
    static UpKihonSub2 fromV4(List<String> v) {
        return new UpKihonSub2(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8), v.get(9), v.get(10));
    }
}
