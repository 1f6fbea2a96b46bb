package com.siteline.importing.internal;

import com.siteline.importing.ImportKind;
import com.siteline.importing.ImportOptions;
import com.siteline.importing.Importer;
import com.siteline.organization.RunAs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo import: the property office's owner list, saved from Excel as a GBK CSV, brought in by the
 * administrator; one row without a phone and one owner already on file are in its error file.
 */
@Component
@Profile("demo")
@Order(4)
class DemoImportData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoImportData.class);

    private static final List<String> ROWS = List.of(
            "姓名,电话,业务单元,地址,客户等级,标签,备注",
            "赵阿姨,13801230001,滨江花园物业服务中心,滨江花园 2 栋 1 单元 302,普通客户,业委会委员,",
            "刘先生,13801230002,滨江花园物业服务中心,滨江花园 5 栋 2 单元 1101,重点客户,,车位纠纷已调解",
            "陈女士,13801230003,滨江花园物业服务中心,滨江花园 6 栋 1 单元 801,普通客户,新入住,",
            "黄老师,,滨江花园物业服务中心,滨江花园 9 栋 3 单元 402,普通客户,,",
            "孙大爷,13501112222,滨江花园物业服务中心,滨江花园 3 栋 1 单元 101,普通客户,,",
            "吴先生,13801230006,滨江花园物业服务中心,滨江花园 11 栋 1 单元 1603,VIP 客户,物业顾问,");

    private final Importer importer;
    private final ImportRunRepository runs;
    private final RunAs as;

    DemoImportData(Importer importer, ImportRunRepository runs, RunAs as) {
        this.importer = importer;
        this.runs = runs;
        this.as = as;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runs.count() > 0) {
            return;
        }
        try {
            Path file = Files.createTempFile("siteline-demo-owners-", ".csv");
            try {
                Files.writeString(file, String.join("\r\n", ROWS) + "\r\n", Charset.forName("GBK"));
                var summary = as.user(
                        "admin",
                        () -> importer.run(
                                ImportKind.CUSTOMERS,
                                "滨江花园业主名单.csv",
                                file,
                                importer.mappingFor(
                                        ImportKind.CUSTOMERS,
                                        List.of(ROWS.getFirst().split(","))),
                                new ImportOptions(false, false),
                                Locale.SIMPLIFIED_CHINESE,
                                rows -> {}));
                log.info(
                        "Demo import: {} created, {} skipped, {} refused",
                        summary.created(),
                        summary.skipped(),
                        summary.refused());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
