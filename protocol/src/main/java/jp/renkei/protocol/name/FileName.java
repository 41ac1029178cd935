package jp.renkei.protocol.name;

import jp.renkei.protocol.FileKind;

/**
 * A parsed file name (spec §2).
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

    /** The address of the sending unit this file belongs to. */
    public UnitAddress unit() {
        return new UnitAddress(form, sender, senderKind, recipient, recipientKind, sequence);
    }
}
