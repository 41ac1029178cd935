package jp.renkei.protocol.generate;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly service a user has booked at an office: the service, an optional 加算 given with each occurrence at the
 * same times, the days of the week and the start time.
 */
record Booking(Office office, ServiceCatalog.Service service, ServiceCatalog.Service addOn, List<DayOfWeek> days,
        LocalTime start) {

    LocalTime end() {
        return start.plusMinutes(service.minutes());
    }
}
