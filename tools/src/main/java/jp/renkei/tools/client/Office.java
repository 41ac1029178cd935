package jp.renkei.tools.client;

import java.time.Instant;
import java.util.List;

/** A registered office: its 10-digit number, name, サービス種類コード list and delivery mode. */
public record Office(String number, String name, List<String> kinds, String deliveryMode, Instant registeredAt) {

    public Office {
        kinds = List.copyOf(kinds);
    }
}
