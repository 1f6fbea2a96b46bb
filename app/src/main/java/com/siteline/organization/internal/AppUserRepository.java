package com.siteline.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select distinct u from AppUser u left join fetch u.businessUnits order by u.username")
    List<AppUser> findAllWithUnits();

    /** Every user's username and display name. */
    @Query("select u.username, u.displayName from AppUser u")
    List<Object[]> names();

    /** Stamps a sign-in without moving the row's version (an administrator's open edit stays valid). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update AppUser u set u.lastSignInAt = :at where u.username = :username")
    int stampSignIn(String username, java.time.Instant at);
}
