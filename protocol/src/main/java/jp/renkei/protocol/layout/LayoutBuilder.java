package jp.renkei.protocol.layout;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/**
 * Writes one layout table of spec §4 down as code, item by item in the v4 order. Items marked {@link #v4()} are
 * dropped when building the v3 layout, so the v3 item numbers follow the column maps of §4.6.4 and §4.9.3.
 */
final class LayoutBuilder {

    private static final int FREE = Item.FREE_TEXT;

    private final FileKind kind;
    private final LayoutGeneration generation;
    private final List<Item> items = new ArrayList<>();

    private LayoutBuilder(FileKind kind, LayoutGeneration generation) {
        this.kind = kind;
        this.generation = generation;
    }

    /** A builder already holding items 1–3, common to every CSV kind (§4.0). */
    static LayoutBuilder of(FileKind kind, LayoutGeneration generation) {
        return new LayoutBuilder(kind, generation)
                .required("csvVersion", "CSVバージョン", 6, Format.VER)
                .required("insurerNumber", "保険者番号", 6, Format.INSURER)
                .required("insuredNumber", "被保険者番号", 10, Format.INSURED);
    }

    LayoutGeneration generation() {
        return generation;
    }

    /** Req ○. */
    LayoutBuilder required(String key, String name, int length, Format format) {
        return add(key, name, length, Requirement.REQUIRED, format, null);
    }

    /** Req (○). */
    LayoutBuilder probable(String key, String name, int length, Format format) {
        return add(key, name, length, Requirement.PROBABLY_REQUIRED, format, null);
    }

    /** Req blank. */
    LayoutBuilder optional(String key, String name, int length, Format format) {
        return add(key, name, length, Requirement.OPTIONAL, format, null);
    }

    /** An optional free-text item (Len ―, TEXT). */
    LayoutBuilder text(String key, String name) {
        return add(key, name, FREE, Requirement.OPTIONAL, Format.TEXT, null);
    }

    /** A free-text item with Req (○). */
    LayoutBuilder probableText(String key, String name) {
        return add(key, name, FREE, Requirement.PROBABLY_REQUIRED, Format.TEXT, null);
    }

    /** An optional coded item, C(table). */
    LayoutBuilder code(String key, String name, int length, CodeTable table) {
        return add(key, name, length, Requirement.OPTIONAL, Format.CODE, table);
    }

    /** A coded item with the given Req. */
    LayoutBuilder code(String key, String name, int length, Requirement requirement, CodeTable table) {
        return add(key, name, length, requirement, Format.CODE, table);
    }

    /** 識別子: 「使用しない」 (§0.3 unused). */
    LayoutBuilder identifier() {
        return optional("identifier", "識別子", 1, Format.UNUSED);
    }

    /** 更新業者コード, present in most 居宅介護支援 kinds. */
    LayoutBuilder updater() {
        return optional("updaterCode", "更新業者コード", 10, Format.OFFICE);
    }

    /** Marks the last item's Len as {@code n?}. */
    LayoutBuilder uncertainLength() {
        return replaceLast(last(), true, last().formatUncertain());
    }

    /** Marks the last item's format as uncertain (§6.4: ITEM-013 / CODE-011 instead of ERRORs). */
    LayoutBuilder uncertainFormat() {
        return replaceLast(last(), last().lengthUncertain(), true);
    }

    /** The last item exists only in v4 layouts (Since v4): drop it from the v3 layout. */
    LayoutBuilder v4() {
        if (generation == LayoutGeneration.V3) {
            items.remove(items.size() - 1);
        }
        return this;
    }

    Layout build() {
        if (items.size() != kind.itemCount(generation)) {
            throw new IllegalStateException(kind + " " + generation + ": " + items.size() + " items, expected "
                    + kind.itemCount(generation));
        }
        return new Layout(kind, generation, items);
    }

    private LayoutBuilder add(String key, String name, int length, Requirement req, Format format, CodeTable t) {
        items.add(new Item(items.size() + 1, key, name, length, false, req, format, t, false));
        return this;
    }

    private Item last() {
        return items.get(items.size() - 1);
    }

    private LayoutBuilder replaceLast(Item i, boolean lengthUncertain, boolean formatUncertain) {
        items.set(items.size() - 1, new Item(i.no(), i.key(), i.name(), i.maxLength(), lengthUncertain,
                i.requirement(), i.format(), i.codes(), formatUncertain));
        return this;
    }
}
