package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.NameForm;

/**
 * The file-name forms of spec §2.4, read only for routing (sender, recipient, kinds, month, SEQ). Whether a name is
 * acceptable is the validator's verdict (NAME-*); this parse only tells the service where the file goes.
 */
final class RoutingNames {

    private static final String V4_PLAIN = "UP1KYO|DLT1KYO|UP2KYO|UP3KYO|UPKIHON|DLTKIHON|UPKIHON_SUB1|UPKIHON_SUB2"
            + "|UPYOBO|UPYOBO_SUB|DLTYOBO";
    private static final String MONTH_KINDS = "UPHOSOKU|UPPLAN|DLTPLAN|UPJSK|DLTJSK|UPSIKYU";
    private static final String V4_TAIL = "_(?<from>[0-9]{10})_(?<fromKind>[0-9A-Z]{2})_(?<to>[0-9]{10})"
            + "_(?<toKind>[0-9A-Z]{2})_(?<seq>[0-9]{14})";
    private static final String V3_TAIL = "_(?<from>[0-9]{10})_(?<to>[0-9]{10})_(?<seq>[0-9]{14})";
    private static final String CSV = "\\.(?<ext>[Cc][Ss][Vv])";
    private static final String JPG = "_(?<branch>[0-9]{4})\\.(?<ext>[Jj][Pp][Gg])";

    private record Form(Pattern pattern, NameForm form) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<prefix>" + V4_PLAIN + ")" + V4_TAIL + CSV), NameForm.V4),
            new Form(Pattern.compile("(?<prefix>" + MONTH_KINDS + ")_(?<month>[0-9]{6})" + V4_TAIL + CSV),
                    NameForm.V4),
            new Form(Pattern.compile("(?<prefix>UPKIHON_IMAGE)" + V4_TAIL + JPG), NameForm.V4),
            new Form(Pattern.compile("(?<prefix>UP1KYO|DLT1KYO|UP2KYO)" + V3_TAIL + CSV), NameForm.V3),
            new Form(Pattern.compile("(?<prefix>" + MONTH_KINDS + ")_(?<month>[0-9]{6})" + V3_TAIL + CSV),
                    NameForm.V3));

    private RoutingNames() {
    }

    static Optional<FileName> parse(String fileName) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(fileName);
            if (m.matches()) {
                return Optional.of(fileName(m, form.form()));
            }
        }
        return Optional.empty();
    }

    private static FileName fileName(Matcher m, NameForm form) {
        boolean v4 = form == NameForm.V4;
        String pattern = m.pattern().pattern();
        return new FileName(FileKind.valueOf(m.group("prefix")), form,
                pattern.contains("<month>") ? m.group("month") : null,
                m.group("from"), v4 ? m.group("fromKind") : null,
                m.group("to"), v4 ? m.group("toKind") : null,
                m.group("seq"),
                pattern.contains("<branch>") ? m.group("branch") : null,
                m.group("ext"));
    }
}
