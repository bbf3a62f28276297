/**
 * Who the caller is and what they may do: the application roles, the signed-in user for scoped
 * queries, PBKDF2 password hashing, and the one Jakarta Security mechanism (form and HTTP Basic)
 * with its database identity store, shared by every web module of the EAR.
 */
package org.partneracademy.platform.security;
