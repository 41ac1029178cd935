package jp.renkei.protocol.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules of one file kind beyond the item rules (spec §6.3.5–6.3.7): fed every record that passed ROW-001, in file
 * order, then finished once at the end of a file that was read to its end. Implementations keep only compact
 * per-key state, so that a file of any size is checked in bounded memory.
 */
interface FileRules {

    void record(Row row);

    /** Called once after the last record; rules that need the whole file report here. */
    default void finish() {
    }

    /** The rules that apply to the context's kind, in the order they report. */
    static List<FileRules> of(FileContext ctx) {
        List<FileRules> rules = new ArrayList<>();
        DateOrder.of(ctx).ifPresent(rules::add);
        switch (ctx.kind()) {
            case UPHOSOKU -> rules.add(new HosokuRules(ctx));
            case UP1KYO -> rules.add(new Plan1Rules(ctx));
            case UP2KYO, UPYOBO_SUB -> rules.add(new HierarchyRules(ctx));
            case UP3KYO -> rules.add(new Table3Rules(ctx));
            case UPPLAN, UPJSK -> rules.add(new SixthTableRules(ctx));
            case UPSIKYU -> rules.add(new SeventhTableRules(ctx));
            case DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO -> rules.add(new DeletionRules(ctx));
            default -> { }
        }
        return rules;
    }
}
