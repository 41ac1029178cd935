package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.Callable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code enroll --number N --out DIR}: makes the office's key pair (EC P-256) and a PKCS#10 request for the operator
 * to sign. The private key never leaves DIR; the operator returns a certificate for the request.
 */
@Command(name = "enroll", mixinStandardHelpOptions = true,
        description = {"Make an office's key pair (EC P-256) and certificate signing request: DIR/key.pem (PKCS#8,"
                + " readable by the owner only) and DIR/csr.pem.",
            "Give csr.pem to the operator (POST /v1/admin/offices/N/certificates); save the certificate returned as"
                + " DIR/cert.pem and use --cert DIR/cert.pem --key DIR/key.pem."})
final class EnrollCommand implements Callable<Integer> {

    static final String KEY = "key.pem";
    static final String CSR = "csr.pem";

    @Spec
    CommandSpec spec;

    @Option(names = "--number", required = true, paramLabel = "N", description = "The 10-digit office number.")
    String number;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write key.pem and csr.pem.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!number.matches("[0-9]{10}")) {
            throw new ParameterException(spec.commandLine(), "--number must have exactly 10 digits");
        }
        Files.createDirectories(out);
        if (Files.exists(out.resolve(KEY))) {
            throw new FileAlreadyExistsException(out.resolve(KEY).toString(), null,
                    "a key already exists; choose another --out to keep it");
        }
        Request request = request(number);
        writePrivate(out.resolve(KEY), request.keyPem());
        Files.writeString(out.resolve(CSR), request.csrPem(), StandardCharsets.US_ASCII);
        PrintWriter text = spec.commandLine().getOut();
        text.printf("key:  %s (keep it secret)%ncsr:  %s (send it to the Renkei operator)%n", out.resolve(KEY),
                out.resolve(CSR));
        text.flush();
        return 0;
    }

    /** A new key pair and the request for it, both PEM. */
    record Request(KeyPair pair, String keyPem, String csrPem) {
    }

    /** Makes a P-256 key pair and a request whose subject is {@code CN=number} (the CA sets the real subject). */
    static Request request(String number) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(
                    new X500Name("CN=" + number + ",O=Renkei office"), pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            return new Request(pair, pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate()), pem(csr));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make a key pair and request: " + e.getMessage(), e);
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static void writePrivate(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not POSIX (Windows): the directory's ACL applies
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
