package jp.renkei.protocol.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import jp.renkei.protocol.record.CareplanRecord;

/**
 * Builds one record by catalogue key; unset items stay empty. Items the target generation lacks (the v4 福祉用具
 * items in a v3 file) are left empty too, so the record can be written in that generation.
 */
final class Fields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final FileKind kind;
    private final Layout layout;
    private final Layout target;
    private final String[] values;

    Fields(FileKind kind, CsvVersion version) {
        this.kind = kind;
        this.layout = Layouts.of(kind, LayoutGeneration.V4);
        this.target = Layouts.of(kind, version.generation().orElseThrow());
        this.values = new String[layout.size()];
        Arrays.fill(values, "");
        values[0] = version.code();
    }

    Fields set(String key, String value) {
        Item item = layout.item(key);
        if (item == null) {
            throw new IllegalArgumentException(kind + " has no item " + key);
        }
        if (target.item(key) != null) {
            values[item.no() - 1] = value;
        }
        return this;
    }

    Fields set(String key, int value) {
        return set(key, Integer.toString(value));
    }

    Fields date(String key, LocalDate value) {
        return set(key, value.format(DATE));
    }

    /** HHMM, or {@code 9999} (no time displayed) for null. */
    Fields time(String key, LocalTime value) {
        return set(key, value == null ? "9999" : value.format(TIME));
    }

    CareplanRecord build() {
        return CareplanRecord.of(kind, Arrays.asList(values.clone()), LayoutGeneration.V4);
    }
}
