package jp.renkei.gateway.ca;

import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.renkei.gateway.store.Role;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a client certificate speaks for. The subject is {@code CN=<name>, OU=<role>, O=Renkei}: for an office the
 * name is its 10-digit number and the role {@code office}; otherwise the name equals the role
 * ({@code CN=operator, OU=operator}, {@code CN=ministry, OU=ministry}).
 *
 * @param name the office number, {@code operator} or {@code ministry}
 * @param serial lower-case hex serial of the certificate
 */
public record Identity(Role role, String name, String serial) {

    private static final Pattern OFFICE_NUMBER = Pattern.compile("[0-9]{10}");

    public static boolean isOfficeNumber(String value) {
        return value != null && OFFICE_NUMBER.matcher(value).matches();
    }

    /** The identity a certificate issued by Renkei's CA carries, or empty when its subject has another shape. */
    public static Optional<Identity> of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        Optional<String> cn = single(subject, BCStyle.CN);
        Optional<Role> role = single(subject, BCStyle.OU).flatMap(Identity::role);
        if (cn.isEmpty() || role.isEmpty() || !validName(role.get(), cn.get())) {
            return Optional.empty();
        }
        return Optional.of(new Identity(role.get(), cn.get(), serialOf(certificate)));
    }

    public static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }

    static X500Name subject(Role role, String name) {
        if (!validName(role, name)) {
            throw new IllegalArgumentException("not a valid " + role + " name: " + name);
        }
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Renkei")
                .addRDN(BCStyle.OU, role.name().toLowerCase(Locale.ROOT))
                .addRDN(BCStyle.CN, name)
                .build();
    }

    private static boolean validName(Role role, String name) {
        return role == Role.OFFICE ? isOfficeNumber(name) : role.name().toLowerCase(Locale.ROOT).equals(name);
    }

    private static Optional<Role> role(String ou) {
        for (Role role : Role.values()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(ou)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> single(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 1 ? Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()))
                : Optional.empty();
    }
}
