package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 第6表実績情報 ({@code UPJSK}, spec §4.6).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * Items that v3 lacks are {@code ""} in records read from v3 files.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param createdDate 作成年月日 (No.4)
 * @param serviceMonth 対象年月 (No.5)
 * @param planOfficeCode プラン担当業者コード (No.6)
 * @param plannerName プラン担当者名 (No.7)
 * @param units 単位数 (No.8)
 * @param shortStayDaysToLastMonth 前月までの短期入所利用日数 (No.9)
 * @param serviceDate サービス利用日 (No.10)
 * @param dailyRateDays 日割対象日 (No.11)
 * @param startTime サービス開始時刻 (No.12)
 * @param endTime サービス終了時刻 (No.13)
 * @param serviceCount サービス回数 (No.14)
 * @param serviceCode サービスコード (No.15)
 * @param taisCode TAISコード (No.16; not in v3)
 * @param equipmentNotificationCode 福祉用具届出コード (No.17; not in v3)
 * @param equipmentName 用具名称（機種名） (No.18; not in v3)
 * @param detailNo 明細判別コード (No.19; v3 No.16)
 * @param serviceOfficeCode サービス事業者コード (No.20; v3 No.17)
 * @param serviceOfficeName サービス事業所名 (No.21; v3 No.18)
 * @param satelliteNo サテライト枝番 (No.22; v3 No.19)
 * @param over30Days ３０日超区分 (No.23; v3 No.20)
 * @param updaterCode 更新業者コード (No.24; v3 No.21)
 * @param identifier 識別子 (No.25; v3 No.22)
 */
public record UpJsk(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String createdDate,
        String serviceMonth,
        String planOfficeCode,
        String plannerName,
        String units,
        String shortStayDaysToLastMonth,
        String serviceDate,
        String dailyRateDays,
        String startTime,
        String endTime,
        String serviceCount,
        String serviceCode,
        String taisCode,
        String equipmentNotificationCode,
        String equipmentName,
        String detailNo,
        String serviceOfficeCode,
        String serviceOfficeName,
        String satelliteNo,
        String over30Days,
        String updaterCode,
        String identifier) implements CareplanRecord {

    public UpJsk {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, createdDate, serviceMonth,
                planOfficeCode, plannerName, units, shortStayDaysToLastMonth, serviceDate, dailyRateDays, startTime,
                endTime, serviceCount, serviceCode, taisCode, equipmentNotificationCode, equipmentName, detailNo,
                serviceOfficeCode, serviceOfficeName, satelliteNo, over30Days, updaterCode, identifier);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPJSK;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, createdDate, serviceMonth, planOfficeCode,
                plannerName, units, shortStayDaysToLastMonth, serviceDate, dailyRateDays, startTime, endTime,
                serviceCount, serviceCode, taisCode, equipmentNotificationCode, equipmentName, detailNo,
                serviceOfficeCode, serviceOfficeName, satelliteNo, over30Days, updaterCode, identifier);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 25 of them). */
    static UpJsk fromV4(List<String> v) {
        return new UpJsk(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24));
    }
}
