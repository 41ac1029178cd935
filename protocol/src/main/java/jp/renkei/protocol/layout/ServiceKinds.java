package jp.renkei.protocol.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The サービス種類コード lists of spec §5.10, held as configuration: 連携対象 (target) and 対象外 (non-target).
 * A code in neither list (e.g. {@code 43} 居宅介護支援) is {@link Membership#UNLISTED}.
 */
public final class ServiceKinds {

    private static final String RESOURCE = "service-kinds.properties";
    private static final ServiceKinds DEFAULTS = fromResource();

    /** Where a kind code stands. */
    public enum Membership { TARGET, NON_TARGET, UNLISTED }

    private final Set<String> target;
    private final Set<String> nonTarget;

    private ServiceKinds(Set<String> target, Set<String> nonTarget) {
        this.target = Set.copyOf(target);
        this.nonTarget = Set.copyOf(nonTarget);
    }

    /** The lists shipped with this release. */
    public static ServiceKinds defaults() {
        return DEFAULTS;
    }

    /** Lists read from a properties file with keys {@code target} and {@code nonTarget} (comma-separated codes). */
    public static ServiceKinds load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    public Membership membership(String kind) {
        if (target.contains(kind)) {
            return Membership.TARGET;
        }
        return nonTarget.contains(kind) ? Membership.NON_TARGET : Membership.UNLISTED;
    }

    private static ServiceKinds fromResource() {
        try (InputStream in = ServiceKinds.class.getResourceAsStream(RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceKinds parse(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new ServiceKinds(codes(p, "target"), codes(p, "nonTarget"));
    }

    private static Set<String> codes(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("service-kind list has no '" + key + "' entry");
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
