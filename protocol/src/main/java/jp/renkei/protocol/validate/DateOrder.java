package jp.renkei.protocol.validate;

import java.util.Optional;

/** ITEM-006: date pairs that must not be out of order, compared only when both are valid dates. */
final class DateOrder implements FileRules {

    private final FileContext ctx;
    private final int[] earlier;
    private final int[] later;

    private DateOrder(FileContext ctx, String... keyPairs) {
        this.ctx = ctx;
        this.earlier = new int[keyPairs.length / 2];
        this.later = new int[keyPairs.length / 2];
        for (int i = 0; i < earlier.length; i++) {
            earlier[i] = ctx.schema().no(keyPairs[2 * i]);
            later[i] = ctx.schema().no(keyPairs[2 * i + 1]);
        }
    }

    static Optional<FileRules> of(FileContext ctx) {
        return Optional.ofNullable(switch (ctx.kind()) {
            case UPHOSOKU -> new DateOrder(ctx, "limitStartDate", "limitEndDate");
            case UP1KYO -> new DateOrder(ctx, "firstPlanDate", "planDate",
                    "certificationValidFrom", "certificationValidTo");
            case UPKIHON, UPYOBO -> new DateOrder(ctx, "certificationValidFrom", "certificationValidTo");
            default -> null;
        });
    }

    @Override
    public void record(Row row) {
        for (int i = 0; i < earlier.length; i++) {
            String a = row.value(earlier[i]);
            String b = row.value(later[i]);
            if (FormatCheck.date(a) && FormatCheck.date(b) && a.compareTo(b) > 0) {
                String first = ctx.schema().item(earlier[i]).name();
                ctx.item(row, later[i], Rule.ITEM_006, "date is before " + first + " (No." + earlier[i] + ")"
                        + ctx.got(row, later[i]), first + "（No." + earlier[i] + "）より前の日付です"
                        + ctx.gotJa(row, later[i]));
            }
        }
    }
}
