package jp.renkei.protocol.layout;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/** The items of one file kind in one layout generation, in position order (item No. = index + 1). */
public record Layout(FileKind kind, LayoutGeneration generation, List<Item> items, Map<String, Item> byKey) {

    public Layout(FileKind kind, LayoutGeneration generation, List<Item> items) {
        this(kind, generation, List.copyOf(items),
                items.stream().collect(Collectors.toUnmodifiableMap(Item::key, Function.identity())));
    }

    public int size() {
        return items.size();
    }

    /** The item at 1-based position {@code no}. */
    public Item item(int no) {
        return items.get(no - 1);
    }

    /** The item with the given key, or null when this generation has no such item. */
    public Item item(String key) {
        return byKey.get(key);
    }
}
