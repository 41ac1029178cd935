package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String PLAN_NAME = "UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV";
    private static final String PLAN = "202407,131001,0000012345,20250401,202505,1310000015,\"テキスト\",10,1,20250501,,"
            + "0900,1000,1,111111,,,\"\",,1310000023,\"テキスト\",1,1,1310000015,\r\n";
    private static final String DLTPLAN_NAME = "DLTPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV";
    private static final String DLTPLAN = "202407,131001,0000012345,202505\r\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(MS932));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void validFileExitsZeroWithAReadableVerdict(@TempDir Path dir) throws IOException {
        Path file = write(dir, PLAN_NAME, PLAN);
        assertThat(run("validate", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains(PLAN_NAME + ": VALID (UPPLAN, CSV version 202407, 1 records");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidFileExitsOneAndNamesRuleLineItemAndBothMessages(@TempDir Path dir) throws IOException {
        Path file = write(dir, PLAN_NAME, PLAN + PLAN.replace("20250501", "20250230"));
        assertThat(run("validate", file.toString())).isEqualTo(RenkeiCommand.INVALID);
        assertThat(out.toString()).contains(": INVALID").contains("ERROR").contains("ITEM-003")
                .contains("line 2").contains("No.10 サービス利用日").contains("実在する日付")
                .contains("expected a real date YYYYMMDD");
    }

    @Test
    void jsonPrintsOneObjectPerFileWithExactlyTheDocumentedKeys(@TempDir Path dir) throws IOException {
        write(dir, PLAN_NAME, PLAN.replace(",111111,", ",991111,"));
        assertThat(run("validate", "--json", dir.resolve(PLAN_NAME).toString())).isZero();
        List<JsonNode> nodes = lines();
        assertThat(nodes).hasSize(1);
        JsonNode file = nodes.get(0);
        assertThat(fieldNames(file)).containsExactly("file", "valid", "kind", "csvVersion", "findings");
        assertThat(file.get("file").asText()).isEqualTo(PLAN_NAME);
        assertThat(file.get("valid").asBoolean()).isTrue();
        assertThat(file.get("kind").asText()).isEqualTo("UPPLAN");
        assertThat(file.get("csvVersion").asText()).isEqualTo("202407");
        JsonNode finding = file.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("rule", "severity", "line", "item", "name", "message",
                "messageJa");
        assertThat(finding.get("rule").asText()).isEqualTo("CODE-003");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.get("item").asInt()).isEqualTo(15);
        assertThat(finding.get("name").asText()).isEqualTo("サービスコード");
    }

    @Test
    void directoryIsWalkedAndItsUnitsCheckedTogether(@TempDir Path dir) throws IOException {
        write(dir, PLAN_NAME, PLAN);
        write(dir, DLTPLAN_NAME, DLTPLAN);
        assertThat(run("validate", "--json", dir.toString())).isZero();
        List<JsonNode> nodes = lines();
        assertThat(nodes).hasSize(3);
        JsonNode unit = nodes.get(2);
        assertThat(unit.get("unit").asText()).isEqualTo("1310000015_43_1310000023_11_20250420170501");
        assertThat(unit.get("accepted").asBoolean()).isFalse();
        assertThat(unit.get("findings")).extracting(f -> f.get("rule").asText()).contains("DEL-001", "SET-003");
    }

    @Test
    void aMonthOfGeneratedUnitsIsValid(@TempDir Path dir) throws IOException {
        List<SendingUnit> units = new CareplanGenerator(GeneratorConfig.defaults()).generate();
        for (SendingUnit u : units) {
            for (GeneratedFile f : u.files()) {
                Files.write(dir.resolve(f.name()), f.content());
            }
        }
        assertThat(run("validate", "--json", dir.toString())).as(out.toString()).isZero();
        for (JsonNode node : lines()) {
            assertThat(node.get("findings")).as(node.toString()).isEmpty();
        }
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThat(run("validate", dir.resolve("nope.CSV").toString())).isEqualTo(RenkeiCommand.IO);
        assertThat(err.toString()).contains("no such file").contains("nope.CSV");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("validate")).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("FILE|DIR");
    }

    @Test
    void benchWithoutSubcommandIsAUsageError() {
        assertThat(run("bench")).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("validate");
    }

    @Test
    void benchRejectsAMalformedSize() {
        assertThat(run("bench", "validate", "--sizes", "huge")).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("not a size");
    }

    @Test
    void benchMeasuresASmallFileAndPrintsAJsonSummary(@TempDir Path dir) throws IOException {
        assertThat(run("bench", "validate", "--sizes", "2k", "--iterations", "1", "--warmup", "0", "--work", "20k", "--dir",
                dir.toString())).as(err.toString()).isZero();
        String[] lines = out.toString().split("\\R");
        JsonNode summary = json.readTree(lines[lines.length - 1]);
        assertThat(summary.get("bench").asText()).isEqualTo("validate");
        JsonNode r = summary.get("results").get(0);
        assertThat(r.get("bytes").asLong()).isGreaterThanOrEqualTo(2000);
        assertThat(r.get("records").asLong()).isPositive();
        assertThat(r.get("floorMBps").asDouble()).isPositive();
        assertThat(r.get("validateMBps").asDouble()).isPositive();
        assertThat(r.get("ratio").asDouble()).isPositive();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
