package jp.renkei.tools.client;

import java.util.List;
import java.util.Map;

/**
 * A document's records as the gateway reads them: each record's items keyed by the specification's Japanese item
 * name, in the layout's order.
 *
 * @param csvVersion the file's CSVバージョン, or null when it has none
 */
public record Records(String id, String kind, String csvVersion, List<Map<String, String>> records) {

    public Records {
        records = List.copyOf(records);
    }
}
