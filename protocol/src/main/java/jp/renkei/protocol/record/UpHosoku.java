package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 利用者補足情報 ({@code UPHOSOKU}, spec §4.1).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param planDate 居宅サービス計画作成（変更）日 (No.4)
 * @param userNameKana 利用者氏名フリガナ (No.5)
 * @param userName 利用者氏名 (No.6)
 * @param userSex 利用者性別 (No.7)
 * @param userBirthDate 利用者生年月日 (No.8)
 * @param userPostalCode 利用者郵便番号 (No.9)
 * @param userAddress1 利用者住所１ (No.10)
 * @param userAddress2 利用者住所２ (No.11)
 * @param userPhone 利用者電話番号 (No.12)
 * @param certificationDate 認定日 (No.13)
 * @param limitStartDate 限度額適用開始年月日 (No.14)
 * @param limitEndDate 限度額適用終了年月日 (No.15)
 * @param certificationStatus 認定状況区分 (No.16)
 * @param careLevelChangeDate 要介護状態変更日 (No.17)
 * @param careLevel 要介護状態区分 (No.18)
 * @param benefitLimit 区分支給限度基準額 (No.19)
 * @param slot1ServiceKind １サービス種類コード (No.20)
 * @param slot1LimitAmount １支給限度基準額 (No.21)
 * @param slot1TotalUnits １合計単位数 (No.22)
 * @param slot1ExcessUnits １限度超単位数 (No.23)
 * @param slot2ServiceKind ２サービス種類コード (No.24)
 * @param slot2LimitAmount ２支給限度基準額 (No.25)
 * @param slot2TotalUnits ２合計単位数 (No.26)
 * @param slot2ExcessUnits ２限度超単位数 (No.27)
 * @param slot3ServiceKind ３サービス種類コード (No.28)
 * @param slot3LimitAmount ３支給限度基準額 (No.29)
 * @param slot3TotalUnits ３合計単位数 (No.30)
 * @param slot3ExcessUnits ３限度超単位数 (No.31)
 * @param slot4ServiceKind ４サービス種類コード (No.32)
 * @param slot4LimitAmount ４支給限度基準額 (No.33)
 * @param slot4TotalUnits ４合計単位数 (No.34)
 * @param slot4ExcessUnits ４限度超単位数 (No.35)
 * @param slot5ServiceKind ５サービス種類コード (No.36)
 * @param slot5LimitAmount ５支給限度基準額 (No.37)
 * @param slot5TotalUnits ５合計単位数 (No.38)
 * @param slot5ExcessUnits ５限度超単位数 (No.39)
 * @param slot6ServiceKind ６サービス種類コード (No.40)
 * @param slot6LimitAmount ６支給限度基準額 (No.41)
 * @param slot6TotalUnits ６合計単位数 (No.42)
 * @param slot6ExcessUnits ６限度超単位数 (No.43)
 * @param slot7ServiceKind ７サービス種類コード (No.44)
 * @param slot7LimitAmount ７支給限度基準額 (No.45)
 * @param slot7TotalUnits ７合計単位数 (No.46)
 * @param slot7ExcessUnits ７限度超単位数 (No.47)
 * @param slot8ServiceKind ８サービス種類コード (No.48)
 * @param slot8LimitAmount ８支給限度基準額 (No.49)
 * @param slot8TotalUnits ８合計単位数 (No.50)
 * @param slot8ExcessUnits ８限度超単位数 (No.51)
 * @param slot9ServiceKind ９サービス種類コード (No.52)
 * @param slot9LimitAmount ９支給限度基準額 (No.53)
 * @param slot9TotalUnits ９合計単位数 (No.54)
 * @param slot9ExcessUnits ９限度超単位数 (No.55)
 * @param totalExcessUnits 合計限度超単位数 (No.56)
 * @param shortStayDaysToLastMonth 入所前月迄利用日数 (No.57)
 * @param shortStayCumulativeDays 入所累積利用日数 (No.58)
 * @param previousCareLevel 前回要介護状態区分 (No.59)
 * @param consentOffice 同意書受付業者 (No.60)
 * @param updaterCode 更新業者コード (No.61)
 * @param identifier 識別子 (No.62)
 * @param serviceMonth 対象年月 (No.63)
 */
