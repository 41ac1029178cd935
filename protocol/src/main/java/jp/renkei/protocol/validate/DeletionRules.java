package jp.renkei.protocol.validate;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.NameForm;

/**
 * Rules of the deletion files DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON and DLTYOBO: one record per key (DEL-002; the key
 * is every item after CSVバージョン), the month of DLTPLAN/DLTJSK (MONTH-001/002), and DLTJSK deleting the sender's
 * own actuals (DEL-003).
 */
final class DeletionRules implements FileRules {

    private final FileContext ctx;
    private final MonthRule month;
    private final int[] key;
    private final int office;
    private final int kind;
    private final KeySet keys = new KeySet();

    DeletionRules(FileContext ctx) {
        this.ctx = ctx;
        FileKind k = ctx.kind();
        boolean monthly = k == FileKind.DLTPLAN || k == FileKind.DLTJSK;
        this.month = monthly ? new MonthRule(ctx, "deletionMonth") : null;
        this.key = new int[ctx.schema().size() - 1];
        for (int i = 0; i < key.length; i++) {
            key[i] = i + 2;
        }
        this.office = k == FileKind.DLTJSK ? ctx.schema().no("serviceOfficeCode") : 0;
        this.kind = k == FileKind.DLTJSK ? ctx.schema().no("serviceKind") : 0;
    }

    @Override
    public void record(Row row) {
        if (month != null) {
            month.record(row);
        }
        if (!keys.add(KeySet.of(row, key))) {
            ctx.row(row, Rule.DEL_002, "another record of this deletion file has the same key (No.2 to No."
                    + (key.length + 1) + ")", "同じキー（No.2〜" + (key.length + 1) + "）の削除レコードがファイル内に既にあります");
        }
        if (office != 0 && ctx.name() != null) {
            sender(row, ctx.name());
        }
    }

    /** DEL-003: DLTJSK deletes the sender's own actuals. */
    private void sender(Row row, FileName n) {
        String o = row.value(office);
        if (!o.isEmpty() && !o.equals(n.sender())) {
            ctx.item(row, office, Rule.DEL_003, "expected the sender's office number " + n.sender()
                    + ctx.got(row, office),
                    "送信元の事業所番号 " + n.sender() + " であること" + ctx.gotJa(row, office));
        }
        String k = row.value(kind);
        if (n.form() == NameForm.V4 && !k.isEmpty() && !k.equals(n.senderKind())) {
            ctx.item(row, kind, Rule.DEL_003, "expected the sender's kind " + n.senderKind() + " from the file name"
                    + ctx.got(row, kind), "ファイル名の送信元の種類 " + n.senderKind() + " であること" + ctx.gotJa(row, kind));
        }
    }
}
