package com.siteline.importing.internal;

import com.siteline.base.CustomerTier;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.importing.RowResult.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customer rows: the customer form's rules; a phone already in the unit (or earlier in the file) is a duplicate. */
public final class CustomerRows implements RowTarget {

    private record Write(String key, CustomerDraft draft, Long existingId) {
    }

    private final CustomerService customers;
    private final Map<Long, String> units;
    private final Map<Long, String> codes;
    /** unit + phone of the rows of this file already planned (value: the id once written, -1 before). */
    private final Map<String, Long> seen = new HashMap<>();

    public CustomerRows(CustomerService customers, Map<Long, String> units, Map<Long, String> codes) {
        this.customers = customers;
        this.units = units;
        this.codes = codes;
    }

    @Override
    public Plan plan(Map<String, String> row, boolean updateDuplicates) {
        List<String> problems = new ArrayList<>();
        Optional<Long> unit = Values.unit(row.get("unit"), units, codes);
        if (unit.isEmpty()) {
            problems.add("import.error.unit");
        }
        CustomerTier tier = blank(row.get("tier")) ? CustomerTier.STANDARD
                : Values.choice(row.get("tier"), CustomerTier.class, "customer.tier.").orElse(null);
        if (tier == null) {
            problems.add("import.error.tier");
        }
        Channel channel = blank(row.get("channel")) ? Channel.PHONE
                : Values.choice(row.get("channel"), Channel.class, "channel.").orElse(null);
        if (channel == null) {
            problems.add("import.error.channel");
        }
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        CustomerDraft draft = new CustomerDraft(unit.get(), row.get("name"), row.get("phone"), row.get("phone2"),
                row.get("wechat"), row.get("email"), row.get("address"), tier, Values.tags(row.get("tags")), channel,
                row.get("special"), row.get("notes"));
        problems.addAll(customers.problemsOf(draft));
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        String key = unit.get() + "/" + draft.phone().strip();
        Long existing = seen.containsKey(key) ? seen.get(key) : customers.samePhone(draft.phone(), null).stream()
                .filter(c -> c.businessUnitId() == unit.get()).map(CustomerDetails::id).findFirst().orElse(null);
        if (existing != null) {
            return updateDuplicates ? new Plan(Outcome.UPDATE, List.of("import.duplicate.updated"),
                    new Write(key, draft, existing)) : Plan.skip("import.duplicate.skipped");
        }
        seen.put(key, -1L);
        return new Plan(Outcome.CREATE, List.of(), new Write(key, draft, null));
    }

    @Override
    public void write(Plan plan) {
        Write write = (Write) plan.write();
        if (write.existingId() == null) {
            seen.put(write.key(), customers.create(write.draft()).id());
            return;
        }
        long id = write.existingId() >= 0 ? write.existingId() : seen.get(write.key());
        CustomerDetails current = customers.get(id);
        CustomerDraft d = write.draft();
        // a cell left empty keeps what the record has
        Set<String> tags = new java.util.LinkedHashSet<>(current.tags());
        tags.addAll(d.tags());
        customers.update(id, current.version(), new CustomerDraft(current.businessUnitId(), d.name(), d.phone(),
                or(d.phone2(), current.phone2()), or(d.wechatId(), current.wechatId()), or(d.email(), current.email()),
                or(d.address(), current.address()), d.tier(), tags, d.preferredChannel(),
                or(d.specialRequirements(), current.specialRequirements()), or(d.notes(), current.notes())));
    }

    @Override
    public void forget(Plan plan) {
        if (plan.write() instanceof Write write && write.existingId() == null) {
            seen.remove(write.key());
        }
    }

    private static String or(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
