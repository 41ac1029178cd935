package jp.renkei.protocol.validate;

/** 居宅サービス計画1表 rules: one record per plan key (P1-001) and the 居宅's own number (P1-002). */
final class Plan1Rules implements FileRules {

    private final FileContext ctx;
    private final int insurer;
    private final int insured;
    private final int planDate;
    private final int careOffice;
    private final KeySet keys = new KeySet();

    Plan1Rules(FileContext ctx) {
        this.ctx = ctx;
        Schema s = ctx.schema();
        this.insurer = s.no("insurerNumber");
        this.insured = s.no("insuredNumber");
        this.planDate = s.no("planDate");
        this.careOffice = s.no("careOfficeCode");
    }

    @Override
    public void record(Row row) {
        if (!keys.add(KeySet.of(row, insurer, insured, planDate))) {
            ctx.row(row, Rule.P1_001, "another record of this file has the same plan key (No.2, 3, 14)",
                    "同じ計画キー（No.2、3、14）のレコードがファイル内に既にあります");
        }
        String office = row.value(careOffice);
        if (ctx.name() != null && !office.isEmpty() && !office.equals(ctx.name().sender())) {
            ctx.item(row, careOffice, Rule.P1_002, "expected the sender's office number " + ctx.name().sender()
                    + ctx.got(row, careOffice), "送信元の事業所番号 " + ctx.name().sender() + " であること"
                    + ctx.gotJa(row, careOffice));
        }
    }
}
