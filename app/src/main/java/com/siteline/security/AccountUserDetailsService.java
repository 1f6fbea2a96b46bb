package com.siteline.security;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Authenticates against the users stored by the organization module. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final OrganizationService organization;

    AccountUserDetailsService(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                organization.findAccount(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
