package jp.renkei.protocol.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A 利用者 with certification, plan dates, care manager and the services booked for the month. */
record User(
        String insurerNumber,
        String insuredNumber,
        PersonNames.Name name,
        boolean female,
        LocalDate birthDate,
        String postalCode,
        String address1,
        String address2,
        String phone,
        String careLevel,
        LocalDate certificationDate,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate firstPlanDate,
        LocalDate planDate,
        Office careOffice,
        PersonNames.Name careManager,
        PersonNames.Name relative,
        String relation,
        int benefitRate,
        List<Booking> bookings,
        List<Rental> rentals) {

    /** The service offices the user uses this month, in booking order (rentals last). */
    List<Office> serviceOffices() {
        Set<Office> offices = new LinkedHashSet<>();
        bookings.forEach(b -> offices.add(b.office()));
        rentals.forEach(r -> offices.add(r.office()));
        return new ArrayList<>(offices);
    }

    boolean uses(Office office) {
        return serviceOffices().contains(office);
    }
}
