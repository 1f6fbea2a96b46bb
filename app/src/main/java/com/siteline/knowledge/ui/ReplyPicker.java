package com.siteline.knowledge.ui;

import com.siteline.base.ui.Problems;
import com.siteline.knowledge.FilledReply;
import com.siteline.knowledge.ReplyContext;
import com.siteline.knowledge.ReplyView;
import com.siteline.knowledge.StandardReplies;
import com.siteline.sdk.IssueType;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Picks a standard reply (标准话术) while answering: typing searches the unit's replies (those of the record's category
 * and the most used first); the picked one is filled from the record and handed to the answer's text, its use counted;
 * a placeholder the record has no value for stays as written and is said.
 */
@org.springframework.modulith.NamedInterface("ui")
public class ReplyPicker extends ComboBox<ReplyView> {

    /** The record being answered: its unit (null: none chosen yet), variant, issue type and category, its values. */
    public record Answering(Long unitId, String variantId, IssueType type, String categoryId, ReplyContext context) {}

    public ReplyPicker(StandardReplies replies, Supplier<Answering> answering, Consumer<String> insert) {
        setLabel(getTranslation("knowledge.picker"));
        setPlaceholder(getTranslation("knowledge.picker.placeholder"));
        setClearButtonVisible(true);
        setItemLabelGenerator(ReplyView::title);
        setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(r -> r.title() + " · " + preview(r)));
        setItemsWithFilterConverter(
                query -> {
                    Answering a = answering.get();
                    if (a.unitId() == null) {
                        return java.util.stream.Stream.empty();
                    }
                    return replies
                            .suggest(
                                    a.unitId(),
                                    a.variantId(),
                                    a.type(),
                                    a.categoryId(),
                                    query.getFilter().orElse(""))
                            .stream()
                            .skip(query.getOffset())
                            .limit(query.getLimit());
                },
                text -> text);
        addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            FilledReply filled = replies.fill(e.getValue().id(), answering.get().context(), getLocale());
            replies.used(filled.replyId());
            insert.accept(filled.text());
            if (!filled.complete()) {
                Problems.error(getTranslation(
                        "knowledge.picker.missing",
                        filled.missing().stream()
                                .map(p -> getTranslation(p.messageKey()) + " " + p.token())
                                .collect(Collectors.joining("、"))));
            }
            clear();
        });
    }

    private static String preview(ReplyView r) {
        String text = r.bodyZh().replace('\n', ' ');
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
