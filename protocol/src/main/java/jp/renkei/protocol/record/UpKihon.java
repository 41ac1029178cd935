package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 利用者基本情報 ({@code UPKIHON}, spec §4.10).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param consultationDate 相談日 (No.4)
 * @param planType 計画種類 (No.5)
 * @param entrusted 委託の有無 (No.6)
 * @param staffName 作成担当者 (No.7)
 * @param consultationMethod 相談方法 (No.8)
 * @param consultationMethodOther 相談方法(その他の内容) (No.9)
 * @param consultationCount 相談回数 (No.10)
 * @param previousConsultationDate 前回相談日 (No.11)
 * @param currentSituation 利用者の現況 (No.12)
 * @param currentSituationNote 利用者の現況(状況補足) (No.13)
 * @param userNameKana 利用者氏名ﾌﾘｶﾞﾅ (No.14)
 * @param userName 利用者氏名 (No.15)
 * @param userSex 利用者性別 (No.16)
 * @param userBirthDate 利用者生年月日 (No.17)
 * @param userAddress 利用者住所 (No.18)
 * @param userPhone 利用者電話番号 (No.19)
 * @param userFax 利用者Fax番号 (No.20)
 * @param disabledElderlyIndependence 障害高齢者の日常生活自立度 (No.21)
 * @param dementiaIndependence 認知症高齢者の日常生活自立度 (No.22)
 * @param careLevel 要介護状態区分 (No.23)
 * @param certificationValidFrom 認定有効期限開始日 (No.24)
 * @param certificationValidTo 認定有効期間終了日 (No.25)
 * @param previousCareLevel 前回の介護度 (No.26)
 * @param checklistResult 基本チェックリスト記入結果 (No.27)
 * @param checklistDate 基本チェックリスト記入日 (No.28)
 * @param disabilityPhysical 障害等認定(身障) (No.29)
 * @param disabilityIntellectual 障害等認定(療育) (No.30)
 * @param disabilityMental 障害等認定(精神) (No.31)
 * @param disabilityIntractable 障害等認定(難病) (No.32)
 * @param disabilityNotes 障害等認定特記事項 (No.33)
 * @param residence 居住形態 (No.34)
 * @param roomFloor 自室の階数 (No.35)
 * @param homeRenovation 住宅改修の有無 (No.36)
 * @param pensionNational 経済状況(国民年金) (No.37)
 * @param pensionEmployee 経済状況(厚生年金) (No.38)
 * @param pensionDisability 経済状況(障害年金) (No.39)
 * @param publicAssistance 経済状況(生活保護) (No.40)
 * @param economicDetails 経済状況詳細 (No.41)
 * @param visitorName 来所者(相談者)氏名 (No.42)
 * @param visitorAddress 来所者(相談者)住所 (No.43)
 * @param visitorPhone 来所者(相談者)電話番号 (No.44)
 * @param visitorRelationship 来所者(相談者)続柄 (No.45)
 * @param emergency1Name １緊急連絡先(氏名) (No.46)
 * @param emergency1Relationship １緊急連絡先(続柄) (No.47)
 * @param emergency1Address １緊急連絡先(住所) (No.48)
 * @param emergency1Phone １緊急連絡先(電話番号) (No.49)
 * @param emergency2Name ２緊急連絡先(氏名) (No.50)
 * @param emergency2Relationship ２緊急連絡先(続柄) (No.51)
 * @param emergency2Address ２緊急連絡先(住所) (No.52)
 * @param emergency2Phone ２緊急連絡先(電話番号) (No.53)
 * @param emergency3Name ３緊急連絡先(氏名) (No.54)
 * @param emergency3Relationship ３緊急連絡先(続柄) (No.55)
 * @param emergency3Address ３緊急連絡先(住所) (No.56)
 * @param emergency3Phone ３緊急連絡先(電話番号) (No.57)
 * @param emergency4Name ４緊急連絡先(氏名) (No.58)
 * @param emergency4Relationship ４緊急連絡先(続柄) (No.59)
 * @param emergency4Address ４緊急連絡先(住所) (No.60)
 * @param emergency4Phone ４緊急連絡先(電話番号) (No.61)
 * @param familyImageFileName 家族構成 画像ファイル名 (No.62)
 * @param familySituation 家族関係等の状況 (No.63)
 * @param lifeHistory 今までの生活 (No.64)
 * @param dailyLife １日の生活・すごし方(生活全般) (No.65)
 * @param hobbies 趣味・楽しみ・特技 (No.66)
 * @param communityRelations 友人・地域との関係 (No.67)
 * @param publicServices 現在利用している公的サービス (No.68)
 * @param privateServices 現在利用している非公的サービス (No.69)
 * @param consentDate 同意日 (No.70)
 * @param consentName 同意者氏名 (No.71)
 */
