package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 第7表（サービス利用票別表） ({@code UPSIKYU}, spec §4.9).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * Items that v3 lacks are {@code ""} in records read from v3 files.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param createdDate 作成年月日 (No.4)
 * @param serviceMonth 対象年月 (No.5)
 * @param serviceOfficeName サービス事業所名 (No.6)
 * @param serviceOfficeCode サービス事業所コード (No.7)
 * @param satelliteNo サテライト枝番 (No.8)
 * @param serviceCode サービスコード (No.9)
 * @param taisCode TAISコード (No.10; not in v3)
 * @param equipmentNotificationCode 福祉用具届出コード (No.11; not in v3)
 * @param equipmentName 用具名称（機種名） (No.12; not in v3)
 * @param units 単位数 (No.13; v3 No.10)
 * @param discountRate 割引後率 (No.14; v3 No.11)
 * @param discountedUnits 割引後単位数 (No.15; v3 No.12)
 * @param countOrDays 回数／日数 (No.16; v3 No.13)
 * @param serviceUnitAmount サービス単位金額 (No.17; v3 No.14)
 * @param benefitManagedUnits 給付管理単位数 (No.18; v3 No.15)
 * @param kindLimitExcessUnits 種類支給限度基準超単位数 (No.19; v3 No.16)
 * @param kindLimitWithinUnits 種類支給限度基準内単位数 (No.20; v3 No.17)
 * @param categoryLimitExcessUnits 区分支給限度基準超単位数 (No.21; v3 No.18)
 * @param categoryLimitWithinUnits 区分支給限度基準内単位数 (No.22; v3 No.19)
 * @param unitPrice 単位数単価 (No.23; v3 No.20)
 * @param totalCost 費用総額保険／事業対象分 (No.24; v3 No.21)
 * @param benefitRate 給付率 (No.25; v3 No.22)
 * @param insuranceClaim 保険／事業費請求額 (No.26; v3 No.23)
 * @param fixedCopayUnitPrice 定額利用者負担単価金額 (No.27; v3 No.24)
 * @param userCopay 利用者負担保険／事業対象分 (No.28; v3 No.25)
 * @param userFullCost 利用者負担（全額負担分） (No.29; v3 No.26)
 * @param usedDaysToLastMonth 前月までの利用日数 (No.30; v3 No.27)
 * @param plannedDaysThisMonth 当月の計画利用日数 (No.31; v3 No.28)
 * @param cumulativeDays 累積利用日数 (No.32; v3 No.29)
 * @param over30Days ３０日超区分 (No.33; v3 No.30)
 * @param officeCode 事業所コード (No.34; v3 No.31)
 * @param operatorCode 入力者コード (No.35; v3 No.32)
 * @param updaterCode 更新業者コード (No.36; v3 No.33)
 * @param identifier 識別子 (No.37; v3 No.34)
 */
public record UpSikyu(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String createdDate,
        String serviceMonth,
        String serviceOfficeName,
        String serviceOfficeCode,
        String satelliteNo,
        String serviceCode,
        String taisCode,
        String equipmentNotificationCode,
        String equipmentName,
        String units,
        String discountRate,
        String discountedUnits,
        String countOrDays,
        String serviceUnitAmount,
        String benefitManagedUnits,
        String kindLimitExcessUnits,
        String kindLimitWithinUnits,
        String categoryLimitExcessUnits,
        String categoryLimitWithinUnits,
        String unitPrice,
        String totalCost,
        String benefitRate,
        String insuranceClaim,
        String fixedCopayUnitPrice,
        String userCopay,
        String userFullCost,
        String usedDaysToLastMonth,
        String plannedDaysThisMonth,
        String cumulativeDays,
        String over30Days,
        String officeCode,
        String operatorCode,
        String updaterCode,
        String identifier) implements CareplanRecord {

    public UpSikyu {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, createdDate, serviceMonth,
                serviceOfficeName, serviceOfficeCode, satelliteNo, serviceCode, taisCode, equipmentNotificationCode,
                equipmentName, units, discountRate, discountedUnits, countOrDays, serviceUnitAmount,
                benefitManagedUnits, kindLimitExcessUnits, kindLimitWithinUnits, categoryLimitExcessUnits,
                categoryLimitWithinUnits, unitPrice, totalCost, benefitRate, insuranceClaim, fixedCopayUnitPrice,
                userCopay, userFullCost, usedDaysToLastMonth, plannedDaysThisMonth, cumulativeDays, over30Days,
                officeCode, operatorCode, updaterCode, identifier);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPSIKYU;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, createdDate, serviceMonth, serviceOfficeName,
                serviceOfficeCode, satelliteNo, serviceCode, taisCode, equipmentNotificationCode, equipmentName,
                units, discountRate, discountedUnits, countOrDays, serviceUnitAmount, benefitManagedUnits,
                kindLimitExcessUnits, kindLimitWithinUnits, categoryLimitExcessUnits, categoryLimitWithinUnits,
                unitPrice, totalCost, benefitRate, insuranceClaim, fixedCopayUnitPrice, userCopay, userFullCost,
                usedDaysToLastMonth, plannedDaysThisMonth, cumulativeDays, over30Days, officeCode, operatorCode,
                updaterCode, identifier);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 37 of them). */
    static UpSikyu fromV4(List<String> v) {
        return new UpSikyu(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27), v.get(28), v.get(29), v.get(30), v.get(31), v.get(32), v.get(33), v.get(34), v.get(35),
                v.get(36));
    }
}
