package com.siteline.portal;

import com.siteline.portal.internal.ConfirmationContent;
import com.siteline.portal.internal.ConfirmationRow;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.portal.internal.ProgressReportRow;
import com.siteline.project.AttachmentRef;
import com.siteline.project.ChecklistResults;
import com.siteline.project.ItemResult;
import com.siteline.sdk.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the two sides share: a confirmation's frozen content as JSON and its hash, rows as records, photo nodes. */
@Component
class Confirmations {

    private final JsonMapper json;

    Confirmations(JsonMapper json) {
        this.json = json;
    }

    String write(ConfirmationContent content) {
        return json.writeValueAsString(content);
    }

    Confirmation of(ConfirmationRow row, String projectName) {
        return new Confirmation(
                row.getId(),
                row.getVersion(),
                row.getKind().name(),
                row.getProjectId(),
                projectName,
                row.getStageId(),
                row.getTitle(),
                json.readValue(row.getContent(), ConfirmationContent.class),
                row.getContentHash(),
                row.getState().name(),
                row.getRequestedBy(),
                row.getRequestedAt(),
                row.getReviewedBy(),
                row.getDecidedAt(),
                row.getSignerName(),
                row.getReason(),
                row.getIp(),
                row.getUserAgent(),
                row.getIssueId());
    }

    /** The content exactly as stored is what is shown and signed: its SHA-256 is checked before each signature. */
    static boolean intact(ConfirmationRow row) {
        return PortalAccess.hash(row.getContent()).equals(row.getContentHash());
    }

    static ProgressReport report(ProgressReportRow row) {
        List<Long> photos = row.getPhotoIds() == null || row.getPhotoIds().isBlank()
                ? List.of()
                : Arrays.stream(row.getPhotoIds().split(","))
                        .map(String::strip)
                        .map(Long::valueOf)
                        .toList();
        return new ProgressReport(
                row.getId(),
                row.getProjectId(),
                row.getWeekStart(),
                row.getBody(),
                row.getCustomerNext(),
                photos,
                row.getSentBy(),
                row.getSentAt());
    }

    /** The checklist results as the customer signs them. */
    static ConfirmationContent.Checklist checklist(ChecklistResults results) {
        List<ConfirmationContent.Item> items = new ArrayList<>();
        results.template().items().forEach(item -> {
            ItemResult result = results.results().getOrDefault(item.id(), ItemResult.UNCHECKED);
            items.add(new ConfirmationContent.Item(
                    item.text().zhCn(),
                    item.text().en(),
                    result.status() == null ? null : result.status().name(),
                    result.remark(),
                    result.photos().stream()
                            .findFirst()
                            .flatMap(AttachmentRef::parse)
                            .map(AttachmentRef::id)
                            .orElse(null)));
        });
        return new ConfirmationContent.Checklist(
                results.template().title().zhCn(), results.template().title().en(), items);
    }

    /** Which checklist line each photo proves (a photo on no line has none). */
    static Map<Long, LocalizedText> nodes(List<ChecklistResults> checklists) {
        Map<Long, LocalizedText> nodes = new HashMap<>();
        for (ChecklistResults results : checklists) {
            results.template().items().forEach(item -> {
                ItemResult result = results.results().get(item.id());
                if (result != null) {
                    result.photos().stream()
                            .flatMap(photo -> AttachmentRef.parse(photo).stream())
                            .forEach(ref -> nodes.put(
                                    ref.id(),
                                    LocalizedText.of(
                                            results.template().title().zhCn() + " · "
                                                    + item.text().zhCn(),
                                            results.template().title().en() + " · "
                                                    + item.text().en())));
                }
            });
        }
        return nodes;
    }
}
