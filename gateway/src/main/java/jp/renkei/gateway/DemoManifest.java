package jp.renkei.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.gateway.mailbox.Office;

/** {@code DIR/demo.json}: where the demo listens and every holder's credentials, for people and scripts. */
final class DemoManifest {

    /** An office (or, with a null office, the operator) and its credential files. */
    record Holder(Office office, CredentialFiles files) {
    }

    private final Path dir;
    private final String baseUrl;
    private final Path caCertificate;
    private final List<Holder> holders;
    private Path sample;

    DemoManifest(Path dir, String baseUrl, Path caCertificate, List<Holder> holders) {
        this.dir = dir;
        this.baseUrl = baseUrl;
        this.caCertificate = caCertificate;
        this.holders = List.copyOf(holders);
    }

    Path file() {
        return dir.resolve("demo.json");
    }

    void write() throws IOException {
        sample = DemoCommand.writeSample(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("baseUrl", baseUrl)
                .put("caCertificate", caCertificate.toAbsolutePath().toString())
                .put("sampleFile", sample.toAbsolutePath().toString());
        ArrayNode offices = root.putArray("offices");
        for (Holder holder : holders) {
            ObjectNode node = holder.office() == null ? root.putObject("operator") : offices.addObject();
            if (holder.office() != null) {
                node.put("number", holder.office().number()).put("name", holder.office().name());
                holder.office().kinds().forEach(node.putArray("serviceKinds")::add);
            }
            CredentialFiles files = holder.files();
            node.put("certificate", abs(files.certificate())).put("key", abs(files.key()))
                    .put("pkcs12", abs(files.pkcs12())).put("pkcs12Password", files.password())
                    .put("serial", files.serial());
        }
        mapper.writeValue(file().toFile(), root);
    }

    String uploadCurl() {
        CredentialFiles sender = holders.get(0).files();
        return "curl --cacert " + abs(caCertificate) + " --cert " + abs(sender.certificate()) + " --key "
                + abs(sender.key()) + " -H 'X-Renkei-File-Name: " + sample.getFileName() + "' --data-binary @"
                + abs(sample) + " " + baseUrl + "/v1/documents";
    }

    String inboxCurl() {
        CredentialFiles recipient = holders.get(1).files();
        return "curl --cacert " + abs(caCertificate) + " --cert " + abs(recipient.certificate()) + " --key "
                + abs(recipient.key()) + " " + baseUrl + "/v1/inbox";
    }

    private static String abs(Path path) {
        return path.toAbsolutePath().toString();
    }
}
