package com.siteline.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A campaign as an Excel workbook (Apache POI): its results per question and segment, and its sample with reasons. */
public final class CampaignWorkbook {

    private CampaignWorkbook() {
    }

    /**
     * @param words the reader's words for a bundle key with arguments
     */
    public static byte[] of(CampaignSummary campaign, List<CampaignResult> results, List<CampaignMember> members,
            java.util.function.BiFunction<String, Object[], String> words) {
        Function<String, String> t = key -> words.apply(key, new Object[0]);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.apply("campaign.sheet.results"));
            int r = 0;
            row(sheet, r++, t.apply("campaign.response-rate"), String.format("%.1f%%", 100 * campaign.responseRate()),
                    t.apply("campaign.target"), String.format("%.0f%%", 100 * campaign.targetRate()));
            row(sheet, r++, t.apply("campaign.seed"), Long.toString(campaign.seed()));
            r++;
            row(sheet, r++, t.apply("campaign.question"), t.apply("campaign.answer"), t.apply("campaign.total"),
                    t.apply("campaign.segment.FOCUS"), t.apply("campaign.segment.SAMPLED"), t.apply("campaign.segment.ALL"));
            for (CampaignResult result : results) {
                for (CampaignResult.Row line : result.rows()) {
                    row(sheet, r++, result.question(), line.label(), Integer.toString(line.total()),
                            count(line, CampaignSample.FOCUS), count(line, CampaignSample.SAMPLED),
                            count(line, CampaignSample.ALL));
                }
                if (!Double.isNaN(result.mean())) {
                    row(sheet, r++, result.question(), t.apply("campaign.mean"), String.format("%.2f", result.mean()));
                }
            }
            Sheet sample = book.createSheet(t.apply("campaign.sheet.sample"));
            row(sample, 0, t.apply("campaign.member"), t.apply("campaign.segment"), t.apply("campaign.why"),
                    t.apply("survey.state"), t.apply("survey.rating"));
            int s = 1;
            for (CampaignMember m : members) {
                row(sample, s++, m.customerName(), t.apply("campaign.segment." + m.segment()), why(m, words),
                        t.apply(m.state().messageKey()), m.rating() == null ? "" : Integer.toString(m.rating()));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a member is in the sample, in words. */
    public static String why(CampaignMember m, java.util.function.BiFunction<String, Object[], String> words) {
        return CampaignSample.FOCUS.equals(m.segment())
                ? words.apply("campaign.why.focus", new Object[] {m.rank(), m.complaints(), m.poorRatings()})
                : words.apply("campaign.why." + m.segment(), new Object[0]);
    }

    private static String count(CampaignResult.Row line, String segment) {
        return Integer.toString(line.bySegment().getOrDefault(segment, 0));
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
