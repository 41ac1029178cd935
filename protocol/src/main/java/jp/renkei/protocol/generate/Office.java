package jp.renkei.protocol.generate;

import java.util.List;

/**
 * A 事業所 of the generated world: a 居宅介護支援事業所 (kind {@code 43}, with its care managers) or a service office.
 */
record Office(String number, String kind, String name, Places.Prefecture prefecture, String postalCode,
        String address, String phone, List<PersonNames.Name> careManagers) {

    boolean careOffice() {
        return kind.equals("43");
    }
}
