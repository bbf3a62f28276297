package org.partneracademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The one identity store: active people and their roles, passwords verified with PBKDF2. Deactivated
 * people cannot sign in because the caller query only finds active ones.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/PartnerAcademyDS",
        callerQuery = "select password_hash from person where username = ? and active = 1",
        groupsQuery = "select r.role from person_role r join person p on p.id = r.person_id where p.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class AcademyIdentityStore {
}
