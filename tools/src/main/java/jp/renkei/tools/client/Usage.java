package jp.renkei.tools.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An office's metering for one month as the gateway reports it (documents, linked users, partners, time and money
 * saved). The figures are kept by name so that a gateway adding a figure does not break older clients.
 *
 * @param month {@code YYYYMM}
 * @param figures every field of the answer, numbers as {@link Number}, nested objects as maps
 */
public record Usage(String month, Map<String, Object> figures) {

    public Usage {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures)); // JSON nulls allowed
    }
}
