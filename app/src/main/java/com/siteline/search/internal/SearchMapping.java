package com.siteline.search.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import java.util.List;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The index mapping, made from the {@link SearchableType}s the modules declare (programmatic, so no
 * module's entity carries search annotations). Per text property: its raw value (shown, highlighted), its
 * folded two-character grams and single characters (matching), its words (ranking); a phone also its digits.
 */
final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    private final List<SearchableType> types;

    SearchMapping(List<SearchableType> types) {
        this.types = types;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        for (SearchableType type : types) {
            SearchFields fields = new SearchFields();
            type.declare(fields);
            fields.checked(type.kind());
            TypeMappingStep mapping = context.programmaticMapping().type(type.entity());
            var indexed = mapping.indexed().index(type.kind());
            if (com.siteline.base.ArchivableEntity.class.isAssignableFrom(type.entity())) {
                indexed.routingBinder(new ArchivedRouting());
            }
            mapping.property(fields.unit()).genericField(SearchNames.UNIT).projectable(Projectable.YES);
            mapping.property(fields.recency())
                    .genericField(SearchNames.AT)
                    .sortable(Sortable.YES)
                    .projectable(Projectable.YES);
            mapping.property("id").genericField(SearchNames.ID).sortable(Sortable.YES);
            for (String sortable : fields.sortable()) {
                mapping.property(sortable)
                        .genericField(SearchNames.sort(sortable))
                        .sortable(Sortable.YES);
            }
            if (fields.parent() != null) {
                mapping.property(fields.parent())
                        .genericField(SearchNames.PARENT)
                        .projectable(Projectable.YES)
                        .searchable(Searchable.NO);
            }
            for (SearchFields.Field field : fields.fields()) {
                PropertyMappingStep property = mapping.property(field.property());
                property.genericField(SearchNames.raw(field.property()))
                        .projectable(Projectable.YES)
                        .searchable(Searchable.NO);
                property.fullTextField(SearchNames.grams(field.property()))
                        .analyzer(SearchNames.GRAMS)
                        .valueBridge(TextBridge.FOLD);
                property.fullTextField(SearchNames.chars(field.property()))
                        .analyzer(SearchNames.CHARS)
                        .valueBridge(TextBridge.FOLD);
                property.fullTextField(SearchNames.words(field.property()))
                        .analyzer(SearchNames.WORDS)
                        .valueBridge(TextBridge.FOLD);
                if (field.property().equals(fields.pinyin())) {
                    property.fullTextField(SearchNames.pinyin(field.property()))
                            .analyzer(SearchNames.GRAMS)
                            .valueBridge(TextBridge.PINYIN);
                }
                if (field.role() == SearchFields.Role.PHONE) {
                    property.fullTextField(SearchNames.digits(field.property()))
                            .analyzer(SearchNames.GRAMS)
                            .valueBridge(TextBridge.DIGITS);
                    property.keywordField(SearchNames.tail(field.property())).valueBridge(TextBridge.TAIL);
                }
            }
        }
    }
}
