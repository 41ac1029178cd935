package jp.renkei.protocol.name;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Rule;

/** NAME-003 to NAME-006 and NAME-008 (spec §6.3.1) on a name whose parts all have the right shape. */
final class NameRules {

    private NameRules() {
    }

    /** Adds the findings of {@code name}, written as {@code file}, to {@code out}. */
    static void check(FileName name, String file, ServiceKinds kinds, List<Finding> out) {
        if (!name.kind().image() && !name.extension().equals("CSV")) {
            out.add(FileNames.finding(Rule.NAME_003, file, new Message(
                    "extension '." + name.extension() + "' is accepted; '.CSV' is canonical",
                    "拡張子 '." + name.extension() + "' は受け付けますが、正しくは '.CSV' です")));
        }
        if (name.month() != null) {
            checkMonth(name, file, out);
        }
        if (name.sender().equals(name.recipient())) {
            out.add(FileNames.finding(Rule.NAME_005, file, new Message(
                    "sender and recipient office numbers are both " + name.sender() + "; they must differ",
                    "送信元と送信先の事業所番号がともに " + name.sender() + " です（異なる必要があります）")));
        }
        if (!validDateTime(name.sequence())) {
            out.add(FileNames.finding(Rule.NAME_006, file, new Message(
                    "SEQ " + name.sequence() + " is not a valid date-time YYYYMMDDHHMMSS",
                    "ファイル連番 " + name.sequence() + " は日時 YYYYMMDDHHMMSS として正しくありません")));
        }
        checkServiceSide(name, kinds, file, out);
    }

    private static void checkMonth(FileName name, String file, List<Finding> out) {
        String month = name.month();
        if (month.equals("000000")) {
            if (name.kind() != FileKind.UPHOSOKU) {
                out.add(FileNames.finding(Rule.NAME_004, file, new Message(
                        "month 000000 is allowed only for UPHOSOKU",
                        "年月 000000 は UPHOSOKU にのみ使えます")));
            }
        } else if (!validMonth(month)) {
            out.add(FileNames.finding(Rule.NAME_004, file, new Message(
                    "month " + month + " is not a valid YYYYMM",
                    "年月 " + month + " は YYYYMM として正しくありません")));
        }
    }

    /** NAME-008: the service-office side's kind code is 対象外; v4 form, 居宅介護支援 interface only. */
    private static void checkServiceSide(FileName name, ServiceKinds kinds, String file, List<Finding> out) {
        if (name.form() != NameForm.V4 || name.kind().preventive()) {
            return;
        }
        boolean actuals = name.kind() == FileKind.UPJSK || name.kind() == FileKind.DLTJSK;
        NamePart side = actuals ? NamePart.SENDER_KIND : NamePart.RECIPIENT_KIND;
        String code = actuals ? name.senderKind() : name.recipientKind();
        if (kinds.membership(code) == ServiceKinds.Membership.NON_TARGET) {
            out.add(FileNames.finding(Rule.NAME_008, file, new Message(
                    side.label() + " " + code + " (the service office's side) is outside the linkage list (対象外)",
                    side.labelJa() + " " + code + "（サービス事業所側）は連携対象外のサービス種類です")));
        }
    }

    static boolean validMonth(String month) {
        int mm = Integer.parseInt(month.substring(4, 6));
        return mm >= 1 && mm <= 12;
    }

    static boolean validDateTime(String seq) {
        try {
            LocalDateTime.of(num(seq, 0, 4), num(seq, 4, 6), num(seq, 6, 8), num(seq, 8, 10), num(seq, 10, 12),
                    num(seq, 12, 14));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
