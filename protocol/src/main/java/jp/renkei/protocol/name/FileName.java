package jp.renkei.protocol.name;

import java.util.List;
import java.util.StringJoiner;
import jp.renkei.protocol.FileKind;

/**
 * A parsed file name (spec §2).
 *
 * <p>Build names with {@link #v4}, {@link #v3} and {@link #image}, which check every part's shape; read them with
 * {@link FileNames#parse}. {@link #format()} writes the name back exactly.
 *
 * @param month the MONTH part (6 digits, possibly {@code 000000}) or null for kinds without one
 * @param senderKind the sender's サービス種類コード, null in v3 form
 * @param recipientKind the recipient's サービス種類コード, null in v3 form
 * @param sequence the 14-digit ファイル連番
 * @param branch the 4-digit 枝番 of an image, else null
 * @param extension the extension as written, without the dot ({@code CSV}, {@code csv}, {@code jpg}...)
 */
public record FileName(
        FileKind kind,
        NameForm form,
        String month,
        String sender,
        String senderKind,
        String recipient,
        String recipientKind,
        String sequence,
        String branch,
        String extension) {

    /**
     * A v4.1-form CSV name with the canonical extension {@code .CSV}.
     *
     * @param month the MONTH part for month-bearing kinds (§2.2), null for the others
     * @throws IllegalArgumentException if the kind is the image, the month is given for a kind without one or
     *     missing for a kind with one, or a part has the wrong shape (10-digit office numbers, kind codes of two
     *     characters 0-9A-Z, a 6-digit month, a 14-digit SEQ). Semantic rules (NAME-004 to NAME-006) are not
     *     enforced, so that test fixtures can build names that break them.
     */
    public static FileName v4(FileKind kind, String month, String from, String fromKind, String to, String toKind,
            String sequence) {
        requireCsv(kind);
        FileName name = new FileName(kind, NameForm.V4, month, from, fromKind, to, toKind, sequence, null, "CSV");
        return name.checked();
    }

    /**
     * A v3-form CSV name ({@code PREFIX[_MONTH]_FROM_TO_SEQ.CSV}).
     *
     * @throws IllegalArgumentException as {@link #v4}, and for UP3KYO and the 介護予防 kinds, which exist only in
     *     the v4 form
     */
    public static FileName v3(FileKind kind, String month, String from, String to, String sequence) {
        requireCsv(kind);
        if (!NameShape.allowed(kind, NameForm.V3)) {
            throw new IllegalArgumentException(kind.prefix() + " exists only in the v4 form");
        }
        FileName name = new FileName(kind, NameForm.V3, month, from, null, to, null, sequence, null, "CSV");
        return name.checked();
    }

    /**
     * A family-structure image name ({@code UPKIHON_IMAGE_FROM_FROMKIND_TO_TOKIND_SEQ_BRANCH.jpg}).
     *
     * @throws IllegalArgumentException if a part has the wrong shape (the branch is 4 digits)
     */
    public static FileName image(String from, String fromKind, String to, String toKind, String sequence,
            String branch) {
        FileName name = new FileName(FileKind.UPKIHON_IMAGE, NameForm.V4, null, from, fromKind, to, toKind,
                sequence, branch, "jpg");
        return name.checked();
    }

    /** The address of the sending unit this file belongs to. */
    public UnitAddress unit() {
        return new UnitAddress(form, sender, senderKind, recipient, recipientKind, sequence);
    }

    /**
     * The file name as text. For a parsed name this is exactly the name that was parsed (the extension keeps its
     * case); for a built name it is the canonical name. {@code FileNames.parse(n.format(), k).name()} equals
     * {@code n} for every name that parses without NAME-001.
     */
    public String format() {
        StringJoiner joiner = new StringJoiner("_");
        joiner.add(kind.prefix());
        for (NamePart part : NameShape.parts(kind, form)) {
            joiner.add(value(part));
        }
        return joiner + "." + extension;
    }

    /** This name with the canonical extension ({@code CSV} for CSV kinds, {@code jpg} for the image). */
    public FileName withCanonicalExtension() {
        return new FileName(kind, form, month, sender, senderKind, recipient, recipientKind, sequence, branch,
                NameShape.canonicalExtension(kind));
    }

    private String value(NamePart part) {
        return switch (part) {
            case MONTH -> month;
            case SENDER -> sender;
            case SENDER_KIND -> senderKind;
            case RECIPIENT -> recipient;
            case RECIPIENT_KIND -> recipientKind;
            case SEQ -> sequence;
            case BRANCH -> branch;
        };
    }

    private static void requireCsv(FileKind kind) {
        if (kind == null || kind.image()) {
            throw new IllegalArgumentException("a CSV file kind is required; use FileName.image for images");
        }
    }

    private FileName checked() {
        if (!kind.monthBearing() && month != null) {
            throw new IllegalArgumentException(kind.prefix() + " names carry no month part");
        }
        List<NamePart> parts = NameShape.parts(kind, form);
        for (NamePart part : parts) {
            String value = value(part);
            if (value == null) {
                throw new IllegalArgumentException(part.label() + " is required for " + kind.prefix());
            }
            Message problem = part.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(problem.en());
            }
        }
        return this;
    }
}
