package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentStatus;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager follows the overview's "documents to approve" tile, opens last month's complaint summary,
 * downloads its PDF (rendered to PNG with pdftoppm, its text read with pdftotext: the Chinese headings are
 * there), writes a summary and approves it.
 */
class ManagerDocumentE2EIT extends BrowserTest {

    @Autowired
    PeriodicDocuments documents;

    @Autowired
    RunAs as;

    @Autowired
    OrganizationService organization;

    @Test
    void theManagerApprovesTheMonthlyComplaintSummaryAndItsPdfReadsInChinese() throws Exception {
        DocumentSummary draft = as.user(
                        "manager",
                        () -> documents.page(
                                GridQuery.empty()
                                        .choice("status", DocumentStatus.DRAFT.name())
                                        .choice("kind", DocumentKind.COMPLAINT_SUMMARY.name()),
                                0,
                                1))
                .getFirst();
        inBrowser("manager-documents.png", () -> {
            signInAt("overview", "manager");
            WebElement tile = wait.until(d -> d.findElement(By.id("tile-documents-due")));
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", tile);
            wait.until(d -> tile.isDisplayed());
            tile.click();
            wait.until(d -> d.getCurrentUrl().contains("/reports/documents?q="));
            WebElement grid = wait.until(d -> d.findElement(By.id("documents-grid")));
            wait.until(d -> cellTexts(grid).contains("月度投诉汇总"));
            assertThat(cellTexts(grid)).doesNotContain("已发布");
        });
        Path pdf = Path.of("target/screenshots/monthly-complaint-summary.pdf");
        inBrowser("manager-document.png", () -> {
            browser.get(url("reports/documents/" + draft.id()));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("document-title")).getText().endsWith("月度投诉汇总"));
            save(browser.findElement(By.id("document-pdf")).getDomAttribute("href"), pdf);
        });
        String text = firstPageAndText(pdf, "target/screenshots/monthly-complaint-summary-page1");
        assertThat(text).contains("月度投诉汇总", "主要指标", "投诉按分类", "投诉处理情况", "滨江花园物业服务中心");

        inBrowser("manager-document-approved.png", () -> {
            WebElement summary = browser.findElement(By.cssSelector("#document-summary textarea"));
            summary.sendKeys("本月投诉均已按时处理，漏水问题已纳入巡检。");
            browser.findElement(By.id("document-approve")).click();
            // the page draws itself anew after the step: look the state up again until it reads approved
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("document-state")).getText().startsWith("已审批"));
            assertThat(browser.findElement(By.id("document-publish")).isDisplayed())
                    .isTrue();
        });
        assertThat(as.user("manager", () -> documents.get(draft.id())).summary())
                .isEqualTo("本月投诉均已按时处理，漏水问题已纳入巡检。");
        // and the KPI scorecard of last month, ranked, with the issues of the first row below it
        inBrowser("manager-kpi.png", () -> {
            browser.get(url("reports/kpi"));
            WebElement grid = wait.until(d -> d.findElement(By.id("kpi-grid")));
            wait.until(d -> cellTexts(grid).contains("1"));
            assertThat(cellTexts(browser.findElement(By.id("kpi-items")))).anyMatch(t -> t.startsWith("#"));
        });
    }

    /**
     * The header's language switch turns the whole page to English at once (not only the menu), and the exports made
     * from it are in English too: the overview at 1440×900 and the response-time report's PDF, rendered to PNG.
     */
    @Test
    void switchingToEnglishTurnsThePageAndItsExportsToEnglish() throws Exception {
        Path pdf = Path.of("target/screenshots/sla-report-en.pdf");
        try {
            inBrowser("overview-en-1440.png", () -> {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
                signInAt("overview", "manager");
                wait.until(d -> d.findElement(By.id("overview-by-status")));
                browser.findElement(By.id("user-language")).click();
                wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                                .filter(item -> item.getText().equals("English"))
                                .findFirst()
                                .orElse(null))
                        .click();
                // the page is drawn again: the charts' titles, not only the menu, read in English
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Open issues by status"));
                assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("未结问题（按状态）");
            });
            inBrowser("sla-report-en.png", () -> {
                browser.get(url("reports/sla"));
                wait.until(d -> d.findElement(By.id("sla-total")).getText().contains("issues in the period"));
                save(browser.findElement(By.id("sla-pdf")).getDomAttribute("href"), pdf);
            });
            String text = firstPageAndText(pdf, "target/screenshots/sla-report-en-page1");
            assertThat(text).contains("Response-time compliance", "Definitions").doesNotContain("响应时效达成", "口径说明");
        } finally {
            as.user("manager", () -> organization.changeLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        }
    }

    /** Saves what a download link gives, fetched with the browser's session. */
    private void save(String href, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, download(href));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders a PDF's first page to {@code png}.png (pdftoppm) and returns its text as a reader copies it. */
    private static String firstPageAndText(Path pdf, String png) throws IOException, InterruptedException {
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), png);
        assertThat(Path.of(png + ".png")).isNotEmptyFile();
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    /** Fetches a download link with the browser's session cookie. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(href.startsWith("/") ? href.substring(1) : href)))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return response.body();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
