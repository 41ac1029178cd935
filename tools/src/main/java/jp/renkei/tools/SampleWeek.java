package jp.renkei.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The week {@code bench render} measures when given no file: a typical 要介護2 plan, one page. */
final class SampleWeek {

    private static final String KEY = "202407,131016,0000123456,20240401,20240401,";
    /** No.6–13 of each record: services (W), activities (A) and non-weekly services (N). */
    private static final List<String> ENTRIES = List.of(
            "\"訪問介護（身体介護）\",1,0900,1000,\"\",,,\"\"",
            "\"訪問介護（身体介護）\",3,0900,1000,\"\",,,\"\"",
            "\"訪問介護（身体介護）\",5,0900,1000,\"\",,,\"\"",
            "\"通所介護（デイサービス）\",2,0930,1600,\"\",,,\"\"",
            "\"通所介護（デイサービス）\",4,0930,1600,\"\",,,\"\"",
            "\"訪問リハビリテーション\",1,0930,1030,\"\",,,\"\"",
            "\"訪問看護\",6,1400,1500,\"\",,,\"\"",
            "\"訪問介護（生活援助）\",3,1800,1830,\"\",,,\"\"",
            "\"夜間対応型訪問介護\",5,2300,0100,\"\",,,\"\"",
            "\"\",,,,\"起床\",0600,0600,\"\"",
            "\"\",,,,\"朝食\",0700,0730,\"\"",
            "\"\",,,,\"服薬\",0800,0800,\"\"",
            "\"\",,,,\"昼食\",1200,1300,\"\"",
            "\"\",,,,\"おやつ・水分補給\",1500,1500,\"\"",
            "\"\",,,,\"夕食\",1800,1830,\"\"",
            "\"\",,,,\"就寝\",2100,2100,\"\"",
            "\"\",,,,\"\",,,\"福祉用具貸与（車いす・特殊寝台・付属品）\"",
            "\"\",,,,\"\",,,\"月1回 通院（内科・長谷川クリニック）\"");

    private SampleWeek() {
    }

    /** Writes the week as an MS932 UP3KYO file (spec §3.3) into {@code dir} and answers its path. */
    static Path write(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder();
        ENTRIES.forEach(entry -> csv.append(KEY).append(entry).append("\r\n"));
        Path file = dir.resolve("UP3KYO_sample-week.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("windows-31j")));
        return file;
    }
}