public record UpKihon(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String consultationDate,
        String planType,
        String entrusted,
        String staffName,
        String consultationMethod,
        String consultationMethodOther,
        String consultationCount,
        String previousConsultationDate,
        String currentSituation,
        String currentSituationNote,
        String userNameKana,
        String userName,
        String userSex,
        String userBirthDate,
        String userAddress,
        String userPhone,
        String userFax,
        String disabledElderlyIndependence,
        String dementiaIndependence,
        String careLevel,
        String certificationValidFrom,
        String certificationValidTo,
        String previousCareLevel,
        String checklistResult,
        String checklistDate,
        String disabilityPhysical,
        String disabilityIntellectual,
        String disabilityMental,
        String disabilityIntractable,
        String disabilityNotes,
        String residence,
        String roomFloor,
        String homeRenovation,
        String pensionNational,
        String pensionEmployee,
        String pensionDisability,
        String publicAssistance,
        String economicDetails,
        String visitorName,
        String visitorAddress,
        String visitorPhone,
        String visitorRelationship,
        String emergency1Name,
        String emergency1Relationship,
        String emergency1Address,
        String emergency1Phone,
        String emergency2Name,
        String emergency2Relationship,
        String emergency2Address,
        String emergency2Phone,
        String emergency3Name,
        String emergency3Relationship,
        String emergency3Address,
        String emergency3Phone,
        String emergency4Name,
        String emergency4Relationship,
        String emergency4Address,
        String emergency4Phone,
        String familyImageFileName,
        String familySituation,
        String lifeHistory,
        String dailyLife,
        String hobbies,
        String communityRelations,
        String publicServices,
        String privateServices,
        String consentDate,
        String consentName) implements CareplanRecord {

    public UpKihon {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, consultationDate, planType, entrusted,
                staffName, consultationMethod, consultationMethodOther, consultationCount, previousConsultationDate,
                currentSituation, currentSituationNote, userNameKana, userName, userSex, userBirthDate, userAddress,
                userPhone, userFax, disabledElderlyIndependence, dementiaIndependence, careLevel,
                certificationValidFrom, certificationValidTo, previousCareLevel, checklistResult, checklistDate,
                disabilityPhysical, disabilityIntellectual, disabilityMental, disabilityIntractable, disabilityNotes,
                residence, roomFloor, homeRenovation, pensionNational, pensionEmployee, pensionDisability,
                publicAssistance, economicDetails, visitorName, visitorAddress, visitorPhone, visitorRelationship,
                emergency1Name, emergency1Relationship, emergency1Address, emergency1Phone, emergency2Name,
                emergency2Relationship, emergency2Address, emergency2Phone, emergency3Name, emergency3Relationship,
                emergency3Address, emergency3Phone, emergency4Name, emergency4Relationship, emergency4Address,
                emergency4Phone, familyImageFileName, familySituation, lifeHistory, dailyLife, hobbies,
                communityRelations, publicServices, privateServices, consentDate, consentName);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPKIHON;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, consultationDate, planType, entrusted, staffName,
                consultationMethod, consultationMethodOther, consultationCount, previousConsultationDate,
                currentSituation, currentSituationNote, userNameKana, userName, userSex, userBirthDate, userAddress,
                userPhone, userFax, disabledElderlyIndependence, dementiaIndependence, careLevel,
                certificationValidFrom, certificationValidTo, previousCareLevel, checklistResult, checklistDate,
                disabilityPhysical, disabilityIntellectual, disabilityMental, disabilityIntractable, disabilityNotes,
                residence, roomFloor, homeRenovation, pensionNational, pensionEmployee, pensionDisability,
                publicAssistance, economicDetails, visitorName, visitorAddress, visitorPhone, visitorRelationship,
                emergency1Name, emergency1Relationship, emergency1Address, emergency1Phone, emergency2Name,
                emergency2Relationship, emergency2Address, emergency2Phone, emergency3Name, emergency3Relationship,
                emergency3Address, emergency3Phone, emergency4Name, emergency4Relationship, emergency4Address,
                emergency4Phone, familyImageFileName, familySituation, lifeHistory, dailyLife, hobbies,
                communityRelations, publicServices, privateServices, consentDate, consentName);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 71 of them). */
    static UpKihon fromV4(List<String> v) {
        return new UpKihon(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27), v.get(28), v.get(29), v.get(30), v.get(31), v.get(32), v.get(33), v.get(34), v.get(35),
                v.get(36), v.get(37), v.get(38), v.get(39), v.get(40), v.get(41), v.get(42), v.get(43), v.get(44),
                v.get(45), v.get(46), v.get(47), v.get(48), v.get(49), v.get(50), v.get(51), v.get(52), v.get(53),
                v.get(54), v.get(55), v.get(56), v.get(57), v.get(58), v.get(59), v.get(60), v.get(61), v.get(62),
                v.get(63), v.get(64), v.get(65), v.get(66), v.get(67), v.get(68), v.get(69), v.get(70));
    }
}
