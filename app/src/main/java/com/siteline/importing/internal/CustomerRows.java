package com.siteline.importing.internal;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.importing.internal.RowResult.Outcome;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customer rows: the customer form's rules; a phone already in the unit (or earlier in the file) is a duplicate. */
public final class CustomerRows implements RowTarget {

    /** A row to write; {@code typeGiven}: its type cell was filled (an empty one keeps a record's type). */
    private record Write(String key, CustomerDraft draft, Long existingId, boolean typeGiven) {}

    private final CustomerService customers;
    private final Map<Long, String> units;
    private final Map<Long, String> codes;
    /** unit + phone of the rows of this file already planned (value: the id once written, -1 before). */
    private final Map<String, Long> seen = new HashMap<>();
    /** unit + phone of the records already in the database, for the chunk being planned. */
    private final Map<String, Long> existing = new HashMap<>();

    private boolean prepared;

    public CustomerRows(CustomerService customers, Map<Long, String> units, Map<Long, String> codes) {
        this.customers = customers;
        this.units = units;
        this.codes = codes;
    }

    @Override
    public void prepare(List<Map<String, String>> rows) {
        existing.clear();
        Map<Long, List<String>> phonesByUnit = new HashMap<>();
        for (Map<String, String> row : rows) {
            Optional<Long> unit = Values.unit(row.get("unit"), units, codes);
            if (unit.isPresent() && row.get("phone") != null) {
                phonesByUnit
                        .computeIfAbsent(unit.get(), u -> new ArrayList<>())
                        .add(row.get("phone").strip());
            }
        }
        phonesByUnit.forEach((unit, phones) ->
                customers.existingPhones(unit, phones).forEach((phone, id) -> existing.put(unit + "/" + phone, id)));
        prepared = true;
    }

    @Override
    public Plan plan(Map<String, String> row, boolean updateDuplicates) {
        List<String> problems = new ArrayList<>();
        Optional<Long> unit = Values.unit(row.get("unit"), units, codes);
        if (unit.isEmpty()) {
            problems.add("import.error.unit");
        }
        CustomerTier tier = blank(row.get("tier"))
                ? CustomerTier.STANDARD
                : Values.choice(row.get("tier"), CustomerTier.class, "customer.tier.")
                        .orElse(null);
        if (tier == null) {
            problems.add("import.error.tier");
        }
        boolean typeGiven = !blank(row.get("customerType"));
        CustomerType type = typeGiven
                ? Values.choice(row.get("customerType"), CustomerType.class, "customer.type.")
                        .orElse(null)
                : CustomerType.INDIVIDUAL;
        if (type == null) {
            problems.add("import.error.customer-type");
        }
        Channel channel = blank(row.get("channel"))
                ? Channel.PHONE
                : Values.choice(row.get("channel"), Channel.class, "channel.").orElse(null);
        if (channel == null) {
            problems.add("import.error.channel");
        }
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        CustomerDraft draft = new CustomerDraft(
                unit.get(),
                row.get("name"),
                row.get("phone"),
                row.get("phone2"),
                row.get("wechat"),
                row.get("email"),
                row.get("address"),
                tier,
                type,
                Values.tags(row.get("tags")),
                channel,
                row.get("special"),
                row.get("notes"));
        problems.addAll(customers.problemsOf(draft));
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        String key = unit.get() + "/" + draft.phone().strip();
        Long duplicate = seen.containsKey(key)
                ? seen.get(key)
                : prepared
                        ? existing.get(key)
                        : customers
                                .existingPhones(
                                        unit.get(), List.of(draft.phone().strip()))
                                .get(draft.phone().strip());
        if (duplicate != null) {
            return updateDuplicates
                    ? new Plan(
                            Outcome.UPDATE,
                            List.of("import.duplicate.updated"),
                            new Write(key, draft, duplicate, typeGiven))
                    : Plan.skip("import.duplicate.skipped");
        }
        seen.put(key, -1L);
        return new Plan(Outcome.CREATE, List.of(), new Write(key, draft, null, typeGiven));
    }

    @Override
    public void writeAll(List<Plan> plans) {
        List<Write> creates = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.write() instanceof Write write && write.existingId() == null) {
                creates.add(write);
            }
        }
        List<Long> ids = customers.createAll(creates.stream().map(Write::draft).toList());
        for (int i = 0; i < creates.size(); i++) {
            seen.put(creates.get(i).key(), ids.get(i));
        }
        for (Plan plan : plans) {
            if (plan.write() instanceof Write write && write.existingId() != null) {
                write(plan);
            }
        }
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
        customers.update(
                id,
                current.version(),
                new CustomerDraft(
                        current.businessUnitId(),
                        d.name(),
                        d.phone(),
                        or(d.phone2(), current.phone2()),
                        or(d.wechatId(), current.wechatId()),
                        or(d.email(), current.email()),
                        or(d.address(), current.address()),
                        d.tier(),
                        write.typeGiven() ? d.type() : current.type(),
                        tags,
                        d.preferredChannel(),
                        or(d.specialRequirements(), current.specialRequirements()),
                        or(d.notes(), current.notes())));
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
