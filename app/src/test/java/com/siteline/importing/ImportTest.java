package com.siteline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.importing.internal.ImportPreview;
import com.siteline.importing.internal.RowResult;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.organization.RunAs;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports on MariaDB: every row checked with the forms' rules, refused rows explained in the error file and never
 * stored, duplicates skipped or updated, all-or-nothing imports nothing when one row is wrong, GBK and UTF-8 alike;
 * files that are not what they claim are refused with a message and change nothing.
 */
@SitelineSpringTest
class ImportTest {

    private static final String HEADER = "姓名,电话,业务单元,地址,客户等级,标签,备注\n";

    @Autowired
    Importer importer;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueQueries issues;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private static String phone() {
        return "137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private Path csv(String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, charset);
        return file;
    }

    private ImportSummary run(ImportKind kind, Path file, ImportOptions options) {
        return as.user("admin", () -> {
            Map<Integer, String> mapping = importer.preview(
                            kind, file.getFileName().toString(), file, null, options)
                    .mapping();
            return importer.run(
                    kind, file.getFileName().toString(), file, mapping, options, Locale.SIMPLIFIED_CHINESE, rows -> {});
        });
    }

    private long customersCount() {
        return jdbc.queryForObject("select count(*) from customer", Long.class);
    }

    private List<List<String>> errorRows(ImportSummary run) throws IOException {
        byte[] bytes = as.user("admin", () -> importer.errorFile(run.id())).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** 客户类型 by its words in either language; an unknown one refused with the reason; empty keeps a record's. */
    @Test
    void theCustomerTypeIsReadInEitherLanguageAndAnEmptyCellKeepsTheRecordsType() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails office = fixture.customer("SH-HOME", "街道 " + marker, com.siteline.sla.CustomerType.GOVERNMENT);
        String a = phone();
        String b = phone();
        Path file = csv(
                "types.csv",
                "姓名,电话,业务单元,客户类型\n"
                        + "甲" + marker + "," + a + ",SH-HOME,企事业单位\n"
                        + "乙" + marker + "," + b + ",SH-HOME,Government\n"
                        + "丙" + marker + "," + phone() + ",SH-HOME,外星人\n"
                        + "丁" + marker + "," + office.phone() + ",SH-HOME,\n",
                StandardCharsets.UTF_8);
        ImportSummary run = run(ImportKind.CUSTOMERS, file, new ImportOptions(false, true));

        assertThat(run.created()).isEqualTo(2);
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.refused()).isEqualTo(1);
        assertThat(as.user("admin", () -> customers.samePhone(a, null))
                        .getFirst()
                        .type())
                .isEqualTo(com.siteline.sla.CustomerType.ORGANISATION);
        assertThat(as.user("admin", () -> customers.samePhone(b, null))
                        .getFirst()
                        .type())
                .isEqualTo(com.siteline.sla.CustomerType.GOVERNMENT);
        assertThat(as.user("admin", () -> customers.get(office.id())).type())
                .isEqualTo(com.siteline.sla.CustomerType.GOVERNMENT);
        assertThat(errorRows(run).stream()
                        .filter(r -> r.getFirst().equals("丙" + marker))
                        .findFirst()
                        .orElseThrow()
                        .getLast())
                .contains("客户类型无法识别");
    }

    @Test
    void validRowsAreImportedAndRefusedOnesExplainedWithTheirOriginalColumns() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails existing = fixture.customer("SH-HOME", "已有客户 " + marker);
        String a = phone();
        String b = phone();
        long before = customersCount();
        Path file = csv(
                "customers.csv",
                HEADER
                        + "甲" + marker + "," + a + ",上海家装事业部,徐汇区 1 号,VIP 客户,老客户，转介绍,\n"
                        + "乙" + marker + "," + b + ",SH-HOME,,普通客户,,\n"
                        + "丙" + marker + ",not-a-phone,上海家装事业部,,,,\n"
                        + "丁" + marker + "," + existing.phone() + ",上海家装事业部,新地址,,,\n"
                        + "甲二" + marker + "," + a + ",上海家装事业部,,,,\n"
                        + "戊" + marker + "," + phone() + ",火星分部,,,,\n",
                StandardCharsets.UTF_8);
        ImportSummary run = run(ImportKind.CUSTOMERS, file, new ImportOptions(false, false));

        assertThat(run.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(run.rows()).isEqualTo(6);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.skipped()).isEqualTo(2);
        assertThat(run.refused()).isEqualTo(2);
        assertThat(customersCount()).isEqualTo(before + 2);
        CustomerDetails imported =
                as.user("admin", () -> customers.samePhone(a, null)).getFirst();
        assertThat(imported.name()).isEqualTo("甲" + marker);
        assertThat(imported.tier()).isEqualTo(CustomerTier.VIP);
        assertThat(imported.tags()).containsExactlyInAnyOrder("老客户", "转介绍");
        // the imported record is audited like a typed one
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where record_type = 'customer' and record_id = ?"
                                + " and action = 'CREATE' and actor = 'admin'",
                        Long.class,
                        Long.toString(imported.id())))
                .isEqualTo(1);

        List<List<String>> errors = errorRows(run);
        assertThat(errors.getFirst())
                .containsExactly("姓名", "电话", "业务单元", "地址", "客户等级", "标签", "备注", "原文件行号", "结果", "原因");
        assertThat(errors).hasSize(5);
        assertThat(errors.get(1)).startsWith("丙" + marker, "not-a-phone").contains("4", "未导入");
        assertThat(errors.get(1).getLast()).contains("电话");
        assertThat(errors.stream()
                        .filter(r -> r.getFirst().equals("丁" + marker))
                        .findFirst()
                        .orElseThrow()
                        .getLast())
                .contains("已跳过");
        assertThat(errors.stream()
                        .filter(r -> r.getFirst().equals("甲二" + marker))
                        .findFirst()
                        .orElseThrow()
                        .getLast())
                .contains("已跳过");
        assertThat(errors.stream()
                        .filter(r -> r.getFirst().equals("戊" + marker))
                        .findFirst()
                        .orElseThrow()
                        .getLast())
                .contains("业务单元");
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsWrongAndEverythingWhenAllAreRight() throws IOException {
        String marker = WorkspaceFixture.marker();
        long before = customersCount();
        Path wrong = csv(
                "wrong.csv",
                HEADER + "甲" + marker + "," + phone() + ",上海家装事业部,,,,\n" + "乙" + marker + ",,上海家装事业部,,,,\n",
                StandardCharsets.UTF_8);
        ImportSummary rejected = run(ImportKind.CUSTOMERS, wrong, new ImportOptions(true, false));
        assertThat(rejected.status()).isEqualTo(ImportSummary.Status.REJECTED);
        assertThat(rejected.created()).isZero();
        assertThat(rejected.refused()).isEqualTo(1);
        assertThat(customersCount()).isEqualTo(before);
        assertThat(errorRows(rejected)).hasSize(2);

        Path right = csv(
                "right.csv",
                HEADER + "甲" + marker + "," + phone() + ",上海家装事业部,,,,\n" + "乙" + marker + "," + phone()
                        + ",上海家装事业部,,,,\n",
                StandardCharsets.UTF_8);
        ImportSummary done = run(ImportKind.CUSTOMERS, right, new ImportOptions(true, false));
        assertThat(done.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(done.created()).isEqualTo(2);
        assertThat(customersCount()).isEqualTo(before + 2);
        assertThat(done.hasErrorFile()).isFalse();
    }

    @Test
    void aGbkFileFromExcelReadsLikeUtf8AndADuplicateCanUpdateTheRecord() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails existing = fixture.customer("SH-HOME", "王老师 " + marker);
        Path file = csv(
                "gbk.csv",
                HEADER + "王老师 " + marker + "," + existing.phone() + ",上海家装事业部,闵行区虹梅路 3100 弄,重点客户,别墅,\n",
                Charset.forName("GBK"));
        ImportSummary run = run(ImportKind.CUSTOMERS, file, new ImportOptions(false, true));
        assertThat(run.updated()).isEqualTo(1);
        CustomerDetails updated = as.user("admin", () -> customers.get(existing.id()));
        assertThat(updated.address()).isEqualTo("闵行区虹梅路 3100 弄");
        assertThat(updated.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(updated.tags()).contains("别墅");
    }

    @Test
    void anXlsxIsReadAsAStreamAndAFormulaInACellRefusesTheFile() throws IOException {
        String marker = WorkspaceFixture.marker();
        Path good = xlsx(
                "good.xlsx", List.of(List.of("姓名", "电话", "业务单元"), List.of("表格客户" + marker, phone(), "上海家装事业部")), false);
        assertThat(run(ImportKind.CUSTOMERS, good, new ImportOptions(false, false))
                        .created())
                .isEqualTo(1);

        long before = customersCount();
        Path formula = xlsx(
                "formula.xlsx",
                List.of(List.of("姓名", "电话", "业务单元"), List.of("公式客户" + marker, phone(), "上海家装事业部")),
                true);
        assertRefused(formula, "import.error.formula");
        Path csvFormula = csv(
                "formula.csv", HEADER + "=HYPERLINK(\"http://x\"),13900001111,上海家装事业部,,,,\n", StandardCharsets.UTF_8);
        assertRefused(csvFormula, "import.error.formula");
        // a formula far down the file, after many good rows: still nothing of the file is imported
        StringBuilder late = new StringBuilder(HEADER);
        for (int i = 0; i < 450; i++) {
            late.append("前面的好行")
                    .append(i)
                    .append(marker)
                    .append(',')
                    .append(phone())
                    .append(",上海家装事业部,,,,\n");
        }
        late.append("=1+1,13900001111,上海家装事业部,,,,\n");
        Path lateFormula = csv("late-formula.csv", late.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> importer.run(
                                ImportKind.CUSTOMERS,
                                "late-formula.csv",
                                lateFormula,
                                Map.of(0, "name", 1, "phone", 2, "unit"),
                                new ImportOptions(false, false),
                                Locale.SIMPLIFIED_CHINESE,
                                rows -> {})))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.formula"));
        assertThat(customersCount()).isEqualTo(before);
    }

    @Test
    void filesThatAreNotWhatTheyClaimAreRefusedWithAMessageAndChangeNothing() throws IOException {
        long before = customersCount();
        long runs = jdbc.queryForObject("select count(*) from import_run", Long.class);
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', ',', (byte) 0xFF, '\n', (byte) 0xFF});
        assertRefused(latin, "import.error.encoding");

        Path big = dir.resolve("big.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        assertRefused(big, "import.error.size");

        Path text = csv("text.xlsx", "姓名,电话\n张三,13900001111\n", StandardCharsets.UTF_8);
        assertRefused(text, "import.error.xlsx");

        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                    + ".spreadsheetml.sheet.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);
        assertRefused(bomb, "import.error.xlsx");

        Path old = csv("old.xls", "x", StandardCharsets.UTF_8);
        assertRefused(old, "import.error.type");

        // the required columns must be there
        Path missing = csv("missing.csv", "姓名,地址\n张三,徐汇\n", StandardCharsets.UTF_8);
        ImportPreview preview = as.user(
                "admin",
                () -> importer.preview(
                        ImportKind.CUSTOMERS, "missing.csv", missing, null, new ImportOptions(false, false)));
        assertThat(preview.missingFields()).containsExactly("phone");
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> importer.run(
                                ImportKind.CUSTOMERS,
                                "missing.csv",
                                missing,
                                preview.mapping(),
                                new ImportOptions(false, false),
                                Locale.SIMPLIFIED_CHINESE,
                                rows -> {})))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.columns");
                    assertThat(Message.plain(e.message().args().getFirst())).isEqualTo("电话");
                });
        assertThat(customersCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from import_run", Long.class))
                .isEqualTo(runs);
    }

    @Test
    void aMappingChosenOnceIsRememberedForTheSameHeaders() throws IOException {
        String marker = WorkspaceFixture.marker();
        Path file = csv(
                "own-headers.csv", "客户名称,手机,所属\n映射" + marker + "," + phone() + ",上海家装事业部\n", StandardCharsets.UTF_8);
        ImportPreview first = as.user(
                "admin",
                () -> importer.preview(
                        ImportKind.CUSTOMERS, "own-headers.csv", file, null, new ImportOptions(false, false)));
        assertThat(first.mapping()).isEmpty();
        Map<Integer, String> chosen = Map.of(0, "name", 1, "phone", 2, "unit");
        ImportSummary run = as.user(
                "admin",
                () -> importer.run(
                        ImportKind.CUSTOMERS,
                        "own-headers.csv",
                        file,
                        chosen,
                        new ImportOptions(false, false),
                        Locale.SIMPLIFIED_CHINESE,
                        rows -> {}));
        assertThat(run.created()).isEqualTo(1);
        ImportPreview again = as.user(
                "admin",
                () -> importer.preview(
                        ImportKind.CUSTOMERS, "own-headers.csv", file, null, new ImportOptions(false, false)));
        assertThat(again.mapping()).isEqualTo(chosen);
        assertThat(again.rows().getFirst().outcome()).isEqualTo(RowResult.Outcome.SKIP);
    }

    @Test
    void projectsAndPastIssuesAreImportedWithTheirOwnRules() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "项目客户 " + marker);
        Path projects = csv(
                "projects.csv",
                "项目名称,业务类型,业务单元,客户电话\n"
                        + "全屋翻新 " + marker + ",家装,上海家装事业部," + customer.phone() + "\n"
                        + "外墙 " + marker + ",外墙涂料,上海家装事业部,\n",
                StandardCharsets.UTF_8);
        ImportSummary projectRun = run(ImportKind.PROJECTS, projects, new ImportOptions(false, false));
        assertThat(projectRun.created()).isEqualTo(1);
        assertThat(projectRun.refused()).isEqualTo(1);

        Path past = csv(
                "issues.csv",
                "客户电话,标题,问题类型,提出时间,关闭时间,业务单元,紧急程度,处理结果\n"
                        + customer.phone() + ",去年的渗水 " + marker
                        + ",投诉,2025-03-08 09:30,2025-03-10 17:00,上海家装事业部,紧急,重做防水\n"
                        + customer.phone() + ",日期反了 " + marker + ",投诉,2025-03-10,2025-03-08,上海家装事业部,,\n",
                StandardCharsets.UTF_8);
        ImportSummary issueRun = run(ImportKind.ISSUES, past, new ImportOptions(false, false));
        assertThat(issueRun.created()).isEqualTo(1);
        assertThat(issueRun.refused()).isEqualTo(1);
        IssueDetails imported =
                as.user("admin", () -> issues.ofCustomer(customer.id())).getFirst();
        assertThat(imported.title()).isEqualTo("去年的渗水 " + marker);
        assertThat(imported.status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(imported.createdAt()).isEqualTo(java.time.Instant.parse("2025-03-08T01:30:00Z"));
    }

    @Test
    void onlyAdministratorsImport() throws IOException {
        Path file = csv("agent.csv", HEADER, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> importer.preview(
                                ImportKind.CUSTOMERS, "agent.csv", file, null, new ImportOptions(false, false))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplateHasTheKindsColumnsInTheUsersLanguage() throws IOException {
        byte[] template = as.user("admin", () -> importer.template(ImportKind.CUSTOMERS, Locale.ENGLISH));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name *");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Phone *");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("13900001111");
        }
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> run(ImportKind.CUSTOMERS, file, new ImportOptions(false, false)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Path xlsx(String name, List<List<String>> rows, boolean formula) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("客户");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            if (formula) {
                sheet.getRow(1).createCell(3).setCellFormula("1+1");
            }
            workbook.write(out);
        }
        return file;
    }
}
