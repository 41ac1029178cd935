package jp.renkei.gateway.mailbox;

import java.time.Instant;
import java.util.List;

/**
 * A registered office.
 *
 * @param number the 10-digit 事業所番号
 * @param kinds its サービス種類コード values (e.g. {@code 43}, {@code 11})
 * @param deliveryMode how it delivered slips before Renkei: {@code none}, {@code car} or {@code transit}
 */
public record Office(String number, String name, List<String> kinds, String deliveryMode, Instant registeredAt) {

    public Office {
        kinds = List.copyOf(kinds);
    }
}
