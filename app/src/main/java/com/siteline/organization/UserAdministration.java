package com.siteline.organization;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.organization.internal.AppUser;
import com.siteline.organization.internal.AppUserRepository;
import com.siteline.organization.internal.BusinessUnitRepository;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage users (route {@code admin/users}): create, change roles and units, deactivate and
 * reactivate, reset a password (which the user must change at the next sign-in); every user changes their
 * own password. Each change names the version the administrator saw; passwords follow {@link PasswordPolicy}.
 */
@Service
@Transactional
public class UserAdministration {

    private final OrganizationService organization;
    private final AppUserRepository users;
    private final BusinessUnitRepository units;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    UserAdministration(
            OrganizationService organization,
            AppUserRepository users,
            BusinessUnitRepository units,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.organization = organization;
        this.users = users;
        this.units = units;
        this.passwords = passwords;
        this.events = events;
    }

    /** A user's fields, as the user form shows them and a refusal names them. */
    public enum Field implements InputField {
        USERNAME,
        DISPLAY_NAME,
        PASSWORD,
        ROLES,
        UNITS,
        PHONE,
        TRADES
    }

    /**
     * A user's roles, units and name as {@link #update(long, long, String, Set, Collection)}, with a technician's
     * phone (written on the jobs they are sent to) and trades, in one write: every problem of either is said at once
     * and nothing is stored then. A phone is digits with an optional leading + and spaces or dashes between.
     */
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary update(
            long id,
            long expectedVersion,
            String displayName,
            Set<Role> roles,
            Collection<String> unitCodes,
            String phone,
            String trades) {
        fieldProblems(phone, trades).refuseIfAny();
        UserSummary updated = update(id, expectedVersion, displayName, roles, unitCodes);
        return fieldDetails(updated.id(), phone, trades);
    }

    /** A new user as {@link #create(String, String, String, Set, Collection)}, with a phone and trades. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary create(
            String username,
            String displayName,
            String password,
            Set<Role> roles,
            Collection<String> unitCodes,
            String phone,
            String trades) {
        fieldProblems(phone, trades).refuseIfAny();
        UserSummary created = create(username, displayName, password, roles, unitCodes);
        return fieldDetails(created.id(), phone, trades);
    }

    /** A user's phone and trades as they are kept. */
    public String phoneOf(long id) {
        return users.findById(id).map(AppUser::getPhone).orElse(null);
    }

    /** A user's trades as they are kept (comma-separated). */
    public String tradesOf(long id) {
        return users.findById(id).map(AppUser::getTrades).orElse(null);
    }

    private static InputProblems fieldProblems(String phone, String trades) {
        InputProblems problems = new InputProblems();
        String number = phone == null ? "" : phone.strip();
        if (!number.isEmpty() && (number.length() > 30 || !number.matches("\\+?[0-9][0-9 \\-]{4,}"))) {
            problems.add(Field.PHONE, "admin.users.error.phone");
        }
        if (String.join(",", Technician.parseTrades(trades)).length() > 300) {
            problems.add(Field.TRADES, "admin.users.error.trades");
        }
        return problems;
    }

    private UserSummary fieldDetails(long id, String phone, String trades) {
        AppUser user = users.findById(id).orElseThrow();
        String number = phone == null ? "" : phone.strip();
        String list = String.join(",", Technician.parseTrades(trades));
        user.setFieldDetails(number.isEmpty() ? null : number, list.isEmpty() ? null : list);
        return OrganizationService.summaryOf(users.saveAndFlush(user));
    }

    /** A new user, whose first password they must change at their first sign-in. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary create(
            String username, String displayName, String password, Set<Role> roles, Collection<String> unitCodes) {
        UserSummary created = organization.createUser(username, displayName, password, roles, unitCodes);
        AppUser user = users.findById(created.id()).orElseThrow();
        user.changePassword(user.getPasswordHash(), true);
        return OrganizationService.summaryOf(users.saveAndFlush(user));
    }

    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary update(
            long id, long expectedVersion, String displayName, Set<Role> roles, Collection<String> unitCodes) {
        AppUser user = user(id, expectedVersion);
        InputProblems problems = new InputProblems();
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            problems.add(Field.DISPLAY_NAME, "admin.users.error.name");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(Field.ROLES, "admin.users.error.roles");
        }
        if (unitCodes.stream().anyMatch(code -> units.findByCode(code).isEmpty())) {
            problems.add(Field.UNITS, "admin.users.error.units");
        }
        if (user.getUsername().equals(Actors.current()) && !roles.contains(Role.ADMIN)) {
            problems.add(Field.ROLES, "admin.users.error.own-admin");
        }
        problems.refuseIfAny();
        user.setDisplayName(displayName.strip());
        user.getRoles().clear();
        user.getRoles().addAll(roles);
        user.getBusinessUnits().clear();
        unitCodes.forEach(
                code -> user.getBusinessUnits().add(units.findByCode(code).orElseThrow()));
        organization.forgetUnits();
        return OrganizationService.summaryOf(users.saveAndFlush(user));
    }

    /** Deactivates (their open sessions end, they cannot sign in) or reactivates a user; never oneself. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        AppUser user = user(id, expectedVersion);
        if (!enabled && user.getUsername().equals(Actors.current())) {
            throw new RefusedException("admin.users.refused.self");
        }
        user.setEnabled(enabled);
        UserSummary saved = OrganizationService.summaryOf(users.saveAndFlush(user));
        if (!enabled) {
            events.publishEvent(new UserDeactivated(user.getUsername()));
        }
        return saved;
    }

    /** Sets a password the user must change at the next sign-in (what an administrator hands over). */
    @PreAuthorize(Role.Can.ADMINISTER)
    public UserSummary resetPassword(long id, long expectedVersion, String password) {
        AppUser user = user(id, expectedVersion);
        InputProblems problems = new InputProblems();
        PasswordPolicy.problems(user.getUsername(), password).forEach(p -> problems.add(Field.PASSWORD, p));
        problems.refuseIfAny();
        user.changePassword(passwords.encode(password), true);
        return OrganizationService.summaryOf(users.saveAndFlush(user));
    }

    /** The fields of a password change, as its form shows them and a refusal names them. */
    public enum PasswordChange implements InputField {
        CURRENT,
        NEXT
    }

    /** The signed-in user's own new password, after their current one. */
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void changeOwnPassword(String current, String next) {
        AppUser user = users.findByUsername(Actors.current()).orElseThrow();
        InputProblems problems = new InputProblems();
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            problems.add(PasswordChange.CURRENT, "password.error.current").refuseIfAny();
        }
        PasswordPolicy.problems(user.getUsername(), next).forEach(p -> problems.add(PasswordChange.NEXT, p));
        if (problems.isEmpty() && passwords.matches(next, user.getPasswordHash())) {
            problems.add(PasswordChange.NEXT, "password.error.same");
        }
        problems.refuseIfAny();
        user.changePassword(passwords.encode(next), false);
    }

    private AppUser user(long id, long expectedVersion) {
        AppUser user = users.findById(id).orElseThrow(() -> new NoSuchElementException("no user " + id));
        RowVersion.check(AppUser.class, id, user.getVersion(), expectedVersion);
        return user;
    }
}
