package com.siteline.organization;

import com.siteline.base.Actors;
import com.siteline.base.AppLocales;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RowVersion;
import com.siteline.organization.internal.AppUser;
import com.siteline.organization.internal.AppUserRepository;
import com.siteline.organization.internal.BusinessUnit;
import com.siteline.organization.internal.BusinessUnitRepository;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business units and users: the base of all data scoping. A user belongs to one or more business
 * units and sees only their data.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final BusinessUnitRepository units;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    /** Business units per user: read on every grid query, changed only by membership edits. */
    private final Map<String, Map<Long, String>> unitsByUser = new ConcurrentHashMap<>();

    private final java.time.Clock clock;

    OrganizationService(
            BusinessUnitRepository units,
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            java.time.Clock clock) {
        this.clock = clock;
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> findAccount(String username) {
        return users.findByUsername(username).map(OrganizationService::toAccount);
    }

    public List<BusinessUnitSummary> businessUnits() {
        return units.findAll(Sort.by("name")).stream()
                .map(OrganizationService::toSummary)
                .toList();
    }

    public List<UserSummary> users() {
        return users.findAllWithUnits().stream()
                .map(OrganizationService::toSummary)
                .toList();
    }

    /** The business units a user belongs to: the scope of everything they may see. */
    public List<BusinessUnitSummary> businessUnitsOf(String username) {
        return users.findByUsername(username).stream()
                .flatMap(user -> user.getBusinessUnits().stream())
                .map(OrganizationService::toSummary)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    /**
     * The ids and names of the business units a user belongs to, cached: every scoped query reads
     * it. Edits of memberships or units clear the cache.
     */
    public Map<Long, String> unitNamesOf(String username) {
        return unitsByUser.computeIfAbsent(username, name -> {
            Map<Long, String> names = new LinkedHashMap<>();
            businessUnitsOf(name).forEach(unit -> names.put(unit.id(), unit.name()));
            return Collections.unmodifiableMap(names);
        });
    }

    /** A one-entry map of a unit's id and name, for showing a record of a unit the user is not in (access grants). */
    public Map<Long, String> unitNameOf(long businessUnitId) {
        return units.findById(businessUnitId)
                .map(u -> Map.of(u.getId(), u.getName()))
                .orElse(Map.of());
    }

    /** Users who share a business unit with the given user, by display name: whom they can assign work to. */
    public List<UserSummary> colleaguesOf(String username) {
        Set<String> mine = new TreeSet<>(unitNamesOf(username).values());
        return users().stream()
                .filter(UserSummary::enabled)
                .filter(user -> user.businessUnitNames().stream().anyMatch(mine::contains))
                .sorted(Comparator.comparing(UserSummary::displayName))
                .toList();
    }

    /** Display names by username, for columns that show people. */
    public Map<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        // two columns, not every user with their roles and units
        users.names().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The user's email address, for notifications by email. */
    public Optional<String> emailOf(String username) {
        return users.findByUsername(username).map(AppUser::getEmail).filter(e -> !e.isBlank());
    }

    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public void changeEmail(String username, String email) {
        users.findByUsername(username)
                .ifPresent(user -> user.setEmail(email == null || email.isBlank() ? null : email.strip()));
    }

    /** Users of a business unit with a role: whom escalations reach (managers when no team lead, then admins). */
    public List<String> usersWithRole(long businessUnitId, Role role) {
        return users.findAllWithUnits().stream()
                .filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().contains(role))
                .filter(u -> u.getBusinessUnits().stream().anyMatch(b -> b.getId() == businessUnitId))
                .map(AppUser::getUsername)
                .sorted()
                .toList();
    }

    /** A user's phone and trades (the demo's technicians; administrators use {@link UserAdministration}). */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public void changeFieldDetails(String username, String phone, String trades) {
        users.findByUsername(username).ifPresent(user -> user.setFieldDetails(phone, trades));
    }

    /** The enabled technicians of a business unit, by name: whom a repair job of the unit can be sent to. */
    public List<Technician> technicians(long businessUnitId) {
        return users.findAllWithUnits().stream()
                .filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().contains(Role.TECHNICIAN))
                .filter(u -> u.getBusinessUnits().stream().anyMatch(b -> b.getId() == businessUnitId))
                .map(OrganizationService::technicianOf)
                .sorted(java.util.Comparator.comparing(Technician::displayName))
                .toList();
    }

    /** A user as a technician (whatever their roles): their phone and trades. */
    public Optional<Technician> technician(String username) {
        return users.findByUsername(username).map(OrganizationService::technicianOf);
    }

    private static Technician technicianOf(AppUser user) {
        return new Technician(
                user.getUsername(), user.getDisplayName(), user.getPhone(), Technician.parseTrades(user.getTrades()));
    }

    /** Stamps a user's sign-in with their password (the security module calls it). */
    @Transactional
    public void signedIn(String username) {
        users.stampSignIn(username, java.time.Instant.now(clock));
    }

    /** Remembers the signed-in user's UI language. */
    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void changeLocale(Locale locale) {
        String username = Actors.current();
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.setLocale(AppLocales.supported(locale).toLanguageTag());
    }

    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public BusinessUnitSummary createBusinessUnit(String code, String name, Collection<String> pluginIds) {
        List<String> problems = new java.util.ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            problems.add("admin.units.error.code");
        } else if (units.findByCode(code).isPresent()) {
            problems.add("admin.units.error.code-taken");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add("admin.units.error.name");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        unitsByUser.clear();
        BusinessUnit unit = new BusinessUnit(code, name);
        unit.getPluginIds().addAll(pluginIds);
        return toSummary(units.save(unit));
    }

    /**
     * Sets which plugins a business unit runs. Turning one off stops new projects of that variant in
     * the unit; existing projects stay readable.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone else changed the unit
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public BusinessUnitSummary changePlugins(long unitId, long expectedVersion, Set<String> pluginIds) {
        BusinessUnit unit =
                units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("no business unit " + unitId));
        return changeUnit(unitId, expectedVersion, pluginIds, unit.getPremises());
    }

    /**
     * Sets which plugins a business unit runs and the kind of premises it serves (null: not named).
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone else changed the unit
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public BusinessUnitSummary changeUnit(
            long unitId, long expectedVersion, Set<String> pluginIds, com.siteline.sdk.PremisesKind premises) {
        return changeUnit(unitId, expectedVersion, null, pluginIds, premises);
    }

    /**
     * Renames a business unit (null: keeps its name; its code stays, as links, imports and plugins know it by that),
     * sets its plugins and premises, all in one write; everything that shows the unit shows the new name at once.
     *
     * @throws InvalidInputException when the name is empty or too long (nothing changed)
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone else changed the unit
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public BusinessUnitSummary changeUnit(
            long unitId,
            long expectedVersion,
            String name,
            Set<String> pluginIds,
            com.siteline.sdk.PremisesKind premises) {
        if (name != null && (name.isBlank() || name.strip().length() > 120)) {
            throw new InvalidInputException(List.of("admin.units.error.name"));
        }
        BusinessUnit unit =
                units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("no business unit " + unitId));
        RowVersion.check(BusinessUnit.class, unitId, unit.getVersion(), expectedVersion);
        if (name != null) {
            unit.setName(name.strip());
        }
        unit.getPluginIds().clear();
        unit.getPluginIds().addAll(pluginIds);
        unit.setPremises(premises);
        unit.touch();
        unitsByUser.clear();
        return toSummary(units.saveAndFlush(unit));
    }

    public boolean userExists(String username) {
        return users.findByUsername(username).isPresent();
    }

    public boolean businessUnitExists(String code) {
        return units.findByCode(code).isPresent();
    }

    /** Creates a user with a hashed password, member of the business units with the given codes. */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary createUser(
            String username,
            String displayName,
            String rawPassword,
            Set<Role> roles,
            Collection<String> businessUnitCodes) {
        InputProblems problems = new InputProblems();
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            problems.add(UserAdministration.Field.USERNAME, "admin.users.error.username");
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(UserAdministration.Field.USERNAME, "admin.users.error.username-taken");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            problems.add(UserAdministration.Field.DISPLAY_NAME, "admin.users.error.name");
        }
        PasswordPolicy.problems(username, rawPassword).forEach(p -> problems.add(UserAdministration.Field.PASSWORD, p));
        if (roles == null || roles.isEmpty()) {
            problems.add(UserAdministration.Field.ROLES, "admin.users.error.roles");
        }
        if (businessUnitCodes.stream().anyMatch(code -> units.findByCode(code).isEmpty())) {
            problems.add(UserAdministration.Field.UNITS, "admin.users.error.units");
        }
        problems.refuseIfAny();
        unitsByUser.clear();
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(rawPassword));
        user.getRoles().addAll(roles);
        for (String code : businessUnitCodes) {
            user.getBusinessUnits()
                    .add(units.findByCode(code)
                            .orElseThrow(() -> new IllegalArgumentException("no business unit with code " + code)));
        }
        return toSummary(users.save(user));
    }

    /** Forgets the cached units of every user (after a membership changed). */
    void forgetUnits() {
        unitsByUser.clear();
    }

    static UserSummary summaryOf(AppUser user) {
        return toSummary(user);
    }

    private static UserAccount toAccount(AppUser user) {
        Set<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return new UserAccount(
                user.getUsername(),
                user.getDisplayName(),
                user.getPasswordHash(),
                user.isEnabled(),
                roles,
                user.getLocale() == null ? null : AppLocales.fromTag(user.getLocale()),
                user.isMustChangePassword());
    }

    private static BusinessUnitSummary toSummary(BusinessUnit unit) {
        return new BusinessUnitSummary(
                unit.getId(),
                unit.getVersion(),
                unit.getCode(),
                unit.getName(),
                new TreeSet<>(unit.getPluginIds()),
                unit.getPremises());
    }

    private static UserSummary toSummary(AppUser user) {
        Set<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return new UserSummary(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.isEnabled(),
                roles,
                user.getBusinessUnits().stream()
                        .map(BusinessUnit::getName)
                        .collect(Collectors.toCollection(TreeSet::new)),
                user.getLastSignInAt(),
                user.getVersion(),
                user.isMustChangePassword());
    }
}
