package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator uploads a GBK CSV in Chromium, sees the preview, imports the valid rows and is offered the error file. */
class ImportE2EIT extends BrowserTest {

    @Test
    void anAdministratorUploadsPreviewsAndImports() throws IOException {
        String marker = WorkspaceFixture.marker();
        Path file = Files.createTempFile("业主名单-", ".csv");
        Files.writeString(
                file,
                "姓名,电话,业务单元,地址\n"
                        + "网页导入甲" + marker + ",135"
                        + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))
                        + ",滨江花园物业服务中心,滨江花园 1 栋\n"
                        + "网页导入乙" + marker + ",,滨江花园物业服务中心,滨江花园 2 栋\n",
                Charset.forName("GBK"));
        inBrowser("import-preview.png", () -> {
            signInAt("admin/import", "admin");
            WebElement upload = wait.until(d -> d.findElement(By.id("import-upload")));
            WebElement input = wait.until(d -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toAbsolutePath().toString());
            wait.until(d -> !cellTexts(d.findElement(By.id("import-preview"))).isEmpty());
            assertThat(cellTexts(browser.findElement(By.id("import-preview")))).contains("网页导入甲" + marker, "新建", "未导入");
        });
        inBrowser("import-done.png", () -> {
            WebElement start = browser.findElement(By.id("import-start"));
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", start);
            start.click();
            wait.until(d -> d.findElement(By.id("import-result")).getText().startsWith("导入完成：新建 1"));
            assertThat(browser.findElement(By.id("import-error-file")).isDisplayed())
                    .isTrue();
        });
        Files.deleteIfExists(file);
    }

    /** A file over the inline size is imported in the background; the page polls and shows the end. */
    @Test
    void aLargerFileIsImportedInTheBackgroundWithItsProgress() throws IOException {
        String marker = WorkspaceFixture.marker();
        Path file = Files.createTempFile("大名单-", ".csv");
        StringBuilder rows = new StringBuilder("姓名,电话,业务单元,地址,备注\n");
        int count = 5_000;
        String prefix = "8" + (System.nanoTime() % 1_000_000);
        for (int i = 0; i < count; i++) {
            rows.append("后台导入")
                    .append(i)
                    .append(marker)
                    .append(',')
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append(",滨江花园物业服务中心,滨江花园 ")
                    .append(i % 40)
                    .append(" 栋,业主名单批量导入的客户\n");
        }
        Files.writeString(file, rows.toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(256 * 1024);
        inBrowser("import-background.png", () -> {
            signInAt("admin/import", "admin");
            WebElement upload = wait.until(d -> d.findElement(By.id("import-upload")));
            upload.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            WebElement start = wait.until(d -> d.findElement(By.id("import-start")));
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", start);
            start.click();
            wait.until(d -> d.findElement(By.id("import-result"))
                    .getText()
                    .startsWith("导入完成：新建 " + String.format("%,d", count) + "，"));
        });
        Files.deleteIfExists(file);
    }
}
