package org.partneracademy.enrollment;

public enum EnrollmentStatus {
    ACTIVE, COMPLETED, CANCELLED
}
