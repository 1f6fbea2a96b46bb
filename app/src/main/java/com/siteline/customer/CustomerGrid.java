package com.siteline.customer;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import java.util.List;

/** The customers grid: its columns, read by {@link CustomerService} and by the customers view. */
public final class CustomerGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "customers",
            List.of(GridSort.desc("created")),
            GridColumn.contains("name", "customer.field.name", "name").sorted().withIndex(),
            GridColumn.startsWith("phone", "customer.field.phone", "phone")
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("tier", "customer.field.tier", "tier", CustomerTier.class)
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("type", "customer.field.type", "type", CustomerType.class)
                    .sorted()
                    .withIndex(),
            GridColumn.tags("tags", "customer.field.tags", "tags"),
            GridColumn.oneOf("channel", "customer.field.channel", "preferredChannel", Channel.class)
                    .sorted(),
            GridColumn.contains("address", "customer.field.address", "address").sorted(),
            GridColumn.contains("wechat", "customer.field.wechat", "wechatId"),
            GridColumn.contains("email", "customer.field.email", "email").sorted(),
            GridColumn.ids("unit", "customer.field.unit", "businessUnitId")
                    .sorted()
                    .withIndex(),
            GridColumn.days("created", "grid.column.created", "createdAt")
                    .sorted()
                    .withIndex(),
            GridColumn.days("updated", "grid.column.updated", "updatedAt")
                    .sorted()
                    .withIndex());

    private CustomerGrid() {}
}
