package jp.renkei.protocol.validate;

import java.util.EnumMap;
import java.util.Map;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Format;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;

/**
 * A layout prepared for checking: items by position and the answer, per item, to "may its value be quoted in a
 * message?" (spec §6.2: never free text or 被保険者番号; we also keep telephone numbers, postal codes and birth
 * dates out, which are personal data as well). Immutable.
 */
final class Schema {

    private static final Map<LayoutGeneration, Map<FileKind, Schema>> ALL = build();

    private final Layout layout;
    private final Item[] items;
    private final boolean[] quotable;
    private final boolean[] freeText;

    private Schema(Layout layout) {
        this.layout = layout;
        this.items = layout.items().toArray(new Item[0]);
        this.quotable = new boolean[items.length];
        this.freeText = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            quotable[i] = !personal(items[i]);
            freeText[i] = items[i].freeText();
        }
    }

    /** The schema of a kind in a generation, or null when the kind has no layout there (e.g. UP3KYO in v3). */
    static Schema of(FileKind kind, LayoutGeneration generation) {
        return ALL.get(generation).get(kind);
    }

    private static Map<LayoutGeneration, Map<FileKind, Schema>> build() {
        Map<LayoutGeneration, Map<FileKind, Schema>> all = new EnumMap<>(LayoutGeneration.class);
        for (LayoutGeneration g : LayoutGeneration.values()) {
            all.put(g, new EnumMap<>(FileKind.class));
        }
        for (Layout layout : Layouts.all()) {
            all.get(layout.generation()).put(layout.kind(), new Schema(layout));
        }
        return all;
    }

    Layout layout() {
        return layout;
    }

    int size() {
        return items.length;
    }

    /** The item at 1-based {@code no}. */
    Item item(int no) {
        return items[no - 1];
    }

    /** The 1-based No. of the item with that catalogue key, or 0 when this generation has no such item. */
    int no(String key) {
        Item item = layout.item(key);
        return item == null ? 0 : item.no();
    }

    /** The No. of each key, 0 for keys this generation does not have. */
    int[] nos(String... keys) {
        int[] nos = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            nos[i] = no(keys[i]);
        }
        return nos;
    }

    boolean freeText(int no) {
        return freeText[no - 1];
    }

    boolean quotable(int no) {
        return no > 0 && quotable[no - 1];
    }

    private static boolean personal(Item item) {
        Format f = item.format();
        return item.freeText() || f == Format.TEXT || f == Format.INSURED || f == Format.STR || f == Format.POSTAL
                || item.name().contains("生年月日");
    }
}
