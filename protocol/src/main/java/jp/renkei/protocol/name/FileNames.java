package jp.renkei.protocol.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Rule;

/**
 * Parses file names (spec §2) and applies the NAME rules of §6.3.1 that need nothing but the name: NAME-001 to
 * NAME-006 and NAME-008. NAME-007 needs the CSV version and is the validator's.
 *
 * <p>Never throws for a bad name: a name with {@code /}, {@code ..}, NUL, spaces or any other character only gives
 * findings. Thread-safe and stateless.
 */
public final class FileNames {

    private FileNames() {
    }

    /** Parses {@code name} (the base name as uploaded) and reports every NAME finding. */
    public static NameParse parse(String name, ServiceKinds kinds) {
        if (name == null || kinds == null) {
            throw new IllegalArgumentException("name and kinds are required");
        }
        Optional<FileKind> kind = FileKind.matchPrefix(name);
        if (kind.isEmpty()) {
            return new NameParse(null, List.of(finding(Rule.NAME_002, name, unknownPrefix(name))));
        }
        return new Parser(name, kind.get()).parse(kinds);
    }

    static Finding finding(Rule rule, String name, Message message) {
        return new Finding(rule, name, 0, 0L, -1L, 0, null, message.en(), message.ja());
    }

    private static Message unknownPrefix(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        boolean caseOnly = FileKind.matchPrefix(upper).isPresent();
        String hintEn = caseOnly ? " (prefixes are case-sensitive)" : "";
        String hintJa = caseOnly ? "（接頭辞は大文字・小文字を区別します）" : "";
        return new Message(
                Message.quote(name) + " does not start with a known prefix followed by '_'" + hintEn,
                Message.quote(name) + " は既知のファイル接頭辞と '_' で始まっていません" + hintJa);
    }

    /** One parse: splits off the extension, picks the form by the number of parts, checks each part. */
    private static final class Parser {
        private final String name;
        private final FileKind kind;
        private final List<Finding> findings = new ArrayList<>();

        Parser(String name, FileKind kind) {
            this.name = name;
            this.kind = kind;
        }

        NameParse parse(ServiceKinds kinds) {
            String rest = name.substring(kind.prefix().length() + 1);
            int dot = rest.lastIndexOf('.');
            Message badExtension = extensionProblem(rest, dot);
            if (badExtension != null) {
                return malformed(badExtension);
            }
            List<String> values = Arrays.asList(rest.substring(0, dot).split("_", -1));
            NameForm form = formFor(values.size());
            if (form == null) {
                return malformed(partCount(values));
            }
            if (!NameShape.allowed(kind, form)) {
                String v4 = NameShape.pattern(kind, NameForm.V4);
                return malformed(new Message(kind.prefix() + " exists only in the v4 form (" + v4 + ")",
                        kind.prefix() + " は v4 形式（" + v4 + "）のみです"));
            }
            FileName parsed = build(form, values, rest.substring(dot + 1));
            if (parsed != null) {
                NameRules.check(parsed, name, kinds, findings);
            }
            return new NameParse(parsed, findings);
        }

        /** Why the extension after the last dot of {@code rest} does not fit the kind, or null when it does. */
        private Message extensionProblem(String rest, int dot) {
            if (dot < 0) {
                return new Message("the name has no extension; ." + expectedExtension() + " expected",
                        "拡張子がありません（." + expectedExtension() + " が必要）");
            }
            String extension = rest.substring(dot + 1);
            if (NameShape.extensionFits(kind, extension)) {
                return null;
            }
            String quoted = Message.quote("." + extension);
            return new Message("extension " + quoted + ": " + expectedExtension() + " expected",
                    "拡張子 " + quoted + " は不正です（" + expectedExtension() + " が必要）");
        }

        private String expectedExtension() {
            return kind.image() ? "JPG" : "CSV";
        }

        private NameForm formFor(int count) {
            for (NameForm form : NameForm.values()) {
                if (NameShape.parts(kind, form).size() == count && (form == NameForm.V4 || !kind.image())) {
                    return form;
                }
            }
            return null;
        }

        private FileName build(NameForm form, List<String> values, String extension) {
            List<NamePart> parts = NameShape.parts(kind, form);
            String[] byPart = new String[NamePart.values().length];
            for (int i = 0; i < parts.size(); i++) {
                Message problem = parts.get(i).problem(values.get(i));
                if (problem != null) {
                    findings.add(finding(Rule.NAME_001, name, problem));
                }
                byPart[parts.get(i).ordinal()] = values.get(i);
            }
            if (!findings.isEmpty()) {
                return null;
            }
            return new FileName(kind, form, byPart[NamePart.MONTH.ordinal()], byPart[NamePart.SENDER.ordinal()],
                    byPart[NamePart.SENDER_KIND.ordinal()], byPart[NamePart.RECIPIENT.ordinal()],
                    byPart[NamePart.RECIPIENT_KIND.ordinal()], byPart[NamePart.SEQ.ordinal()],
                    byPart[NamePart.BRANCH.ordinal()], extension);
        }

        private Message partCount(List<String> values) {
            int count = values.size();
            String forms = NameShape.pattern(kind, NameForm.V4);
            String formsJa = forms;
            if (!kind.v4Only()) {
                forms = "v4 form " + forms + " or v3 form " + NameShape.pattern(kind, NameForm.V3);
                formsJa = "v4 形式 " + formsJa + " または v3 形式 " + NameShape.pattern(kind, NameForm.V3);
            }
            String hintEn = "";
            String hintJa = "";
            if (!kind.monthBearing() && NamePart.MONTH.problem(values.get(0)) == null
                    && formFor(count - 1) != null) {
                hintEn = "; " + kind.prefix() + " names carry no month part";
                hintJa = "。" + kind.prefix() + " のファイル名に年月はありません";
            }
            return new Message(count + " parts between the prefix and the extension; " + kind.prefix()
                    + " names have " + forms + hintEn,
                    "接頭辞と拡張子の間の要素が" + count + "個です。" + kind.prefix() + " のファイル名は " + formsJa
                    + " です" + hintJa);
        }

        private NameParse malformed(Message message) {
            findings.add(finding(Rule.NAME_001, name, message));
            return new NameParse(null, findings);
        }
    }
}
