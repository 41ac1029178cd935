package jp.renkei.protocol.generate;

import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;

/** The user items of 利用者補足情報 shared by plan sets and 利用票 sets; callers add No.4 and No.63. */
final class SupplementRecords {

    private SupplementRecords() {
    }

    static Fields of(User u, CsvVersion version) {
        return new Fields(FileKind.UPHOSOKU, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).set("userNameKana", u.name().kana())
                .set("userName", u.name().kanji()).set("userSex", u.female() ? "2" : "1")
                .date("userBirthDate", u.birthDate()).set("userPostalCode", u.postalCode())
                .set("userAddress1", u.address1()).set("userAddress2", u.address2()).set("userPhone", u.phone())
                .date("certificationDate", u.certificationDate()).date("limitStartDate", u.validFrom())
                .date("limitEndDate", u.validTo()).set("certificationStatus", "2").set("careLevel", u.careLevel())
                .set("benefitLimit", ServiceCatalog.limit(u.careLevel()))
                .set("consentOffice", u.careOffice().number()).set("updaterCode", u.careOffice().number());
    }
}