public record UpHosoku(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String planDate,
        String userNameKana,
        String userName,
        String userSex,
        String userBirthDate,
        String userPostalCode,
        String userAddress1,
        String userAddress2,
        String userPhone,
        String certificationDate,
        String limitStartDate,
        String limitEndDate,
        String certificationStatus,
        String careLevelChangeDate,
        String careLevel,
        String benefitLimit,
        String slot1ServiceKind,
        String slot1LimitAmount,
        String slot1TotalUnits,
        String slot1ExcessUnits,
        String slot2ServiceKind,
        String slot2LimitAmount,
        String slot2TotalUnits,
        String slot2ExcessUnits,
        String slot3ServiceKind,
        String slot3LimitAmount,
        String slot3TotalUnits,
        String slot3ExcessUnits,
        String slot4ServiceKind,
        String slot4LimitAmount,
        String slot4TotalUnits,
        String slot4ExcessUnits,
        String slot5ServiceKind,
        String slot5LimitAmount,
        String slot5TotalUnits,
        String slot5ExcessUnits,
        String slot6ServiceKind,
        String slot6LimitAmount,
        String slot6TotalUnits,
        String slot6ExcessUnits,
        String slot7ServiceKind,
        String slot7LimitAmount,
        String slot7TotalUnits,
        String slot7ExcessUnits,
        String slot8ServiceKind,
        String slot8LimitAmount,
        String slot8TotalUnits,
        String slot8ExcessUnits,
        String slot9ServiceKind,
        String slot9LimitAmount,
        String slot9TotalUnits,
        String slot9ExcessUnits,
        String totalExcessUnits,
        String shortStayDaysToLastMonth,
        String shortStayCumulativeDays,
        String previousCareLevel,
        String consentOffice,
        String updaterCode,
        String identifier,
        String serviceMonth) implements CareplanRecord {

    public UpHosoku {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, planDate, userNameKana, userName,
                userSex, userBirthDate, userPostalCode, userAddress1, userAddress2, userPhone, certificationDate,
                limitStartDate, limitEndDate, certificationStatus, careLevelChangeDate, careLevel, benefitLimit,
                slot1ServiceKind, slot1LimitAmount, slot1TotalUnits, slot1ExcessUnits, slot2ServiceKind,
                slot2LimitAmount, slot2TotalUnits, slot2ExcessUnits, slot3ServiceKind, slot3LimitAmount,
                slot3TotalUnits, slot3ExcessUnits, slot4ServiceKind, slot4LimitAmount, slot4TotalUnits,
                slot4ExcessUnits, slot5ServiceKind, slot5LimitAmount, slot5TotalUnits, slot5ExcessUnits,
                slot6ServiceKind, slot6LimitAmount, slot6TotalUnits, slot6ExcessUnits, slot7ServiceKind,
                slot7LimitAmount, slot7TotalUnits, slot7ExcessUnits, slot8ServiceKind, slot8LimitAmount,
                slot8TotalUnits, slot8ExcessUnits, slot9ServiceKind, slot9LimitAmount, slot9TotalUnits,
                slot9ExcessUnits, totalExcessUnits, shortStayDaysToLastMonth, shortStayCumulativeDays,
                previousCareLevel, consentOffice, updaterCode, identifier, serviceMonth);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPHOSOKU;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, planDate, userNameKana, userName, userSex,
                userBirthDate, userPostalCode, userAddress1, userAddress2, userPhone, certificationDate,
                limitStartDate, limitEndDate, certificationStatus, careLevelChangeDate, careLevel, benefitLimit,
                slot1ServiceKind, slot1LimitAmount, slot1TotalUnits, slot1ExcessUnits, slot2ServiceKind,
                slot2LimitAmount, slot2TotalUnits, slot2ExcessUnits, slot3ServiceKind, slot3LimitAmount,
                slot3TotalUnits, slot3ExcessUnits, slot4ServiceKind, slot4LimitAmount, slot4TotalUnits,
                slot4ExcessUnits, slot5ServiceKind, slot5LimitAmount, slot5TotalUnits, slot5ExcessUnits,
                slot6ServiceKind, slot6LimitAmount, slot6TotalUnits, slot6ExcessUnits, slot7ServiceKind,
                slot7LimitAmount, slot7TotalUnits, slot7ExcessUnits, slot8ServiceKind, slot8LimitAmount,
                slot8TotalUnits, slot8ExcessUnits, slot9ServiceKind, slot9LimitAmount, slot9TotalUnits,
                slot9ExcessUnits, totalExcessUnits, shortStayDaysToLastMonth, shortStayCumulativeDays,
                previousCareLevel, consentOffice, updaterCode, identifier, serviceMonth);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 63 of them). */
    static UpHosoku fromV4(List<String> v) {
        return new UpHosoku(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27), v.get(28), v.get(29), v.get(30), v.get(31), v.get(32), v.get(33), v.get(34), v.get(35),
                v.get(36), v.get(37), v.get(38), v.get(39), v.get(40), v.get(41), v.get(42), v.get(43), v.get(44),
                v.get(45), v.get(46), v.get(47), v.get(48), v.get(49), v.get(50), v.get(51), v.get(52), v.get(53),
                v.get(54), v.get(55), v.get(56), v.get(57), v.get(58), v.get(59), v.get(60), v.get(61), v.get(62));
    }
}
