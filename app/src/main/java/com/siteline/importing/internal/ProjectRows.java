package com.siteline.importing.internal;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.importing.internal.RowResult.Outcome;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectTeam;
import com.siteline.sdk.BusinessVariant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Project rows: the new-project form's rules; the variant by its name in either language or its id, the
 * customer by phone in the unit (else by the name given). A project of the same name in the same unit earlier in
 * the file is a duplicate and skipped.
 */
public final class ProjectRows implements RowTarget {

    private final ProjectService projects;
    private final CustomerService customers;
    private final Map<Long, String> units;
    private final Map<Long, String> codes;
    private final Set<String> seen = new HashSet<>();

    public ProjectRows(
            ProjectService projects, CustomerService customers, Map<Long, String> units, Map<Long, String> codes) {
        this.projects = projects;
        this.customers = customers;
        this.units = units;
        this.codes = codes;
    }

    @Override
    public Plan plan(Map<String, String> row, boolean updateDuplicates) {
        List<String> problems = new ArrayList<>();
        Optional<Long> unit = Values.unit(row.get("unit"), units, codes);
        if (unit.isEmpty()) {
            return Plan.refuse(List.of("import.error.unit"));
        }
        String wanted = Values.fold(row.get("variant"));
        Optional<BusinessVariant> variant = projects.variantsFor(unit.get()).stream()
                .filter(v -> Values.fold(v.id()).equals(wanted)
                        || Values.fold(v.name().zhCn()).equals(wanted)
                        || Values.fold(v.name().en()).equals(wanted))
                .findFirst();
        if (variant.isEmpty()) {
            problems.add("import.error.variant");
        }
        Long customerId = null;
        String phone = row.get("customerPhone");
        if (phone != null && !phone.isBlank()) {
            customerId = customers.samePhone(phone, null).stream()
                    .filter(c -> c.businessUnitId() == unit.get())
                    .map(CustomerDetails::id)
                    .findFirst()
                    .orElse(null);
            if (customerId == null) {
                problems.add("import.error.customer-phone");
            }
        }
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        NewProject project = new NewProject(
                row.get("name"),
                row.get("customerName"),
                row.get("address"),
                unit.get(),
                variant.get().id(),
                customerId,
                ProjectTeam.none());
        problems.addAll(projects.problemsOf(project));
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        String key = unit.get() + "/" + Values.fold(project.name());
        if (!seen.add(key)) {
            return Plan.skip("import.duplicate.project");
        }
        return new Plan(Outcome.CREATE, List.of(), project);
    }

    @Override
    public void write(Plan plan) {
        projects.create((NewProject) plan.write());
    }

    @Override
    public void forget(Plan plan) {
        if (plan.write() instanceof NewProject project) {
            seen.remove(project.businessUnitId() + "/" + Values.fold(project.name()));
        }
    }
}
