package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;

/**
 * The users of a file, read by the byte lexer, are always those the record reader gives: on the generator's 予定 and
 * 実績 files of both generations, on each deviation from the strict syntax (where the lexer must leave the answer to
 * the reader), and on seeded random mutations.
 */
class LinkageTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    private static final List<GeneratedFile> FILES = linkingFiles();

    @Test
    void theLexerReadsTheSameUsersAsTheRecordReaderFromGeneratedFilesOfBothGenerations() {
        assertThat(FILES).extracting(f -> name(f).kind()).contains(FileKind.UPPLAN, FileKind.UPJSK);
        assertThat(FILES).extracting(f -> version(f.content())).contains("202407", "202208");
        for (GeneratedFile f : FILES) {
            Linkage expected = Linkage.viaReader(name(f), f.content());
            assertThat(expected.users()).as(f.name()).isNotEmpty();
            assertThat(LexedUsers.read(name(f).kind(), f.content())).as(f.name()).contains(expected.users());
            assertThat(Linkage.of(name(f), f.content())).as(f.name()).isEqualTo(expected);
        }
    }

    @Test
    void valuesAreStrippedAsTheRecordReaderStripsThem() {
        GeneratedFile f = FILES.get(0);
        String text = new String(f.content(), MS932);
        String insured = text.split("\r\n")[0].split(",")[2];
        byte[] padded = text.replace("," + insured + ",", ", " + insured + " ,").getBytes(MS932);
        assertThat(LexedUsers.read(name(f).kind(), padded)).isPresent();
        assertThat(Linkage.of(name(f), padded)).isEqualTo(Linkage.viaReader(name(f), f.content()));
    }

    @Test
    void leavesEveryDeviationFromTheStrictSyntaxToTheRecordReader() {
        GeneratedFile f = FILES.get(0);
        String text = new String(f.content(), MS932);
        String firstLine = text.substring(0, text.indexOf("\r\n"));
        String secondVersion = text.replaceFirst("\r\n" + version(f.content()), "\r\n202504");
        List<byte[]> deviations = List.of(
                ("見出し,保険者番号\r\n" + text).getBytes(MS932),
                text.replace("\r\n", "\n").getBytes(MS932),
                ("\r\n" + text).getBytes(MS932),
                text.replaceFirst("\r\n", "\r\n\r\n").getBytes(MS932),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, f.content()),
                concat(f.content(), new byte[] {(byte) 0x85, 0x40, '\r', '\n'}),
                text.replaceFirst(",", ",\u0001").getBytes(MS932),
                text.replaceFirst(",", ",a\"b").getBytes(MS932),
                (firstLine + ",extra\r\n" + text).getBytes(MS932),
                secondVersion.getBytes(MS932),
                text.replace(version(f.content()), "201910").getBytes(MS932),
                text.replace(version(f.content()), " " + version(f.content())).getBytes(MS932),
                text.substring(0, text.length() - 7).getBytes(MS932),
                (text + "\"open").getBytes(MS932));
        for (byte[] content : deviations) {
            assertThat(LexedUsers.read(name(f).kind(), content)).isEmpty();
            assertThat(Linkage.of(name(f), content)).isEqualTo(Linkage.viaReader(name(f), content));
        }
    }

    @Test
    void theValidatorShowsTheCollectorTheSameUsersSoTheFileIsLexedOnce() {
        Validator validator = new Validator();
        for (GeneratedFile f : FILES) {
            Linkage.Collector users = Linkage.collector(name(f));
            FileReport report = validator.validateFile(f.name(), f.content(), users);
            assertThat(report.valid()).as(f.name()).isTrue();
            // no content handed over: what it answers, it saw while the validator read the file
            assertThat(users.linkage(new byte[0], report.records())).as(f.name())
                    .isEqualTo(Linkage.viaReader(name(f), f.content()));
        }
    }

    @Test
    void aCollectorThatSawNothingOrSomethingElseReadsTheFileItself() {
        GeneratedFile f = FILES.get(0);
        Linkage expected = Linkage.viaReader(name(f), f.content());
        assertThat(Linkage.collector(name(f)).linkage(f.content(), 0)).isEqualTo(expected);
        Linkage.Collector users = Linkage.collector(name(f));
        FileReport report = new Validator().validateFile(f.name(), f.content(), users);
        assertThat(users.linkage(f.content(), report.records() + 1)).isEqualTo(expected);
        assertThat(Linkage.collector(null).linkage(f.content(), 1)).isEqualTo(Linkage.NONE);
    }

    @Test
    void theCollectorAgreesWithTheRecordReaderOnEveryMutatedFileTheValidatorAccepts() {
        Random random = new Random(9);
        Validator validator = new Validator();
        int accepted = 0;
        for (int i = 0; i < 400; i++) {
            GeneratedFile f = FILES.get(random.nextInt(FILES.size()));
            byte[] content = mutate(f.content(), random);
            Linkage.Collector users = Linkage.collector(name(f));
            FileReport report = validator.validateFile(f.name(), content, users);
            if (report.valid()) {
                accepted++;
                assertThat(users.linkage(content, report.records())).as("mutation %d of %s", i, f.name())
                        .isEqualTo(Linkage.viaReader(name(f), content));
            }
        }
        assertThat(accepted).as("mutations the validator accepted (with warnings at most)").isBetween(10, 390);
    }

    @Test
    void anEmptyFileLinksNobodyEitherWay() {
        FileName name = name(FILES.get(0));
        assertThat(LexedUsers.read(name.kind(), new byte[0])).contains(Set.of());
        assertThat(Linkage.of(name, new byte[0])).isEqualTo(Linkage.viaReader(name, new byte[0]));
    }

    @Test
    void agreesWithTheRecordReaderOnRandomlyMutatedFiles() {
        Random random = new Random(8);
        int lexed = 0;
        for (int i = 0; i < 400; i++) {
            GeneratedFile f = FILES.get(random.nextInt(FILES.size()));
            byte[] content = mutate(f.content(), random);
            FileName name = name(f);
            lexed += LexedUsers.read(name.kind(), content).isPresent() ? 1 : 0;
            assertThat(Linkage.of(name, content)).as("mutation %d of %s", i, f.name())
                    .isEqualTo(Linkage.viaReader(name, content));
        }
        assertThat(lexed).as("mutations the lexer answered itself").isBetween(40, 360);
    }

    @Test
    void aPlanForMonth000000LinksNobody() {
        GeneratedFile plan = FILES.get(0);
        FileName noMonth = FileNames.parse(plan.name().replaceFirst("_\\d{6}_", "_000000_"), ServiceKinds.defaults())
                .name();
        assertThat(Linkage.of(noMonth, plan.content())).isEqualTo(Linkage.NONE);
    }

    /** One to three edits: a byte replaced by a structural or odd byte, a byte deleted, or a byte duplicated. */
    private static byte[] mutate(byte[] content, Random random) {
        byte[] odd = {',', '"', '\r', '\n', ' ', '0', (byte) 0x81, (byte) 0xF0, 0x00, 'a'};
        byte[] out = content.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0 -> out[at] = odd[random.nextInt(odd.length)];
                case 1 -> out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, at + 1,
                        out.length));
                default -> out = concat(Arrays.copyOf(out, at + 1), Arrays.copyOfRange(out, at,
                        out.length));
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String version(byte[] content) {
        return new String(content, 0, 6, MS932);
    }

    private static FileName name(GeneratedFile f) {
        return FileNames.parse(f.name(), ServiceKinds.defaults()).name();
    }

    private static List<GeneratedFile> linkingFiles() {
        List<GeneratedFile> files = new ArrayList<>();
        for (CsvVersion v : List.of(CsvVersion.V202407, CsvVersion.V202208)) {
            GeneratorConfig config = new GeneratorConfig(1, 3, 6, GeneratorConfig.defaultMonth(v), 3, v);
            for (SendingUnit unit : new CareplanGenerator(config).generate()) {
                unit.files().stream().filter(f -> f.name().startsWith("UPPLAN_") || f.name().startsWith("UPJSK_"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
